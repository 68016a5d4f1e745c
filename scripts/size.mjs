/**
 * `npm run size`: the raw, gzip (level 9) and brotli (quality 11) size of every
 * JavaScript file the build writes to dist/ (source maps excluded).
 *
 * `npm run size -- --check` also enforces the budgets below (brotli bytes) and
 * exits 1 when one is exceeded, when dist/ is missing, or when a budgeted file
 * is missing: the check never passes on an empty or partial build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const KB = 1024;

/** Brotli budgets. `pattern` is matched against the path relative to dist/, with `/` separators. */
const budgets = [
  // 15 KB until 0.2.0, which added the evidence notes with their citations and the hardened form and
  // locale core (15,145 → 17,774 B); prerendered HTML is taken over, with no hydration support.
  { label: 'ES bundle', pattern: /^relief-widgets\.js$/, limit: 18 * KB, expect: 'exactly one' },
  { label: 'locale chunk', pattern: /^locales\/[^/]+\.js$/, limit: 4 * KB, expect: 'at least one' },
  { label: 'IIFE bundle', pattern: /^relief-widgets\.iife\.js$/, limit: 40 * KB, expect: 'exactly one' },
];

/** Every target locale of lit-localize.json must have its lazy chunk, `locales/<locale>-<hash>.js`. */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const { targetLocales = [] } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
for (const locale of targetLocales) {
  budgets.push({
    label: `${locale} locale chunk`,
    pattern: new RegExp(`^locales/${escape(locale)}-[^/]+\\.js$`),
    limit: 4 * KB,
    expect: 'exactly one',
    presenceOnly: true,
  });
}

const check = process.argv.includes('--check');

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

/** Every .js file under `dir` (recursively), as paths relative to dist/ with `/` separators. */
function jsFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...jsFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.js')) files.push(relative(dist, full).split(sep).join('/'));
  }
  return files;
}

function measure(file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  fail(`${relative(root, dist) || 'dist'}/ does not exist; run \`npm run build\` first.`);
}

// The budgeted files first (ES bundle, locale chunks, IIFE), then the rest by path.
const rank = (file) => {
  const index = budgets.findIndex((budget) => !budget.presenceOnly && budget.pattern.test(file));
  return index === -1 ? budgets.length : index;
};
const rows = jsFiles(dist)
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map(measure);
if (rows.length === 0) fail('dist/ holds no .js file; run `npm run build` first.');

const budgetOf = (file) => budgets.find((budget) => !budget.presenceOnly && budget.pattern.test(file));

const header = ['file', 'raw bytes', 'gzip', 'brotli', ...(check ? ['budget (brotli)', ''] : [])];
const table = rows.map((row) => {
  const budget = budgetOf(row.file);
  const cells = [`dist/${row.file}`, String(row.raw), String(row.gzip), String(row.brotli)];
  if (check) {
    cells.push(budget ? `${String(budget.limit)} (${kb(budget.limit)})` : '—');
    cells.push(budget ? (row.brotli <= budget.limit ? 'ok' : 'OVER') : '');
  }
  return cells;
});
const totals = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});
const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
const numeric = (column) => column >= 1 && column <= 4;
const line = (cells) =>
  cells
    .map((cell, column) => (numeric(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
    .join('  ')
    .trimEnd();

console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const cells of table) console.log(line(cells));
console.log(`(${String(rows.length)} files, ${String(totals.raw)} bytes raw, ${String(totals.gzip)} gzip, ${String(totals.brotli)} brotli; gzip level 9, brotli quality 11)`);

if (check) {
  const problems = [];
  for (const budget of budgets) {
    const matching = rows.filter((row) => budget.pattern.test(row.file));
    if (matching.length === 0) {
      problems.push(`no ${budget.label} in dist/ (expected ${budget.expect} file matching ${String(budget.pattern)}); run \`npm run build\`.`);
      continue;
    }
    if (budget.expect === 'exactly one' && matching.length > 1) {
      problems.push(`${String(matching.length)} files match the ${budget.label} budget; expected exactly one.`);
    }
    if (budget.presenceOnly) continue;
    for (const row of matching) {
      if (row.brotli > budget.limit) {
        problems.push(
          `dist/${row.file} is ${String(row.brotli)} bytes brotli (${kb(row.brotli)}), over the ${budget.label} budget of ${String(budget.limit)} bytes (${kb(budget.limit)}) by ${String(row.brotli - budget.limit)} bytes.`,
        );
      }
    }
  }
  if (problems.length) {
    console.error('\nsize budget check FAILED:');
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log('\nsize budget check passed: every budgeted file is within its brotli budget.');
}
