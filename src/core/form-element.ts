import { property, state } from 'lit/decorators.js';
import { ReliefElement } from './relief-element.js';

/**
 * The form-associated base of `<relief-pain-selector>` and
 * `<relief-therapist-checklist>`: they take part in a clinic's own `<form>`
 * (submission, reset, autofill restore, validity, `<fieldset disabled>`)
 * through ElementInternals, like native controls.
 */
export abstract class ReliefFormElement extends ReliefElement {
  static readonly formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...ReliefElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name under which the value is submitted with the form. */
  @property({ reflect: true }) name?: string;

  /** Disables the control: it can't be changed and is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Set by the platform when an ancestor `<fieldset disabled>` (or `disabled`) applies. */
  @state() protected formDisabled = false;

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form that owns this control, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Restores the value of the `value` attribute, as a form reset does for native controls. */
  abstract formResetCallback(): void;

  /** Restores a value the browser saved (back/forward navigation, autofill). */
  abstract formStateRestoreCallback(state: unknown): void;
}
