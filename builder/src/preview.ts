/**
 * The preview page (preview.html, in the builder's frame): the real bundle
 * renders the element the builder describes. Only the builder's own page
 * (same origin) is listened to; the page has no state of its own.
 */
import type { PreviewMessage } from './builder-app.js';

const stage = document.getElementById('stage')!;
const theme = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, theme];
let element: HTMLElement | undefined;

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
