import { msg } from '@lit/localize';
import type { ItemSet } from '../core/content.js';

export const THERAPIST_QUALITIES = ['experience', 'sensitivity', 'understanding'] as const;
export type TherapistQuality = (typeof THERAPIST_QUALITIES)[number];

/** "What to Look for in a Pain Management Massage Therapist", verbatim from the clinic page. */
export const therapistQualities = (): ItemSet<TherapistQuality> => ({
  heading: msg('What to Look for in a Pain Management Massage Therapist', { id: 'therapist.heading' }),
  intro: msg('When choosing a therapist for chronic pain, consider these qualities:', { id: 'therapist.intro' }),
  items: [
    {
      id: 'experience',
      title: msg('Experience with Pain Relief Techniques', { id: 'therapist.experience.title' }),
      text: msg('Specialized knowledge ensures a tailored approach.', { id: 'therapist.experience.text' }),
    },
    {
      id: 'sensitivity',
      title: msg('Sensitivity to Pain Thresholds', { id: 'therapist.sensitivity.title' }),
      text: msg('Therapists skilled in chronic pain will adjust techniques to suit.', {
        id: 'therapist.sensitivity.text',
      }),
    },
    {
      id: 'understanding',
      title: msg('Understanding of Pain Dynamics', { id: 'therapist.understanding.title' }),
      text: msg('A therapist knowledgeable in various pain types can optimize sessions.', {
        id: 'therapist.understanding.text',
      }),
    },
  ],
});
