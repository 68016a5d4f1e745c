import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { until, type PageRecord } from './support/frame.js';
import { deepText } from './support/helpers.js';
import { packageElements } from './support/elements.js';

/**
 * Every element of the package (the `all` snippet of test/support/prerendered-pages.mjs is one of
 * each element folder under src/), prerendered by relief-widgets/prerender, then taken over:
 * test/prerender.test.ts looks closely at the guide and the form; this makes sure that a new
 * element prerenders and is taken over too.
 */
async function open(query: Record<string, string>) {
  const iframe = document.createElement('iframe');
  if (query.js === 'none') iframe.sandbox.add('allow-same-origin');
  iframe.width = '900';
  iframe.height = '1200';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/prerendered/page.html?${new URLSearchParams({ snippet: 'all', ...query })}`;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow as Window & { __relief?: PageRecord };
  return { iframe, doc, win, widgets: [...doc.querySelectorAll<LitElement>('[data-widget]')] };
}

describe('every element, prerendered', () => {
  for (const locale of ['fr', 'ar']) {
    it(`shows each element's text in ${locale} before any script, then takes it over, once`, async () => {
      const tags = (await packageElements()).map(({ tag }) => tag);
      const still = await open({ locale, js: 'none' });
      expect(still.widgets.map((widget) => widget.localName).sort()).to.deep.equal([...tags].sort());
      for (const widget of still.widgets) {
        expect(widget.shadowRoot, `${widget.localName}: a declarative shadow root`).not.to.equal(null);
        expect(widget.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'), widget.localName).to.equal(locale);
        expect(deepText(widget).length, widget.localName).to.be.greaterThan(20);
      }
      still.iframe.remove();

      const page = await open({ locale, js: 'module' });
      const before = page.widgets.map((widget) => deepText(widget));
      await until(() => page.widgets.every((widget) => 'updateComplete' in widget && widget.hasUpdated), 'the takeover');
      await Promise.all(page.widgets.map((widget) => widget.updateComplete));
      for (const widget of page.widgets) expect(widget.shadowRoot!.querySelectorAll('[part~="base"]'), widget.localName).to.have.length(1);
      // The same text, but for digits: the snapshot has Node's ICU (Arabic-Indic digits in ar), the
      // takeover the browser's own (WebKitGTK's system ICU writes Latin digits).
      const digits = (text: string) => text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
      expect(page.widgets.map((widget) => digits(deepText(widget)))).to.deep.equal(before.map(digits));
      expect(page.win.__relief!.errors).to.deep.equal([]);
      expect(page.win.__relief!.violations).to.deep.equal([]);
      page.iframe.remove();
    });
  }
});
