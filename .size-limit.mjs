/**
 * `npm run size` (size-limit with @size-limit/file): the brotli size (quality 11) of the
 * built files, against their budgets; exits 1 when one is over or when a budgeted file
 * is missing (it never passes on an empty or partial build: run `npm run build` first).
 *
 * Every target locale of lit-localize.json has its own lazy chunk,
 * `dist/locales/<locale>-<hash>.js`, each with the same budget.
 */
import { readFileSync } from 'node:fs';

const { targetLocales } = JSON.parse(readFileSync(new URL('./lit-localize.json', import.meta.url), 'utf8'));

export default [
  // 15 KiB until 0.2.0, which added the evidence notes with their citations and the hardened form and
  // locale core (15,145 → 17,774 B), then hydration support (19,547 B); prerendered HTML is now taken
  // over instead (17,802 B), and each language's own list, date and spacing rules came in (~18.7 kB).
  { name: 'ES bundle (dist/relief-widgets.js)', path: 'dist/relief-widgets.js', limit: '19 KiB' },
  { name: 'IIFE bundle (dist/relief-widgets.iife.js)', path: 'dist/relief-widgets.iife.js', limit: '40 KiB' },
  // Vite's content hash is 8 characters: `pt-BR-????????.js` never matches another locale's chunk.
  ...targetLocales.map((locale) => ({
    name: `${locale} locale chunk`,
    path: `dist/locales/${locale}-????????.js`,
    limit: '4 KiB',
  })),
];
