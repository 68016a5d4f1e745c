export interface PrerenderOptions {
  /** The page's language, a BCP 47 tag resolved like `<html lang>` (default `en`). */
  locale?: string;
}

export interface PrerenderResult {
  /** The input HTML with every relief element rendered as declarative shadow DOM, and JSON-LD beside each guide. */
  html: string;
  /** The CSP source expressions (`'sha256-…'`) that the inline styles of `html` need under `style-src`. */
  styleSrc: string[];
  /** The supported locale the HTML is in. */
  locale: string;
}

/** Renders the relief elements of an HTML snippet or page, in one locale, for the HTML before JavaScript. */
export function prerender(html: string, options?: PrerenderOptions): Promise<PrerenderResult>;
