/**
 * The README's framework sections show the example apps' own code: each code block
 * that follows a `<!-- example: examples/<stack>/<file> -->` line is that file's
 * `#region readme` … `#endregion` part (several regions are joined by an empty
 * line; a file without one is shown whole).
 *
 *   node scripts/readme-examples.mjs           checks that every block equals its file
 *   node scripts/readme-examples.mjs --write   rewrites the blocks from the files
 *
 * The check also runs in `npm run test:frameworks` (scripts/examples-test.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = join(root, 'README.md');
const MARKER = /^<!-- example: (\S+) -->\n(`{3,})(\S*)\n(?:([\s\S]*?)\n)??\2$/gm;

/** The lines without their common indentation. */
const dedent = (lines) => {
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)[0].length));
  return lines.map((line) => line.slice(indent));
};

/** The part of an example file that the README shows. */
export function snippet(path) {
  const lines = readFileSync(join(root, path), 'utf8').replace(/\s+$/, '').split('\n');
  const regions = [];
  let current;
  for (const line of lines) {
    if (/#region readme\b/.test(line)) current = [];
    else if (/#endregion\b/.test(line) && current) {
      regions.push(dedent(current).join('\n'));
      current = undefined;
    } else current?.push(line);
  }
  return regions.length ? regions.join('\n\n') : lines.join('\n');
}

/** Throws unless every README example block equals its file; returns a summary. */
export function checkReadmeExamples() {
  const readme = readFileSync(README, 'utf8');
  const wrong = [];
  let count = 0;
  for (const [, path, , , body] of readme.matchAll(MARKER)) {
    count++;
    let expected;
    try {
      expected = snippet(path);
    } catch (error) {
      wrong.push(`${path}: ${error.message}`);
      continue;
    }
    if ((body ?? '') !== expected) wrong.push(`${path}: the README block differs from the file (node scripts/readme-examples.mjs --write)`);
  }
  if (count === 0) wrong.push('no <!-- example: … --> block in README.md');
  if (wrong.length) throw new Error(wrong.join('\n'));
  return `${count} blocks`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    const readme = readFileSync(README, 'utf8');
    const next = readme.replace(MARKER, (_, path, fence, language) => `<!-- example: ${path} -->\n${fence}${language}\n${snippet(path)}\n${fence}`);
    writeFileSync(README, next);
    console.log(next === readme ? 'README examples already up to date' : 'README examples rewritten from examples/');
  } else {
    console.log(`README examples: ${checkReadmeExamples()}`);
  }
}
