import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule, type LocaleStatusEventDetail } from '@lit/localize';
import { allLocales, sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { warnInvalid, warnOnce } from './warn.js';

export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

export { allLocales as supportedLocales, sourceLocale };

/**
 * One dynamic import per locale, written out so that the bundler emits each
 * locale as its own chunk beside the bundle (resolved from the bundle's URL),
 * or inlines them all in the classic-script build.
 */
const localeLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  es: () => import('../generated/locales/es.js'),
  fr: () => import('../generated/locales/fr.js'),
  de: () => import('../generated/locales/de.js'),
  'pt-BR': () => import('../generated/locales/pt-BR.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
  ar: () => import('../generated/locales/ar.js'),
};

const RIGHT_TO_LEFT_LOCALES: readonly Locale[] = ['ar'];

/**
 * Maps a BCP 47 tag to a supported locale: an exact match first, then its
 * base language (`es-MX` → `es`); every Chinese tag reads Simplified Chinese
 * and every Portuguese tag Brazilian Portuguese, the only variants offered.
 */
export function resolveLocale(tag: string): Locale | undefined {
  const wanted = tag.trim().replaceAll('_', '-').toLowerCase();
  const exact = allLocales.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  if (base === 'zh') return 'zh-Hans';
  if (base === 'pt') return 'pt-BR';
  return allLocales.find((locale) => locale === base);
}

/**
 * The page's locale: `<html data-relief-locale>`, then `<html lang>`, then the
 * visitor's `navigator.languages`, then English. An unsupported
 * `data-relief-locale` warns and defers to `lang`; an unsupported `lang` means
 * the page is in a language we lack, so English is shown rather than a
 * language the page is not in.
 */
export function pageLocale(): Locale {
  const root = document.documentElement;
  const override = root.getAttribute('data-relief-locale')?.trim();
  if (override) {
    const locale = resolveLocale(override);
    if (locale) return locale;
    warnInvalid('<html> data-relief-locale', override, allLocales, 'Using <html lang>.');
  }
  const lang = root.getAttribute('lang')?.trim();
  if (lang) {
    const locale = resolveLocale(lang);
    if (locale) return locale;
    warnInvalid('<html> lang', lang, allLocales, 'Showing English.');
    return sourceLocale;
  }
  for (const language of navigator.languages ?? []) {
    const locale = resolveLocale(language);
    if (locale) return locale;
  }
  return sourceLocale;
}

export const isRightToLeft = (locale: string): boolean =>
  (RIGHT_TO_LEFT_LOCALES as readonly string[]).includes(locale);

let started = false;
let runtime: ReturnType<typeof configureLocalization> | undefined;

/**
 * The connected elements, which re-render when a locale is ready: one listener
 * for the page rather than one per element.
 */
export const localizedElements = new Set<{ requestUpdate(): void }>();
/** Set while the page's first locale is loading; resolves when it is ready or has failed. */
let firstLocaleLoading: Promise<void> | undefined;

async function activate(locale: Locale): Promise<void> {
  if (!runtime) return;
  try {
    await runtime.setLocale(locale);
  } catch (error) {
    warnOnce(
      `could not load the "${locale}" translations (${String(error)}); showing "${runtime.getLocale()}" instead.`,
    );
  }
}

/**
 * Configures @lit/localize and starts following the page's language. Runs
 * once, when the first element connects, so that importing a class has no
 * side effects.
 */
export function startLocalization(): void {
  if (started) return;
  started = true;
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    if ((event as CustomEvent<LocaleStatusEventDetail>).detail.status !== 'ready') return;
    for (const element of localizedElements) element.requestUpdate();
  });
  try {
    runtime = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => localeLoaders[locale as TargetLocale](),
    });
  } catch (error) {
    // Another copy of @lit/localize in this module graph is configured already
    // (the host application's own): its locale drives our messages too.
    warnOnce(`localization is already configured by the host page (${String(error)}).`);
    return;
  }
  const follow = () => activate(pageLocale());
  new MutationObserver(follow).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'data-relief-locale'],
  });
  window.addEventListener('languagechange', follow);
  const first = pageLocale();
  if (first !== sourceLocale) {
    firstLocaleLoading = activate(first).finally(() => (firstLocaleLoading = undefined));
  }
}

/**
 * While the page's first locale loads, the promise of its end (success or
 * failure); `undefined` once the widgets can show their text.
 */
export const firstLocaleLoad = (): Promise<void> | undefined => firstLocaleLoading;

/** The locale the widgets render in now. */
export function getLocale(): Locale {
  return (runtime?.getLocale() ?? sourceLocale) as Locale;
}

/**
 * Switches every widget on the page to `tag` (resolved like `<html lang>`).
 * An unsupported tag warns and switches to English. The page's own language
 * attributes still win when they change later.
 */
export function setLocale(tag: string): Promise<void> {
  startLocalization();
  const locale = resolveLocale(tag);
  if (!locale) {
    warnInvalid('setLocale() locale', tag, allLocales, 'Showing English.');
  }
  return activate(locale ?? sourceLocale);
}
