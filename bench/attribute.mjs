/**
 * `node bench/attribute.mjs [dist/relief-widgets.js] [--json]`: which source
 * module the bytes of a built bundle come from, read from its source map (the
 * mappings decoded by @jridgewell/sourcemap-codec).
 *
 * A mapping segment owns the code from its column up to the next segment,
 * across line breaks (a multi-line template literal, such as a css`` block,
 * has one segment at its start). For each module: the minified bytes it owns,
 * and its marginal brotli cost — brotli(bundle) minus brotli(bundle without
 * that module's bytes) — which is about what removing the module would save
 * on the wire (marginal costs do not add up to the total: modules share one
 * compression window). Code before the first segment, or mapped to no source,
 * is "(unmapped)".
 */
import { decode } from '@jridgewell/sourcemap-codec';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** `owner[i]`: the source index owning UTF-16 unit `i` of `code`, or -1. */
function owners(code, mappings) {
  const owner = new Int32Array(code.length).fill(-1);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const starts = []; // [offset, source]
  // Decoded segments hold absolute columns and source indexes; a 1-field segment maps to no source.
  decode(mappings).forEach((line, lineIndex) => {
    for (const segment of line) {
      starts.push([(lineStarts[lineIndex] ?? code.length) + segment[0], segment.length >= 4 ? segment[1] : -1]);
    }
  });
  starts.sort((a, b) => a[0] - b[0]);
  starts.forEach(([start, index], n) => owner.fill(index, start, n + 1 < starts.length ? starts[n + 1][0] : code.length));
  return owner;
}

const brotli = (text) => {
  const bytes = Buffer.from(text);
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
};

/** Lit, @lit/localize, and the library's own modules by kind. */
export function groupOf(module) {
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(module)) return 'Lit (lit-html, reactive-element, lit-element)';
  if (module.includes('node_modules/@lit/localize/')) return '@lit/localize runtime';
  if (module.endsWith('.styles.ts')) return 'CSS (src/**/*.styles.ts)';
  if (module.endsWith('.content.ts')) return 'English content (src/**/*.content.ts)';
  if (module.startsWith('src/')) return 'component logic (other src/**/*.ts)';
  return module;
}

/**
 * Rows `{ name, bytes, brotliMarginal }` per module and per group for the
 * bundle at `bundlePath` (its map beside it), largest first.
 */
export function attribute(bundlePath) {
  const code = readFileSync(bundlePath, 'utf8');
  const map = JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8'));
  const owner = owners(code, map.mappings);
  const mapDir = join(bundlePath, '..');
  const names = map.sources.map((source) => relative(projectRoot, join(mapDir, map.sourceRoot ?? '', source)));
  const nameOf = (index) => (index < 0 ? '(unmapped)' : names[index]);
  const total = brotli(code);

  const measure = (keyOf) => {
    const bytes = new Map();
    for (let i = 0; i < code.length; i++) {
      const key = keyOf(nameOf(owner[i]));
      bytes.set(key, (bytes.get(key) ?? 0) + Buffer.byteLength(code[i]));
    }
    return [...bytes.entries()]
      .map(([name, size]) => {
        let without = '';
        for (let i = 0; i < code.length; i++) if (keyOf(nameOf(owner[i])) !== name) without += code[i];
        return { name, bytes: size, brotliMarginal: total - brotli(without) };
      })
      .sort((a, b) => b.bytes - a.bytes);
  };

  return {
    file: relative(projectRoot, bundlePath),
    rawBytes: Buffer.byteLength(code),
    brotliBytes: total,
    modules: measure((name) => name),
    groups: measure(groupOf),
  };
}

function main() {
  const target = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist/relief-widgets.js';
  const result = attribute(join(projectRoot, target));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 1));
    return;
  }
  const print = (title, rows) => {
    console.log(`\n| ${title} | bytes | share | brotli Δ (marginal) |\n| --- | ---: | ---: | ---: |`);
    for (const row of rows) {
      console.log(`| ${row.name} | ${String(row.bytes)} | ${((100 * row.bytes) / result.rawBytes).toFixed(1)}% | ${String(row.brotliMarginal)} |`);
    }
  };
  console.log(`${result.file}: ${String(result.rawBytes)} bytes, ${String(result.brotliBytes)} bytes brotli (quality 11)`);
  print('group', result.groups);
  print('module', result.modules);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
