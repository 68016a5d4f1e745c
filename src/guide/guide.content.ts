import { msg, str } from '@lit/localize';
import type { CitationId } from '../core/citations.js';

/**
 * The guide's sections in the clinic page's order: a paragraph of the page, a
 * nested relief element (with its `set`), or one of the guide's own blocks.
 * The one table from which the guide renders, documents and validates `items`.
 */
export const GUIDE_LAYOUT = [
  { id: 'introduction', kind: 'paragraph' },
  { id: 'massage-for-pain', kind: 'paragraph' },
  { id: 'how-it-helps', kind: 'element', tag: 'relief-benefit-list', set: 'how-it-helps' },
  { id: 'key-benefits', kind: 'element', tag: 'relief-benefit-list', set: 'key-benefits' },
  { id: 'pain-types', kind: 'element', tag: 'relief-pain-selector' },
  { id: 'lifestyle-tips', kind: 'element', tag: 'relief-tip-list', set: 'lifestyle' },
  { id: 'session-tips', kind: 'element', tag: 'relief-tip-list', set: 'session' },
  { id: 'therapist-checklist', kind: 'element', tag: 'relief-therapist-checklist' },
  { id: 'related-relief', kind: 'paragraph' },
  { id: 'conclusion', kind: 'element', tag: 'relief-benefit-list', set: 'summary' },
  { id: 'research', kind: 'research' },
  { id: 'further-resources', kind: 'resources' },
] as const;

export type GuideSectionSpec = (typeof GUIDE_LAYOUT)[number];
export type GuideSection = GuideSectionSpec['id'];
export type ParagraphSection = Extract<GuideSectionSpec, { kind: 'paragraph' }>['id'];
export const GUIDE_SECTIONS: readonly GuideSection[] = GUIDE_LAYOUT.map((section) => section.id);

/** The clinic page's own text around the lists, verbatim. */
export const guideText = () => ({
  eyebrow: msg('Can massage help?', { id: 'guide.eyebrow' }),
  title: msg('Chronic Pain Management', { id: 'guide.title' }),
  lead: msg('Discover how massage therapy supports chronic pain relief, promoting comfort.', { id: 'guide.lead' }),
  paragraphs: {
    introduction: {
      heading: msg('Introduction', { id: 'guide.introduction.heading' }),
      text: msg(
    'A pain-relief massage targets areas of chronic discomfort with techniques designed to relax muscles, improve blood flow, and reduce inflammation. By addressing muscle tension and stimulating the body’s natural pain relievers, a pain-relief massage aims to lessen physical and emotional strain associated with chronic pain. Massage therapists trained in pain management techniques adjust pressure and rhythm to suit each client’s needs, creating a personalized approach that can provide significant relief and improve quality of life.',
    { id: 'guide.introduction.text' },
      ),
    },
    'massage-for-pain': {
      heading: msg('Massage for Chronic Pain Management', { id: 'guide.massage-for-pain.heading' }),
      text: msg(
    'Chronic pain is a complex, often debilitating condition that persists for weeks, months, or even years, impacting quality of life. Massage therapy offers a holistic approach to managing chronic pain by reducing muscle tension, enhancing circulation, and stimulating endorphin release. By targeting pain points and promoting relaxation, massage can be an effective tool in a comprehensive pain management plan. Regular massage therapy can improve physical comfort, mental clarity, and overall well-being, making it a valuable complementary therapy for individuals dealing with chronic pain.',
    { id: 'guide.massage-for-pain.text' },
      ),
    },
    'related-relief': {
      heading: msg('Chronic Pain Management and Related Relief', { id: 'guide.related-relief.heading' }),
      text: msg(
    "Chronic pain can be difficult to manage, but massage therapy provides relief by relaxing muscles, improving blood flow, and addressing pain points. It's a natural option for long-term pain management.",
    { id: 'guide.related-relief.text' },
      ),
    },
  } satisfies Record<ParagraphSection, { heading: string; text: string }>,
});

/** The vetted sources of `shared/content/sources.md`, for "Further Resources". */
export const furtherResources = () => ({
  heading: msg('Further Resources', { id: 'resources.heading' }),
  intro: msg('For more information on managing chronic pain, explore:', { id: 'resources.intro' }),
  citations: [
    'nccih-massage',
    'nccih-chronic-pain',
    'cochrane-low-back-pain',
    'ahrq-chronic-pain',
    'nice-ng59',
    'plos-fibromyalgia',
  ] as const satisfies readonly CitationId[],
});

/** Written from NCCIH's massage safety guidance and the NHS's cauda equina warning signs. */
export const safetyNote = () => ({
  heading: msg('Safety', { id: 'safety.heading' }),
  askFirst: msg('Ask a doctor before having a massage if you:', { id: 'safety.ask-first' }),
  askFirstItems: [
    msg('have a blood clot or a bleeding disorder, or take blood thinners', { id: 'safety.ask-first.clots' }),
    msg('have a recent fracture or weakened bones', { id: 'safety.ask-first.bones' }),
    msg('have a fever, an open wound or a skin infection', { id: 'safety.ask-first.fever-skin' }),
    msg('have cancer', { id: 'safety.ask-first.cancer' }),
    msg('are pregnant', { id: 'safety.ask-first.pregnant' }),
  ],
  urgent: msg('Seek urgent medical care instead of a massage if you have back pain with:', { id: 'safety.urgent' }),
  urgentItems: [
    msg('numbness around your groin or buttocks', { id: 'safety.urgent.numbness' }),
    msg('new loss of bladder or bowel control', { id: 'safety.urgent.bladder-bowel' }),
    msg('weakness in your legs', { id: 'safety.urgent.leg-weakness' }),
  ],
  citations: ['nccih-massage', 'nhs-cauda-equina'] as const satisfies readonly CitationId[],
});

export const disclaimer = () =>
  msg('This information supports, but does not replace, advice from a doctor or other qualified health professional.', {
    id: 'disclaimer.text',
  });

export const reviewText = {
  lastUpdated: (date: string) => msg(str`Last updated ${date}`, { id: 'review.last-updated' }),
  nextReview: (date: string) => msg(str`Next review due ${date}`, { id: 'review.next-review' }),
  overdue: (date: string) =>
    msg(str`This information was due for review on ${date} and may be out of date.`, { id: 'review.overdue' }),
};
