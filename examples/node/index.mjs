// #region readme
// Every entry imports on a server (no DOM): an SSR framework may import them in shared code.
import { setLocale, supportedLocales } from 'relief-widgets';
import { ReliefPainSelector } from 'relief-widgets/pain-selector.component.js'; // the class, registers nothing
import 'relief-widgets/guide.js'; // one registration
import { prerender } from 'relief-widgets/prerender';

// The content in the HTML, in the page's language: declarative shadow DOM that the bundles take over.
const { html, styleSrc } = await prerender('<relief-pain-selector name="pain"></relief-pain-selector>', { locale: 'es' });
// #endregion

console.log(`${supportedLocales.length} locales; setLocale is a ${typeof setLocale}; ${ReliefPainSelector.name}`);
console.log(`style-src ${styleSrc.join(' ')}`);
console.log(html);
