/**
 * `npm run i18n:add -- <tag>`: adds a language. It appends the tag (a BCP 47
 * tag, in its canonical form: `pt-br` → `pt-BR`) to `targetLocales` in
 * lit-localize.json, which is the only list of locales (the loaders, the
 * chunks and the resolution of regional tags derive from it), and writes
 * `locales/<tag>.xlf` with every message to translate. `lit-localize extract`
 * would rewrite every locale's file, which translators may be editing: it runs
 * in a scratch copy, and only the new file is copied back.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config, litLocalizeBin, readXliff, xliffPath } from './xliff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fail = (message) => {
  console.error(`i18n:add: ${message}`);
  process.exit(1);
};

const [input, ...extra] = process.argv.slice(2);
if (!input || extra.length) fail('usage: npm run i18n:add -- <BCP 47 tag>, for example nl or pt-PT');

let tag;
let name;
try {
  const locale = new Intl.Locale(input);
  tag = locale.toString();
  // A language known to Intl, optionally with script and region; no extensions (-u-…), which are no file name.
  name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
  if (tag !== locale.baseName || !name) throw new RangeError();
} catch {
  fail(`"${input}" is not a known language tag (BCP 47: a language, then an optional script and region, as in nl, pt-PT, zh-Hant)`);
}
// Compare canonical forms: `tl` is listed, and Intl.Locale spells it `fil`.
const canonical = (locale) => new Intl.Locale(locale).toString();
if (tag === canonical(config.sourceLocale)) fail(`"${tag}" is the source language: the English text is in the code`);
const present = config.targetLocales.find((locale) => canonical(locale) === tag);
if (present) fail(`"${present}" is already in targetLocales (lit-localize.json)`);
if (existsSync(xliffPath(tag))) fail(`${config.interchange.xliffDir}${tag}.xlf exists already: remove it, or add "${tag}" to lit-localize.json by hand`);

// Extract for the new locale only, in a scratch directory.
const scratch = mkdtempSync(join(tmpdir(), 'relief-i18n-add-'));
try {
  writeFileSync(
    join(scratch, 'lit-localize.json'),
    JSON.stringify({
      ...config,
      targetLocales: [tag],
      tsConfig: resolve(root, config.tsConfig),
      output: { ...config.output, outputDir: join(scratch, 'out') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'locales') },
    }),
  );
  execFileSync(litLocalizeBin, ['extract', '--config', join(scratch, 'lit-localize.json')], { stdio: 'pipe', cwd: root });
  copyFileSync(join(scratch, 'locales', `${tag}.xlf`), xliffPath(tag));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Only now, with the file in place, the list (same 2-space formatting).
writeFileSync(
  new URL('../lit-localize.json', import.meta.url),
  `${JSON.stringify({ ...config, targetLocales: [...config.targetLocales, tag] }, null, 2)}\n`,
);

// therapist.progress.* is chosen by the plural category of the total, 1 to 3.
const plural = new Intl.PluralRules(tag);
const totals = {};
for (const total of [1, 2, 3]) (totals[plural.select(total)] ??= []).push(total);
const file = `${config.interchange.xliffDir}${tag}.xlf`;
console.log(`i18n:add: added "${tag}" (${name}) to lit-localize.json and wrote ${file} (${readXliff(xliffPath(tag)).units.size} messages).

Next (see TRANSLATING.md):
  1. Translate every segment of ${file} in a CAT tool. For "${tag}", therapist.progress.* shows
     ${Object.entries(totals).map(([category, list]) => `${category} for ${list.join(', ')}`).join('; ')} (of 3 qualities);
     fill in all four variants anyway, unused ones with the text of "other".
  2. npm run i18n:check   (lists what is missing, left in English, or with broken placeholders)
  3. npm run build        (makes the "${tag}" chunk; no code edit is needed)`);
