import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { splitTokens } from '../core/attributes.js';
import { ReliefFormElement } from '../core/form-element.js';
import { renderItemText } from '../core/item-text.js';
import { numberFormat, pluralRules } from '../core/intl.js';
import { getLocale } from '../core/localization.js';
import { warnInvalid, warnOnce } from '../core/warn.js';
import { therapistQualities } from './therapist-checklist.content.js';
import { therapistChecklistStyles } from './therapist-checklist.styles.js';
import { choiceStyles } from '../core/choice.styles.js';

/**
 * "2 of 3 qualities checked". The noun agrees with the total, so the message is
 * chosen by the total's plural category in the active locale. The page lists
 * three qualities, so a total is 1 to 3: the categories one, two, few (Arabic)
 * and other cover every locale.
 */
function progressText(checked: number, total: number): string {
  const locale = getLocale();
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

const idListConverter = {
  fromAttribute: splitTokens,
  toAttribute: (ids: readonly string[]) => ids.join(' '),
};

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
 *
 * @attr {string} value - Space-separated ids of the initially checked qualities (`experience`, `sensitivity`,
 *   `understanding`), which a reset restores. Unknown ids warn and are dropped.
 * @attr {string} items - Space-separated quality ids, in the order to show them (default: all):
 *   `experience`, `sensitivity`, `understanding`.
 *
 * @event {CustomEvent<{ value: string[] }>} relief-change - A quality was checked or unchecked,
 *   or the checklist was reset; `detail.value` lists the checked ids.
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
export class ReliefTherapistChecklist extends ReliefFormElement {
  static override styles = [ReliefFormElement.styles, choiceStyles, therapistChecklistStyles];

  static override properties: PropertyDeclarations = {
    value: { converter: idListConverter },
    persist: {},
  };

  /**
   * The checked quality ids (`experience`, `sensitivity`, `understanding`). The attribute,
   * space-separated, gives the initial ticks, which a reset restores.
   */
  value: string[] = [];

  /**
   * Opt-in: keeps the ticks in this browser, `session` (until the tab closes) or `local`.
   * Off by default, when nothing is stored. Needs a `name` or an `id` to store them under.
   */
  declare persist?: 'session' | 'local';

  override connectedCallback(): void {
    super.connectedCallback();
    const stored = this.persisted();
    if (typeof stored === 'string') this.value = splitTokens(stored);
  }

  /**
   * Reads the stored ticks, or stores `ticks`, in the Web Storage the clinic opted
   * into with `persist`; does nothing without it. Storage the browser refuses
   * leaves the ticks in the page.
   */
  private persisted(ticks?: string[]): string | null | undefined {
    const { persist, localName } = this;
    if (persist === undefined || persist === null) return undefined;
    if (persist !== 'session' && persist !== 'local') {
      warnInvalid(`<${localName}> persist`, persist, ['session', 'local'], 'Nothing is stored.');
      return undefined;
    }
    if (!this.name && !this.id) {
      warnOnce(`<${localName}> persist needs a name or an id to store the ticks under; nothing is stored.`);
      return undefined;
    }
    const key = `relief-widgets:therapist-checklist:${this.name || this.id}`;
    try {
      const storage = persist === 'local' ? localStorage : sessionStorage;
      if (!ticks) return storage.getItem(key);
      storage.setItem(key, ticks.join(' '));
    } catch {
      warnOnce(`<${localName}> persist: this browser refuses storage; the ticks stay in the page only.`);
    }
    return undefined;
  }

  /** A visitor changed the ticks: store them if the clinic opted in, and tell the page. */
  private changedByVisitor(): void {
    this.persisted(this.value);
    this.emit('relief-change', { value: this.value });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('items')) {
      const offered = this.selectItems(therapistQualities().items).map((item) => item.id as string);
      const unknown = this.value.filter((id) => !offered.includes(id));
      if (unknown.length) {
        warnOnce(
          `<${this.localName}> value names unknown or hidden quality id(s) ${unknown.join(', ')}; valid ids: ${offered.join(', ')}.`,
        );
        this.value = this.value.filter((id) => offered.includes(id));
      }
    }
  }

  protected override updated(): void {
    let submitted: FormData | null = null;
    if (this.name && this.value.length) {
      submitted = new FormData();
      for (const id of this.value) submitted.append(this.name, id);
    }
    this.internals.setFormValue(submitted, this.value.join(' '));
  }

  formResetCallback(): void {
    this.value = splitTokens(this.getAttribute('value'));
  }

  formStateRestoreCallback(state: unknown): void {
    this.value = typeof state === 'string' ? splitTokens(state) : [];
  }

  /** Restores the initial ticks (none unless `value` gives some) and announces the change. */
  reset(): void {
    this.formResetCallback();
    this.changedByVisitor();
  }

  private handleChange(event: Event): void {
    const box = event.target as HTMLInputElement;
    const offered = this.selectItems(therapistQualities().items).map((item) => item.id as string);
    const checked = new Set(this.value);
    if (box.checked) checked.add(box.value);
    else checked.delete(box.value);
    this.value = offered.filter((id) => checked.has(id));
    this.changedByVisitor();
  }

  override render() {
    const { heading, intro, items } = therapistQualities();
    const offered = this.selectItems(items);
    const checkedCount = offered.filter((item) => this.value.includes(item.id)).length;
    const disabled = this.isDisabled;
    return this.renderBase(html`
      ${this.renderHeading(heading)}
      <p part="intro" class="intro">${intro}</p>
      <fieldset
        part="fieldset"
        class="fieldset"
        aria-labelledby="heading"
        ?disabled=${disabled}
        @change=${this.handleChange}
      >
        <ul part="list" class="choices" role="list">
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
                  .checked=${this.value.includes(item.id)}
                />
                <span>${renderItemText(item, { title: `title-${item.id}`, text: `text-${item.id}` })}</span>
              </label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <div class="footer">
        <p class="progress">
          <progress class="meter" max=${offered.length} .value=${checkedCount} aria-hidden="true"></progress>
          <span part="progress" role="status">${progressText(checkedCount, offered.length)}</span>
        </p>
        <button part="reset-button" class="button control" type="button" ?disabled=${disabled} @click=${this.reset}>
          ${msg('Reset checklist', { id: 'therapist.reset' })}
        </button>
      </div>
    `);
  }
}
