import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { VERSION } from '../src/core/version.js';
import { deepText, part, parts, settled } from './support/helpers.js';
import { openPage, requestedPaths, showsText, until, type OpenedPage } from './support/frame.js';

let opened: OpenedPage[] = [];
async function page(name: string, size?: { width?: number; height?: number }) {
  const result = await openPage(name, size);
  opened.push(result);
  return result;
}
afterEach(() => {
  for (const { iframe } of opened) iframe.remove();
  opened = [];
});

const BUNDLE = '/assets/vendor/relief/relief-widgets.js';

describe('under a strict Content-Security-Policy with Trusted Types enforced', () => {
  it('the page’s policy really is in force (an inline style is blocked)', async () => {
    const { doc, record } = await page('csp.html');
    expect(record.violations).to.deep.equal([]);
    const style = doc.createElement('style');
    style.textContent = 'body { color: red }';
    doc.head.append(style);
    await until(() => record.violations.length > 0, 'the inline style to be reported');
    expect(record.violations[0]).to.contain('style-src');
  });

  it('renders the ES bundle in French from a sub-path, with no violation or error', async () => {
    const { win, doc, widgets, record } = await page('csp.html');
    expect(record.violations).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    expect(widgets.map((widget) => part(widget, '[part~="base"]').lang)).to.deep.equal(widgets.map(() => 'fr'));
    expect(widgets.length).to.be.at.least(3);
    expect(deepText(widgets[2])).to.contain('Prise en charge de la douleur chronique');
    const chunks = requestedPaths(win).filter((path) => path.includes('/locales/'));
    expect(chunks).to.have.length(1);
    expect(chunks[0]).to.match(/^\/assets\/vendor\/relief\/locales\/fr-[\w-]+\.js$/);
    part<HTMLInputElement>(widgets[0], 'input[value="neuropathy"]').click();
    await settled(widgets[0]);
    expect(new win.FormData(doc.getElementById('form') as HTMLFormElement).get('pain')).to.equal('neuropathy');
  });

  it('renders the classic script in Arabic, right to left, with no violation or error', async () => {
    const { doc, widgets, record } = await page('csp.html?script=classic&lang=ar');
    const bundles = [...doc.querySelectorAll('script[src*="relief-widgets"]')].map((script) => `${script.getAttribute('type') ?? 'classic'} ${script.getAttribute('src')}`);
    expect(bundles).to.deep.equal(['classic /assets/vendor/relief/relief-widgets.iife.js']);
    expect(record.violations).to.deep.equal([]);
    expect(record.errors).to.deep.equal([]);
    for (const widget of widgets) {
      const base = part(widget, '[part~="base"]');
      expect([base.lang, base.dir]).to.deep.equal(['ar', 'rtl']);
    }
  });
});

describe('locale chunks', () => {
  it('keeps English, visible, and warns when the page’s locale chunk fails to load', async () => {
    const { widgets, record } = await page('chunks.html?chunks=broken');
    expect(widgets.every(showsText)).to.equal(true);
    expect(deepText(widgets[0])).to.contain('Key Benefits for Chronic Pain Management');
    expect(part(widgets[0], '[part~="base"]').lang).to.equal('en');
    expect(record.warnings.join('\n')).to.contain('could not load the "de" translations');
    expect(record.errors).to.deep.equal([]);
  });
});

describe('loaded twice, in two versions, as a module and a classic script', () => {
  it('throws nothing, warns once about the other version, and every element works', async () => {
    const { win, doc, widgets, record } = await page('double-load.html');
    expect(record.errors).to.deep.equal([]);
    const versionWarnings = record.warnings.filter((warning) => warning.includes('0.0.0-other'));
    expect(versionWarnings).to.have.length(1);
    expect(versionWarnings[0]).to.contain(`version ${VERSION} is already loaded`);
    expect(record.warnings).to.have.length(1);
    expect(win.ReliefWidgets!.version).to.equal(VERSION);
    expect(widgets.every((widget) => deepText(widget).length > 40)).to.equal(true);
    part<HTMLInputElement>(widgets[2], 'input[value="back"]').click();
    part<HTMLInputElement>(widgets[3], 'input[value="sensitivity"]').click();
    await Promise.all(widgets.map(settled));
    expect([...new win.FormData(doc.getElementById('form') as HTMLFormElement)]).to.deep.equal([
      ['pain', 'back'],
      ['qualities', 'sensitivity'],
    ]);
  });
});

