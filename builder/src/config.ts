/**
 * The builder's choices, and what they turn into: the element's attributes,
 * the script tag, the theme's CSS and the Content-Security-Policy line. Pure
 * functions of the choices and the package data (no DOM), so that the build
 * can check the prerendered output they describe against the real prerenderer.
 */
import type { BuilderData, ElementMeta, ThemeProperty } from './data.js';
import { isIsoDate } from '../../src/guide/review-dates.js';

/** The colours the builder offers, as `--relief-color-<key>`. */
export const THEME_COLORS = ['accent', 'text', 'surface', 'border'] as const;
export type ThemeColor = (typeof THEME_COLORS)[number];
export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** `page`: as the page declares (usually light); `visitor`: the visitor's setting. */
export type SchemeChoice = 'page' | 'light' | 'dark' | 'visitor';
export type FontChoice = 'inherit' | 'sans' | 'serif';

/** System font stacks: nothing to download. */
export const FONT_STACKS: Record<Exclude<FontChoice, 'inherit'>, string> = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  serif: 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif',
};

export interface SectionChoice {
  id: string;
  shown: boolean;
}

export interface BuilderConfig {
  tag: string;
  /** For an element with a `set` attribute: which list. */
  set: string;
  /** Guide only: every section, in the chosen order, shown or not. */
  sections: SectionChoice[];
  headingLevel: number;
  /** Empty: the default heading. */
  heading: string;
  language: { mode: 'page' | 'fixed'; locale: string };
  /** Empty: the clinic page's dates. */
  lastUpdated: string;
  nextReview: string;
  evidence: boolean;
  theme: {
    scheme: SchemeChoice;
    colors: Record<Scheme, Record<ThemeColor, string>>;
    /** In em, as text (`0.5`). */
    radius: string;
    font: FontChoice;
    /** `snippet`: a `<style>` block in the embed code; `stylesheet`: CSS for the site's own stylesheet. */
    placement: 'snippet' | 'stylesheet';
    reserveSpace: boolean;
  };
  loading: {
    source: 'cdn' | 'self';
    /** The folder of a self-hosted copy of dist/. */
    path: string;
    kind: 'module' | 'classic';
    rendering: 'script' | 'prerendered';
  };
}

export const themeProperty = (data: BuilderData, name: string): ThemeProperty | undefined =>
  data.theme.find((property) => property.name === name);

export const colorProperty = (key: string) => `--relief-color-${key}`;

/** A theme colour's default in one scheme, from the manifest (`light-dark(#light, #dark)`). */
export function defaultColor(data: BuilderData, key: string, scheme: Scheme): string {
  const property = themeProperty(data, colorProperty(key));
  return (scheme === 'light' ? property?.light : property?.dark) ?? (scheme === 'light' ? '#ffffff' : '#000000');
}

/** The documented default radius in em (`0.5em` → `0.5`). */
export const defaultRadius = (data: BuilderData): string =>
  /^([\d.]+)em$/.exec(themeProperty(data, '--relief-radius')?.default ?? '')?.[1] ?? '0.5';

export const elementMeta = (data: BuilderData, tag: string): ElementMeta | undefined =>
  data.elements.find((element) => element.tag === tag);
export const hasAttribute = (data: BuilderData, tag: string, name: string): boolean =>
  Boolean(elementMeta(data, tag)?.attributes.some((attribute) => attribute.name === name));
export const setValues = (data: BuilderData, tag: string): string[] =>
  elementMeta(data, tag)?.attributes.find((attribute) => attribute.name === 'set')?.values ?? [];

export function defaultConfig(data: BuilderData): BuilderConfig {
  const colors = (scheme: Scheme) =>
    Object.fromEntries(THEME_COLORS.map((key) => [key, defaultColor(data, key, scheme)])) as Record<ThemeColor, string>;
  const tag = data.elements.some((element) => element.tag === 'relief-guide') ? 'relief-guide' : data.elements[0].tag;
  return {
    tag,
    set: setValues(data, tag)[0] ?? '',
    sections: data.sections.map(({ id }) => ({ id, shown: true })),
    headingLevel: 2,
    heading: '',
    language: { mode: 'page', locale: data.sourceLocale },
    lastUpdated: '',
    nextReview: '',
    evidence: true,
    theme: {
      scheme: 'page',
      colors: { light: colors('light'), dark: colors('dark') },
      radius: defaultRadius(data),
      font: 'inherit',
      placement: 'snippet',
      reserveSpace: false,
    },
    loading: { source: 'cdn', path: '/relief-widgets/', kind: 'module', rendering: 'script' },
  };
}

