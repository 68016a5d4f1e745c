import { shortDateFormat } from '../core/intl.js';
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

/** "12 Nov 2024" in the active locale. */
export function formatReviewDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return shortDateFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}
