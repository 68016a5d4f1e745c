import { msg } from '@lit/localize';
import type { ItemSet } from '../core/content.js';

export const BENEFIT_SETS = ['key-benefits', 'how-it-helps', 'summary'] as const;
export type BenefitSetName = (typeof BENEFIT_SETS)[number];

/** The clinic page's benefit lists, verbatim; a function so each call reads the active locale. */
export const benefitSet = (name: BenefitSetName): ItemSet => {
  switch (name) {
    case 'how-it-helps':
      return {
        heading: msg('How Massage Supports Chronic Pain Relief', { id: 'how-it-helps.heading' }),
        items: [
          {
            id: 'relaxes-muscles',
            title: msg('Relaxes Muscles', { id: 'how-it-helps.relaxes-muscles.title' }),
            text: msg('Massage therapy helps to loosen tense muscles and relieve knots.', {
              id: 'how-it-helps.relaxes-muscles.text',
            }),
          },
          {
            id: 'enhances-circulation',
            title: msg('Enhances Circulation', { id: 'how-it-helps.enhances-circulation.title' }),
            text: msg('Improved blood flow brings oxygen and nutrients to affected areas, aiding in healing.', {
              id: 'how-it-helps.enhances-circulation.text',
            }),
          },
          {
            id: 'stimulates-endorphins',
            title: msg('Stimulates Endorphin Production', { id: 'how-it-helps.stimulates-endorphins.title' }),
            text: msg('Boosts natural “feel-good” hormones that reduce pain perception.', {
              id: 'how-it-helps.stimulates-endorphins.text',
            }),
          },
          {
            id: 'reduces-stress',
            title: msg('Reduces Stress and Anxiety', { id: 'how-it-helps.reduces-stress.title' }),
            text: msg('Helps lower stress levels, which can exacerbate chronic pain.', {
              id: 'how-it-helps.reduces-stress.text',
            }),
          },
        ],
      };
    case 'summary':
      return {
        heading: msg('Conclusion', { id: 'summary.heading' }),
        intro: msg('Massage therapy provides relief from chronic pain by:', { id: 'summary.intro' }),
        items: [
          {
            id: 'reduces-muscle-tension',
            title: msg('Reducing Muscle Tension', { id: 'summary.reduces-muscle-tension.title' }),
            text: msg('Eases tightness and strain on painful areas.', { id: 'summary.reduces-muscle-tension.text' }),
          },
          {
            id: 'lowers-stress-hormones',
            title: msg('Lowering Stress Hormones', { id: 'summary.lowers-stress-hormones.title' }),
            text: msg('Helps calm the nervous system, reducing pain.', { id: 'summary.lowers-stress-hormones.text' }),
          },
          {
            id: 'improves-circulation',
            title: msg('Improving Circulation', { id: 'summary.improves-circulation.title' }),
            text: msg('Enhances blood flow to support healing.', { id: 'summary.improves-circulation.text' }),
          },
          {
            id: 'stimulates-endorphin-release',
            title: msg('Stimulating Endorphin Release', { id: 'summary.stimulates-endorphin-release.title' }),
            text: msg('Natural “feel-good” hormones help alleviate discomfort.', {
              id: 'summary.stimulates-endorphin-release.text',
            }),
          },
        ],
        outro: msg('These benefits combine to support comprehensive pain management.', { id: 'summary.outro' }),
      };
    case 'key-benefits':
      return {
        heading: msg('Key Benefits for Chronic Pain Management', { id: 'key-benefits.heading' }),
        intro: msg('Massage therapy offers numerous benefits that support pain relief and emotional wellness:', {
          id: 'key-benefits.intro',
        }),
        items: [
          {
            id: 'muscle-relaxation',
            title: msg('Muscle Relaxation', { id: 'key-benefits.muscle-relaxation.title' }),
            text: msg('Releases tight muscles and reduces pressure on painful areas.', {
              id: 'key-benefits.muscle-relaxation.text',
            }),
          },
          {
            id: 'mood-improvement',
            title: msg('Mood Improvement', { id: 'key-benefits.mood-improvement.title' }),
            text: msg('Massage encourages endorphin release, which boosts overall mood.', {
              id: 'key-benefits.mood-improvement.text',
            }),
          },
          {
            id: 'decreased-inflammation',
            title: msg('Decreased Inflammation', { id: 'key-benefits.decreased-inflammation.title' }),
            text: msg('Enhances lymphatic drainage, reducing swelling in affected areas.', {
              id: 'key-benefits.decreased-inflammation.text',
            }),
          },
          {
            id: 'quality-of-life',
            title: msg('Enhanced Quality of Life', { id: 'key-benefits.quality-of-life.title' }),
            text: msg('Regular therapy may allow greater ease of movement and comfort.', {
              id: 'key-benefits.quality-of-life.text',
            }),
          },
        ],
      };
  }
};
