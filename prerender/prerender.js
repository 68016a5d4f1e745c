/**
 * `relief-widgets/prerender`: renders the relief elements of an HTML snippet or
 * page to declarative shadow DOM, in one locale, on Node (no DOM), so that the
 * content is in the HTML before any JavaScript. The bundles hydrate the
 * result in place. It renders the package's own `dist/esm` modules: the same
 * compiled templates as the bundles, which hydration requires.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parseFragment, parse } from 'parse5';

const esm = new URL('../dist/esm/', import.meta.url);
const load = (path) => import(new URL(path, esm).href);

// The element modules register their tags in Lit's server-side registry.
const elementFolders = readdirSync(esm, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['core', 'generated'].includes(entry.name))
  .map((entry) => entry.name);
await Promise.all(elementFolders.map((name) => load(`${name}/relief-${name}.js`)));

const { resolveLocale, setRenderLocale, getLocale, sourceLocale, supportedLocales } = await load('core/localization.js');
const { CITATIONS } = await load('core/citations.js');
const { guideText } = await load('guide/guide.content.js');
const { PAGE_LAST_UPDATED, readReviewDate } = await load('guide/review-dates.js');

/** Every target locale's messages, loaded once: a render then never waits. */
const messages = new Map(
  await Promise.all(
    supportedLocales
      .filter((locale) => locale !== sourceLocale)
      .map(async (locale) => [locale, await load(`generated/locales/${locale}.js`)]),
  ),
);
configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...messages.keys()],
  getLocale,
  loadLocaleSync: (locale) => messages.get(locale),
});

/** The relief elements of a parsed tree that are not inside another one, with their source offsets. */
function reliefElements(node, found = []) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName?.startsWith('relief-')) found.push(child);
    else reliefElements(child.tagName === 'template' ? child.content : child, found);
  }
  return found;
}

const attribute = (element, name) => element.attrs.find((attr) => attr.name === name)?.value;

/** The `'sha256-…'` source of an inline style's text, for `style-src`. */
const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The schema.org `MedicalWebPage` of a prerendered guide: its title, language,
 * review date, and the sources it cites, all as the guide shows them.
 */
function structuredData(guideElement, renderedHtml, locale) {
  const cited = [...new Set([...renderedHtml.matchAll(/data-citation="([^"]+)"/g)].map((match) => match[1]))];
  const lastReviewed = readReviewDate('relief-guide', 'last-updated', attribute(guideElement, 'last-updated'), PAGE_LAST_UPDATED);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: guideText().title,
    inLanguage: locale,
    lastReviewed,
    about: { '@type': 'MedicalCondition', name: 'Chronic pain' },
    audience: { '@type': 'Patient' },
    citation: cited.map((id) => ({
      '@type': 'CreativeWork',
      name: CITATIONS[id].title,
      publisher: { '@type': 'Organization', name: CITATIONS[id].publisher },
      url: CITATIONS[id].url,
    })),
  };
  // `<` never appears raw, so no text can close the script element.
  return `<script type="application/ld+json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;
}

/**
 * Renders every relief element in `html` (a snippet, or a whole page) in
 * `options.locale`. Returns the HTML, with the rest of the input unchanged,
 * and `styleSrc`: the CSP source expressions its inline styles need.
 *
 * @param {string} html
 * @param {{ locale?: string }} [options]
 * @returns {Promise<{ html: string, styleSrc: string[], locale: string }>}
 */
export async function prerender(html, { locale: wanted = sourceLocale } = {}) {
  if (typeof html !== 'string') throw new TypeError('prerender(html): html must be a string of HTML');
  const locale = resolveLocale(wanted);
  if (!locale) {
    throw new RangeError(`prerender: locale ${JSON.stringify(wanted)} is not one of ${supportedLocales.join(', ')}`);
  }
  const wholePage = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(html);
  const tree = (wholePage ? parse : parseFragment)(html, { sourceCodeLocationInfo: true });
  const elements = reliefElements(tree);
  const styles = new Set();
  let output = '';
  let position = 0;
  setRenderLocale(locale);
  try {
    for (const element of elements) {
      const { startOffset, endOffset } = element.sourceCodeLocation;
      const source = html.slice(startOffset, endOffset);
      const rendered = (await collectResult(render(unsafeHTML(source))))
        // The outer markers belong to the unsafeHTML wrapper, which nothing hydrates.
        .replace(/^<!--lit-part[^>]*-->/, '')
        .replace(/<!--\/lit-part-->$/, '');
      for (const match of rendered.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(match[1]);
      output += html.slice(position, startOffset) + rendered;
      if (element.tagName === 'relief-guide') output += structuredData(element, rendered, locale);
      position = endOffset;
    }
  } finally {
    setRenderLocale(undefined);
  }
  output += html.slice(position);
  return { html: output, styleSrc: [...styles].map(hashSource), locale };
}
