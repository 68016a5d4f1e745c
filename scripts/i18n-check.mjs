/**
 * `npm run i18n:check`: fails when a translation is stale, left in English,
 * breaks a placeholder, or when the XLIFF files are out of sync with the
 * messages in the source (run `npm run i18n:extract`).
 *
 * A message with no translation yet (a new element's text, say) is *pending*:
 * reported, and the check passes, so that development and CI go on while the
 * translators work (those locales show the English text meanwhile). A release
 * refuses it: `npm run i18n:check -- --release` (the package's `prepack`, so
 * `npm pack` and `npm publish`) fails while any translation is pending. Never
 * write placeholder text into a target to get green.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config, isPending, litLocalizeBin, readXliff, xliffPath } from './xliff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const release = process.argv.includes('--release');
const problems = [];
const report = (locale, id, problem) => problems.push(`${locale}: ${id}: ${problem}`);
/** locale → ids of the messages not yet translated. */
const pending = new Map();

// What extract would write now, in a scratch copy, to compare with what is committed.
const scratch = mkdtempSync(join(tmpdir(), 'relief-i18n-check-'));
try {
  cpSync(resolve(root, config.interchange.xliffDir), join(scratch, 'locales'), { recursive: true });
  writeFileSync(
    join(scratch, 'lit-localize.json'),
    JSON.stringify({
      ...config,
      tsConfig: resolve(root, config.tsConfig),
      output: { ...config.output, outputDir: join(scratch, 'out') },
      interchange: { ...config.interchange, xliffDir: join(scratch, 'locales') },
    }),
  );
  execFileSync(litLocalizeBin, ['extract', '--config', join(scratch, 'lit-localize.json')], { stdio: 'pipe', cwd: root });

  for (const locale of config.targetLocales) {
    const committedPath = xliffPath(locale);
    if (!existsSync(committedPath)) {
      report(locale, '*', `${config.interchange.xliffDir}${locale}.xlf is missing`);
      continue;
    }
    const { units, targetLanguage } = readXliff(committedPath);
    const current = readXliff(join(scratch, 'locales', `${locale}.xlf`)).units;
    if (targetLanguage !== locale) report(locale, '*', `target-language is "${targetLanguage}"`);
    for (const [id, unit] of current) {
      // lit-localize makes up a hash id for a msg() without one; the bundles need explicit ids.
      if (/^[sh][0-9a-f]{16}$/.test(id)) report(locale, id, `msg() without an id: "${unit.sourceText}"`);
      const committed = units.get(id);
      if (!committed) report(locale, id, 'new message not in the XLIFF file: run npm run i18n:extract');
      else if (committed.source !== unit.source) report(locale, id, 'English changed: run npm run i18n:extract');
    }
    for (const [id, unit] of units) {
      if (!current.has(id)) {
        report(locale, id, 'message no longer in the source: run npm run i18n:extract');
        continue;
      }
      if (isPending(unit)) {
        pending.set(locale, [...(pending.get(locale) ?? []), id]);
        continue;
      }
      if (unit.state.startsWith('needs-')) report(locale, id, `stale (state="${unit.state}"): review it, then remove the state`);
      if (/\p{L}/u.test(unit.sourceText) && unit.target === unit.source) report(locale, id, 'target is the English text');
      if (unit.targetPlaceholders.join() !== unit.sourcePlaceholders.join()) {
        report(locale, id, `placeholders differ: source ${unit.sourcePlaceholders} target ${unit.targetPlaceholders}`);
      }
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const pendingCount = [...pending.values()].reduce((sum, ids) => sum + ids.length, 0);
if (pendingCount) {
  const lines = [...pending].map(([locale, ids]) => `${locale}: ${ids.length} pending: ${ids.join(', ')}`);
  const log = release ? console.error : console.log;
  log(`i18n:check: ${pendingCount} translation(s) pending (not yet translated; English is shown meanwhile):\n  ${lines.join('\n  ')}`);
}
if (problems.length) {
  console.error(`i18n:check found ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
if (pendingCount && release) {
  console.error('i18n:check --release: a release needs every translation; the pending ones above are missing.');
  process.exit(1);
}
console.log(
  pendingCount
    ? `i18n:check: ${config.targetLocales.length} locales in sync; ${pendingCount} translation(s) pending (a release refuses them).`
    : `i18n:check: ${config.targetLocales.length} locales complete and in sync.`,
);
