/**
 * The elements, for the Node side of the tests, the bench and the examples: one folder per
 * element under src/ (`src/<name>/relief-<name>.ts`), in the order of the bundle entry's
 * export lines (src/relief-widgets.ts; a folder it does not export comes last, and
 * test/coverage.test.ts fails). The browser tests read the same from the manifest
 * (test/support/elements.ts); `manifestElements()` reads it for the Node side.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const src = new URL('../src/', import.meta.url);
const entry = readFileSync(new URL('relief-widgets.ts', src), 'utf8');
const exported = [...entry.matchAll(/^export \{ \w+ \} from '\.\/([\w-]+)\/relief-\1\.js';$/gm)].map((match) => match[1]);
const rank = (folder) => (exported.includes(folder) ? exported.indexOf(folder) : exported.length);

/** The element folders under src/, in the bundle entry's order. */
export const ELEMENT_FOLDERS = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/relief-${entry.name}.ts`, src)))
  .map((entry) => entry.name)
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Their tags: `relief-<folder>`. */
export const ELEMENT_TAGS = ELEMENT_FOLDERS.map((folder) => `relief-${folder}`);

/** The elements of the build's custom-elements.json (after `npm run build`): each tag and its attributes' names. */
export function manifestElements() {
  return JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map(({ tagName, attributes = [] }) => ({ tag: tagName, attributes: attributes.map((attribute) => attribute.name) }));
}
