/**
 * One Intl object per locale and kind: constructing one costs more than
 * rendering an element, and renders ask for them every time.
 */
function perLocale<T>(create: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = create(locale)));
    return value;
  };
}

export const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));
export const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));

/**
 * A list of sources, "A, B" (English), "A、B、C" (Chinese, Japanese), "A وB"
 * (Arabic), "A،‏ B" (Persian): a conjunction by the locale's own rules. The
 * narrow style is the one whose English is the clinic page's bare commas.
 */
export const listFormat = perLocale((locale) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }));

/**
 * How each language writes a date in running text, where it differs from
 * "11 Nov 2026" (day, short month, year):
 * - Polish declines the month after a day: the long month is the genitive
 *   ("11 listopada 2026"), while the short one is a bare stem or the nominative
 *   ("11 lis 2026", "12 maj 2024").
 * - Persian counts in the solar (Persian) calendar, named here rather than left
 *   to the engine's default for the region; the long month, because some ICU
 *   data (WebKit's) gives Afghanistan's month names for `fa-AF` in the long form
 *   only ("۲۰ عقرب ۱۴۰۵", where Iran writes "۲۰ آبان ۱۴۰۵"; both forms are
 *   the same word in Iran).
 */
const DATE_OPTIONS: Readonly<Record<string, Intl.DateTimeFormatOptions>> = {
  pl: { month: 'long' },
  fa: { month: 'long', calendar: 'persian' },
};

/**
 * A calendar date in `tag` (a supported locale, or one with a region whose
 * dates we honour: `fa-AF`); English the British way, as the clinic page
 * writes its dates ("12 Nov 2024").
 */
export const dateFormat = perLocale(
  (tag) =>
    new Intl.DateTimeFormat(tag === 'en' ? 'en-GB' : tag, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
      ...DATE_OPTIONS[tag.split('-')[0]],
    }),
);
