/**
 * The builder's own language (its interface, never the embed code): the
 * visitor's languages resolved as the widgets resolve a page's language, a
 * `?lang=` parameter before them, and one module per language (strings/<tag>.ts)
 * loaded only when chosen, so that the English page carries English only.
 * Nothing is stored: the choice lives in the address (`?lang=`) at most.
 */
import { isRightToLeft, resolveLocale, type Locale } from '../../src/core/localization.js';
import { english, setStrings, strings, type Strings } from './strings.js';

/**
 * Each language of the builder, named in itself, in the order of the project's
 * list: the widgets' languages that have a strings/<tag>.ts. (A language the
 * widgets gain later shows the builder in English until it has one.)
 */
export const LANGUAGE_AUTONYMS = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  'zh-Hans': '简体中文',
  ar: 'العربية',
  'zh-Hant': '繁體中文',
  vi: 'Tiếng Việt',
  tl: 'Tagalog',
  ko: '한국어',
  ru: 'Русский',
  it: 'Italiano',
  pl: 'Polski',
  ja: '日本語',
  he: 'עברית',
  fa: 'فارسی',
} as const satisfies Partial<Record<Locale, string>>;

/** A language the builder's interface is written in. */
export type BuilderLocale = keyof typeof LANGUAGE_AUTONYMS;

const isBuilderLocale = (locale: string | undefined): locale is BuilderLocale => locale !== undefined && locale in LANGUAGE_AUTONYMS;

type Loader = () => Promise<{ default: Strings }>;

/** One chunk per language (literal paths, so that the bundler splits them). */
const LOADERS: Readonly<Record<Exclude<BuilderLocale, 'en'>, Loader>> = {
  es: () => import('./strings/es.js'),
  fr: () => import('./strings/fr.js'),
  de: () => import('./strings/de.js'),
  'pt-BR': () => import('./strings/pt-BR.js'),
  'zh-Hans': () => import('./strings/zh-Hans.js'),
  ar: () => import('./strings/ar.js'),
  'zh-Hant': () => import('./strings/zh-Hant.js'),
  vi: () => import('./strings/vi.js'),
  tl: () => import('./strings/tl.js'),
  ko: () => import('./strings/ko.js'),
  ru: () => import('./strings/ru.js'),
  it: () => import('./strings/it.js'),
  pl: () => import('./strings/pl.js'),
  ja: () => import('./strings/ja.js'),
  he: () => import('./strings/he.js'),
  fa: () => import('./strings/fa.js'),
};

/** What goes between a sentence and the next: a space, but none after full-width punctuation (Chinese, Japanese: `。`, `：`). */
export const sentenceGap = (text: string): string => (/[\u3000-\u303f\uff00-\uff65]$/.test(text) ? '' : ' ');

/** Sentences that follow one another in a paragraph (those given), each language's way. */
export const sentences = (...texts: (string | false | undefined)[]): string =>
  texts
    .filter((text): text is string => Boolean(text))
    .reduce((joined, text) => (joined ? `${joined}${sentenceGap(joined)}${text}` : text), '');

/** The language to start in: `?lang=` if it names one of ours, else the first of the visitor's languages we have, else English. */
export function chooseLocale(search: string, languages: readonly string[]): BuilderLocale {
  const asked = new URLSearchParams(search).get('lang');
  for (const tag of [asked, ...languages]) {
    const locale = resolveLocale(tag);
    if (isBuilderLocale(locale)) return locale;
  }
  return 'en';
}

/** A language's words, loaded once. */
export async function loadStrings(locale: BuilderLocale): Promise<Strings> {
  return locale === 'en' ? english : (await LOADERS[locale]()).default;
}

/** The builder's current language. */
export const currentLocale = (): BuilderLocale => strings.lang as BuilderLocale;

/**
 * Makes `locale` the builder's language: its words, and the document's `lang`,
 * `dir` and title. Resolves once they are in place (the caller renders again).
 */
export async function useLocale(locale: BuilderLocale, root: Document = document): Promise<void> {
  const next = await loadStrings(locale);
  setStrings(next);
  root.documentElement.lang = next.lang;
  root.documentElement.dir = isRightToLeft(next.lang) ? 'rtl' : 'ltr';
  root.title = next.documentTitle;
}

/** Shows the chosen language in the address (`?lang=`), so that a reload or a shared link keeps it; stores nothing. */
export function showInAddress(locale: BuilderLocale): void {
  const url = new URL(location.href);
  if (locale === 'en' && !url.searchParams.has('lang')) return;
  url.searchParams.set('lang', locale);
  history.replaceState(history.state, '', url);
}
