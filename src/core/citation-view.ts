import { html, type TemplateResult } from 'lit';
import { CITATIONS, citationSource, type CitationId } from './citations.js';
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

/** "Sources: Title (NCCIH), Title (NHS)": a short line of linked sources. */
export function renderSourcesLine(ids: readonly CitationId[]): TemplateResult {
  return html`<p part="sources" class="sources">
    ${uiText().sources}
    ${ids.map((id, index) => {
      const citation: { title: string; publisherShort?: string } = CITATIONS[id];
      const short = citation.publisherShort ? ` (${citation.publisherShort})` : '';
      return html`${index ? ', ' : ''}${citationLink(id, citation.title + short)}`;
    })}
  </p>`;
}
