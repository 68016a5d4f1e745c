import { shortDateFormat } from '../core/intl.js';
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

/** The attribute's date when it is a valid ISO date; otherwise warns once and returns the page's date. */
export function parseReviewDate(tag: string, attribute: string, value: string | undefined, pageDate: string): string {
  if (value === undefined || value === null) return pageDate;
  if (isIsoDate(value.trim())) return value.trim();
  warnOnce(
    `<${tag}> ${attribute}=${JSON.stringify(value)} is not a date written YYYY-MM-DD (for example ${pageDate}); keeping the page's date, ${pageDate}.`,
  );
  return pageDate;
}

/** Today in the visitor's time zone, as `YYYY-MM-DD`. */
export function localIsoDate(today: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

/** The review is overdue from the day after the review date. */
export const isOverdue = (nextReview: string, today: Date): boolean => localIsoDate(today) > nextReview;

/** "12 Nov 2024" in the active locale. */
export function formatReviewDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return shortDateFormat(locale).format(new Date(Date.UTC(year, month - 1, day)));
}
