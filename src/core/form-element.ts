import type { PropertyDeclarations } from 'lit';
import { ReliefElement } from './relief-element.js';

/**
 * The form-associated base of `<relief-pain-selector>` and
 * `<relief-therapist-checklist>`: they take part in a clinic's own `<form>`
 * (submission, reset, autofill restore, validity, `<fieldset disabled>`)
 * through ElementInternals, like native controls.
 */
export abstract class ReliefFormElement extends ReliefElement {
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  static readonly formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...ReliefElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals = this.attachInternals();

  /** The name under which the value is submitted with the form. */
  declare name?: string;

  /** Disables the control: it can't be changed and is not submitted. */
  disabled = false;

  /** Set by the platform when an ancestor `<fieldset disabled>` (or `disabled`) applies. */
  protected formDisabled = false;

  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form that owns this control, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
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

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Restores the value of the `value` attribute, as a form reset does for native controls. */
  abstract formResetCallback(): void;

  /** Restores a value the browser saved (back/forward navigation, autofill). */
  abstract formStateRestoreCallback(state: unknown): void;
}
