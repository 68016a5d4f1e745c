/** The builder page's entry: picks the builder's language, then registers `<rw-builder>` (index.html holds one). */
import { EmbedBuilder } from './builder-app.js';
import { chooseLocale, useLocale } from './i18n.js';

try {
  await useLocale(chooseLocale(location.search, navigator.languages));
} catch {
  // The language's file did not arrive: the builder speaks English.
  await useLocale('en');
}
if (!customElements.get('rw-builder')) customElements.define('rw-builder', EmbedBuilder);
