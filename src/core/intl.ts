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

/** "12 Nov 2024"; English the British way, as the clinic page writes its dates. */
export const shortDateFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
