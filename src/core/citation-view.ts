import { html, type TemplateResult } from 'lit';
import { CITATIONS, citationSource, type CitationId } from './citations.js';
import { listFormat } from './intl.js';
import { getLocale } from './localization.js';
import { spaceAfter } from './spacing.js';
import { uiText } from './ui.content.js';

/**
 * A link to a cited source, opened in a new tab without a referrer. The title
 * is English inside text of any direction: `<bdi>` keeps its punctuation on
 * the right side in right-to-left pages.
 */
function citationLink(id: CitationId, title: string): TemplateResult {
  return html`<a
    href=${CITATIONS[id].url}
    target="_blank"
    rel="noopener noreferrer"
    referrerpolicy="no-referrer"
    data-citation=${id}
    ><bdi lang="en" dir="ltr">${title}</bdi><span class="visually-hidden"> ${uiText().newTab}</span></a
  >`;
}

/** One full citation: the linked title, then who published it and when (all in English). */
export function renderCitation(id: CitationId, partPrefix = ''): TemplateResult {
  const citation = CITATIONS[id];
  return html`<li part="${partPrefix}citation" class="citation" data-id=${id}>
    <cite class="citation-title">${citationLink(id, citation.title)}</cite>
    <bdi part="${partPrefix}citation-source" class="citation-source" lang="en" dir="ltr">${citationSource(citation)}.</bdi>
  </li>`;
}

/**
 * The words between two sources ("، " in Persian, " و" in Arabic, "、" in
 * Chinese), split at their last white space: what stands before it closes the
 * previous source (a comma never starts a line), what follows opens the next
 * (Arabic "و" is written onto its word).
 */
function splitSeparator(separator: string): { closing: string; space: string; opening: string } {
  const [, closing, space, opening] = /^(.*?)(\s*)(\S*)$/su.exec(separator)!;
  return space ? { closing, space, opening } : { closing: separator, space: '', opening: '' };
}

/**
 * "Sources: Title (NCCIH), Title (NHS)": a short line of linked sources, joined
 * by the locale's list rules (`Intl.ListFormat`), with no space after a
 * full-width colon ("资料来源："). Each source is one `.source`, with the
 * separator words that belong to it: right to left, a source is laid out as
 * one box (citation.styles.ts), so that the line reads from source to source
 * rather than zigzagging through English titles broken across lines.
 */
export function renderSourcesLine(ids: readonly CitationId[]): TemplateResult {
  const label = uiText().sources;
  // The words before, between and after the sources: gaps[i] precedes source i.
  const gaps = [...ids.map(() => ''), ''];
  let index = 0;
  for (const part of listFormat(getLocale()).formatToParts(ids)) {
    if (part.type === 'element') index++;
    else gaps[index] += part.value;
  }
  const last = ids.length - 1;
  return html`<p part="sources" class="sources">${label}${spaceAfter(label)}${ids.map((id, i) => {
    const citation: { title: string; publisherShort?: string } = CITATIONS[id];
    const short = citation.publisherShort ? ` (${citation.publisherShort})` : '';
    const opening = i ? splitSeparator(gaps[i]).opening : gaps[0];
    const { closing, space } = i < last ? splitSeparator(gaps[i + 1]) : { closing: gaps[i + 1], space: '' };
    return html`<span class="source">${opening}${citationLink(id, citation.title + short)}${closing}</span>${space}`;
  })}</p>`;
}
