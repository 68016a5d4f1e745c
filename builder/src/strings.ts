/**
 * Every word of the builder's own interface, in one place for translation:
 * plain strings, and functions where a value goes into a sentence (translate
 * the whole sentence; keep the `code` parts as they are). Content (section
 * headings, element summaries) comes from the package itself.
 *
 * This is the English source; the other languages are strings/<tag>.ts, each
 * loaded when chosen (i18n.ts). `strings` is the current language: a live
 * binding that setStrings() replaces, so every module reads the chosen one.
 */
const english = {
  lang: 'en',
  documentTitle: 'Embed builder — relief-widgets',
  title: 'Embed builder',
  interfaceLanguage: 'Language of the builder',
  interfaceLanguageHint: 'Changes this page only, not the embed code. The widget’s own language is set under “Language” below.',
  intro:
    'Choose what to show on your clinic’s site and how it should look, check the live preview, then copy the embed code into your page. Everything happens in this page: nothing you choose is sent anywhere or stored.',
  loadingBuilder: 'Loading the builder…',
  loadFailed: (reason: string) => `The builder could not load its data (${reason}). Reload the page to try again.`,
  settings: 'Settings',
  skipToCode: 'Skip to the embed code',

  // What to embed
  element: 'What to embed',
  elementHint: 'One widget per embed code; paste the code again for another one.',
  elementNames: {
    'relief-guide': 'The whole guide',
    'relief-benefit-list': 'A list of benefits',
    'relief-tip-list': 'A list of tips',
    'relief-pain-selector': 'Pain type selector',
    'relief-therapist-checklist': 'Therapist checklist',
  } as Record<string, string>,
  elementFallbackName: (tag: string) =>
    tag
      .replace(/^relief-/, '')
      .replaceAll('-', ' ')
      .replace(/^./, (first) => first.toUpperCase()),
  whichList: 'Which list',
  /**
   * The package's own description of each element and of its `set` choices
   * (custom-elements.json), shown under them: word for word here, so that a
   * language shows its translation only while it translates the package's
   * current text (content-settings.ts falls back to the package's English).
   */
  elementSummaries: {
    'relief-guide':
      'The whole "Can massage help? Chronic Pain Management" page in one tag, with further resources, a safety note, a disclaimer and review dates.',
    'relief-benefit-list': 'A titled list of what massage may do for chronic pain, from the clinic page.',
    'relief-tip-list': 'Practical tips from the clinic page: lifestyle habits, or how to get the most from a session.',
    'relief-pain-selector':
      "The four common types of chronic pain as a radio group: the patient picks one and sees how massage may help it. Form-associated: works inside a clinic's intake form.",
    'relief-therapist-checklist':
      'What to look for in a pain-management massage therapist, as a checklist with progress and a reset. Form-associated: each checked id is submitted under `name`. Its ticks stay in the page: nothing is stored unless the clinic opts in with `persist`.',
  } as Record<string, string>,
  setHints: {
    'relief-benefit-list':
      "Which list: the key benefits (default), how massage supports relief, or the conclusion's summary. An unknown value warns and shows the key benefits.",
    'relief-tip-list': 'Which tips: lifestyle (default) or session. An unknown value warns and shows the lifestyle tips.',
  } as Record<string, string>,

  // Sections
  sections: 'Sections of the guide',
  sectionsHint:
    'Untick a section to leave it out; move sections to change their order. The safety note, the disclaimer and the review dates always show.',
  showSection: (heading: string) => heading,
  moveUp: (heading: string) => `Move “${heading}” up`,
  moveDown: (heading: string) => `Move “${heading}” down`,
  moved: (heading: string, position: number, count: number) => `“${heading}” moved to position ${String(position)} of ${String(count)}.`,
  resetSections: 'Show all sections in the original order',
  sectionsReset: 'All sections shown, in the original order.',
  noSection: 'No section is ticked: the guide then shows all of them. Tick at least one.',

  // Heading
  heading: 'Heading',
  headingLevel: 'Heading level',
  headingLevelHint: (level: number) =>
    `Pick the level that fits your page’s outline: under the page’s own title (an h1), choose 2. The widget’s heading becomes an h${String(level)}.`,
  headingLevelGuideHint: (level: number) => `The guide’s sections are one level below, at level ${String(level + 1)}.`,
  headingLevelOption: (level: number) => `h${String(level)}`,
  headingText: 'Heading text (optional)',
  headingTextHint: (defaultHeading: string) =>
    `Leave empty to keep “${defaultHeading}” (translated with the widget). Your text is shown as you type it, in every language.`,

  // Language
  language: 'Language',
  languageFollow: 'Follow the page’s language (recommended)',
  languageFollowHint: 'The widget speaks the language of each page it is on (its <html lang>), in 17 languages.',
  languageFixed: 'Always one language',
  languageFixedHint: 'The widget shows one language whatever the page says.',
  languageSelectFollow: 'Language of your page',
  languageSelectFollowHint: 'Used by the preview and by prerendered HTML.',
  languageSelectFixed: 'Language to show',
  languageName: (name: string, autonym: string, tag: string) => (name === autonym ? `${name} (${tag})` : `${name} — ${autonym} (${tag})`),

  // Dates
  dates: 'Review dates',
  datesHint:
    'When your clinic last checked this information, and when it will check it again. Leave as they are to show the original page’s dates.',
  lastUpdated: 'Last updated',
  nextReview: 'Next review due',

  // Evidence
  evidence: 'Evidence notes',
  evidenceShow: 'Show how strong the research is for each pain type, with its sources',
  evidenceHint: 'Recommended: patients see what the research says beside the clinic’s text.',

  // Theme
  theme: 'Theme',
  scheme: 'Light or dark',
  schemePage: 'As my page declares (light unless your page declares dark)',
  schemeLight: 'Always light',
  schemeDark: 'Always dark',
  schemeVisitor: 'Follow the visitor’s setting (light or dark)',
  colors: (scheme: 'light' | 'dark'): string => (scheme === 'light' ? 'Colours in light mode' : 'Colours in dark mode'),
  colorNames: { accent: 'Accent', text: 'Text', surface: 'Surface (background)', border: 'Border' } as Record<string, string>,
  colorHex: (name: string) => `${name}, hex code`,
  colorHexInvalid: 'Write a colour as # and six hexadecimal digits, such as #7a3e65.',
  resetColors: 'Reset the colours',
  radius: 'Corner radius (em)',
  radiusHint: 'The rounding of the widget’s corners; 0 for square.',
  font: 'Font',
  fontInherit: 'Your site’s font (inherited)',
  fontSans: 'System sans-serif (no download)',
  fontSerif: 'System serif (no download)',
  placement: 'Where the widget’s CSS goes',
  placementSnippet: 'In the embed code (a <style> block)',
  placementStylesheet: 'In my site’s stylesheet (shown below the code)',
  reserveSpace: 'Reserve space while the script loads (less layout shift)',

  // Loading
  scriptLoading: 'How the script loads',
  source: 'Where the script comes from',
  sourceCdn: (version: string) => `The jsDelivr CDN, pinned to version ${version}`,
  sourceSelf: 'My own site (self-hosted)',
  folder: 'Folder of your copy',
  folderHint:
    'Where you uploaded the contents of the package’s dist/ folder (relief-widgets.js, with locales/ beside it), such as /assets/relief-widgets/ or https://static.example.com/relief/.',
  folderInvalid:
    'Start the folder with / (a path on your site) or https://, without spaces, quotes, ? or #, and without a user name or password.',
  kind: 'Script type',
  kindModule: 'ES module (recommended)',
  kindClassic: 'Classic script (for site builders that accept only classic scripts)',
  rendering: 'How the content gets into the page',
  renderingScript: 'Rendered by the script',
  renderingPrerendered: 'Prerendered HTML (the content is in the page for search engines, link previews and visitors without JavaScript)',

  // Preview
  preview: 'Preview',
  previewHint: 'The real widget, updated as you change anything.',
  previewPrerendered: 'Prerendered HTML looks the same once the script has run; before it, the controls are shown inactive.',
  previewWidth: 'Width',
  previewPhone: 'Phone (390 px)',
  previewDesktop: 'Desktop (1280 px)',
  previewAppearance: 'Appearance',
  previewLight: 'Light',
  previewDark: 'Dark',
  previewFrame: 'Live preview of the widget',

  // Output
  output: 'Your embed code',
  checks: 'Before you copy',
  noChecks: 'Nothing to check: the code is ready.',
  embedCode: 'Embed code',
  copy: 'Copy',
  copied: 'Copied the embed code.',
  copyFallback: 'Copying is not allowed here, so the code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  csp: 'Content-Security-Policy',
  cspHint: 'Only if your site sends a Content-Security-Policy: these are the sources the code needs. Add them to your policy.',
  cspTrustedTypes: 'If your policy enforces Trusted Types, also allow Lit’s policy:',
  htmlElement: 'Your page’s <html> element',
  htmlElementHint: (language: string) =>
    `A page has one language for all its widgets, so the language is set on the page, not in the code: start your page with this <html> element to always show ${language}.`,
  stylesheet: 'CSS for your site’s stylesheet',
  stylesheetHint: 'Add this to your site’s own CSS (for example WordPress’s Additional CSS or Squarespace’s Custom CSS).',
  copyCss: 'Copy the CSS',
  copiedCss: 'Copied the CSS.',
  copyPolicy: 'Copy the policy',
  copiedPolicy: 'Copied the policy.',
  copyHtml: 'Copy the <html> element',
  copiedHtml: 'Copied the <html> element.',

  // Guidance
  contrastFail: (pair: string, ratio: string, minimum: string) =>
    `${pair}: contrast ${ratio}:1, below the ${minimum}:1 that WCAG AA asks for.`,
  contrastSuggestion: (name: string, color: string) => `Nearest passing ${name.toLowerCase()}: ${color}.`,
  contrastNoSuggestion: 'No lightness of this colour passes; choose another colour.',
  useColor: (color: string) => `Use ${color}`,
  pairNames: {
    'text/surface': 'Text on the surface',
    'text/surface-raised': 'Text on highlighted areas',
    'accent/surface': 'Accent (links, markers) on the surface',
    'accent/surface-raised': 'Accent on highlighted areas',
    'muted/surface': 'Secondary text on the surface',
    'border/surface': 'Borders of controls on the surface',
  } as Record<string, string>,
  inScheme: (pair: string, scheme: 'light' | 'dark') => `${pair} (${scheme === 'light' ? 'light' : 'dark'} mode)`,
  prerenderedWeight: (raw: string, compressed: string | undefined) =>
    `Prerendered HTML adds ${raw} to your page${compressed ? ` (${compressed} compressed)` : ''}, so the page is heavier; in exchange the content is there before any script runs, and nothing moves when it does.`,
  prerenderedLanguage: (language: string) =>
    `The prerendered HTML is in ${language}: use it on a page in ${language}. Once the script runs, the widget follows the page’s language.`,
  prerenderedVersion: (version: string) =>
    `The prerendered HTML shows what version ${version} shows; the script replaces it with its own rendering, so make the code again after an update to keep the HTML current.`,
  prerenderedCommand: 'To prerender it yourself, save the code as snippet.html and run:',
  prerenderedLoadFailed: 'The preview could not be written out as prerendered HTML, so the code below is rendered by the script.',
  layoutShift:
    'The page below the widget moves down when the widget appears (layout shift). Reserve space while the script loads (Theme), or choose prerendered HTML.',
  reservedSpace:
    'Space is reserved while the script loads; the page still moves by the difference between the reserved and the real height.',
  localeChunk: (size: string) =>
    `On a page not in English the script also loads that language’s file (up to ${size}), and shows the text once it has arrived.`,
  scriptWeight: (size: string) => `The script is ${size} (compressed) for every widget on the page together; it is loaded once.`,
  classicNote: 'The classic script needs <meta charset="utf-8"> on the page; it runs after the page is parsed (defer).',
  cdnNote:
    'The script comes from cdn.jsdelivr.net: one more connection for the page, and jsDelivr sees your visitors’ IP addresses. Hosting it yourself avoids both.',
  selfHostedNote: 'Upload the whole dist/ folder: the language files in locales/ must stay beside relief-widgets.js.',
  styleBlockNote: 'The widget’s CSS is a <style> block in the code: under a strict Content-Security-Policy it needs the hash shown in the policy.',
  hashUnavailable:
    'This browser cannot compute the style block’s hash here (it needs https), so the policy below lacks it: put the CSS in your stylesheet instead, or open the builder over https.',
  overdue: (date: string) =>
    `The next review date (${date}) has passed: visitors will see a notice that the information may be out of date.`,
  datesOrder: 'The next review date should come after the last update.',
  dateInvalid: (label: string) => `“${label}” is not a date the widget can show (years 0100 to 9999): it keeps the original page’s date.`,
  fontNote: 'A system font stack uses fonts already on the visitor’s device: nothing to download.',

  // Platforms
  platforms: 'Where to paste it',
  platformNames: {
    html: 'Plain HTML',
    wordpress: 'WordPress (Custom HTML block)',
    wix: 'Wix (Custom Element)',
    squarespace: 'Squarespace (Code Block)',
  },
  steps: {
    html: [
      'Paste the embed code where the content should appear, inside <body>.',
      'The script tag goes once per page; loading it twice does no harm. Each widget needs its own tag.',
    ],
    wordpress: [
      'Add a Custom HTML block where the content should appear.',
      'Paste the embed code.',
      'Further blocks on the same page need only the element’s tag.',
      'WordPress sets <html lang> from Settings → General → Site Language; a multilingual plugin (WPML, Polylang) sets it per page, and the widget follows.',
      'WordPress keeps a <script> in a block only for users allowed to post unfiltered HTML (administrators on most sites).',
    ],
    wix: (url: string, tag: string, classicUrl: string) => [
      'Add → Embed Code → Custom Element.',
      `Choose Source: Server URL, and enter ${url}`,
      `Tag Name: ${tag}. Add one Custom Element per widget; they share the script.`,
      'Set its height in the editor to fit the content.',
      `If the widget stays empty, use the classic script’s URL instead: ${classicUrl}`,
    ],
    squarespace: [
      'Edit the page and add a Code block (Code blocks with scripts need a plan that allows JavaScript).',
      'Paste the embed code; keep Display Source off.',
      'To use the widgets on several pages, put the <script> line once in Settings → Advanced → Code Injection → Header and only the tags in the Code blocks.',
    ],
  },
  wixAttributes: (attributes: string) =>
    `Wix’s Custom Element takes only the script URL and the tag name: your other choices (${attributes}) and a <style> block need Wix’s own code (Velo), and prerendered HTML cannot be used there.`,
  wixNoHtml: 'Prerendered HTML cannot be used in a Wix Custom Element: it takes no HTML.',
  platformCss: {
    wordpress: 'Or put the widget’s CSS in Appearance → Customize → Additional CSS.',
    squarespace: 'Or put the widget’s CSS in Design → Custom CSS.',
  },
  platformLanguage: (language: string) =>
    `To always show ${language} where you cannot edit <html>, set the site’s language to ${language} in its settings: the widget follows the page’s <html lang>.`,
  platformPrerendered:
    'Prerendered HTML must reach the browser as you pasted it: a page builder that inserts it with a script leaves the script to render the widget, as without prerendering.',
  platformPolicy: 'If you send a Content-Security-Policy header, add the policy shown beside the code.',

  // Sizes
  bytes: (bytes: number) => (bytes < 1024 ? `${String(bytes)} bytes` : `${(bytes / 1024).toFixed(1)} KB`),
};

/** What every language gives: the keys of the English source, and the same functions. */
export type Strings = typeof english;

export { english };

/** The builder's words in its current language (English until setStrings()). */
export let strings: Strings = english;

/** Makes `next` the builder's words everywhere (the builder renders again to show them). */
export function setStrings(next: Strings): void {
  strings = next;
}