describe('on a hostile host page', () => {
  /** Sizes that would move if host styles leaked in. */
  function measure(widget: LitElement) {
    const box = (element: Element) => {
      const { width, height } = element.getBoundingClientRect();
      return [Math.round(width), Math.round(height)];
    };
    const style = (element: Element) => {
      const computed = getComputedStyle(element);
      return [computed.fontSize, computed.lineHeight, computed.letterSpacing, computed.textTransform, computed.display];
    };
    const inside = parts(widget, '[part~="heading"], [part~="item"], [part~="option"], li, button, input, p');
    return {
      host: box(widget),
      parts: inside.map((element) => [element.localName, ...box(element), ...style(element)]),
    };
  }

  it('lays every widget out exactly as on a plain page', async () => {
    const plain = await page('plain.html');
    const hostile = await page('plain.html?hostile');
    expect(getComputedStyle(hostile.doc.documentElement).fontSize).to.equal('10px');
    for (let index = 0; index < plain.widgets.length; index++) {
      expect(measure(hostile.widgets[index]), plain.widgets[index].localName).to.deep.equal(
        measure(plain.widgets[index]),
      );
    }
  });

  it('inherits the page’s font family', async () => {
    const { widgets } = await page('plain.html');
    for (const widget of widgets) {
      expect(getComputedStyle(part(widget, '[part~="heading"]')).fontFamily).to.equal('serif');
    }
  });

  it('uses no rem unit anywhere in its styles', async () => {
    const { widgets } = await page('plain.html');
    const nested = widgets.flatMap((widget) => [widget, ...parts<LitElement>(widget, '*').filter((el) => el.shadowRoot)]);
    const cssText = nested
      .flatMap((widget) => [...widget.shadowRoot!.adoptedStyleSheets])
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    expect(cssText.length).to.be.greaterThan(1000);
    expect(cssText).not.to.match(/\d(\.\d+)?rem\b/);
  });
});

describe('privacy', () => {
  it('requests only the bundle and its locale chunk and stores nothing while a visitor uses every element', async () => {
    const { win, doc, widgets, record } = await page('csp.html');
    const [selector, checklist, guide] = widgets;
    part<HTMLInputElement>(selector, 'input[value="fibromyalgia"]').click();
    part<HTMLInputElement>(checklist, 'input[value="experience"]').click();
    part<HTMLButtonElement>(checklist, '[part="reset-button"]').click();
    const nestedSelector = part<LitElement>(guide, 'relief-pain-selector');
    part<HTMLInputElement>(nestedSelector, 'input[value="back"]').click();
    await Promise.all(widgets.map(settled));

    const paths = requestedPaths(win);
    const library = paths.filter((path) => path.startsWith('/assets/vendor/relief/'));
    expect(library[0]).to.equal(BUNDLE);
    expect(library.slice(1).map((path) => path.replace(/-[\w-]+\.js$/, ''))).to.deep.equal([
      '/assets/vendor/relief/locales/fr',
    ]);
    // Besides the library: the test page's own recorder (and the test server's reload socket, on a page it serves as a file).
    expect(paths.filter((path) => !path.startsWith('/assets/vendor/relief/') && path !== '/__web-dev-server__web-socket.js')).to.deep.equal([
      '/test/embed/pages/report.js',
    ]);

    const german = new Promise((resolve) => win.addEventListener('lit-localize-status', resolve));
    doc.documentElement.lang = 'de';
    await german;
    await until(() => part(widgets[0], '[part~="base"]').lang === 'de', 'the switch to German');
    expect(requestedPaths(win).filter((path) => path.includes('/locales/')).map((path) => path.split('/').pop()!.split('-')[0]))
      .to.deep.equal(['fr', 'de']);

    expect(record.privacyCalls).to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
  });
});

describe('layout stability', () => {
  const measuresShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

  /** How far the marker below the widgets moved once they had rendered, and the CLS where measured. */
  async function stability(name: string) {
    const { record } = await page(name, { width: 900, height: 800 });
    await until(() => record.markerTops.length >= 300, 'the layout samples');
    const tops = record.markerTops.filter((sample) => sample.rendered).map((sample) => sample.top);
    expect(tops.length).to.be.greaterThan(10);
    return {
      movement: Math.max(...tops) - Math.min(...tops),
      cls: record.shifts.reduce((sum, shift) => sum + shift, 0),
      shown: [...new Set(record.markerTops.flatMap((sample) => sample.visibleLanguages))],
    };
  }

  it('reports layout shifts in Chromium only (Firefox and WebKit lack the API)', () => {
    expect(measuresShifts).to.equal(navigator.userAgent.includes('Chrome/'));
  });

  // A module script runs after the first paint may have happened, so how far the
  // page moves when the widgets first appear depends on the machine's load: the
  // page reserves their space (EMBEDDING.md). What the widgets control is that
  // nothing moves after they first render.
  it('does not move an English page once the widgets render (ES bundle)', async () => {
    const { movement, shown } = await stability('layout.html?lang=en');
    expect(movement).to.equal(0);
    expect(shown).to.deep.equal(['en']);
  });

  // The classic script no longer carries all seventeen languages (40 KB budget): like
  // the ES bundle it fetches the page's one, which may arrive after the first paint
  // (Firefox), so the page reserves the widgets' space (EMBEDDING.md). What the widgets
  // control: no English shows, and nothing moves once the translation shows.
  it('does not move a French page with the classic script once the translation shows', async () => {
    const { record } = await page('layout.html?script=classic', { width: 900, height: 800 });
    await until(() => record.markerTops.length >= 300, 'the layout samples');
    const translated = record.markerTops.filter((sample) => sample.visibleLanguages.includes('fr')).map((sample) => sample.top);
    expect(translated.length).to.be.greaterThan(10);
    expect(Math.max(...translated) - Math.min(...translated)).to.equal(0);
    expect([...new Set(record.markerTops.flatMap((sample) => sample.visibleLanguages))]).to.deep.equal(['fr']);
  });

  it('never shows English on a French page while the ES bundle fetches the translation', async () => {
    const { shown } = await stability('layout.html');
    expect(shown).to.deep.equal(['fr']);
  });
});
