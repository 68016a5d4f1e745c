import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { readTokens } from '../core/attributes.js';
import { ReliefFormElement } from '../core/form-element.js';
import { renderItemText } from '../core/item-text.js';
import { numberFormat, pluralRules } from '../core/intl.js';
import { warnInvalid, warnOnce } from '../core/warn.js';
import { THERAPIST_QUALITIES, therapistQualities, type TherapistQuality } from './therapist-checklist.content.js';
import { therapistChecklistStyles } from './therapist-checklist.styles.js';
import { choiceStyles } from '../core/choice.styles.js';

/**
 * "2 of 3 qualities checked". The noun agrees with the total, so the message is
 * chosen by the total's plural category in the active locale. The page lists
 * three qualities, so a total is 1 to 3: the categories one, two, few (Arabic)
 * and other cover every locale.
 */
function progressText(locale: string, checked: number, total: number): string {
  const done = numberFormat(locale).format(checked);
  const all = numberFormat(locale).format(total);
  switch (pluralRules(locale).select(total)) {
    case 'one':
      return msg(str`${done} of ${all} quality checked`, { id: 'therapist.progress.one' });
    case 'two':
      return msg(str`${done} of ${all} qualities checked`, { id: 'therapist.progress.two' });
    case 'few':
      return msg(str`${done} of ${all} qualities checked`, { id: 'therapist.progress.few' });
    default:
      return msg(str`${done} of ${all} qualities checked`, { id: 'therapist.progress.other' });
  }
}

/**
 * What to look for in a pain-management massage therapist, as native checkboxes with
 * progress ("2 of 3 qualities checked") and a reset button. Form-associated: with a
 * `name`, each checked id is submitted with the clinic's own `<form>`, and it follows
 * form reset and `<fieldset disabled>`. Its ticks stay in the page: nothing is stored
 * unless the clinic opts in with `persist`.
 *
 * @summary What to look for in a pain-management massage therapist, as a checklist with
 *   progress and a reset. Form-associated: each checked id is submitted under `name`.
 *   Its ticks stay in the page: nothing is stored unless the clinic opts in with `persist`.
 * @reserve 22em
 *
 * @attr {string} value - Space-separated ids of the initially checked qualities (`experience`, `sensitivity`,
 *   `understanding`), which a reset restores. Unknown ids warn and are dropped; ids that `items` hides are
 *   kept, and show again when offered. Like `<input value>`, the attribute sets the ticks until the
 *   visitor ticks a box; after that, changing it only changes what a reset restores (the property always sets them). The property is an array of ids (a space-separated string is read too).
 * @attr {string} items - Space-separated quality ids, in the order to show them (default: all):
 *   `experience`, `sensitivity`, `understanding`.
 *
 * @event {CustomEvent<{ value: string[] }>} relief-change - A quality was checked or unchecked,
 *   or the checklist was reset; `detail.value` lists the checked ids (a copy). The value, the form value
 *   and the validity are already updated; `input` and `change` follow.
 *
 * @csspart intro - The sentence before the checklist.
 * @csspart fieldset - The `<fieldset>` grouping the checkboxes.
 * @csspart list - The `<ul>`.
 * @csspart item - One quality: a `<label>` around its checkbox and text.
 * @csspart checkbox - A native checkbox.
 * @csspart item-title - A quality's title.
 * @csspart item-text - A quality's sentence.
 * @csspart progress - The "2 of 3 qualities checked" status.
 * @csspart reset-button - The button that restores the initial ticks.
 */
export class ReliefTherapistChecklist extends ReliefFormElement<TherapistQuality[], string | readonly string[] | null | undefined> {
  static override styles = [ReliefFormElement.styles, choiceStyles, therapistChecklistStyles];

  static override properties: PropertyDeclarations = {
    persist: {},
  };

  /**
   * Opt-in: keeps the ticks in this browser, `session` (until the tab closes) or `local`.
   * Off by default, when nothing is stored. Needs a `name` or an `id` to store them under.
   */
  declare persist?: 'session' | 'local';

  /** Storage is read once, at the first connection; from then on it follows every change of value. */
  private storageRead = false;

  protected readValue(input: unknown): TherapistQuality[] {
    const ids = readTokens(`<${this.localName}> value`, input) ?? [];
    const known = THERAPIST_QUALITIES.filter((id) => ids.includes(id));
    if (known.length < ids.length) {
      // The unknown ids are not repeated: they may be what a patient chose elsewhere.
      warnOnce(`<${this.localName}> value names unknown quality ids, dropped; valid ids: ${THERAPIST_QUALITIES.join(', ')}.`);
    }
    return known;
  }

  protected copyValue(value: TherapistQuality[]): TherapistQuality[] {
    return [...value];
  }

