import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { kindOf } from '../core/attributes.js';
import { renderCitation } from '../core/citation-view.js';
import { certaintyLabel, painTypeEvidence } from '../core/evidence.content.js';
import { ReliefFormElement, type ValidityProblem } from '../core/form-element.js';
import { renderItemText } from '../core/item-text.js';
import { spaceBefore } from '../core/spacing.js';
import { uiText } from '../core/ui.content.js';
import { warnOnce } from '../core/warn.js';
import { PAIN_TYPES, painTypes, type PainType } from './pain-selector.content.js';
import { painSelectorStyles } from './pain-selector.styles.js';
import { choiceStyles } from '../core/choice.styles.js';
import { citationStyles } from '../core/citation.styles.js';

/**
 * The four common types of chronic pain as a group of native radio buttons in a
 * fieldset: the patient picks one and sees how massage may help it (until then, all
 * four show, as on the clinic page). Form-associated: with a `name`, the chosen id is
 * submitted with the clinic's own `<form>`; it follows form reset, `<fieldset disabled>`
 * and, with `required`, the browser's own validation. The choice stays in the page.
 *
 * @summary The four common types of chronic pain as a radio group: the patient picks one
 *   and sees how massage may help it. Form-associated: works inside a clinic's intake form.
 * @reserve 22em
 *
 * @attr {"back" | "joint" | "fibromyalgia" | "neuropathy"} value - The chosen pain type, or empty (nothing
 *   chosen, the default). The attribute gives the initial choice, which a form reset restores; an unknown
 *   id warns and chooses nothing. Like `<input value>`, the attribute sets the choice until the patient
 *   chooses; after that, changing it only changes what a form reset restores (the property always sets it). A choice that `items` hides is kept, and shows again when offered.
 * @attr {boolean} hide-evidence - Hides the evidence notes (shown by default after each type's sentence).
 * @attr {string} items - Space-separated pain type ids, in the order to offer them (default: all):
 *   `back`, `joint`, `fibromyalgia`, `neuropathy`.
 *
 * @event {CustomEvent<{ value: string }>} relief-change - The patient chose a pain type; `detail.value` is its id.
 *   The value, the form value and the validity are already updated; `input` and `change` follow.
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
 * @csspart evidence - A type's evidence note: how strong the research is, with its sources.
 * @csspart evidence-label - The certainty label ("Some evidence, short-term", "Limited evidence").
 * @csspart evidence-text - The note.
 * @csspart evidence-citations - The list of the note's sources.
 * @csspart evidence-citation - One source: its English title (linked), authors, publisher and year.
 * @csspart evidence-citation-source - The authors, publisher and year of a source.
 */
export class ReliefPainSelector extends ReliefFormElement<PainType | '', string | null | undefined> {
  static override styles = [ReliefFormElement.styles, choiceStyles, citationStyles, painSelectorStyles];

  static override properties: PropertyDeclarations = {
    required: { type: Boolean, reflect: true },
    hideEvidence: { type: Boolean, attribute: 'hide-evidence' },
  };

  /** The form can't be submitted until a pain type is chosen. */
  required = false;

  /** Hides the evidence notes after each type's sentence. */
  hideEvidence = false;

  protected readValue(input: unknown): PainType | '' {
    if (input === null || input === undefined) return '';
    if (typeof input === 'string') {
      const id = input.trim();
      if (id === '' || (PAIN_TYPES as readonly string[]).includes(id)) return id as PainType | '';
    }
    // The text is not repeated: it may be what a patient chose elsewhere.
    warnOnce(
      `<${this.localName}> value must be one of ${PAIN_TYPES.join(', ')} or empty${
        typeof input === 'string' ? '' : `, not ${kindOf(input)}`
      }; nothing is chosen.`,
    );
    return '';
  }

  protected copyValue(value: PainType | ''): PainType | '' {
    return value;
  }

  /** `items` when the offered ids were last computed, and those ids. */
  private offeredFor?: { items: unknown; ids: readonly PainType[] };

  /**
   * The offered pain type ids, in order: the constant id list as `items` selects it, without
   * building any translated content; computed again only when `items` changes.
   */
  private get offeredIds(): readonly PainType[] {
    if (!this.offeredFor || this.offeredFor.items !== this.items) {
      this.offeredFor = { items: this.items, ids: this.selectItems(PAIN_TYPES.map((id) => ({ id }))).map((item) => item.id) };
    }
    return this.offeredFor.ids;
  }

  protected offeredValue(value: PainType | ''): PainType | '' {
    return value !== '' && this.offeredIds.includes(value) ? value : '';
  }

  protected formValue(offered: PainType | ''): string | null {
    return offered || null;
  }

  protected formState(value: PainType | ''): string {
    return value;
  }

  protected override validityProblem(offered: PainType | ''): ValidityProblem | undefined {
    return this.required && !offered
      ? { flags: { valueMissing: true }, message: msg('Choose a type of pain.', { id: 'pain-selector.value-missing' }) }
      : undefined;
  }

  protected handleChange(event: Event): void {
    this.changeByVisitor((event.target as HTMLInputElement).value as PainType);
  }

  private renderEvidence(type: PainType) {
    const { certainty, note, citations } = painTypeEvidence()[type];
    return html`<div part="evidence" class="evidence">
      <p part="evidence-label" class="evidence-label">${certaintyLabel(certainty)}</p>
      <p part="evidence-text" class="evidence-text">${note}</p>
      <ul part="evidence-citations" class="citations" aria-label=${uiText().sources}>
        ${citations.map((id) => renderCitation(id, 'evidence-'))}
      </ul>
    </div>`;
  }

  /** "(required)" after the legend; a full-width bracket (Chinese, Japanese) brings its own space. */
  private renderRequired() {
    const required = uiText().required;
    return html`${spaceBefore(required)}<span class="required">${required}</span>`;
  }

  override render(): TemplateResult {
    const { heading, intro, items } = painTypes();
    const offered = this.offeredIds.map((id) => items.find((item) => item.id === id)!);
    const chosen = this.shownValue;
    return this.renderControl({
      heading,
      intro,
      legend: html`<legend part="legend" class="legend">${msg('Choose a type of pain', { id: 'pain-selector.legend' })}${
        this.required ? this.renderRequired() : nothing
      }</legend>`,
      inputs: html`<div part="options" class="choices options">
        ${offered.map((item) => {
          const checked = item.id === chosen;
          return html`<label data-id=${item.id} part=${checked ? 'option option-checked' : 'option'} class="choice control">
            <input
              part="radio"
              class="choice-input"
              type="radio"
              name="pain-type"
              value=${item.id}
              ?checked=${checked}
              .checked=${live(checked)}
            />
            <span class="option-label">${item.title}</span>
          </label>`;
        })}
      </div>`,
      after: html`<ul part="panel" class="panel" aria-live="polite">
        ${offered.map(
          (item) =>
            html`<li part="panel-item" data-id=${item.id} ?hidden=${chosen !== '' && item.id !== chosen}>
              ${renderItemText(item)} ${this.hideEvidence ? nothing : this.renderEvidence(item.id)}
            </li>`,
        )}
      </ul>`,
    });
  }

}
