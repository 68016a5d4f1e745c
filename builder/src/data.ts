import type { CitationEntry } from './snapshot.js';

/**
 * What builder/build.mjs derives from the package for the builder (data/builder.json):
 * the elements, their attributes and the theme's custom properties from
 * custom-elements.json, the guide's sections and the locales from the built
 * modules, and the bundle sizes. Nothing here is kept by hand.
 */

export interface AttributeMeta {
  name: string;
  description: string;
  /** The values of an attribute typed as a union of strings (`set`), the default first. */
  values?: string[];
}

export interface ElementMeta {
  tag: string;
  summary: string;
  /** The space a page holds for it until it is defined (its `@reserve`). */
  reservedBlockSize?: string;
  attributes: AttributeMeta[];
}

export interface ThemeProperty {
  name: string;
  description: string;
  /** The default, as documented (`light-dark(#0b6b5e, #6fd6c3)`, `0.5em`, `inherit`). */
  default: string;
  /** The light and dark defaults of a colour. */
  light?: string;
  dark?: string;
}

export interface GuideSectionMeta {
  id: string;
  /** The section's heading in the source locale. */
  heading: string;
}

export interface BuilderData {
  name: string;
  version: string;
  /** The pinned CDN folder of the bundles, ending in `/`. */
  cdnBase: string;
  /** The bundle files, relative to dist/. */
  files: { module: string; classic: string };
  /** Brotli sizes in bytes: the ES bundle, the classic script, the largest locale chunk. */
  sizes: { module: number; classic: number; localeChunk: number };
  sourceLocale: string;
  locales: string[];
  elements: ElementMeta[];
  sections: GuideSectionMeta[];
  theme: ThemeProperty[];
  /** Review dates the guide shows unless told otherwise. */
  defaultDates: { lastUpdated: string; nextReview: string };
  /** Each cited source's schema.org entry, by id, as the prerenderer writes it in a guide's structured data. */
  citations: Record<string, CitationEntry>;
  /** The structured data's `about` (the condition's name), per locale. */
  about: Record<string, string>;
  /** Each variant's default heading, per locale (for the heading field's hint). */
  headings: Record<string, Record<string, string>>;
  /** The guide's section headings by id, per locale (the builder names sections in its own language). */
  sectionHeadings: Record<string, Record<string, string>>;
}

/** Fetches a data file beside the builder (its own files only). */
export async function loadJson<T>(base: string, path: string): Promise<T> {
  const response = await fetch(new URL(path, new URL(base, document.baseURI)), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: ${String(response.status)}`);
  return (await response.json()) as T;
}
