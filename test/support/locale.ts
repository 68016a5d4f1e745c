import type { LitElement } from 'lit';
import { settled } from './helpers.js';

/** Resolves when @lit/localize reports `locale` ready (it dispatches on window). */
export function localeLoaded(locale: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const { detail } = event as CustomEvent<{ status: string; readyLocale?: string }>;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener('lit-localize-status', listener);
        resolve();
      }
    };
    window.addEventListener('lit-localize-status', listener);
  });
}

/** Sets `<html lang>` and waits until the elements have re-rendered in `locale`. */
export async function switchPageLanguage(lang: string, locale: string, elements: LitElement[]): Promise<void> {
  const loaded = localeLoaded(locale);
  document.documentElement.lang = lang;
  await loaded;
  await Promise.all(elements.map(settled));
}

/**
 * The translatable text nodes under `root` (through shadow roots), trimmed:
 * skips publication titles kept in English on purpose (`lang="en"` below the
 * element's localized base), and text with no letters.
 */
export function visibleTexts(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLStyleElement) return;
    if (node instanceof HTMLElement && (node.hidden || (node.lang === 'en' && !node.matches('[part~="base"]')))) return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (/\p{L}{2}/u.test(text)) texts.push(text);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}
