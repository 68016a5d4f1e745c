import { msg } from '@lit/localize';
import type { CitationId } from './citations.js';

/** How certain the research is, from `shared/content/evidence.md`. */
export type Certainty = 'some' | 'limited';

/** A note on how strong the evidence is for one of the clinic page's claims, with its sources. */
export interface EvidenceNote {
  readonly certainty: Certainty;
  readonly note: string;
  readonly citations: readonly CitationId[];
}

/** The certainty labels shown before each note. */
export const certaintyLabel = (certainty: Certainty): string =>
  certainty === 'some'
    ? msg('Some evidence, short-term', { id: 'evidence.label.some' })
    : msg('Limited evidence', { id: 'evidence.label.limited' });

/** The vetted notes for each pain type, verbatim from `shared/content/evidence.md`. */
export const painTypeEvidence = () =>
  ({
    back: {
      certainty: 'some',
      note: msg(
        'In trials, massage eased low back pain for a few weeks, but researchers have little confidence in these results. Guidelines suggest massage only alongside exercise.',
        { id: 'evidence.back.note' },
      ),
      citations: ['cochrane-low-back-pain', 'nice-ng59'],
    },
    joint: {
      certainty: 'limited',
      note: msg('A small amount of research suggests massage may ease knee osteoarthritis pain for a short time.', {
        id: 'evidence.joint.note',
      }),
      citations: ['nccih-osteoarthritis', 'jgim-knee-osteoarthritis'],
    },
    fibromyalgia: {
      certainty: 'some',
      note: msg(
        'A review of nine small trials found that massage for five weeks or more eased pain, anxiety and depression right after treatment. How long the benefit lasts is not known.',
        { id: 'evidence.fibromyalgia.note' },
      ),
      citations: ['plos-fibromyalgia'],
    },
    neuropathy: {
      certainty: 'limited',
      note: msg(
        'Only a few small studies have looked at massage and similar hands-on treatments for neuropathy; some found short-term benefits, but the research is too limited to be sure. New or worsening numbness should be checked by a doctor.',
        { id: 'evidence.neuropathy.note' },
      ),
      citations: ['applsci-diabetic-neuropathy'],
    },
  }) as const satisfies Record<string, EvidenceNote>;

/** The guide's overall section, "What the research says". */
export const researchSummary = () => ({
  heading: msg('What the research says', { id: 'research.heading' }),
  text: msg(
    'Studies of massage for chronic pain mostly show small improvements that last weeks rather than months, and the certainty of the evidence is low to moderate. Massage has few risks with a trained therapist. It works best as one part of a plan that includes exercise and care from your doctor.',
    { id: 'research.text' },
  ),
  citations: ['ahrq-chronic-pain', 'nccih-chronic-pain', 'nice-ng59'] as const satisfies readonly CitationId[],
});
