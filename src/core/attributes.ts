import { warnInvalid, warnOnce } from './warn.js';

export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

const quote = (value: unknown) => JSON.stringify(String(value));

/**
 * Returns `value` when it is one of `choices`; otherwise warns once, naming the
 * valid values, and returns `fallback`. An absent attribute is not an error.
 */
export function parseChoice<T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  warnInvalid(`<${tag}> ${attribute}`, value, choices, `Using "${fallback}".`);
  return fallback;
}

/** Parses `heading-level`: an integer from 2 to 6, else warns and uses 2. */
export function parseHeadingLevel(
  tag: string,
  value: number | null | undefined,
  attributeText: string | null,
): HeadingLevel {
  if (value === null || value === undefined) return DEFAULT_HEADING_LEVEL;
  if ((HEADING_LEVELS as readonly number[]).includes(value)) return value as HeadingLevel;
  warnInvalid(`<${tag}> heading-level`, attributeText ?? value, HEADING_LEVELS, `Using ${DEFAULT_HEADING_LEVEL}.`);
  return DEFAULT_HEADING_LEVEL;
}

/** Splits a space-separated attribute into its distinct tokens, in order. */
export function splitTokens(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter(Boolean))];
}

/**
 * Keeps the known ids of a space-separated list, in the list's order, and warns
 * once about the unknown ones with the valid ids. Returns `undefined` when the
 * attribute is absent or holds no known id, so the caller uses its default.
 */
export function parseIdList(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  validIds: readonly string[],
): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  const tokens = splitTokens(value);
  const known = tokens.filter((id) => validIds.includes(id));
  const unknown = tokens.filter((id) => !validIds.includes(id));
  if (unknown.length > 0 || known.length === 0) {
    warnOnce(
      `<${tag}> ${attribute}=${quote(value)} names ${
        unknown.length ? `unknown id(s) ${unknown.join(', ')}` : 'no id'
      }; valid ids: ${validIds.join(', ')}.${known.length ? '' : ' Using all of them.'}`,
    );
  }
  return known.length ? known : undefined;
}
