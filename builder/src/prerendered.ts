/**
 * Prerendered HTML in the browser, without a server: the builder's build
 * (builder/build.mjs) runs the real prerenderer (`relief-widgets/prerender`,
 * Node only) for every locale, and stores each element's declarative shadow
 * DOM as a template with a few placeholders: the styles (stored once), the
 * heading level (Lit renders one template per level, so each level has its own
 * digest, learned at build time), the heading text and the review dates. The
 * guide is stored as its header, one chunk per section and its footer, so that
 * any sections in any order can be put together. The build checks what this
 * module assembles against the real prerenderer, string for string, for every
 * locale; a combination it could not check is not offered.
 *
 * Pure functions, no DOM: the build imports this module in Node too.
 */

/** Opens and closes a placeholder in the stored templates (private-use characters, never in content). */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/** What every locale shares: the style texts, their CSP hashes, heading digests and cited sources. */
export interface PrerenderCommon {
  version: string;
  /** Each inline `<style>` text of the prerendered HTML, once. */
  styles: string[];
  /** `'sha256-…'` of each style text, for `style-src`. */
  styleHashes: string[];
  /** The Lit template digest of a heading at each level, `"2"` to `"7"` (7: an `<h6 aria-level="7">`). */
  headingDigests: Record<string, string>;
  /** The schema.org entry of each citation id, as the prerenderer writes it. */
  citations: Record<string, unknown>;
  /** Review dates the guide shows unless told otherwise. */
  defaultDates: { lastUpdated: string; nextReview: string };
}

/** One element's shadow root template, and its default heading (as text). */
export interface StoredElement {
  heading: string;
  html: string;
}

/** The guide: header, one chunk per section (ids in the guide's order), footer; structured data. */
export interface StoredGuide {
  heading: string;
  prefix: string;
  suffix: string;
  order: string[];
  sections: Record<string, string>;
  /** The sections that differ with `hide-evidence`. */
  hiddenEvidence: Record<string, string>;
  /** The `MedicalWebPage` without its `lastReviewed` value and citations, in the prerenderer's key order. */
  structuredData: Record<string, unknown>;
  /** The header's overdue notice (`O`): shown once the next review date has passed, else an empty part. */
  overdueNotice: { shown: string; hidden: string };
}

/** One locale's prerendered templates. */
export interface LocaleTemplates {
  locale: string;
  /** Keyed by {@link variantKey}. */
  elements: Record<string, StoredElement>;
  guide?: StoredGuide;
}

/** What an element's attributes ask of the prerendered HTML. */
export interface PrerenderRequest {
  tag: string;
  set?: string;
  hideEvidence?: boolean;
  headingLevel: number;
  /** Replaces the default heading when it holds text. */
  heading?: string;
  /** Guide only: the section ids in order (all of them when undefined). */
  items?: readonly string[];
  lastUpdated?: string;
  nextReview?: string;
  /** Today, `YYYY-MM-DD` where the code is written: a guide overdue by then carries the notice, as the prerenderer's would. */
  today: string;
}

export interface Prerendered {
  /** The element's content: `<template shadowrootmode="open">…</template>`. */
  inner: string;
  /** After the element: the guide's `<script type="application/ld+json">`, else empty. */
  after: string;
  /** The `'sha256-…'` sources its inline styles need under `style-src`. */
  styleSrc: string[];
}

/** The key of a stored element variant: `relief-tip-list?set=session`, `relief-pain-selector&hide-evidence`. */
export const variantKey = (tag: string, set?: string, hideEvidence = false): string =>
  `${tag}${set ? `?set=${set}` : ''}${hideEvidence ? '&hide-evidence' : ''}`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values, as Lit's server renderer does. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

const PLACEHOLDER = new RegExp(`${OPEN}([A-Z/])([^${CLOSE}]*)${CLOSE}`, 'g');

interface Fill {
  common: PrerenderCommon;
  templates: LocaleTemplates;
  level: number;
  heading: string;
  dates: [string, string];
  formatted: [string, string];
  overdue: string;
  styles: Set<number>;
}

