/**
 * Every published source the widgets cite, once: "Further Resources", the
 * safety note, the evidence notes and the prerender's JSON-LD all name a
 * source by its id here. Titles stay in English (the publication's own title,
 * rendered with `lang="en"`), so they are data, not messages.
 */
export interface Citation {
  readonly title: string;
  readonly publisher: string;
  /** The publisher's short name, where the text cites a source briefly ("… (NCCIH)"). */
  readonly publisherShort?: string;
  readonly authors?: string;
  /** Absent for living web pages that carry no publication year. */
  readonly year?: number;
  readonly url: string;
}

const NCCIH = 'National Center for Complementary and Integrative Health (NCCIH)';

export const CITATIONS = {
  'nccih-massage': {
    title: 'Massage Therapy: What You Need To Know',
    publisher: NCCIH,
    publisherShort: 'NCCIH',
    year: 2019,
    url: 'https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know',
  },
  'nccih-chronic-pain': {
    title: 'Chronic Pain and Complementary Health Approaches: Usefulness and Safety',
    publisher: NCCIH,
    publisherShort: 'NCCIH',
    year: 2021,
    url: 'https://www.nccih.nih.gov/health/chronic-pain-and-complementary-health-approaches-usefulness-and-safety',
  },
  'nccih-osteoarthritis': {
    title: 'Osteoarthritis: In Depth',
    publisher: NCCIH,
    publisherShort: 'NCCIH',
    url: 'https://www.nccih.nih.gov/health/osteoarthritis-in-depth',
  },
  'cochrane-low-back-pain': {
    title: 'Massage for low-back pain',
    authors: 'Furlan AD et al.',
    publisher: 'Cochrane Database of Systematic Reviews',
    publisherShort: 'Cochrane',
    year: 2015,
    url: 'https://doi.org/10.1002/14651858.CD001929.pub3',
  },
  'ahrq-chronic-pain': {
    title: 'Noninvasive Nonpharmacological Treatment for Chronic Pain: A Systematic Review Update',
    publisher: 'Agency for Healthcare Research and Quality (AHRQ), Comparative Effectiveness Review 227',
    publisherShort: 'AHRQ',
    year: 2020,
    url: 'https://effectivehealthcare.ahrq.gov/products/noninvasive-nonpharm-pain-update/research',
  },
  'nice-ng59': {
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    publisherShort: 'NICE',
    year: 2016,
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  'plos-fibromyalgia': {
    title: 'Massage therapy for fibromyalgia: a systematic review and meta-analysis of randomized controlled trials',
    authors: 'Li Y-h et al.',
    publisher: 'PLoS One',
    year: 2014,
    url: 'https://doi.org/10.1371/journal.pone.0089304',
  },
  'jgim-knee-osteoarthritis': {
    title: 'Efficacy and Safety of Massage for Osteoarthritis of the Knee: a Randomized Clinical Trial',
    authors: 'Perlman A et al.',
    publisher: 'Journal of General Internal Medicine',
    year: 2019,
    url: 'https://doi.org/10.1007/s11606-018-4763-5',
  },
  'applsci-diabetic-neuropathy': {
    title: 'Exercise and Manual Therapy for Diabetic Peripheral Neuropathy: A Systematic Review',
    authors: 'Hernández-Secorún M et al.',
    publisher: 'Applied Sciences',
    year: 2021,
    url: 'https://doi.org/10.3390/app11125665',
  },
  'nhs-cauda-equina': {
    title: 'Cauda equina syndrome',
    publisher: 'National Health Service (NHS)',
    publisherShort: 'NHS',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

/** "Furlan AD et al., Cochrane Database of Systematic Reviews, 2015": who published it, and when. */
export function citationSource(citation: Citation): string {
  return [citation.authors, citation.publisher, citation.year].filter(Boolean).join(', ');
}
