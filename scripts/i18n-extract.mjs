/**
 * `npm run i18n:extract`: runs `lit-localize extract`, which writes every
 * message's current English source into each `locales/<locale>.xlf` and keeps
 * the translations. Where a source changed, its old translation is now stale:
 * we mark that target `state="needs-review-translation"` (the XLIFF 1.2 way,
 * which CAT tools show), and `npm run i18n:check` fails until a translator
 * reviews it and clears the state.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { config, litLocalizeBin, readXliff, writeXliff, xliffPath } from './xliff.mjs';

const before = new Map(
  config.targetLocales
    .filter((locale) => existsSync(xliffPath(locale)))
    .map((locale) => [locale, readXliff(xliffPath(locale)).units]),
);

execFileSync(litLocalizeBin, ['extract'], { stdio: 'inherit' });

for (const locale of config.targetLocales) {
  const path = xliffPath(locale);
  const { document, units } = readXliff(path);
  const previous = before.get(locale) ?? new Map();
  const stale = [];
  for (const [id, unit] of units) {
    const old = previous.get(id);
    if (unit.targetElement && old && old.source !== unit.source) {
      unit.targetElement.setAttribute('state', 'needs-review-translation');
      stale.push(id);
    }
  }
  if (stale.length) {
    writeXliff(path, document);
    console.log(`${locale}: English changed, translation to review: ${stale.join(', ')}`);
  }
}
