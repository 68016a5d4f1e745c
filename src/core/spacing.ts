/**
 * Full-width punctuation (CJK symbols and punctuation, full-width forms such as
 * "：" "（" "、") carries its own spacing in its glyph: no space goes next to it.
 */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff60]/u;

const isFullWidthPunctuation = (char: string | undefined): boolean => char !== undefined && FULL_WIDTH_PUNCTUATION.test(char);

/** The space after `text` before what follows it: none after a full-width colon ("资料来源："), else one. */
export const spaceAfter = (text: string): string => (isFullWidthPunctuation(text.at(-1)) ? '' : ' ');

/** The space before `text` after what precedes it: none before a full-width bracket ("（必填）"), else one. */
export const spaceBefore = (text: string): string => (isFullWidthPunctuation(text.at(0)) ? '' : ' ');
