import { loadStrings, type BuilderLocale } from '../../builder/src/i18n.js';
import type { Strings } from '../../builder/src/strings.js';

/** The builder's languages its suites run in: the source, one right to left, one CJK. */
export const BUILDER_TEST_LOCALES = ['en', 'ar', 'ja'] as const satisfies readonly BuilderLocale[];

export const loadBuilderStrings = (locale: BuilderLocale): Promise<Strings> => loadStrings(locale);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The source of a pattern for a sentence of the builder: `sentence` called with
 * `args`, each RegExp among them a capturing group in the pattern, the rest
 * matched as written (a sentence in any language, with its unknown parts).
 */
export function pattern<A extends unknown[]>(sentence: (...args: A) => string, args: { [K in keyof A]: A[K] | RegExp }): string {
  const marks = args.map((arg, index) => (arg instanceof RegExp ? `\uF8F0${String(index)}\uF8F0` : arg)) as A;
  return escape(sentence(...marks)).replace(/\uF8F0(\d+)\uF8F0/g, (_, index: string) => `(${(args[Number(index)] as RegExp).source})`);
}
