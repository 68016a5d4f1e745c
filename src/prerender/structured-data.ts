import { msg } from '@lit/localize';
import { CITATIONS, type CitationId } from '../core/citations.js';
import { painTypeEvidence, researchSummary } from '../core/evidence.content.js';
import type { ReliefGuide } from '../guide/guide.component.js';
import { furtherResources, GUIDE_LAYOUT, guideText, safetyNote, type GuideSectionSpec } from '../guide/guide.content.js';
import { PAGE_LAST_UPDATED, readReviewDate } from '../guide/review-dates.js';

/** What the structured data reads of a guide: what it shows, through the methods its render uses. */
interface GuideView {
  readonly hideEvidence: boolean;
  readonly lastUpdated?: string | Date;
  headingText(defaultText: string): string;
  selectItems(all: typeof GUIDE_LAYOUT): readonly GuideSectionSpec[];
}

/** The sources a section cites, from the content registry (the same lists the guide renders). */
function citedBy(section: GuideSectionSpec['id'], hideEvidence: boolean): readonly CitationId[] {
  switch (section) {
    case 'pain-types':
      return hideEvidence ? [] : Object.values(painTypeEvidence()).flatMap((evidence) => evidence.citations);
    case 'research':
      return researchSummary().citations;
    case 'further-resources':
      return furtherResources().citations;
    default:
      return [];
  }
}

/**
 * The schema.org `MedicalWebPage` of a prerendered guide, in the render's
 * locale: the heading it shows, its language, review date, and the sources it
 * cites, in the order it cites them; with `url`, its address and `@id`.
 * Marked, so that prerendering the page again replaces it.
 */
export function structuredData(guide: ReliefGuide, locale: string, url?: string): string {
  const view = guide as unknown as GuideView;
  const sections = view.selectItems(GUIDE_LAYOUT).map((section) => section.id);
  const cited = new Set([...sections.flatMap((section) => citedBy(section, view.hideEvidence)), ...safetyNote().citations]);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    ...(url === undefined ? {} : { '@id': url, url }),
    name: view.headingText(guideText().title),
    inLanguage: locale,
    lastReviewed: readReviewDate('relief-guide', 'last-updated', view.lastUpdated, PAGE_LAST_UPDATED),
    about: { '@type': 'MedicalCondition', name: msg('Chronic pain', { id: 'structured-data.about' }) },
    audience: { '@type': 'Patient' },
    citation: [...cited].map((id) => ({
      '@type': 'CreativeWork',
      name: CITATIONS[id].title,
      publisher: { '@type': 'Organization', name: CITATIONS[id].publisher },
      url: CITATIONS[id].url,
    })),
  };
  // ASCII only: no text can close the script element (`<` is escaped), and a page in any charset can hold it.
  const json = JSON.stringify(data).replace(/[<\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json" data-relief-structured-data>${json}</script>`;
}