  /** `items` when the offered ids were last computed, and those ids. */
  private offeredFor?: { items: unknown; ids: readonly TherapistQuality[] };

  /**
   * The offered quality ids, in order: the constant id list as `items` selects it, without
   * building any translated content; computed again only when `items` changes.
   */
  private get offeredIds(): readonly TherapistQuality[] {
    if (!this.offeredFor || this.offeredFor.items !== this.items) {
      this.offeredFor = { items: this.items, ids: this.selectItems(THERAPIST_QUALITIES.map((id) => ({ id }))).map((item) => item.id) };
    }
    return this.offeredFor.ids;
  }

  protected offeredValue(value: TherapistQuality[]): TherapistQuality[] {
    return this.offeredIds.filter((id) => value.includes(id));
  }

  protected formValue(offered: TherapistQuality[]): FormData | null {
    if (!this.name || !offered.length) return null;
    const submitted = new FormData();
    for (const id of offered) submitted.append(this.name, id);
    return submitted;
  }

  protected formState(value: TherapistQuality[]): string {
    return value.join(' ');
  }

  /** Stored ticks (opt-in) are the visitor's: a snapshot never has them, its takeover does. */
  override connectedCallback(): void {
    super.connectedCallback();
    this.readStorage();
  }

  private readStorage(): void {
    if (this.storageRead) return;
    this.storageRead = true;
    const stored = this.storage()?.read();
    if (typeof stored === 'string') this.value = stored;
  }

  protected override valueChanged(): void {
    if (this.storageRead) this.storage()?.write(this.formState(this.value));
  }

  /**
   * The Web Storage the clinic opted into with `persist`, under this
   * checklist's key; `undefined` without it. Storage the browser refuses
   * leaves the ticks in the page.
   */
  private storage(): { read(): string | null; write(ticks: string): void } | undefined {
    const { persist, localName } = this;
    if (persist === undefined || persist === null) return undefined;
    if (persist !== 'session' && persist !== 'local') {
      warnInvalid(`<${localName}> persist`, String(persist), ['session', 'local'], 'Nothing is stored.');
      return undefined;
    }
    if (!this.name && !this.id) {
      warnOnce(`<${localName}> persist needs a name or an id to store the ticks under; nothing is stored.`);
      return undefined;
    }
    const key = `relief-widgets:therapist-checklist:${this.name || this.id}`;
    const refused = () =>
      warnOnce(`<${localName}> persist: this browser refuses storage; the ticks stay in the page only.`);
    return {
      read: () => {
        try {
          return (persist === 'local' ? localStorage : sessionStorage).getItem(key);
        } catch {
          refused();
          return null;
        }
      },
      write: (ticks) => {
        try {
          (persist === 'local' ? localStorage : sessionStorage).setItem(key, ticks);
        } catch {
          refused();
        }
      },
    };
  }

  /**
   * Restores the initial ticks (none unless the `value` attribute gives some) and announces the
   * change; like a form reset, the `value` attribute sets the ticks again until the next tick.
   */
  reset(): void {
    this.resetByVisitor();
  }

  protected handleChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const ticked = new Set<string>(this.value);
    if (box.checked) ticked.add(box.value);
    else ticked.delete(box.value);
    // Ticks that `items` hides are kept.
    this.changeByVisitor(THERAPIST_QUALITIES.filter((id) => ticked.has(id)));
  }

  override render(): TemplateResult {
    const { heading, intro, items } = therapistQualities();
    const offered = this.offeredIds.map((id) => items.find((item) => item.id === id)!);
    const shown = this.shownValue;
    return this.renderControl({
      heading,
      intro,
      inputs: html`<ul part="list" class="choices" role="list">
        ${offered.map(
          (item) => html`<li>
            <label part="item" class="choice control" data-id=${item.id}>
              <input
                part="checkbox"
                class="choice-input"
                type="checkbox"
                value=${item.id}
                aria-labelledby="title-${item.id}"
                aria-describedby="text-${item.id}"
                ?checked=${shown.includes(item.id)}
                .checked=${live(shown.includes(item.id))}
              />
              <span>${renderItemText(item, { title: `title-${item.id}`, text: `text-${item.id}` })}</span>
            </label>
          </li>`,
        )}
      </ul>`,
      after: html`<div class="footer">
        <p class="progress">
          <progress class="meter" max=${offered.length} .value=${shown.length} aria-hidden="true"></progress>
          <span part="progress" role="status">${progressText(this.localeView.locale, shown.length, offered.length)}</span>
        </p>
        <button part="reset-button" class="button control" type="button" ?disabled=${this.isDisabled} @click=${this.reset}>
          ${msg('Reset checklist', { id: 'therapist.reset' })}
        </button>
      </div>`,
    });
  }

}
