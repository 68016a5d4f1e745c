import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { allLocales, sourceLocale } from '../generated/locale-codes.js';
import { loadLocaleModule } from '../generated/locale-loaders.js';
import { warnInvalid, warnOnce } from './warn.js';

export type Locale = (typeof allLocales)[number];

export { allLocales as supportedLocales, sourceLocale };

/** Languages written right to left (ISO 639 codes): a fact about the language, not about our list. */
const RIGHT_TO_LEFT_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Legacy and alternative codes of one language, mapped to the code our locales use. */
const LANGUAGE_ALIASES: Record<string, string> = { iw: 'he', fil: 'tl', in: 'id', ji: 'yi' };

const languageOf = (locale: Intl.Locale): string => LANGUAGE_ALIASES[locale.language] ?? locale.language;

/** Each supported locale with its likely script (`zh-Hant` → Hant, `pt-BR` → Latn). */
const supported = allLocales.map((tag) => ({ tag, full: new Intl.Locale(tag).maximize() }));

/**
 * Maps a BCP 47 tag to a supported locale: an exact match; else a locale of
 * the same language in the same script (`zh-TW` → `zh-Hant`, `zh-SG` →
 * `zh-Hans`, through the likely script that `Intl.Locale` knows); else one of
 * the same language (`es-MX` → `es`, `pt-PT` → `pt-BR`, `fil` → `tl`, `iw` → `he`).
 */
export function resolveLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  let wanted: Intl.Locale;
  try {
    wanted = new Intl.Locale(tag.trim().replaceAll('_', '-')).maximize();
  } catch {
    return undefined;
  }
  const exact = supported.find(({ full }) => full.toString().toLowerCase() === wanted.toString().toLowerCase());
  const sameLanguage = supported.filter(({ full }) => languageOf(full) === languageOf(wanted));
  const sameScript = sameLanguage.find(({ full }) => full.script === wanted.script);
  return (exact ?? sameScript ?? sameLanguage[0])?.tag;
}

export const isRightToLeft = (locale: string): boolean => RIGHT_TO_LEFT_LANGUAGES.has(locale.split('-')[0]);

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
  for (const language of navigator.languages) {
    const locale = resolveLocale(language);
    if (locale) return locale;
  }
  return sourceLocale;
}

/**
 * How long the widgets stay hidden while the page's first locale loads: long
 * enough for a chunk from a slow network, short enough that a stalled one
 * shows English rather than an empty box. The translation replaces it when it
 * arrives.
 */
export const FIRST_LOAD_HIDE_MS = 3000;

/** The one channel from the page's language to the elements: state, and who to tell. */
const state = {
  started: false,
  runtime: undefined as ReturnType<typeof configureLocalization> | undefined,
  /** True while the page's first non-English locale loads (within FIRST_LOAD_HIDE_MS). */
  firstLoadPending: false,
  /** True while any locale loads (until it is ready or has failed). */
  loadPending: false,
  hosts: new Set<ReactiveControllerHost>(),
};

const updateHosts = () => {
  for (const host of state.hosts) host.requestUpdate();
};

async function activate(locale: Locale): Promise<void> {
  const runtime = state.runtime;
  if (!runtime) return;
  try {
    await runtime.setLocale(locale);
  } catch (error) {
    warnOnce(`could not load the "${locale}" translations (${String(error)}); showing "${runtime.getLocale()}" instead.`);
    // @lit/localize remembers the failed locale as still loading, and would
    // answer the next request for it with the same failure: re-selecting the
    // active locale clears that, so that asking again retries the download.
    await runtime.setLocale(runtime.getLocale() as Locale).catch(() => undefined);
  }
}

/**
 * Configures @lit/localize and starts following the page's language. Runs
 * once, when the first element connects, so that importing a module has no
 * side effects (and works on a server).
 */
function startLocalization(): void {
  if (state.started) return;
  state.started = true;
  // One listener for the page: a locale settled (ready, or failed: the text
  // stays in the previous locale), so every connected element renders once.
  window.addEventListener(LOCALE_STATUS_EVENT, (event) => {
    state.loadPending = (event as CustomEvent<LocaleStatusEventDetail>).detail.status === 'loading';
    if (state.loadPending) return;
    state.firstLoadPending = false;
    updateHosts();
  });
  try {
    state.runtime = configureLocalization({
      sourceLocale,
      targetLocales: allLocales.filter((locale) => locale !== sourceLocale),
      loadLocale: loadLocaleModule,
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
    state.firstLoadPending = true;
    setTimeout(() => {
      if (!state.firstLoadPending) return;
      state.firstLoadPending = false;
      updateHosts();
    }, FIRST_LOAD_HIDE_MS);
    void activate(first);
  }
}

/** What a server render is in: its locale, and the language tag it was asked for (`fa-AF` for `fa`). */
export interface ServerRender {
  readonly locale: Locale;
  readonly tag: string;
}

/** On a server, where the prerenderer says each render's locale (one per call, however many run at once). */
let serverRender: (() => ServerRender | undefined) | undefined;

/** For the prerenderer only: where the render in progress says what it is in. */
export function setServerRender(source: () => ServerRender | undefined): void {
  serverRender = source;
}

/** On a server, the language tag the render in progress was asked for; elsewhere `undefined`. */
export const serverRenderTag = (): string | undefined => serverRender?.()?.tag;

/** The locale the widgets render in now. */
export function getLocale(): Locale {
  return serverRender?.()?.locale ?? ((state.runtime?.getLocale() ?? sourceLocale) as Locale);
}

/**
 * Switches every widget on the page to `tag` (resolved like `<html lang>`).
 * Anything else than a supported tag warns and switches to English. The
 * page's own language attributes still win when they change later.
 */
export function setLocale(tag: string): Promise<void> {
  startLocalization();
  const locale = resolveLocale(tag);
  if (!locale) {
    warnInvalid('setLocale() locale', typeof tag === 'string' ? tag : `(${typeof tag})`, allLocales, 'Showing English.');
  }
  return activate(locale ?? sourceLocale);
}

/**
 * What an element renders with: the locale and direction of the page's
 * language, and whether the first translation is still on its way (then the
 * element lays out its English text hidden, holding its place).
 */
export interface LocaleView {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly loading: boolean;
}

/**
 * Connects an element to the page's language: it renders again when the
 * locale changes, and when it is attached again after a change it missed.
 */
export class LocaleController implements ReactiveController {
  private renderedLocale?: Locale;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    startLocalization();
    state.hosts.add(this.host);
    if (this.renderedLocale !== undefined && this.renderedLocale !== getLocale()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    state.hosts.delete(this.host);
  }

  /** Whether a locale is on its way (a prerendered snapshot waits for it). */
  get loadPending(): boolean {
    return state.loadPending;
  }

  /** The view for this render; remembered, so that a re-attached element knows what it shows. */
  get view(): LocaleView {
    const locale = getLocale();
    this.renderedLocale = locale;
    return { locale, dir: isRightToLeft(locale) ? 'rtl' : 'ltr', loading: state.firstLoadPending };
  }
}