/** The guide's `items`: undefined when every section shows in the guide's own order (or none is chosen). */
export function guideItems(config: BuilderConfig, data: BuilderData): string[] | undefined {
  const shown = config.sections.filter((section) => section.shown).map((section) => section.id);
  const all = data.sections.map((section) => section.id);
  if (shown.length === 0 || shown.join(' ') === all.join(' ')) return undefined;
  return shown;
}

/** A date the element takes: the element's own rule (four-digit years from 0100, real calendar days). */
export const validDate = (value: string): boolean => isIsoDate(value);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** The key of an element's default heading in the builder's data: its tag, set and evidence choice. */
export const variantKey = (tag: string, set?: string, hideEvidence = false): string =>
  `${tag}${set ? `?set=${set}` : ''}${hideEvidence ? '&hide-evidence' : ''}`;

/** The element's attributes, in a stable order; `true` for a boolean attribute. */
export function elementAttributes(config: BuilderConfig, data: BuilderData): [string, string | true][] {
  const { tag } = config;
  const attributes: [string, string | true][] = [];
  const sets = setValues(data, tag);
  if (sets.length && config.set && config.set !== sets[0]) attributes.push(['set', config.set]);
  if (tag === 'relief-guide') {
    const items = guideItems(config, data);
    if (items) attributes.push(['items', items.join(' ')]);
  }
  if (config.heading.trim()) attributes.push(['heading', config.heading.trim()]);
  if (config.headingLevel !== 2) attributes.push(['heading-level', String(config.headingLevel)]);
  if (hasAttribute(data, tag, 'hide-evidence') && !config.evidence) attributes.push(['hide-evidence', true]);
  if (hasAttribute(data, tag, 'last-updated') && validDate(config.lastUpdated) && config.lastUpdated !== data.defaultDates.lastUpdated) {
    attributes.push(['last-updated', config.lastUpdated]);
  }
  if (hasAttribute(data, tag, 'next-review') && validDate(config.nextReview) && config.nextReview !== data.defaultDates.nextReview) {
    attributes.push(['next-review', config.nextReview]);
  }
  return attributes;
}

export const openTag = (tag: string, attributes: [string, string | true][]): string =>
  `<${tag}${attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('')}>`;

/** Today where the code is written, `YYYY-MM-DD`. */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A self-hosted folder as typed: a root-relative path or an https URL, ending
 * in `/`; undefined if unusable. A query or fragment would be dropped from the
 * language files' URLs, and a user name or password in the URL is refused by browsers.
 */
