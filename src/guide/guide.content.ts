import { msg, str } from '@lit/localize';

export const GUIDE_SECTIONS = [
  'introduction',
  'massage-for-pain',
  'how-it-helps',
  'key-benefits',
  'pain-types',
  'lifestyle-tips',
  'session-tips',
  'therapist-checklist',
  'related-relief',
  'conclusion',
  'further-resources',
] as const;
export type GuideSection = (typeof GUIDE_SECTIONS)[number];

/** The clinic page's own text around the lists, verbatim. */
export const guideText = () => ({
  eyebrow: msg('Can massage help?', { id: 'guide.eyebrow' }),
  title: msg('Chronic Pain Management', { id: 'guide.title' }),
  lead: msg('Discover how massage therapy supports chronic pain relief, promoting comfort.', { id: 'guide.lead' }),
  introductionHeading: msg('Introduction', { id: 'guide.introduction.heading' }),
  introduction: msg(
    'A pain-relief massage targets areas of chronic discomfort with techniques designed to relax muscles, improve blood flow, and reduce inflammation. By addressing muscle tension and stimulating the body’s natural pain relievers, a pain-relief massage aims to lessen physical and emotional strain associated with chronic pain. Massage therapists trained in pain management techniques adjust pressure and rhythm to suit each client’s needs, creating a personalized approach that can provide significant relief and improve quality of life.',
    { id: 'guide.introduction.text' },
  ),
  massageForPainHeading: msg('Massage for Chronic Pain Management', { id: 'guide.massage-for-pain.heading' }),
  massageForPain: msg(
    'Chronic pain is a complex, often debilitating condition that persists for weeks, months, or even years, impacting quality of life. Massage therapy offers a holistic approach to managing chronic pain by reducing muscle tension, enhancing circulation, and stimulating endorphin release. By targeting pain points and promoting relaxation, massage can be an effective tool in a comprehensive pain management plan. Regular massage therapy can improve physical comfort, mental clarity, and overall well-being, making it a valuable complementary therapy for individuals dealing with chronic pain.',
    { id: 'guide.massage-for-pain.text' },
  ),
  relatedReliefHeading: msg('Chronic Pain Management and Related Relief', { id: 'guide.related-relief.heading' }),
  relatedRelief: msg(
    "Chronic pain can be difficult to manage, but massage therapy provides relief by relaxing muscles, improving blood flow, and addressing pain points. It's a natural option for long-term pain management.",
    { id: 'guide.related-relief.text' },
  ),
});

/** A published source, cited by its own (English) title and linked to its publisher. */
export interface Citation {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly url: string;
}

/** The vetted sources of `shared/content/sources.md`, for "Further Resources". */
export const furtherResources = () => ({
  heading: msg('Further Resources', { id: 'resources.heading' }),
  intro: msg('For more information on managing chronic pain, explore:', { id: 'resources.intro' }),
  newTab: msg('(opens in a new tab)', { id: 'resources.new-tab' }),
  citations: [
    {
      id: 'nccih-massage',
      title: 'Massage Therapy: What You Need To Know',
      publisher: 'National Center for Complementary and Integrative Health (NCCIH)',
      year: 2019,
      url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
    },
    {
      id: 'nccih-chronic-pain',
      title: 'Chronic Pain and Complementary Health Approaches: Usefulness and Safety',
      publisher: 'National Center for Complementary and Integrative Health (NCCIH)',
      year: 2021,
      url: 'https://www.nccih.nih.gov/health/chronic-pain-and-complementary-health-approaches-usefulness-and-safety',
    },
    {
      id: 'cochrane-low-back-pain',
      title: 'Massage for low-back pain',
      publisher: 'Cochrane Database of Systematic Reviews',
      year: 2015,
      url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
    },
    {
      id: 'ahrq-chronic-pain',
      title: 'Noninvasive Nonpharmacological Treatment for Chronic Pain: A Systematic Review Update',
      publisher: 'Agency for Healthcare Research and Quality (AHRQ), Comparative Effectiveness Review 227',
      year: 2020,
      url: 'https://effectivehealthcare.ahrq.gov/products/noninvasive-nonpharm-pain-update/research',
    },
    {
      id: 'nice-ng59',
      title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
      publisher: 'National Institute for Health and Care Excellence (NICE)',
      year: 2016,
      url: 'https://www.nice.org.uk/guidance/ng59',
    },
    {
      id: 'plos-fibromyalgia',
      title: 'Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials',
      publisher: 'PLoS One',
      year: 2014,
      url: 'https://doi.org/10.1371/journal.pone.0089304',
    },
  ] satisfies Citation[],
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
  sourcesLabel: msg('Sources:', { id: 'safety.sources' }),
  sources: [
    { title: 'Massage Therapy: What You Need To Know (NCCIH)', url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know' },
    { title: 'Cauda equina syndrome (NHS)', url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/' },
  ],
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
