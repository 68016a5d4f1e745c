/**
 * For the test of the builder's languages (test/builder.test.ts): the values
 * each sentence of builder/src/strings.ts is tried with, and the texts a
 * translation may leave as in English, each with its reason.
 */

/** Arguments for each function in the strings (by its path), one list per call. */
export const SAMPLE_ARGUMENTS: Record<string, unknown[][]> = {
  loadFailed: [['data/builder.json: 404']],
  elementFallbackName: [['relief-new-widget']],
  showSection: [['Introduction']],
  moveUp: [['Introduction']],
  moveDown: [['Introduction']],
  moved: [['Introduction', 2, 12]],
  headingLevelHint: [[3]],
  headingLevelGuideHint: [[3]],
  headingLevelOption: [[3]],
  headingTextHint: [['Key Benefits for Chronic Pain Management']],
  languageName: [
    ['Spanish', 'español', 'es'],
    ['English', 'English', 'en'],
  ],
  colors: [['light'], ['dark']],
  colorHex: [['Accent']],
  sourceCdn: [['0.1.0']],
  htmlElementHint: [['Spanish']],
  contrastFail: [['Text on the surface', '3.20', '4.5']],
  contrastSuggestion: [['Accent', '#0b6b5e']],
  useColor: [['#0b6b5e']],
  inScheme: [
    ['Text on the surface', 'light'],
    ['Text on the surface', 'dark'],
  ],
  prerenderedWeight: [
    ['20.5 KB', '4.5 KB'],
    ['20.5 KB', undefined],
  ],
  prerenderedLanguage: [['Spanish']],
  prerenderedVersion: [['0.1.0']],
  dateInvalid: [['Last updated']],
  localeChunk: [['3.5 KB']],
  scriptWeight: [['20.5 KB']],
  overdue: [['2026-01-01']],
  'steps.wix': [['https://cdn.example/relief-widgets.js', 'relief-guide', 'https://cdn.example/relief-widgets.iife.js']],
  wixAttributes: [['heading-level, set']],
  platformLanguage: [['Spanish']],
  bytes: [[100], [2048]],
};

/** Texts that may equal the English, and why (in every language, or in the `locales` listed). */
export const SAME_AS_ENGLISH: Record<string, { reason: string; locales?: string[] }> = {
  csp: { reason: 'the name of an HTTP header, as the site owner will write it' },
  'elementFallbackName(0)': { reason: 'made from the tag of an element the builder has no name for yet' },
  'showSection(0)': { reason: 'the section’s heading as the package gives it' },
  'headingLevelOption(0)': { reason: 'an HTML tag name (h3)' },
  'languageName(0)': { reason: 'a pattern of names that Intl.DisplayNames gives in the builder’s language' },
  'languageName(1)': { reason: 'a pattern of names that Intl.DisplayNames gives in the builder’s language' },
  'bytes(0)': {
    reason: '“bytes” is the word for bytes in these languages too',
    locales: ['es', 'pt-BR', 'tl'],
  },
  'bytes(1)': {
    reason: 'KB and a decimal point: the unit symbol and the number as these languages write them',
    locales: ['ja', 'zh-Hans', 'zh-Hant', 'tl', 'he'],
  },
  'colorNames.text': { reason: '“Text” is the German word', locales: ['de'] },
  previewDesktop: { reason: '“Desktop” is the word German and Italian use for a desktop computer', locales: ['de', 'it'] },
};
