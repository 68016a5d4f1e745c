import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { kindOf } from './attributes.js';
import { ReliefElement } from './relief-element.js';
import { warnOnce } from './warn.js';

/** What a control tells the form about its validity: nothing when valid. */
export interface ValidityProblem {
  readonly flags: ValidityStateFlags;
  readonly message: string;
}

/**
 * The form-associated base of `<relief-pain-selector>` and
 * `<relief-therapist-checklist>`: it owns their value and their part in a
 * clinic's own `<form>` (submission, reset, restore, validity, `<fieldset
 * disabled>`) through ElementInternals, like native controls.
 *
 * One rule keeps the patient's choice safe: the value, the form value and the
 * validity change together, synchronously, before any event is dispatched, so
 * that a listener that saves or submits the form sends the new choice. `items`
 * only filters what is shown: a hidden choice is kept and comes back when its
 * item is offered again (while hidden, it is neither shown nor submitted).
 */
export abstract class ReliefFormElement<Value, Input = Value> extends ReliefElement {
  static override properties: PropertyDeclarations = {
    value: { noAccessor: true },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  static readonly formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name under which the value is submitted with the form. */
  declare name?: string;

  /** Disables the control: it can't be changed and is not submitted. */
  disabled = false;

  /** Set by the platform when an ancestor `<fieldset disabled>` (or `disabled`) applies. */
  protected formDisabled = false;

  private current: Value = this.readValue(undefined);

  /** Reads a value of any type (attribute text, a property, a restored state); warns and returns the empty value when it can't. */
  protected abstract readValue(input: unknown): Value;

  /** A copy of `value`, so that no one outside can change the control's own. */
  protected abstract copyValue(value: Value): Value;

  /** The part of `value` that the offered items show: what is rendered and submitted. */
  protected abstract offeredValue(value: Value): Value;

  /** What the form submits for the offered value. */
  protected abstract formValue(offered: Value): FormData | string | null;

  /** The value as text, for the browser to restore (back/forward, autofill). */
  protected abstract formState(value: Value): string;

  /** The validity problem of the offered value, if any (none unless a control has a constraint). */
  protected validityProblem(offered: Value): ValidityProblem | undefined;
  protected validityProblem(): ValidityProblem | undefined {
    return undefined;
  }

  /** Called after every change of value, from any source, before any event. */
  protected valueChanged(): void {}

  /**
   * The control's value: the chosen pain type, or the checked quality ids. Set
   * from anything a framework may hand over (text, an array, null): what can't
   * be read warns and clears it. The `value` attribute gives the initial value,
   * which a form reset restores.
   */
  get value(): Value {
    return this.copyValue(this.current);
  }

  // Typed for what a control takes; at run time anything is read or warned about.
  set value(input: Input) {
    this.assign(input);
  }

  /** Sets the value from anything, then the form value, validity and storage, and schedules a render. */
  private assign(input: unknown): void {
    const previous = this.current;
    this.current = this.readValue(input);
    this.syncForm();
    this.valueChanged();
    this.requestUpdate('value', previous);
  }

  /** The form value and validity hold from the start, also while a snapshot waits to be taken over. */
  override connectedCallback(): void {
    super.connectedCallback();
    this.syncForm();
  }

  /** The value as the control shows it: only offered items. */
  protected get shownValue(): Value {
    return this.offeredValue(this.current);
  }

  /** The value the `value` attribute gives, which a form reset restores. */
  protected get defaultValue(): Value {
    return this.readValue(this.getAttribute('value'));
  }

  /** Disabled by the clinic or a `<fieldset disabled>`; in a prerendered snapshot, inert until the element takes it over. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled || isServer;
  }

  /** The form that owns this control, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /**
   * Frameworks assign the standard `form` attribute as a property (React
   * does): an id sets the attribute, as on native controls; nothing removes it.
   */
  set form(formId: unknown) {
    if (formId === null || formId === undefined || formId === '') this.removeAttribute('form');
    else if (typeof formId === 'string') this.setAttribute('form', formId);
    else if (formId instanceof HTMLFormElement && formId.id) this.setAttribute('form', formId.id);
    else warnOnce(`<${this.localName}> form must be the id of a <form>, not ${kindOf(formId)}; ignored.`);
  }

  /** The control's validity, as on a native control (`valueMissing` when `required` and empty). */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The browser's message for the current validity problem, in the widgets' language; empty when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in form validation (not when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Returns whether the control is valid, firing `invalid` on it when it is not. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the browser's validation message when invalid. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * Focuses the chosen option, or the first one. (Not `delegatesFocus`, which
   * would also move focus, and scroll, when a visitor clicks the explanatory text.)
   */
  override focus(options?: FocusOptions): void {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:not(:disabled)')];
    (inputs.find((input) => input.checked) ?? inputs[0])?.focus(options);
  }

  /**
   * After every render, the form value and validity follow what is offered
   * (items) and the language (messages). (The native inputs show the value
   * through `.checked=${live(…)}` in the templates, even where the template
   * did not change: a listener that put the previous value back, a form reset
   * right after a click.)
   */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  private syncForm(): void {
    if (isServer) return;
    const offered = this.shownValue;
    this.internals.setFormValue(this.formValue(offered), this.formState(this.current));
    const problem = this.validityProblem(offered);
    if (problem) {
      this.internals.setValidity(problem.flags, problem.message, this.renderRoot?.querySelector('input') ?? undefined);
    } else {
      this.internals.setValidity({});
    }
  }

  /**
   * A visitor changed the value: it is set (with the form value, the validity
   * and any opted-in storage), then `relief-change`, `input` and `change` are
   * dispatched from the host, as a native control does.
   */
  protected changeByVisitor(value: Value): void {
    this.chosenByVisitor = true;
    this.assign(value);
    this.emit('relief-change', { value: this.value as string | string[] });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * The native `input` event of an inner control is composed: it would leave
   * the shadow root before the value is updated. The host fires its own.
   */
  protected stopInnerInput(event: Event): void {
    event.stopPropagation();
  }

  /** A visitor changed one of the inputs. */
  protected abstract handleChange(event: Event): void;

  /**
   * A control's markup: its heading and intro, then its inputs in a fieldset that `disabled` and
   * a disabled form switch off, named by its `legend` or else by the heading; `after` follows it.
   */
  protected renderControl(parts: { heading: string; intro?: string; legend?: TemplateResult; inputs: TemplateResult; after: TemplateResult }): TemplateResult {
    return this.renderBase(html`
      ${this.renderHeading(parts.heading)}
      <p part="intro" class="intro">${parts.intro}</p>
      <fieldset
        part="fieldset"
        class="fieldset"
        aria-labelledby=${parts.legend ? nothing : 'heading'}
        ?disabled=${this.isDisabled}
        @change=${this.handleChange}
        @input=${this.stopInnerInput}
      >
        ${parts.legend ?? nothing}${parts.inputs}
      </fieldset>
      ${parts.after}
    `);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** A visitor reset the control: the `value` attribute's value again, announced like any change. */
  protected resetByVisitor(): void {
    this.changeByVisitor(this.defaultValue);
    this.chosenByVisitor = false;
  }

  /** Whether the visitor has chosen since the element was created or reset (a native control's "dirty" flag). */
  private chosenByVisitor = false;

  /**
   * Once the visitor has chosen, the `value` attribute is only the default
   * value, which a reset restores: changing it no longer overwrites the
   * visitor's choice (as on `<input value>`). The `value` property always sets it.
   */
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'value' && this.chosenByVisitor) return;
    super.attributeChangedCallback(name, old, value);
  }

  /** Restores the value of the `value` attribute, as a form reset does for native controls. */
  formResetCallback(): void {
    this.chosenByVisitor = false;
    this.assign(this.defaultValue);
  }

  /** Restores a value the browser saved (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    this.assign(typeof state === 'string' ? state : undefined);
  }
}
