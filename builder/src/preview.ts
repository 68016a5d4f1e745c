/**
 * The preview page (preview.html, in the builder's frame): the real bundle
 * renders the element the builder describes. Only the builder's own page
 * (same origin) is listened to; the page has no state of its own.
 */
import type { PreviewMessage, PreviewRendered } from './preview-link.js';

const stage = document.getElementById('stage')!;
const theme = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
let element: HTMLElement | undefined;
let latestKey: string | undefined;

function apply(message: PreviewMessage): void {
  const root = document.documentElement;
  // The page's language, as a site would set it: <html lang>, or data-relief-locale for a fixed one.
  if (message.fixedLocale) {
    root.lang = 'en';
    root.dataset.reliefLocale = message.locale;
  } else {
    delete root.dataset.reliefLocale;
    root.lang = message.locale;
  }
  root.dataset.scheme = message.scheme;
  theme.replaceSync(message.css);
  if (element?.localName !== message.tag) {
    element = document.createElement(message.tag);
    stage.replaceChildren(element);
  }
  const wanted = new Map(message.attributes);
  for (const name of element.getAttributeNames()) if (!wanted.has(name)) element.removeAttribute(name);
  for (const [name, value] of wanted) element.setAttribute(name, value === true ? '' : value);
  latestKey = message.key;
  void tellRendered(element, message.key, message.locale);
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits for an element's render and its nested elements' renders. */
async function settled(element: Updating): Promise<void> {
  await element.updateComplete;
  for (const nested of element.shadowRoot?.querySelectorAll<Updating>('*') ?? []) if (nested.updateComplete) await settled(nested);
}

/** Tells the builder once the element shows `key` in its language (the builder writes prerendered code from it). */
async function tellRendered(shown: HTMLElement, key: string, locale: string): Promise<void> {
  await customElements.whenDefined(shown.localName);
  const inLanguage = () => {
    const base = shown.shadowRoot?.querySelector('[part~="base"]');
    return window.ReliefWidgets?.getLocale() === locale && base?.getAttribute('lang') === locale && !base.classList.contains('loading');
  };
  await settled(shown);
  // A language file on its way: the element renders again when it is there.
  while (!inLanguage()) {
    await new Promise((resolve) => window.addEventListener('lit-localize-status', resolve, { once: true }));
    await settled(shown);
  }
  if (shown !== element || key !== latestKey) return;
  const message: PreviewRendered = { type: 'relief-builder-rendered', key };
  window.parent.postMessage(message, location.origin);
}

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.source !== window.parent || event.data?.type !== 'relief-builder-preview') return;
  apply(event.data);
});

// The builder sizes the frame to the content's height (the body's: not the frame's own, which follows).
new ResizeObserver(() => {
  window.parent.postMessage({ type: 'relief-builder-height', height: document.body.getBoundingClientRect().height }, location.origin);
}).observe(document.body);
window.parent.postMessage({ type: 'relief-builder-ready' }, location.origin);
