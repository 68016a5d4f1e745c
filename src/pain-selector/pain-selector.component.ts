import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ReliefFormElement } from '../core/form-element.js';
import { renderItemText } from '../core/item-text.js';
import { warnInvalid } from '../core/warn.js';
import { painTypes, type PainType } from './pain-selector.content.js';
import { painSelectorStyles } from './pain-selector.styles.js';
import { choiceStyles } from '../core/choice.styles.js';

/**
 * The four common types of chronic pain as a group of native radio buttons in a
 * fieldset: the patient picks one and sees how massage may help it (until then, all
 * four show, as on the clinic page). Form-associated: with a `name`, the chosen id is
 * submitted with the clinic's own `<form>`; it follows form reset, `<fieldset disabled>`
 * and, with `required`, the browser's own validation. The choice stays in the page.
 *
 * @summary The four common types of chronic pain as a radio group: the patient picks one
 *   and sees how massage may help it. Form-associated: works inside a clinic's intake form.
 *
 * @attr {"back" | "joint" | "fibromyalgia" | "neuropathy"} value - The chosen pain type, or empty (nothing
 *   chosen, the default). The attribute gives the initial choice, which a form reset restores; an unknown
 *   or hidden id warns and chooses nothing.
 * @attr {string} items - Space-separated pain type ids, in the order to offer them (default: all):
 *   `back`, `joint`, `fibromyalgia`, `neuropathy`.
 *
 * @event {CustomEvent<{ value: string }>} relief-change - The patient chose a pain type; `detail.value` is its id.
 *
 * @csspart intro - The sentence before the choices.
 * @csspart fieldset - The `<fieldset>` grouping the radios.
 * @csspart legend - The group's visible label.
 * @csspart options - The container of the choices.
 * @csspart option - One choice: a `<label>` around its radio.
 * @csspart option-checked - Added to the chosen option.
 * @csspart radio - A native radio button.
 * @csspart panel - The live region saying how massage may help: every type until one is chosen, then that one.
 * @csspart panel-item - One type's title and sentence in the panel.
 */
export class ReliefPainSelector extends ReliefFormElement {
  static override styles = [ReliefFormElement.styles, choiceStyles, painSelectorStyles];

  static override properties: PropertyDeclarations = {
    value: {},
    required: { type: Boolean, reflect: true },
  };

  /**
   * The chosen pain type (`back`, `joint`, `fibromyalgia` or `neuropathy`), or empty.
   * The attribute gives the initial choice, which a form reset restores.
   */
  value = '';

  /** The form can't be submitted until a pain type is chosen. */
  required = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('value') || changed.has('items')) && this.value) {
      const offered = this.selectItems(painTypes().items).map((item) => item.id);
      if (!(offered as string[]).includes(this.value)) {
        warnInvalid(`<${this.localName}> value`, this.value, offered, 'Nothing is chosen.');
        this.value = '';
      }
    }
  }

  protected override updated(): void {
    this.internals.setFormValue(this.value || null, this.value);
    if (this.required && !this.value) {
      this.internals.setValidity(
        { valueMissing: true },
        msg('Choose a type of pain.', { id: 'pain-selector.value-missing' }),
        this.renderRoot.querySelector('input') ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formStateRestoreCallback(state: unknown): void {
    this.value = typeof state === 'string' ? state : '';
  }

  private handleChange(event: Event): void {
    this.value = (event.target as HTMLInputElement).value as PainType;
    this.emit('relief-change', { value: this.value });
  }

  override render() {
    const { heading, intro, items } = painTypes();
    const offered = this.selectItems(items);
    const chosen = offered.find((item) => item.id === this.value);
    const disabled = this.isDisabled;
    return this.renderBase(html`
      ${this.renderHeading(heading)}
      <p part="intro" class="intro">${intro}</p>
      <fieldset part="fieldset" class="fieldset" ?disabled=${disabled} @change=${this.handleChange}>
        <legend part="legend" class="legend">
          ${msg('Choose a type of pain', { id: 'pain-selector.legend' })}
          ${this.required
            ? html`<span class="required">${msg('(required)', { id: 'ui.required' })}</span>`
            : ''}
        </legend>
        <div part="options" class="choices options">
          ${offered.map((item) => {
            const checked = item.id === this.value;
            return html`<label
              data-id=${item.id}
              part=${checked ? 'option option-checked' : 'option'}
              class="choice control"
            >
              <input
                part="radio"
                class="choice-input"
                type="radio"
                name="pain-type"
                value=${item.id}
                .checked=${checked}
              />
              <span class="option-label">${item.title}</span>
            </label>`;
          })}
        </div>
      </fieldset>
      <ul part="panel" class="panel" aria-live="polite">
        ${offered.map(
          (item) =>
            html`<li part="panel-item" data-id=${item.id} ?hidden=${chosen !== undefined && item !== chosen}>
              ${renderItemText(item)}
            </li>`,
        )}
      </ul>
    `);
  }
}
