import { dateFormat } from '../core/intl.js';
import { resolveLocale, serverRenderTag, type Locale } from '../core/localization.js';
import { kindOf } from '../core/attributes.js';
import { warnOnce } from '../core/warn.js';

/** The clinic page's own dates: "Last updated on 12th November 2024 | Next Update due 11th November 2026". */
export const PAGE_LAST_UPDATED = '2024-11-12';
export const PAGE_NEXT_REVIEW = '2026-11-11';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A review date given as `YYYY-MM-DD` or as a `Date` (its calendar day where
 * the visitor is); anything else warns once and returns the page's date.
 */
export function readReviewDate(tag: string, attribute: string, value: unknown, pageDate: string): string {
  if (value === undefined || value === null) return pageDate;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return localIsoDate(value);
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  warnOnce(
    `<${tag}> ${attribute}=${
      typeof value === 'string' ? JSON.stringify(value) : `(${kindOf(value)})`
    } is not a date written YYYY-MM-DD (for example ${pageDate}) or a valid Date; keeping the page's date, ${pageDate}.`,
  );
  return pageDate;
}

/** The date that counts as today: a valid `Date` or `YYYY-MM-DD`; else (with a warning) the visitor's clock. */
export function readToday(tag: string, value: unknown): Date {
  if (value === undefined || value === null) return new Date();
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && isIsoDate(value.trim())) {
    const [year, month, day] = value.trim().split('-').map(Number);
    return new Date(year, month - 1, day);
  }
  warnOnce(`<${tag}> today must be a valid Date or YYYY-MM-DD, not ${kindOf(value)}; using the visitor's clock.`);
  return new Date();
}

/** A day in the visitor's time zone, as `YYYY-MM-DD`. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The review is overdue from the day after the review date. */
export const isOverdue = (nextReview: string, today: Date): boolean => localIsoDate(today) > nextReview;

/**
 * Regions whose readers write the dates of a language their own way, where
 * `Intl` knows it: Afghanistan names the solar months after the zodiac
 * ("عقرب", "ثور") where Iran writes "آبان", "اردیبهشت". Other regional forms
 * (de-AT "Jänner", the Levant's Arabic month names…) wait for their readers.
 */
const REGIONAL_DATES: Readonly<Partial<Record<Locale, readonly string[]>>> = { fa: ['AF'] };

/**
 * The tag to format the page's dates in: `locale`, or `locale` with the
 * region of the page's own language tag where that region writes dates its
 * own way (`<html lang="fa-AF">` → `fa-AF`). The page's tag is the one the
 * widgets' locale came from (`data-relief-locale`, `lang`, then the
 * visitor's languages); on a server, the tag the prerender was asked for.
 */
export function dateLocale(locale: Locale): string {
  const regions = REGIONAL_DATES[locale];
  if (!regions) return locale;
  const root = typeof document === 'undefined' ? undefined : document.documentElement;
  const tags = root ? [root.getAttribute('data-relief-locale'), root.getAttribute('lang'), ...navigator.languages] : [serverRenderTag()];
  const tag = tags.find((candidate) => candidate?.trim() && resolveLocale(candidate) !== undefined)?.trim();
  if (!tag || resolveLocale(tag) !== locale) return locale;
  const region = new Intl.Locale(tag.replaceAll('_', '-')).region;
  return region && regions.includes(region) ? `${locale}-${region}` : locale;
}

/** "12 Nov 2024" in `tag`: a supported locale, or one that `dateLocale()` gave. */
export function formatReviewDate(isoDate: string, tag: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat(tag).format(new Date(Date.UTC(year, month - 1, day)));
}
