import type { LitElement } from 'lit';
import { settled } from './helpers.js';

/** What test/embed/pages/report.js records in the page. */
export interface PageRecord {
  errors: string[];
  warnings: string[];
  violations: string[];
  privacyCalls: string[];
  shifts: number[];
  markerTops: { top: number; rendered: boolean; visibleLanguages: string[] }[];
}

export interface OpenedPage {
  iframe: HTMLIFrameElement;
  win: Window & typeof globalThis & { __relief: PageRecord };
  doc: Document;
  widgets: LitElement[];
  record: PageRecord;
}

/** Waits for `condition`; the limit only ends a wait that would never end, on a busy machine too. */
export async function until(condition: () => boolean, what: string, timeout = 30000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** True once an element shows its text (its first locale settled). */
export const showsText = (widget: Element): boolean =>
  Boolean(widget.shadowRoot?.querySelector('[part~="base"]:not(.loading)'));

/** Opens one of test/embed/pages in an iframe and waits until its widgets show their text. */
export async function openPage(name: string, { width = 900, height = 1200 } = {}): Promise<OpenedPage> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  // In view: engines throttle animation frames of iframes off screen.
  Object.assign(iframe.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0' });
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/test/embed/pages/${name}`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as OpenedPage['win'];
  const doc = iframe.contentDocument!;
  const widgets = [...doc.querySelectorAll<LitElement>('[data-widget]')];
  await until(() => widgets.every(showsText), `the widgets of ${name} to render`);
  await Promise.all(widgets.map(settled));
  return { iframe, win, doc, widgets, record: win.__relief };
}

/** Paths of every resource the page requested, in order (its own document excluded). */
export function requestedPaths(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
}
