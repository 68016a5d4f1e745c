import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContentItem } from './content.js';
import { spaceAfter } from './spacing.js';

/** A list item's title as it stands before its sentence ("Relaxes Muscles:"). */
const itemTitleLabel = (title: string): string =>
  // Translators: see TRANSLATING.md (ui.item-title) for the colon and spacing.
  msg(str`${title}:`, { id: 'ui.item-title' });

/**
 * "Relaxes Muscles: Massage therapy helps…": an item's title, then its
 * sentence, as the clinic page writes them. After a full-width colon (Chinese,
 * Japanese) no space follows. `ids` name the two spans for ARIA references.
 */
export function renderItemText(item: ContentItem, ids?: { title: string; text: string }): TemplateResult {
  const label = itemTitleLabel(item.title);
  return html`<span part="item-title" class="item-title" id=${ids?.title ?? nothing}>${label}</span>${spaceAfter(label)}<span part="item-text" id=${ids?.text ?? nothing}>${item.text}</span>`;
}
