import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { ContentItem } from './content.js';
import { getLocale } from './localization.js';

/** A list item's title as it stands before its sentence ("Relaxes Muscles:"). */
const itemTitleLabel = (title: string): string =>
  msg(str`${title}:`, {
    id: 'ui.item-title',
    desc: 'A list item title followed by its sentence, as in "Relaxes Muscles: Massage therapy helps…". Keep the placeholder; use your language\'s colon and spacing.',
  });

/**
 * "Relaxes Muscles: Massage therapy helps…": an item's title, then its
 * sentence, as the clinic page writes them. Chinese sets no space after its
 * full-width colon. `ids` name the two spans for ARIA references.
 */
export function renderItemText(item: ContentItem, ids?: { title: string; text: string }): TemplateResult {
  const space = getLocale().startsWith('zh') ? '' : ' ';
  return html`<span part="item-title" class="item-title" id=${ifDefined(ids?.title)}>${itemTitleLabel(item.title)}</span>${space}<span part="item-text" id=${ifDefined(ids?.text)}>${item.text}</span>`;
}