export function normalizeFolder(path: string): string | undefined {
  const trimmed = path.trim();
  if (!trimmed || /[\s"'<>`\\?#]/.test(trimmed) || /^https:\/\/[^/]*@/i.test(trimmed)) return undefined;
  if (/^https:\/\/[^/]+/i.test(trimmed) || trimmed.startsWith('/')) {
    if (trimmed.startsWith('//')) return undefined;
    try {
      new URL(trimmed, 'https://example.invalid/');
    } catch {
      return undefined;
    }
    return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  }
  return undefined;
}

/** The script's URL: the pinned CDN copy, or the site's own. */
export function scriptUrl(config: BuilderConfig, data: BuilderData): string {
  const file = config.loading.kind === 'module' ? data.files.module : data.files.classic;
  const folder = config.loading.source === 'cdn' ? data.cdnBase : (normalizeFolder(config.loading.path) ?? '/relief-widgets/');
  return folder + file;
}

export function scriptTag(config: BuilderConfig, data: BuilderData): string {
  const src = escapeHtml(scriptUrl(config, data));
  // A classic script is deferred, so that it runs once the page (and any prerendered HTML) is parsed.
  return config.loading.kind === 'module' ? `<script type="module" src="${src}"></script>` : `<script defer src="${src}"></script>`;
}

/** The colour value of one custom property for the chosen scheme, or undefined when it is the default. */
function colorValue(config: BuilderConfig, data: BuilderData, key: ThemeColor, scheme: SchemeChoice): string | undefined {
  const { light, dark } = { light: config.theme.colors.light[key], dark: config.theme.colors.dark[key] };
  const changedLight = light.toLowerCase() !== defaultColor(data, key, 'light').toLowerCase();
  const changedDark = dark.toLowerCase() !== defaultColor(data, key, 'dark').toLowerCase();
  if (scheme === 'light') return changedLight ? light : undefined;
  if (scheme === 'dark') return changedDark ? dark : undefined;
  return changedLight || changedDark ? `light-dark(${light}, ${dark})` : undefined;
}

/** Which schemes the visitor may see with the chosen setting. */
export const schemesInUse = (choice: SchemeChoice): Scheme[] =>
  choice === 'light' ? ['light'] : choice === 'dark' ? ['dark'] : ['light', 'dark'];

/**
 * The theme as CSS for the element's tag ('' when every choice is the
 * default). `previewScheme` pins light or dark for the preview, where the
 * visitor's setting is what the preview's switch says.
 */
export function themeCss(config: BuilderConfig, data: BuilderData, previewScheme?: Scheme): string {
  const { tag, theme } = config;
  const declarations: string[] = [];
  const scheme: SchemeChoice = previewScheme && (theme.scheme === 'visitor' || theme.scheme === 'page') ? previewScheme : theme.scheme;
  if (scheme !== 'page') declarations.push(`color-scheme: ${scheme === 'visitor' ? 'light dark' : scheme};`);
  for (const key of THEME_COLORS) {
    const value = colorValue(config, data, key, theme.scheme);
    if (value) declarations.push(`${colorProperty(key)}: ${value};`);
  }
  const radius = Number(theme.radius);
  if (theme.radius.trim() !== '' && Number.isFinite(radius) && radius >= 0 && theme.radius !== defaultRadius(data)) {
    declarations.push(`--relief-radius: ${radius === 0 ? '0' : `${String(radius)}em`};`);
  }
  if (theme.font !== 'inherit') declarations.push(`--relief-font-family: ${FONT_STACKS[theme.font]};`);
  const rules: string[] = [];
  if (declarations.length) rules.push(`${tag} {\n${declarations.map((line) => `  ${line}`).join('\n')}\n}\n`);
  if (theme.reserveSpace && config.loading.rendering === 'script') {
    // The space EMBEDDING.md ("Keeping the page still") recommends: the element's `@reserve`, else a list's.
    const reserved = data.elements.find((element) => element.tag === tag)?.reservedBlockSize ?? '24em';
    rules.push(`${tag}:not(:defined) {\n  display: block;\n  min-block-size: ${reserved};\n}\n`);
  }
  return rules.join('');
}

/** The `<style>` block of the embed code (its text is what the CSP hash covers). */
export const styleBlock = (css: string): string => `<style>\n${css}</style>`;
export const styleBlockText = (css: string): string => `\n${css}`;

export interface SnippetParts {
  /** Prerendered content of the element and what follows it (structured data); none for script rendering. */
  prerendered?: { inner: string; after: string };
}

/** The embed code: the script tag, the theme's `<style>` block if it goes there, then the element. */
export function embedCode(config: BuilderConfig, data: BuilderData, parts: SnippetParts = {}): string {
  const css = themeCss(config, data);
  const lines = [scriptTag(config, data)];
  if (css && config.theme.placement === 'snippet') lines.push(styleBlock(css));
  const element = openTag(config.tag, elementAttributes(config, data));
  lines.push(
    parts.prerendered ? `${element}${parts.prerendered.inner}</${config.tag}>${parts.prerendered.after}` : `${element}</${config.tag}>`,
  );
  return `${lines.join('\n')}\n`;
}

/** The origin `script-src` must allow, or `'self'`. */
export function scriptOrigin(config: BuilderConfig, data: BuilderData): string {
  const url = scriptUrl(config, data);
  return /^https?:\/\//i.test(url) ? new URL(url).origin : "'self'";
}

/**
 * The policy the embed code needs, as one header line: `script-src` for the
 * script's origin, and `style-src` with the hashes of its inline styles (the
 * prerendered HTML's and the theme block's) when it has any.
 */
export function contentSecurityPolicy(config: BuilderConfig, data: BuilderData, styleHashes: readonly string[]): string {
  const origin = scriptOrigin(config, data);
  const directives = [`script-src 'self'${origin === "'self'" ? '' : ` ${origin}`}`];
  if (styleHashes.length) directives.push(`style-src 'self' ${styleHashes.join(' ')}`);
  return directives.join('; ');
}

/** With Trusted Types enforced, Lit's policy must be allowed (EMBEDDING.md). */
export const TRUSTED_TYPES_DIRECTIVES = "require-trusted-types-for 'script'; trusted-types lit-html";

/** The locale the prerendered HTML (and the preview) is in. */
export const contentLocale = (config: BuilderConfig): string => config.language.locale;

/** What the page's `<html>` element needs for a fixed language, else undefined. */
export function htmlElementTag(config: BuilderConfig): string | undefined {
  if (config.language.mode !== 'fixed') return undefined;
  const locale = escapeHtml(config.language.locale);
  return `<html lang="${locale}" data-relief-locale="${locale}">`;
}
