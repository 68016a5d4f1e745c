/// <reference types="node" />
/**
 * `relief-widgets/prerender` (Node, no DOM): writes the content of every relief
 * element of an HTML snippet or page into the HTML, as a snapshot in a
 * declarative shadow root, in one locale, so that it is there before any
 * JavaScript. The snapshot is plain HTML (no renderer markers); the bundles
 * take it over: each element renders fresh at upgrade and replaces it.
 *
 * Safe on any input: only relief elements in HTML content are rendered (never
 * inside `<svg>`, `<math>`, `<template>`, raw text or comments); their start
 * tags are rebuilt from the parsed attributes, escaped; everything else is
 * left byte for byte; a snapshot or JSON-LD block from an earlier run is
 * replaced, not nested.
 */
// The server build of Lit defines `customElements` (a shim); the element modules then register in it.
import '../relief-widgets.js';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { ReliefElement } from '../core/relief-element.js';
import { ReliefGuide } from '../guide/guide.component.js';
import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { loadLocaleModule } from '../generated/locale-loaders.js';
import { resolveLocale, setServerRender, type Locale, type ServerRender } from '../core/localization.js';
import { structuredData } from './structured-data.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

export interface PrerenderOptions {
  /** The page's language, a BCP 47 tag resolved like `<html lang>` (default `en`). */
  locale?: string;
  /**
   * The day of the render (a `Date` or `YYYY-MM-DD`; default: now): a guide
   * whose review date has passed by then shows its "may be out of date" notice.
   * The takeover shows the visitor's own.
   */
  today?: Date | string;
  /** The page's address: the guide's JSON-LD gets it as `url` and `@id`, so that it joins the page's own structured data. */
  url?: string;
}

export interface PrerenderResult {
  /** The input HTML with every relief element's snapshot in it, and JSON-LD after each guide. */
  html: string;
  /** The CSP source expressions (`'sha256-…'`) that the inline styles of `html` need under `style-src`. */
  styleSrc: string[];
  /** The supported locale the HTML is in. */
  locale: Locale;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Each call's locale travels with its render (through its async context), never in a module variable. */
const renderLocale = new AsyncLocalStorage<ServerRender>();
setServerRender(() => renderLocale.getStore());

const translations = new Map<Locale, LocaleModule>(
  await Promise.all(
    allLocales
      .filter((locale) => locale !== sourceLocale)
      .map(async (locale) => [locale, await loadLocaleModule(locale)] as const),
  ),
);
configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...translations.keys()],
  getLocale: () => renderLocale.getStore()?.locale ?? sourceLocale,
  loadLocaleSync: (locale) => translations.get(locale as Locale)!,
});

/** The relief element class registered for `tagName`, if any. */
function reliefClass(tagName: string): typeof ReliefElement | undefined {
  if (!tagName.startsWith('relief-')) return undefined;
  const definition = customElements.get(tagName);
  return definition && definition.prototype instanceof ReliefElement ? (definition as unknown as typeof ReliefElement) : undefined;
}

/**
 * The relief elements to render: in HTML content only (not foreign content,
 * not a template's content), and not inside another relief element.
 */
