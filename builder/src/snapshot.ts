/**
 * The builder's prerendered code is a snapshot of what its live preview shows
 * (DESIGN.md, "The embed builder"): the preview's element, rendered by the
 * real bundle in the chosen language, written out as plain HTML with
 * declarative shadow roots, as the prerenderer writes it. The bundle takes it
 * over on the clinic's page, so it depends on no renderer's private format.
 */

import { jsonLdScript } from '../../src/prerender/json-ld.js';
import { escapeHtml } from './config.js';

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Controls in a snapshot are inert until the element takes it over. */
const CONTROLS = new Set(['button', 'fieldset', 'input', 'select', 'textarea']);


/** An element's constructable styles as one text, as the prerenderer writes them into `<style>`. */
function styleText(element: Element): string {
  const styles = (element.constructor as { elementStyles?: { cssText: string }[] }).elementStyles ?? [];
  return styles.map((style) => style.cssText).join('');
}

function startTag(element: Element): string {
  const attributes = new Map([...element.attributes].map(({ name, value }) => [name, value]));
  // The state a visitor sees, not the markup's: a checked box is checked in the snapshot.
  if (element instanceof (element.ownerDocument.defaultView?.HTMLInputElement ?? HTMLInputElement)) {
    if (element.checked) attributes.set('checked', '');
    else attributes.delete('checked');
  }
  if (CONTROLS.has(element.localName)) attributes.set('disabled', '');
  const written = [...attributes].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
  return `<${element.localName}${written.join('')}>`;
}

function serializeChildren(parent: ParentNode, styles: Set<string>): string {
  let html = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) html += escapeHtml(node.textContent ?? '');
    else if (node.nodeType === Node.ELEMENT_NODE) html += serializeElement(node as Element, styles);
    // Comments (the renderer's markers) are not content.
  }
  return html;
}

function serializeElement(element: Element, styles: Set<string>): string {
  let html = startTag(element);
  if (VOID_ELEMENTS.has(element.localName)) return html;
  if (element.shadowRoot) html += shadowRootTemplate(element, styles);
  return `${html}${serializeChildren(element, styles)}</${element.localName}>`;
}

function shadowRootTemplate(host: Element, styles: Set<string>): string {
  const css = styleText(host);
  styles.add(css);
  return `<template shadowrootmode="open"><style>${css}</style>${serializeChildren(host.shadowRoot!, styles)}</template>`;
}

/** What goes inside the element's tag: its shadow root, as a declarative one; and the inline style texts it holds. */
export function snapshotOf(element: Element): { inner: string; styles: string[] } {
  const styles = new Set<string>();
  const inner = shadowRootTemplate(element, styles);
  return { inner, styles: [...styles] };
}

/** A citation as the guide's structured data names it. */
export interface CitationEntry {
  readonly url: string;
  readonly [key: string]: unknown;
}

/**
 * The guide's `MedicalWebPage`, as the prerenderer writes it beside a guide:
 * the heading the preview shows, its language and review date, the sources
 * it cites (in the order it cites them), and `about` in that language.
 */
export function structuredDataOf(guide: Element, citations: Record<string, CitationEntry>, about: string): string {
  const root = guide.shadowRoot!;
  const cited: string[] = [];
  const collect = (parent: ParentNode) => {
    for (const element of parent.querySelectorAll('*')) {
      const id = element.getAttribute('data-citation');
      if (id && Object.hasOwn(citations, id) && !cited.includes(id)) cited.push(id);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(root);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: root.querySelector('[part~="heading"]')?.textContent?.trim() ?? '',
    inLanguage: root.querySelector('[part~="base"]')?.getAttribute('lang') ?? 'en',
    lastReviewed: root.querySelector('[part="review-dates"] time')?.getAttribute('datetime') ?? '',
    about: { '@type': 'MedicalCondition', name: about },
    audience: { '@type': 'Patient' },
    citation: cited.map((id) => citations[id]),
  };
  return jsonLdScript(data);
}
