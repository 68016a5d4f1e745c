/**
 * The bundle entry: registers every element and exposes the locale switch.
 * Classic-script users reach the same API on `window.ReliefWidgets`.
 */
import { getLocale, resolveLocale, setLocale, supportedLocales } from './core/localization.js';
import { VERSION } from './core/version.js';

export { ReliefBenefitList } from './benefit-list/relief-benefit-list.js';
export { ReliefTipList } from './tip-list/relief-tip-list.js';
export { ReliefPainSelector } from './pain-selector/relief-pain-selector.js';
export { ReliefTherapistChecklist } from './therapist-checklist/relief-therapist-checklist.js';
export { ReliefGuide } from './guide/relief-guide.js';
export { getLocale, resolveLocale, setLocale, supportedLocales, VERSION };
export type { Locale } from './core/localization.js';
export type { ReliefChangeDetail, ReliefChangeEvent } from './core/events.js';

export interface ReliefWidgetsGlobal {
  readonly version: string;
  readonly supportedLocales: typeof supportedLocales;
  getLocale: typeof getLocale;
  setLocale: typeof setLocale;
}

declare global {
  interface Window {
    ReliefWidgets?: ReliefWidgetsGlobal;
  }
}

// The first copy loaded on a page keeps the global, like it keeps the tags; a server has no window.
if (typeof window !== 'undefined') window.ReliefWidgets ??= { version: VERSION, supportedLocales, getLocale, setLocale };
