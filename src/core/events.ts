/** `detail` of `relief-change`: the element's new value. */
export interface ReliefChangeDetail<Value = string | string[]> {
  readonly value: Value;
}

/** Fired by form-like relief elements when the visitor changes their value. */
export type ReliefChangeEvent<Value = string | string[]> = CustomEvent<ReliefChangeDetail<Value>>;

/** Every event a relief element emits, by name. */
export interface ReliefEventMap {
  'relief-change': ReliefChangeDetail;
}

declare global {
  interface HTMLElementEventMap {
    'relief-change': ReliefChangeEvent;
  }
}
