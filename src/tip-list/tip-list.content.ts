import { msg } from '@lit/localize';
import type { ItemSet } from '../core/content.js';

export const TIP_SETS = ['lifestyle', 'session'] as const;
export type TipSetName = (typeof TIP_SETS)[number];

/** The clinic page's two tip lists, verbatim; a function so each call reads the active locale. */
export const tipSet = (name: TipSetName): ItemSet => {
  switch (name) {
    case 'session':
      return {
        heading: msg('Tips for an Effective Pain-Relief Massage', { id: 'session-tips.heading' }),
        intro: msg('To get the most from a pain-relief massage, consider these suggestions:', {
          id: 'session-tips.intro',
        }),
        items: [
          {
            id: 'communicate-comfort-needs',
            title: msg('Communicate Comfort Needs', { id: 'session-tips.communicate-comfort-needs.title' }),
            text: msg('Inform your therapist of any tender areas.', { id: 'session-tips.communicate-comfort-needs.text' }),
          },
          {
            id: 'gentle-techniques',
            title: msg('Focus on Gentle Techniques', { id: 'session-tips.gentle-techniques.title' }),
            text: msg('Start with lighter pressure to avoid over-stimulation.', {
              id: 'session-tips.gentle-techniques.text',
            }),
          },
          {
            id: 'regular-routine',
            title: msg('Establish a Regular Routine', { id: 'session-tips.regular-routine.title' }),
            text: msg('Frequent sessions may provide cumulative relief.', { id: 'session-tips.regular-routine.text' }),
          },
        ],
        outro: msg('Regular sessions with a focus on pain relief can support ongoing symptom management.', {
          id: 'session-tips.outro',
        }),
      };
    case 'lifestyle':
      return {
        heading: msg('Lifestyle Tips to Support Pain Management', { id: 'lifestyle-tips.heading' }),
        intro: msg('In addition to massage, consider these practices to manage chronic pain:', {
          id: 'lifestyle-tips.intro',
        }),
        items: [
          {
            id: 'low-impact-exercise',
            title: msg('Regular Low-Impact Exercise', { id: 'lifestyle-tips.low-impact-exercise.title' }),
            text: msg('Activities like walking or swimming can increase flexibility and strength.', {
              id: 'lifestyle-tips.low-impact-exercise.text',
            }),
          },
          {
            id: 'balanced-diet',
            title: msg('Balanced Diet', { id: 'lifestyle-tips.balanced-diet.title' }),
            text: msg('Anti-inflammatory foods may help reduce overall pain levels.', {
              id: 'lifestyle-tips.balanced-diet.text',
            }),
          },
          {
            id: 'mindfulness',
            title: msg('Mindfulness Techniques', { id: 'lifestyle-tips.mindfulness.title' }),
            text: msg('Practicing relaxation techniques can help manage pain.', { id: 'lifestyle-tips.mindfulness.text' }),
          },
          {
            id: 'sleep-schedule',
            title: msg('Consistent Sleep Schedule', { id: 'lifestyle-tips.sleep-schedule.title' }),
            text: msg('Quality sleep supports recovery and resilience.', { id: 'lifestyle-tips.sleep-schedule.text' }),
          },
        ],
        outro: msg('These strategies, combined with massage, may help reduce pain levels and enhance well-being.', {
          id: 'lifestyle-tips.outro',
        }),
      };
  }
};