function reliefElements(parent: ParentNode, found: Element[] = []): Element[] {
  for (const child of parent.childNodes) {
    if (!('tagName' in child) || child.namespaceURI !== HTML_NAMESPACE || child.tagName === 'template') continue;
    if (reliefClass(child.tagName)) found.push(child);
    else reliefElements(child, found);
  }
  return found;
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A start tag written from the parsed attributes (the parser kept the first of duplicates): no text can become markup. */
const startTag = (element: Element) =>
  `<${element.tagName}${element.attrs.map(({ name, value }) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;

/** A snapshot an earlier prerender wrote: a declarative shadow root (also the legacy `shadowroot` attribute). */
const isSnapshot = (node: Node) =>
  'tagName' in node && node.tagName === 'template' && node.attrs.some(({ name }) => name === 'shadowrootmode' || name === 'shadowroot');

/** The JSON-LD block an earlier prerender wrote after a guide. */
const isStructuredData = (node: Node) =>
  'tagName' in node && node.tagName === 'script' && node.attrs.some(({ name }) => name === 'data-relief-structured-data');

/**
 * Lit's server output without what only hydration needs: its marker comments
 * and `<?>`, the legacy `shadowroot` attribute, `defer-hydration`; and without
 * the `checked="true|false"` it writes for the client's `.checked` property
 * binding (a boolean attribute: present means checked; `?checked` already says
 * it right). Text and attribute values in that output are escaped (`<` is
 * `&lt;`), so these patterns can only match the renderer's own markup.
 */
const plainSnapshot = (rendered: string) =>
  rendered
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')
    .replace(/(<input\b[^<>]*?) checked="(?:true|false)"/g, '$1')
    .replace(/<template shadowroot="open" shadowrootmode="open"/g, '<template shadowrootmode="open"')
    .replace(/(<relief-[\w-]+(?:\s[^<>]*?)?) defer-hydration(?=[\s>])/g, '$1');

/** A render's own state: the renderer keeps stacks of open elements in it, which no other render may share. */
const renderInfo = (): RenderInfo => ({
  elementRenderers: [LitElementRenderer],
  customElementInstanceStack: [],
  customElementHostStack: [],
  eventTargetStack: [],
  slotStack: [],
  deferHydration: false,
});

/** One element's snapshot, from its attributes, in the locale of the render in progress. */
async function snapshot(element: Element, today: Date | string): Promise<{ shadow: string; instance: ReliefElement }> {
  const renderer = new LitElementRenderer(element.tagName);
  const instance = renderer.element as unknown as ReliefElement;
  const observed = new Set((instance.constructor as typeof ReliefElement).observedAttributes);
  for (const { name, value } of element.attrs) if (observed.has(name)) renderer.attributeChangedCallback(name, null, value);
  if (instance instanceof ReliefGuide) instance.today = today;
  renderer.connectedCallback();
  const rendered = await collectResult(renderer.renderShadow(renderInfo()) ?? []);
  return { shadow: plainSnapshot(rendered), instance };
}

const hashSource = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const location = (node: Node) => node.sourceCodeLocation!;
const elementLocation = (element: Element) => element.sourceCodeLocation!;

/**
 * Writes the snapshot of every relief element in `html` (a snippet, or a
 * whole page) in `options.locale`, leaving the rest byte for byte. Returns the
 * HTML and `styleSrc`, the CSP source expressions its inline styles need.
 * Calls may run at once: each renders in its own locale.
 */
export async function prerender(html: string, options: PrerenderOptions = {}): Promise<PrerenderResult> {
  if (typeof html !== 'string') throw new TypeError('prerender(html): html must be a string of HTML');
  const { locale: wanted = sourceLocale, today = new Date(), url } = options;
  const locale = resolveLocale(wanted);
  if (!locale) throw new RangeError(`prerender: locale ${JSON.stringify(wanted)} is not one of ${allLocales.join(', ')}`);
  if (url !== undefined && !URL.canParse(url)) throw new TypeError(`prerender: url ${JSON.stringify(url)} is not an absolute URL`);

  const wholePage = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(html);
  const tree = wholePage ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const styles = new Set<string>();
  let output = '';
  let position = 0;
  const copyUpTo = (offset: number) => {
    output += html.slice(position, offset);
    position = offset;
  };
  /** Copies the input up to `from`, and leaves out what lies between `from` and `to`. */
  const skip = (from: number, to: number) => {
    copyUpTo(from);
    position = to;
  };
  await renderLocale.run({ locale, tag: String(wanted) }, async () => {
    for (const element of reliefElements(tree)) {
      const { shadow, instance } = await snapshot(element, today);
      for (const match of shadow.matchAll(/<style>([\s\S]*?)<\/style>/g)) styles.add(match[1]);
      const { startOffset, endOffset, startTag: sourceStartTag } = elementLocation(element);
      skip(startOffset, sourceStartTag!.endOffset);
      output += `${startTag(element)}<template shadowrootmode="open">${shadow}</template>`;
      // The light DOM stays as it was, but for an earlier snapshot.
      for (const child of element.childNodes) if (isSnapshot(child)) skip(location(child).startOffset, location(child).endOffset);
      copyUpTo(endOffset);
      // An end tag the source left out (the parser closed the element) is written out.
      if (!elementLocation(element).endTag) output += `</${element.tagName}>`;
      if (!(instance instanceof ReliefGuide)) continue;
      output += structuredData(instance, locale, url);
      // JSON-LD from an earlier run, after only white space, is replaced.
      const siblings = element.parentNode!.childNodes;
      const next = siblings.slice(siblings.indexOf(element) + 1).find((node) => !('value' in node && !node.value.trim()));
      if (next && isStructuredData(next)) {
        const { startOffset: from, endOffset: to } = location(next);
        if (!html.slice(endOffset, from).trim()) skip(from, to);
      }
    }
  });
  copyUpTo(html.length);
  return { html: output, styleSrc: [...styles].map(hashSource), locale };
}
