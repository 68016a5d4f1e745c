/**
 * Prerendered HTML as it lives on real sites, then taken over by the bundle
 * (DESIGN.md, "Prerendered embed"): minified, reformatted, edited in a CMS,
 * prerendered twice or in another language, with a slow or missing language
 * file. Whatever was done to the snapshot, each element ends up shown once,
 * with its current attributes, in the page's language, working, with no error,
 * and never shows English while it is marked as another language.
 * (Defects P02–P06 of shared/notes/defects-prerender.md.)
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { CLINIC_PAGE_SENTENCES } from './fixtures/clinic-page-sentences.js';
import { until, type PageRecord } from './support/frame.js';
import { packageElements, type PackageElement } from './support/elements.js';
import { deepText, settled } from './support/helpers.js';

interface Page {
  doc: Document;
  win: Window & typeof globalThis & { __relief: PageRecord; ReliefWidgets?: { getLocale(): string } };
  widgets: LitElement[];
  /** English sentences seen inside an element marked as another language, at any sampled moment. */
  englishSeen: string[];
}

/** Sentences long enough that no translation shares them (a French "Introduction" is French too). */
const ENGLISH = CLINIC_PAGE_SENTENCES.filter((sentence) => sentence.length > 25);

let opened: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const iframe of opened) iframe.remove();
  opened = [];
});

