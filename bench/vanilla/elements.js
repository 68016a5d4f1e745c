/**
 * The vanilla baseline: one hand-written custom element per relief element —
 * a plain HTMLElement that attaches a shadow root, adopts the same stylesheets
 * and stamps the same markup as its relief counterpart renders (copied into
 * markup.js by bench/capture.mjs). No framework, no localization, no reactive
 * properties: what a static widget costs at the least, done the usual fast
 * way (one parsed <template> per variant, cloned; constructable stylesheets
 * shared by every instance, as Lit shares them too).
 *
 * The form-associated ones are form-associated too (ElementInternals, a form
 * value, a change listener), so the comparison does not flatter the baseline.
 */
import { elements, sheets } from './markup.js';

// The bench pages are served with `require-trusted-types-for 'script'`, like the demo.
const policy = window.trustedTypes?.createPolicy('relief-bench-vanilla', { createHTML: (html) => html });

const constructed = sheets.map(({ css }) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
});

const templates = new Map();

function templateFor(html) {
  let template = templates.get(html);
  if (!template) {
    template = document.createElement('template');
    template.innerHTML = policy ? policy.createHTML(html) : html;
    templates.set(html, template);
  }
  return template;
}

/** The same key capture.mjs files each rendered variant under. */
const variantKey = (el) =>
  JSON.stringify(['set', 'heading', 'heading-level', 'items', 'value'].map((name) => el.getAttribute(name) ?? ''));

function defineVanilla(reliefTag, { formAssociated = false, onChange } = {}) {
  const spec = elements[reliefTag];
  if (!spec) throw new Error(`bench/vanilla/markup.js has no markup for <${reliefTag}>; run node bench/capture.mjs`);
  const adopted = spec.sheets.map((index) => constructed[index]);
  const fallback = Object.values(spec.variants)[0];

  class VanillaElement extends HTMLElement {
    static formAssociated = formAssociated;

    constructor() {
      super();
      if (formAssociated) this.internals = this.attachInternals();
    }

    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open', delegatesFocus: spec.delegatesFocus });
      root.adoptedStyleSheets = adopted;
      const html = spec.variants[variantKey(this)] ?? fallback;
      root.append(templateFor(html).content.cloneNode(true));
      if (onChange) root.addEventListener('change', (event) => onChange(this, event));
      if (formAssociated) this.internals.setFormValue(null);
    }
  }

  customElements.define(reliefTag.replace(/^relief-/, 'vanilla-'), VanillaElement);
}

const emit = (host, value) =>
  host.dispatchEvent(new CustomEvent('relief-change', { detail: { value }, bubbles: true, composed: true }));

defineVanilla('relief-benefit-list');
defineVanilla('relief-tip-list');
defineVanilla('relief-pain-selector', {
  formAssociated: true,
  onChange(host, event) {
    host.internals.setFormValue(event.target.value);
    emit(host, event.target.value);
  },
});
defineVanilla('relief-therapist-checklist', {
  formAssociated: true,
  onChange(host) {
    const value = [...host.shadowRoot.querySelectorAll('input:checked')].map((box) => box.value);
    host.internals.setFormValue(value.join(' ') || null);
    emit(host, value);
  },
});
defineVanilla('relief-guide');
