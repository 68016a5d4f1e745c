/**
 * `npm run i18n:build`: `lit-localize build` writes one module per locale from
 * the XLIFF files; this writes the map that loads them,
 * `src/generated/locale-loaders.ts`, from the same list (lit-localize.json),
 * so that a new language needs no code edit. The bundles replace that map
 * with one that fetches `locales/<locale>.js` from beside the bundle.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { config, litLocalizeBin } from './xliff.mjs';

execFileSync(litLocalizeBin, ['build'], { stdio: 'inherit' });

const cases = config.targetLocales.map((locale) => `    case '${locale}':\n      return import('./locales/${locale}.js');`);
writeFileSync(
  new URL(`../${config.output.outputDir}/../locale-loaders.ts`, import.meta.url),
  `// Do not modify this file by hand: npm run i18n:build writes it from lit-localize.json.
import type { LocaleModule } from '@lit/localize';

/** Loads a target locale's messages (static imports, so that bundlers emit one chunk per locale). */
export function loadLocaleModule(locale: string): Promise<LocaleModule> {
  switch (locale) {
${cases.join('\n')}
  }
  return Promise.reject(new Error(\`no translations for "\${locale}"\`));
}
`,
);
