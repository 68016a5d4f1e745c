// #region readme
// src/app.d.ts: the relief elements' attributes and events for svelte-check.
import type {} from 'relief-widgets/svelte';
// #endregion

declare global {
  namespace App {}
}

export {};
