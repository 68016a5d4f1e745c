import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { parseChoice } from './attributes.js';
import type { ItemSet } from './content.js';
import { itemListStyles } from './item-list.styles.js';
import { renderItemText } from './item-text.js';
import { ReliefElement } from './relief-element.js';

/**
 * A titled list chosen by `set` from a few lists of the clinic page: the shared
 * body of `<relief-benefit-list>` and `<relief-tip-list>`.
 *
 * @csspart intro - The sentence before the list.
 * @csspart list - The `<ul>`.
 * @csspart item - One `<li>`.
 * @csspart item-title - An item's title.
 * @csspart item-text - An item's sentence.
 * @csspart outro - The sentence after the list.
 */
export abstract class ReliefItemList<SetName extends string> extends ReliefElement {
  static override styles = [ReliefElement.styles, itemListStyles];

  static override properties: PropertyDeclarations = {
    set: {},
  };

  /** Which list of the page to show. */
  declare set?: string;

  protected abstract readonly setNames: readonly SetName[];
  protected abstract itemSet(name: SetName): ItemSet;

  override render(): TemplateResult {
    const setName = parseChoice(this.localName, 'set', this.set, this.setNames, this.setNames[0]);
    const { heading, intro, items, outro } = this.itemSet(setName);
    return this.renderBase(html`
      ${this.renderHeading(heading)}
      ${intro ? html`<p part="intro" class="intro">${intro}</p>` : nothing}
      <ul part="list" class="list">
        ${this.selectItems(items).map(
          (item) => html`<li part="item" class="item" data-id=${item.id}>${renderItemText(item)}</li>`,
        )}
      </ul>
      ${outro ? html`<p part="outro" class="outro">${outro}</p>` : nothing}
    `);
  }
}