/** Replaces the placeholders of a stored template. Throws on one it cannot fill (a broken data file). */
function fill(template: string, context: Fill): string {
  return template.replace(PLACEHOLDER, (_, code: string, argument: string) => {
    switch (code) {
      case 'S': {
        const index = Number(argument);
        if (context.common.styles[index] === undefined) throw new Error(`no style ${argument}`);
        context.styles.add(index);
        return context.common.styles[index];
      }
      case 'H': {
        const [offset, attributes] = [argument.slice(0, argument.indexOf('|')), argument.slice(argument.indexOf('|') + 1)];
        const level = context.level + Number(offset);
        const digest = context.common.headingDigests[String(level)];
        if (!digest) throw new Error(`no heading digest for level ${String(level)}`);
        return `<!--lit-part ${digest}--><!--lit-node 0--><h${String(Math.min(level, 6))} ${attributes}${level === 7 ? ' aria-level="7"' : ''}>`;
      }
      case '/':
        return `</h${String(Math.min(context.level + Number(argument), 6))}>`;
      case 'L':
        return String(context.level + Number(argument));
      case 'T':
        return escapeHtml(context.heading);
      case 'E': {
        // A nested element (in the guide), stored once as the element's own template.
        const [offset, key] = [argument.slice(0, argument.indexOf('|')), argument.slice(argument.indexOf('|') + 1)];
        const nested = context.templates.elements[key];
        if (!nested) throw new Error(`no template for the nested ${key}`);
        return fill(nested.html, { ...context, level: context.level + Number(offset), heading: nested.heading });
      }
      case 'D':
        return context.dates[Number(argument)];
      case 'F':
        return escapeHtml(context.formatted[Number(argument)]);
      case 'O':
        return fill(context.overdue, context);
      default:
        throw new Error(`unknown placeholder ${code}`);
    }
  });
}

/** The JSON-LD the prerenderer puts after a guide: the same object, with the sources the HTML cites. */
function structuredData(guide: StoredGuide, common: PrerenderCommon, html: string, lastReviewed: string): string {
  const cited = [...new Set([...html.matchAll(/data-citation="([^"]+)"/g)].map((match) => match[1]))];
  const data = { ...guide.structuredData, lastReviewed, citation: cited.map((id) => common.citations[id]) };
  return `<script type="application/ld+json">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;
}

/**
 * Puts together the prerendered content of one element from stored templates,
 * or returns why it cannot (a combination the build did not store).
 * `formatDate` formats a review date for the locale as the elements do.
 */
export function assemble(
  request: PrerenderRequest,
  templates: LocaleTemplates,
  common: PrerenderCommon,
  formatDate: (isoDate: string, locale: string) => string,
): Prerendered | { unavailable: string } {
  const isGuide = request.tag === 'relief-guide';
  const stored = isGuide ? templates.guide : templates.elements[variantKey(request.tag, request.set, request.hideEvidence)];
  if (!stored) return { unavailable: `${variantKey(request.tag, request.set, request.hideEvidence)} in ${templates.locale}` };
  const level = request.headingLevel;
  if (!Number.isInteger(level) || level < 2 || level > 6) return { unavailable: `heading level ${String(level)}` };
  const dates: [string, string] = [
    request.lastUpdated || common.defaultDates.lastUpdated,
    request.nextReview || common.defaultDates.nextReview,
  ];
  const context: Fill = {
    common,
    templates,
    level,
    heading: request.heading?.trim() ? request.heading : stored.heading,
    dates,
    formatted: [formatDate(dates[0], templates.locale), formatDate(dates[1], templates.locale)],
    overdue: isGuide
      ? request.today > dates[1]
        ? (stored as StoredGuide).overdueNotice.shown
        : (stored as StoredGuide).overdueNotice.hidden
      : '',
    styles: new Set(),
  };
  let template: string;
  if (isGuide) {
    const guide = stored as StoredGuide;
    const ids = request.items?.length ? request.items : guide.order;
    const unknown = ids.find((id) => !(id in guide.sections));
    if (unknown) return { unavailable: `guide section ${unknown}` };
    const chunk = (id: string) => (request.hideEvidence ? (guide.hiddenEvidence[id] ?? guide.sections[id]) : guide.sections[id]);
    template = guide.prefix + ids.map(chunk).join('') + guide.suffix;
  } else {
    template = (stored as StoredElement).html;
  }
  const inner = fill(template, context);
  const after = isGuide ? structuredData(stored as StoredGuide, common, inner, dates[0]) : '';
  return { inner, after, styleSrc: [...context.styles].map((index) => common.styleHashes[index]) };
}
