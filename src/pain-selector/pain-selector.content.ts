import { msg } from '@lit/localize';
import type { ItemSet } from '../core/content.js';

export const PAIN_TYPES = ['back', 'joint', 'fibromyalgia', 'neuropathy'] as const;
export type PainType = (typeof PAIN_TYPES)[number];

/** "Common Types of Pain that Massage May Address", verbatim from the clinic page. */
export const painTypes = (): ItemSet<PainType> => ({
  heading: msg('Common Types of Pain that Massage May Address', { id: 'pain-types.heading' }),
  intro: msg('Massage therapy can be helpful for many types of chronic pain, such as:', { id: 'pain-types.intro' }),
  items: [
    {
      id: 'back',
      title: msg('Back Pain', { id: 'pain-types.back.title' }),
      text: msg('Eases tension and supports spinal alignment.', { id: 'pain-types.back.text' }),
    },
    {
      id: 'joint',
      title: msg('Joint Pain', { id: 'pain-types.joint.title' }),
      text: msg('Reduces stiffness and improves mobility.', { id: 'pain-types.joint.text' }),
    },
    {
      id: 'fibromyalgia',
      title: msg('Fibromyalgia', { id: 'pain-types.fibromyalgia.title' }),
      text: msg('Alleviates muscle pain and fatigue associated with this condition.', {
        id: 'pain-types.fibromyalgia.text',
      }),
    },
    {
      id: 'neuropathy',
      title: msg('Neuropathy', { id: 'pain-types.neuropathy.title' }),
      text: msg('Improves blood flow to alleviate numbness and tingling.', { id: 'pain-types.neuropathy.text' }),
    },
  ],
});