/** Opens a prerendered page (test/support/prerendered-pages.mjs) with no script yet. */
async function openSnapshot(query: Record<string, string>): Promise<Page> {
  const iframe = document.createElement('iframe');
  Object.assign(iframe.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0' });
  iframe.width = '900';
  iframe.height = '1200';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = `/prerendered/page.html?${new URLSearchParams({ js: 'later', ...query })}`;
  document.body.append(iframe);
  opened.push(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  return { doc, win: iframe.contentWindow as Page['win'], widgets: [...doc.querySelectorAll<LitElement>('[data-widget]')], englishSeen: [] };
}

/** Each element's `base` wrappers at the top of its shadow root (one once it is shown once). */
const bases = (widget: Element) => [...(widget.shadowRoot?.children ?? [])].filter((child) => child.matches('[part~="base"]')) as HTMLElement[];

/** Records English inside any element (or nested element) whose wrapper says another language. */
function sampleLanguages(page: Page): () => void {
  let sampling = true;
  const sample = () => {
    for (const widget of page.widgets) {
      for (const base of bases(widget)) {
        if (base.lang === 'en') continue;
        const text = deepText(base);
        for (const sentence of ENGLISH) if (text.includes(sentence)) page.englishSeen.push(`${widget.localName} (${base.lang}): ${sentence}`);
      }
    }
    if (sampling) setTimeout(sample, 10);
  };
  sample();
  return () => {
    sampling = false;
    sample();
  };
}

let runs = 0;

/**
 * Loads the ES bundle into a page opened with no script of its own
 * (test/embed/pages/load-later.js). Slow language files come from a path of
 * this test's own, so that no earlier page's copy is reused.
 */
function loadBundle(page: Page, path = '/assets/vendor/relief/'): void {
  const unique = path.replace('/slow-chunks/', `/slow-chunks/${Date.now()}-${++runs}/`);
  void (page.win as unknown as { __loadRelief(path: string): Promise<unknown> }).__loadRelief(unique);
}

/**
 * Waits until every element (and every nested one) has rendered on the
 * client, with its language settled (an element the page had no snapshot for
 * first lays out hidden English, then shows its language).
 */
async function takenOver(page: Page): Promise<void> {
  const nestedDone = (widget: Element): boolean =>
    'hasUpdated' in widget &&
    (widget as LitElement).hasUpdated &&
    bases(widget).every((base) => !base.classList.contains('loading')) &&
    [...widget.shadowRoot!.querySelectorAll('*')].every((nested) => !nested.localName.startsWith('relief-') || nestedDone(nested));
  await until(() => page.widgets.every(nestedDone), 'the takeover', 30000);
  await Promise.all(page.widgets.map(settled));
}

/** A client render of the same tag with the same attributes, in the same page: what the element must show. */
async function clientTwin(page: Page, widget: Element): Promise<string> {
  const twin = page.doc.createElement(widget.localName) as LitElement;
  for (const { name, value } of widget.attributes) if (name !== 'name') twin.setAttribute(name, value);
  page.doc.body.append(twin);
  await settled(twin);
  const text = deepText(twin);
  twin.remove();
  return text;
}

/** Checks what every scenario must end with. */
async function expectTakenOver(page: Page, locale: string): Promise<void> {
  for (const widget of page.widgets) {
    const label = widget.localName;
    expect(bases(widget), `${label}: shown once`).to.have.length(1);
    expect(
      [...widget.shadowRoot!.children].filter((child) => child.matches('template, style')),
      `${label}: nothing of the snapshot left`,
    ).to.have.length(0);
    const [base] = bases(widget);
    expect(base.lang, `${label}: in the page's language`).to.equal(locale);
    expect(deepText(widget), `${label}: as a client render of its current attributes`).to.equal(await clientTwin(page, widget));
  }
  // Each guide section once.
  const guide = page.widgets.find((widget) => widget.localName === 'relief-guide');
  if (guide) {
    const ids = [...guide.shadowRoot!.querySelectorAll('[data-id]')].map((section) => section.getAttribute('data-id'));
    expect(ids.length, 'each guide section once').to.equal(new Set(ids).size);
  }
  expect(page.englishSeen, 'no English inside an element marked as another language').to.deep.equal([]);
  expect(page.win.__relief.errors, 'no uncaught error').to.deep.equal([]);
  expect(page.win.__relief.violations, 'no CSP violation').to.deep.equal([]);
}

/** The controls work: a choice reaches the form. */
async function expectWorkingControls(page: Page): Promise<void> {
  const form = page.doc.getElementById('form') as HTMLFormElement | null;
  if (!form) return;
  for (const widget of page.widgets) {
    if (!widget.hasAttribute('name')) continue;
    const inputs = [...widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.length, `${widget.localName}: has controls`).to.be.greaterThan(0);
    expect(inputs.every((input) => !input.disabled), `${widget.localName}: controls enabled`).to.equal(true);
    const target = inputs.find((input) => !input.checked)!;
    target.click();
    await widget.updateComplete;
    expect(new page.win.FormData(form).getAll(widget.getAttribute('name')!), `${widget.localName}: the choice in FormData`).to.include(target.value);
  }
}

/** Attribute edits a CMS makes after the prerender, from what the manifest says each tag takes. */
type Edit = (widget: Element, element: PackageElement) => [string, string | null] | undefined;
const EDITS: Record<string, Edit> = {
  heading: () => ['heading', 'Edited <b>heading</b> & more'],
  'heading-level': () => ['heading-level', '4'],
  set: (_, { sets }) => (sets.length ? ['set', sets.at(-1)!] : undefined),
  items: (widget) => {
    const ids = [...new Set([...widget.shadowRoot!.querySelectorAll('[data-id]')].map((node) => node.getAttribute('data-id')!))];
    return ids.length >= 2 ? ['items', [ids[1], ids[0]].join(' ')] : undefined;
  },
  'hide-evidence': (_, { attributes }) => (attributes.includes('hide-evidence') ? ['hide-evidence', ''] : undefined),
  value: (widget, { attributes }) => {
    if (!attributes.includes('value')) return undefined;
    const unchecked = [...widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find((input) => !input.checked);
    return unchecked ? ['value', unchecked.value] : undefined;
  },
};

interface Scenario {
  query?: Record<string, string>;
  edit?: Edit;
  bundle?: string;
  /** The language the elements end in, given the page's. */
  expected?: (pageLocale: string) => string;
}

const SCENARIOS: Record<string, Scenario> = {
  'as prerendered': {},
  'minified (comments removed, white space collapsed)': { query: { transform: 'minify' } },
  'reformatted (a line and indent between tags)': { query: { transform: 'reformat' } },
  'prerendered twice': { query: { transform: 'twice' } },
  'sanitized (shadowrootmode and <style> removed)': { query: { transform: 'sanitize' } },
  ...Object.fromEntries(Object.entries(EDITS).map(([name, edit]) => [`${name} edited after the prerender`, { edit }])),
  'language file slow (3 s)': { bundle: '/slow-chunks/relief/' },
  'language file missing (404): English, whole': { bundle: '/broken-chunks/relief/', expected: () => 'en' },
};

for (const [name, scenario] of Object.entries(SCENARIOS)) {
  describe(`prerendered, ${name}, then taken over`, () => {
    for (const locale of ['en', 'es', 'ar']) {
      if (scenario.bundle && locale === 'en') continue; // English needs no language file.
      it(`every element on a page in ${locale}: once, current, in the page's language, working`, async () => {
        const page = await openSnapshot({ snippet: 'all', locale, ...scenario.query });
        if (scenario.edit) {
          for (const widget of page.widgets) {
            const element = (await packageElements()).find(({ tag }) => tag === widget.localName)!;
            const change = scenario.edit(widget, element);
            if (change) widget.setAttribute(...(change as [string, string]));
          }
        }
        const stop = sampleLanguages(page);
        loadBundle(page, scenario.bundle);
        await takenOver(page);
        stop();
        await expectTakenOver(page, scenario.expected?.(locale) ?? locale);
        await expectWorkingControls(page);
      });
    }
  });
}

describe('prerendered in another language than the page', () => {
  for (const [prerendered, pageLocale] of [
    ['en', 'fr'],
    ['ar', 'en'],
    ['es', 'ar'],
  ]) {
    it(`prerendered in ${prerendered} on a page in ${pageLocale}: the page's language, whole`, async () => {
      const page = await openSnapshot({ snippet: 'all', locale: prerendered, page: pageLocale });
      const stop = sampleLanguages(page);
      loadBundle(page);
      await takenOver(page);
      stop();
      await expectTakenOver(page, pageLocale);
      await expectWorkingControls(page);
    });
  }

  it('follows the page to English when its language changes before the language file arrives (P04)', async () => {
    const page = await openSnapshot({ snippet: 'all', locale: 'es' });
    const stop = sampleLanguages(page);
    loadBundle(page, '/slow-chunks/relief/');
    await until(() => page.win.ReliefWidgets !== undefined, 'the bundle');
    page.doc.documentElement.lang = 'en';
    await takenOver(page);
    stop();
    await expectTakenOver(page, 'en');
  });
});

describe('a snapshot waiting for its language file', () => {
  it('stays in its language with its controls inert, and holds its form value', async () => {
    const page = await openSnapshot({ snippet: 'raw', html: '<form id="form"><relief-pain-selector data-widget name="pain" value="joint" required></relief-pain-selector></form>', locale: 'es' });
    const stop = sampleLanguages(page);
    loadBundle(page, '/slow-chunks/relief/');
    const [selector] = page.widgets;
    await until(() => page.win.ReliefWidgets !== undefined && 'hasUpdated' in selector, 'the element defined');
    expect(selector.hasUpdated, 'not taken over before its language').to.equal(false);
    expect(bases(selector)[0].lang).to.equal('es');
    expect([...selector.shadowRoot!.querySelectorAll('input')].every((input) => input.matches(':disabled')), 'inert').to.equal(true);
    const form = page.doc.getElementById('form') as HTMLFormElement;
    expect(new page.win.FormData(form).getAll('pain'), 'the form value before the takeover').to.deep.equal(['joint']);
    await takenOver(page);
    stop();
    await expectTakenOver(page, 'es');
  });
});

describe('takeover keeps the visitor in place', () => {
  it('moves focus inside the snapshot to the same place in the new content', async () => {
    const page = await openSnapshot({ snippet: 'guide', locale: 'en' });
    const [guide] = page.widgets;
    const link = guide.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    link.focus();
    expect(guide.shadowRoot!.activeElement).to.equal(link);
    loadBundle(page);
    await takenOver(page);
    const focused = guide.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused, 'focus moved to the new content').not.to.equal(null);
    expect(focused).not.to.equal(link);
    expect(focused!.href).to.equal(link.href);
  });
});

describe('prerendered markup a browser reads differently from a template', () => {
  it('submits the first of duplicate attributes, as the browser reads it (P08)', async () => {
    const page = await openSnapshot({
      snippet: 'raw',
      html: '<form id="form"><relief-pain-selector data-widget name="pain" value="back" value="joint"></relief-pain-selector></form>',
    });
    const [selector] = page.widgets;
    const checked = () => [...selector.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
    expect(checked(), 'the snapshot').to.deep.equal(['back']);
    loadBundle(page);
    await takenOver(page);
    expect(checked(), 'taken over').to.deep.equal(['back']);
    expect(new page.win.FormData(page.doc.getElementById('form') as HTMLFormElement).getAll('pain')).to.deep.equal(['back']);
  });

  it('keeps attribute text as text: nothing in it becomes markup or runs (P01)', async () => {
    const page = await openSnapshot({
      snippet: 'raw',
      html: `<relief-tip-list data-widget heading="Tips><img src=x onerror=window.__ran=1>"set="session"></relief-tip-list><relief-benefit-list data-widget heading='a"><script>window.__ran=1</script>'></relief-benefit-list>`,
    });
    expect(page.doc.querySelectorAll('img, body script')).to.have.length(0);
    const [tips, benefits] = page.widgets;
    expect(tips.getAttribute('heading')).to.equal('Tips><img src=x onerror=window.__ran=1>');
    expect(tips.getAttribute('set')).to.equal('session');
    expect(benefits.getAttribute('heading')).to.equal('a"><script>window.__ran=1</script>');
    expect(tips.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Tips><img src=x onerror=window.__ran=1>');
    loadBundle(page);
    await takenOver(page);
    expect((page.win as unknown as { __ran?: number }).__ran).to.equal(undefined);
    expect(tips.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
  });
});

describe('the classic script without document.currentScript (P17)', () => {
  it('finds its language files beside its own URL when a page builder puts it in a shadow root', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.src = `/prerendered/page.html?${new URLSearchParams({ snippet: 'guide', locale: 'fr', js: 'classic-in-shadow-root' })}`;
    document.body.append(iframe);
    opened.push(iframe);
    await loaded;
    const win = iframe.contentWindow as Page['win'];
    await until(() => win.ReliefWidgets?.getLocale() === 'fr', 'the French messages', 30000);
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => path.includes('/locales/')).every((path) => path.startsWith('/assets/vendor/relief/locales/'))).to.equal(true);
    expect(win.__relief.errors).to.deep.equal([]);
  });
});

describe('the start-tag fuzz (P01)', () => {
  /** What a browser reads: every element outside template contents, with its attributes, in order (the guide's added JSON-LD aside). */
  const reading = (html: string) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const walk = (node: ParentNode): string[] =>
      [...node.children].flatMap((element) => [
        `${element.localName} ${JSON.stringify([...element.attributes].map(({ name, value }) => [name, value]))}`,
        ...(element.localName === 'template' ? [] : walk(element)),
      ]);
    return walk(doc.body).filter((line) => !line.startsWith('template ') && !line.includes('"data-relief-structured-data"'));
  };

  it('reads the same attributes and the same elements before and after the prerender', async function () {
    // 1,500 prerenders on the test server: time for a busy machine.
    this.timeout(180000);
    const cases: { source: string; output: string }[] = await (await fetch('/prerendered/fuzz.json?seed=20261206&count=1500')).json();
    const differing = cases.filter(({ source, output }) => JSON.stringify(reading(source)) !== JSON.stringify(reading(output)));
    expect(differing.slice(0, 3).map(({ source }) => source)).to.deep.equal([]);
    // The fuzz reaches what it is for: odd names and values the browser keeps.
    expect(cases.some(({ source }) => reading(source).some((line) => line.includes('onerror')))).to.equal(true);
  });
});
