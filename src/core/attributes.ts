import { warnInvalid, warnOnce } from './warn.js';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
/** A nested section's level: one below the guide's, which may be the seventh (`aria-level="7"`). */
export type SectionLevel = HeadingLevel | 7;
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/*
 * Readers of attributes and of the properties that frameworks set instead: a
 * property may hold anything (a number, an array, null, a Date…). Each reader
 * takes what it can read sensibly, and otherwise warns once and returns
 * `undefined`, so that the caller uses its default. None throws.
 */

/** What a value is, for a warning: never the value itself, which may be a visitor's choice. */
export const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : value instanceof Date
        ? 'a Date'
        : /^[aeiou]/.test(typeof value)
          ? `an ${typeof value}`
          : `a ${typeof value}`;

/** Text: a string as it is, a number as its digits; anything else warns. */
export function readText(subject: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  warnOnce(`${subject} must be text, not ${kindOf(value)}; using the default.`);
  return undefined;
}

/** Space-separated tokens, or an array of them, distinct and in order; anything else warns. */
export function readTokens(subject: string, value: unknown): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return splitTokens(value);
  if (Array.isArray(value) && value.every((token) => typeof token === 'string')) {
    return splitTokens(value.join(' '));
  }
  warnOnce(`${subject} must be space-separated ids or an array of ids, not ${kindOf(value)}; using the default.`);
  return undefined;
}

/**
 * Returns `value` when it is one of `choices`; otherwise warns once, naming the
 * valid values, and returns `fallback`. An absent attribute is not an error.
 */
export function parseChoice<T extends string>(
  tag: string,
  attribute: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  const text = readText(`<${tag}> ${attribute}`, value)?.trim();
  if (text === undefined) return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  warnInvalid(`<${tag}> ${attribute}`, text, choices, `Using "${fallback}".`);
  return fallback;
}

/** Parses `heading-level`: an integer from 2 to 6 (a number or its digits), else warns and uses 2. */
export function parseHeadingLevel(tag: string, value: unknown, allowed: readonly number[] = HEADING_LEVELS): SectionLevel {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  const level = typeof value === 'string' && value.trim() ? Number(value) : value;
  if (typeof level === 'number' && allowed.includes(level)) return level as SectionLevel;
  warnOnce(
    `<${tag}> heading-level must be one of ${HEADING_LEVELS.join(', ')}, not ${
      typeof value === 'string' || typeof value === 'number' ? JSON.stringify(value) : kindOf(value)
    }. Using ${DEFAULT_HEADING_LEVEL}.`,
  );
  return DEFAULT_HEADING_LEVEL;
}

/** Splits a space-separated attribute into its distinct tokens, in order. */
export function splitTokens(value: string): string[] {
  return [...new Set(value.split(/\s+/).filter(Boolean))];
}

/**
 * Keeps the known ids of a space-separated list (or an array), in the list's
 * order, and warns once about the unknown ones with the valid ids. Returns
 * `undefined` when the value is absent or holds no known id, so the caller
 * uses its default.
 */
export function parseIdList(
  tag: string,
  attribute: string,
  value: unknown,
  validIds: readonly string[],
): string[] | undefined {
  const tokens = readTokens(`<${tag}> ${attribute}`, value);
  if (tokens === undefined) return undefined;
  const known = tokens.filter((id) => validIds.includes(id));
  const unknown = tokens.filter((id) => !validIds.includes(id));
  if (unknown.length > 0 || known.length === 0) {
    warnOnce(
      `<${tag}> ${attribute}=${JSON.stringify(tokens.join(' '))} names ${
        unknown.length ? `unknown id(s) ${unknown.join(', ')}` : 'no id'
      }; valid ids: ${validIds.join(', ')}.${known.length ? '' : ' Using all of them.'}`,
    );
  }
  return known.length ? known : undefined;
}
