import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { CLINIC_PAGE_SENTENCES } from './fixtures/clinic-page-sentences.js';
import { until, type PageRecord } from './support/frame.js';
import { deepText } from './support/helpers.js';

/** The seventeen locales; the built bundle's own list is checked against it in embed-locales. */
const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'zh-Hant', 'vi', 'tl', 'ko', 'ru', 'it', 'pl', 'ja', 'he', 'fa'];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

interface Prerendered {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis & { __relief?: PageRecord };
  widgets: LitElement[];
}

let opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const iframe of opened) iframe.remove();
  opened = [];
});

/** Opens a prerendered page (see `prerenderedPage` in web-test-runner.config.mjs); `js: 'none'` disables scripts. */
async function open(query: Record<string, string>): Promise<Prerendered> {
  const iframe = document.createElement('iframe');
  if (query.js === 'none') iframe.sandbox.add('allow-same-origin');
  Object.assign(iframe.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0' });
  iframe.width = '900';
  iframe.height = '1200';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/prerendered/page.html?${new URLSearchParams(query)}`;
  document.body.append(iframe);
  opened.push(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  return { iframe, doc, win: iframe.contentWindow as Prerendered['win'], widgets: [...doc.querySelectorAll<LitElement>('[data-widget]')] };
}

/** Waits until the bundle has defined the page's elements and taken their snapshots over. */
async function takenOver(page: Prerendered): Promise<void> {
  await until(() => page.widgets.every((widget) => 'updateComplete' in widget && (widget as LitElement).hasUpdated), 'the takeover');
  for (const widget of page.widgets) await widget.updateComplete;
}

/** Text outside English publication titles, one string per text node. */
function localizedTexts(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (/^(style|script|template)$/.test(element.localName) || element.getAttribute('lang') === 'en') return;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE && /\p{L}{2}/u.test(node.textContent!)) texts.push(node.textContent!.trim());
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}

const base = (widget: Element) => widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('prerendered, with JavaScript disabled', () => {
  it('shows every sentence of the English clinic page', async () => {
    const { doc } = await open({ snippet: 'guide', locale: 'en', js: 'none' });
    const text = deepText(doc.body);
    expect(CLINIC_PAGE_SENTENCES.filter((sentence) => !text.includes(sentence))).to.deep.equal([]);
  });

  for (const locale of LOCALES.slice(1)) {
    it(`shows the guide in ${locale}, with its lang and dir, and no English sentence`, async () => {
      const { doc } = await open({ snippet: 'guide', locale, js: 'none' });
      const guide = doc.querySelector('relief-guide')!;
      expect(guide.shadowRoot, 'a declarative shadow root').not.to.equal(null);
      expect([base(guide).lang, base(guide).dir]).to.deep.equal([locale, RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr']);
      const texts = localizedTexts(doc.body);
      expect(texts.filter((text) => CLINIC_PAGE_SENTENCES.includes(text))).to.deep.equal([]);
    });
  }

  it('checks only the chosen controls, and shows them inert until the script runs', async () => {
    const { doc } = await open({ snippet: 'form', locale: 'en', js: 'none' });
    const inputs = [...doc.querySelectorAll('relief-pain-selector, relief-therapist-checklist')].flatMap((widget) => [
      ...widget.shadowRoot!.querySelectorAll('input'),
    ]);
    expect(inputs.filter((input) => input.checked).map((input) => input.value)).to.deep.equal(['joint', 'sensitivity']);
    expect(inputs.every((input) => input.matches(':disabled'))).to.equal(true);
  });
});

describe('prerendered, then taken over by the bundle', () => {
  for (const js of ['module', 'classic']) {
    it(`is taken over by the ${js} script: each element once, same text, working form`, async () => {
      const page = await open({ snippet: 'form', locale: 'fr', js });
      const before = page.widgets.map((widget) => deepText(widget));
      await takenOver(page);
      const bundle = page.win as unknown as { ReliefWidgets: { getLocale(): string } };
      await until(() => bundle.ReliefWidgets.getLocale() === 'fr', 'the French messages');
      for (const widget of page.widgets) expect(widget.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(page.widgets.map((widget) => deepText(widget))).to.deep.equal(before);
      // The same as a client render of the same markup.
      const client = page.doc.createElement('relief-pain-selector') as LitElement;
      client.setAttribute('value', 'joint');
      client.setAttribute('required', '');
      page.doc.body.append(client);
      await client.updateComplete;
      expect(deepText(client)).to.equal(before[0]);
      client.remove();

      const [selector] = page.widgets;
      const radio = (id: string) => selector.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
      expect(radio('joint').disabled).to.equal(false);
      const heard: unknown[] = [];
      page.doc.addEventListener('relief-change', (event) => heard.push((event as CustomEvent).detail.value));
      radio('back').click();
      await selector.updateComplete;
      const form = page.doc.getElementById('form') as HTMLFormElement;
      expect(new page.win.FormData(form).getAll('pain')).to.deep.equal(['back']);
      expect(new page.win.FormData(form).getAll('q')).to.deep.equal(['sensitivity']);
      expect(heard).to.deep.equal(['back']);
      expect(page.win.__relief!.errors).to.deep.equal([]);
      expect(page.win.__relief!.violations).to.deep.equal([]);
    });
  }

  // A classic script in <head> defines the elements before the parser reaches their
  // declarative shadow roots: they render on the client instead, each still once.
  it('shows each element once when a classic script in <head> meets prerendered HTML', async () => {
    const page = await open({ snippet: 'form', locale: 'fr', js: 'classic-in-head' });
    const bundle = page.win as unknown as { ReliefWidgets: { getLocale(): string } };
    await until(() => bundle.ReliefWidgets?.getLocale() === 'fr', 'the French messages');
    await until(() => deepText(page.widgets[0]).startsWith('Types de douleur courants'), 'the French text');
    for (const widget of page.widgets) {
      expect(widget.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(widget.querySelectorAll(':scope > :not(template)')).to.have.length(0);
    }
    expect(page.win.__relief!.errors).to.deep.equal([]);
  });

  it('keeps a guide at heading-level 6 above its sections (aria-level 7), before and after the takeover', async () => {
    const page = await open({ snippet: 'guide-h6', locale: 'en', js: 'module' });
    const levels = () => {
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          if (/^h[1-6]$/.test(node.localName)) found.push(node.getAttribute('aria-level') ?? node.localName);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(page.widgets[0].shadowRoot!);
      return found;
    };
    const before = levels();
    expect(before[0]).to.equal('h6');
    expect(before.slice(1).every((level) => level === '7')).to.equal(true);
    await takenOver(page);
    expect(levels()).to.deep.equal(before);
    expect(page.win.__relief!.errors).to.deep.equal([]);
  });

  it('takes over the whole guide in Arabic, right to left, without errors', async () => {
    const page = await open({ snippet: 'guide', locale: 'ar', js: 'module' });
    await takenOver(page);
    const guide = page.widgets[0];
    expect([base(guide).lang, base(guide).dir]).to.deep.equal(['ar', 'rtl']);
    expect(guide.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(page.win.__relief!.errors).to.deep.equal([]);
  });
});

describe('prerendered under a strict Content-Security-Policy', () => {
  it('needs no violation with the printed style hashes, and is styled', async () => {
    const page = await open({ snippet: 'form', locale: 'en', js: 'module' });
    await takenOver(page);
    expect(page.win.__relief!.violations).to.deep.equal([]);
    expect(page.win.getComputedStyle(page.widgets[0]).display).to.equal('block');
  });

  it('still shows the text without the hashes, and is styled once the bundle runs', async () => {
    const page = await open({ snippet: 'form', locale: 'en', js: 'module', csp: 'strict' });
    expect(deepText(page.widgets[0])).to.contain('Common Types of Pain that Massage May Address');
    await takenOver(page);
    await until(() => page.win.getComputedStyle(page.widgets[0]).display === 'block', 'the styles adopted');
  });
});

describe('prerendered structured data', () => {
  it('describes the guide as it shows: name, language, review date and every cited source', async () => {
    const { doc } = await open({ snippet: 'guide', locale: 'de', js: 'none' });
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).to.have.length(1);
    const data = JSON.parse(scripts[0].textContent!);
    const guide = doc.querySelector('relief-guide')!;
    const shadow = guide.shadowRoot!;
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.name).to.equal(shadow.querySelector('[part~="heading"]')!.textContent!.trim());
    expect(data.inLanguage).to.equal('de');
    expect(data.lastReviewed).to.equal(shadow.querySelector('[part="review-dates"] time')!.getAttribute('datetime'));
    const shown = new Set<string>();
    const collect = (root: ParentNode) => {
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-citation]')) shown.add(link.href);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
    };
    collect(shadow);
    expect(new Set(data.citation.map((citation: { url: string }) => citation.url))).to.deep.equal(shown);
  });
});
