/**
 * The built bundles (dist/) in every language, and their locale chunks on a
 * bad network: what a site gets, not what the source does under the test
 * server. Nothing here imports src/: the list of locales comes from the
 * bundle's own `window.ReliefWidgets`.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepText, part, parts, settled } from './support/helpers.js';
import { openPage, requestedPaths, showsText, until, type OpenedPage } from './support/frame.js';

let opened: OpenedPage[] = [];
async function page(name: string, size?: { width?: number; height?: number }) {
  const result = await openPage(name, size);
  opened.push(result);
  return result;
}
let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const { iframe } of opened) iframe.remove();
  for (const iframe of frames) iframe.remove();
  opened = [];
  frames = [];
});

/** English source sentences from several elements and both nested levels of the guide. */
const ENGLISH_SENTENCES = [
  'Key Benefits for Chronic Pain Management',
  'What the research says',
  'Choose a type of pain',
  'Some evidence, short-term',
  'Further Resources',
  'Safety',
];
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa']);

/**
 * The text nodes under `root`, through shadow roots, white space collapsed:
 * skips `<style>`, `<script>`, `hidden` elements, and publication titles kept
 * in English on purpose (`lang="en"` below a localized base). Like
 * visibleTexts in support/locale.ts, but by node type rather than instanceof,
 * so that it works on a page in an iframe.
 */
function translatableTexts(root: Node): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (/\p{L}{2}/u.test(text)) texts.push(text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as HTMLElement;
      if (/^(style|script)$/.test(element.localName) || element.hidden) return;
      if (element.lang === 'en' && !element.matches('[part~="base"]')) return;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts;
}

const distinct = (values: string[]) => [...new Set(values)];

/** The `base` parts of a widget and of every relief element nested in it. */
function bases(widget: LitElement): HTMLElement[] {
  const nested = parts<LitElement>(widget, '*').filter((element) => element.localName.startsWith('relief-'));
  return [part(widget, '[part~="base"]'), ...nested.flatMap(bases)];
}

/** The locales the built ES bundle supports, read from an English page that loads it. */
let builtLocales: readonly string[] | undefined;
async function supportedLocales(): Promise<readonly string[]> {
  if (!builtLocales) {
    const { win, iframe } = await openPage('locale.html?lang=en');
    builtLocales = [...win.ReliefWidgets!.supportedLocales];
    iframe.remove();
  }
  return builtLocales;
}

/**
 * What is wrong with an opened page whose `<html lang>` is `locale`, as it
 * first shows its text: each problem a line naming the locale.
 */
function problemsIn({ win, widgets, record }: OpenedPage, locale: string): string[] {
  const problems: string[] = [];
  const dir = RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
  for (const base of bases(widgets[0])) {
    if (base.lang !== locale || base.dir !== dir) {
      problems.push(`${locale}: a base part has lang="${base.lang}" dir="${base.dir}", not ${locale} ${dir}`);
      break;
    }
  }
  const visibility = win.getComputedStyle(part(widgets[0], '[part~="base"]')).visibility;
  if (visibility !== 'visible') problems.push(`${locale}: the guide is ${visibility}`);
  const texts = translatableTexts(widgets[0]);
  if (texts.length < 50) problems.push(`${locale}: only ${texts.length} texts`);
  const english = ENGLISH_SENTENCES.filter((sentence) => texts.includes(sentence));
  if (english.length) problems.push(`${locale}: English text ${JSON.stringify(english)}`);
  const chunks = requestedPaths(win).filter((path) => path.includes('/locales/'));
  const expected = new RegExp(`^/assets/vendor/relief/locales/${locale}-[\\w-]+\\.js$`);
  if (chunks.length !== 1 || !expected.test(chunks[0])) {
    problems.push(`${locale}: locale chunks requested ${JSON.stringify(chunks)}`);
  }
  if (record.errors.length) problems.push(`${locale}: errors ${JSON.stringify(record.errors)}`);
  if (record.warnings.length) problems.push(`${locale}: warnings ${JSON.stringify(record.warnings)}`);
  return problems;
}

describe('the built bundles in every language', () => {
  // The control: the sentences the other tests look for really are text
  // nodes of an English guide, so that their absence means a translation.
  it('ES bundle, English page: 17 locales, and the English sentences this file looks for', async () => {
    const locales = await supportedLocales();
    expect(locales).to.have.length(17);
    expect(locales).to.include('en');
    const { widgets } = await page('locale.html?lang=en');
    expect(distinct(bases(widgets[0]).map((base) => `${base.lang} ${base.dir}`))).to.deep.equal(['en ltr']);
    const texts = translatableTexts(widgets[0]);
    expect(ENGLISH_SENTENCES.filter((sentence) => !texts.includes(sentence))).to.deep.equal([]);
  });

  // Every chunk the build wrote must load beside the ES bundle and translate
  // the guide and its nested elements, in the language's direction: a locale
  // missing from the build, a chunk with stale message keys, or a lost `dir`
  // shows here, in the bundle sites actually load.
  it('ES bundle: each target locale shows its translation, in its direction, from its own chunk', async function () {
    this.timeout(180000);
    const locales = (await supportedLocales()).filter((locale) => locale !== 'en');
    expect(locales).to.have.length(16);
    const problems: string[] = [];
    for (const locale of locales) {
      const opened = await openPage(`locale.html?lang=${locale}`);
      try {
        problems.push(...problemsIn(opened, locale));
      } finally {
        opened.iframe.remove();
      }
    }
    expect(problems).to.deep.equal([]);
  });

  // The classic script finds its chunks from its own <script> element rather
  // than import.meta.url: one right-to-left, one CJK, and one locale whose
  // chunk name has a region subtag.
  it('classic script: fa, ja and pt-BR show their translation from the chunk beside the script', async function () {
    this.timeout(60000);
    const locales = ['fa', 'ja', 'pt-BR'];
    expect(await supportedLocales()).to.include.members(locales);
    const problems: string[] = [];
    for (const locale of locales) {
      const opened = await openPage(`locale.html?lang=${locale}&script=classic`);
      try {
        problems.push(...problemsIn(opened, locale));
      } finally {
        opened.iframe.remove();
      }
    }
    expect(problems).to.deep.equal([]);
  });
});

/** Opens a test page without waiting for its load event (which a stalled chunk may hold back). */
function startPage(name: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.width = '900';
  iframe.height = '1200';
  Object.assign(iframe.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0' });
  iframe.src = `/test/embed/pages/${name}`;
  document.body.append(iframe);
  frames.push(iframe);
  return iframe;
}

describe('a locale chunk on a bad network', () => {
  // A chunk that never arrives must not leave an empty box: the widgets hide
  // their English only for FIRST_LOAD_HIDE_MS (3 s), then show it, and the
  // translation replaces it when it finally comes (here after 6 s).
  // (Not timed: that the widgets show English at all proves they stopped hiding before the
  // stalled chunk came, however busy the machine.)
  it('shows English while the first chunk stalls, then the translation when it arrives', async () => {
    const iframe = startPage('chunks.html?chunks=stalled&lang=fr');
    const current = () => {
      const win = iframe.contentWindow as (Window & typeof globalThis) | null;
      if (!win?.location.pathname.endsWith('/chunks.html')) return undefined;
      const widgets = [...win.document.querySelectorAll<LitElement>('[data-widget]')];
      return widgets.length >= 2 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"]'))
        ? { win, widgets }
        : undefined;
    };
    /** Whether every base part, nested ones included, is visible (undefined while some have yet to render). */
    const visible = ({ win, widgets }: { win: Window; widgets: LitElement[] }) => {
      let all: HTMLElement[];
      try {
        all = widgets.flatMap(bases);
      } catch {
        return undefined;
      }
      return widgets.every(showsText) && all.every((base) => win.getComputedStyle(base).visibility === 'visible');
    };

    let hiddenWhileLoading = false;
    await until(() => {
      const page = current();
      const shown = page && visible(page);
      if (shown === false) hiddenWhileLoading = true;
      return shown === true;
    }, 'the widgets to show while the chunk stalls');
    const { win, widgets } = current()!;
    const record = (win as unknown as OpenedPage['win']).__relief;

    expect(hiddenWhileLoading, 'laid out hidden while the chunk loads').to.equal(true);
    expect(distinct(widgets.flatMap(bases).map((base) => base.lang))).to.deep.equal(['en']);
    expect(deepText(widgets[0])).to.contain('Key Benefits for Chronic Pain Management');

    // Never hidden again while the translation is on its way.
    let hiddenAgain = false;
    await until(() => {
      if (visible({ win, widgets }) !== true) hiddenAgain = true;
      return widgets.every((widget) => part(widget, '[part~="base"]').lang === 'fr');
    }, 'the French translation', 30000);
    await Promise.all(widgets.map(settled));
    expect(hiddenAgain, 'hidden again after showing English').to.equal(false);
    expect(deepText(widgets[0])).to.contain('Principaux bienfaits dans la prise en charge de la douleur chronique');
    expect(record.errors).to.deep.equal([]);
  });

  /** A page whose every locale chunk fails the first time it is asked for, then loads. */
  const flakyPage = () => {
    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    return page(`chunks.html?chunks=flaky&run=${run}`);
  };
  const showLanguage = async (widgets: LitElement[], lang: string, sentence: string) => {
    const switched = () => widgets.every((widget) => part(widget, '[part~="base"]').lang === lang);
    await until(switched, `the switch to ${lang} (the chunk downloaded again)`);
    await Promise.all(widgets.map(settled));
    expect(distinct(widgets.flatMap(bases).map((base) => base.lang))).to.deep.equal([lang]);
    expect(deepText(widgets[0])).to.contain(sentence);
  };
  const GERMAN = 'Wichtige Vorteile bei der Behandlung chronischer Schmerzen';
  const FRENCH = 'Principaux bienfaits dans la prise en charge de la douleur chronique';

  async function failedGermanFirst() {
    const opened = await flakyPage();
    const { widgets, record } = opened;
    expect(widgets.every((widget) => part(widget, '[part~="base"]').lang === 'en')).to.equal(true);
    expect(deepText(widgets[0])).to.contain('Key Benefits for Chronic Pain Management');
    expect(record.warnings.join('\n')).to.contain('could not load the "de" translations');
    return opened;
  }

  // A chunk that failed once (a dropped connection) must not fail for good:
  // asking for the language again downloads it again.
  it('retries a chunk that failed once when the page calls setLocale() with that language again', async () => {
    const { win, widgets, record } = await failedGermanFirst();
    await win.ReliefWidgets!.setLocale('de');
    await showLanguage(widgets, 'de', GERMAN);
    expect(record.errors).to.deep.equal([]);
  });

  // The same through the page's own language switch: away (to a language
  // whose chunk fails once too) and back, and to that one again.
  it('retries failed chunks when <html lang> changes away and back', async () => {
    const { doc, widgets, record } = await failedGermanFirst();
    doc.documentElement.lang = 'fr';
    await until(() => record.warnings.join('\n').includes('could not load the "fr" translations'), 'the French failure');
    await Promise.all(widgets.map(settled));
    expect(part(widgets[0], '[part~="base"]').lang).to.equal('en');
    doc.documentElement.lang = 'de';
    await showLanguage(widgets, 'de', GERMAN);
    doc.documentElement.lang = 'fr';
    await showLanguage(widgets, 'fr', FRENCH);
    expect(record.errors).to.deep.equal([]);
  });
});

describe('moved between documents', () => {
  // A site may move a rendered widget into a same-origin iframe (a preview, a
  // dialog) and back; browsers drop a shadow root's adopted style sheets when
  // it changes document, so back home it must be styled as before.
  it('keeps its component styles after moving into a same-origin iframe and back', async () => {
    const { win, doc, widgets } = await page('plain.html');
    const guide = widgets.find((widget) => widget.localName === 'relief-guide')!;
    const nested = part<LitElement>(guide, 'relief-benefit-list');
    const styles = () => {
      const base = win.getComputedStyle(part(guide, '[part~="base"]'));
      return {
        basePadding: base.paddingInlineStart,
        headingWeight: win.getComputedStyle(part(guide, '[part~="heading"]')).fontWeight,
        headingSize: win.getComputedStyle(part(guide, '[part~="heading"]')).fontSize,
        nestedHeadingWeight: win.getComputedStyle(part(nested, '[part~="heading"]')).fontWeight,
        height: Math.round(guide.getBoundingClientRect().height),
      };
    };
    const before = styles();
    expect(before.basePadding).not.to.equal('0px');
    expect(before.headingWeight).to.equal('700');
    expect(before.nestedHeadingWeight).to.equal('700');

    const other = doc.createElement('iframe');
    doc.body.append(other);
    const [parent, next] = [guide.parentNode!, guide.nextSibling];
    other.contentDocument!.body.append(guide);
    expect(guide.ownerDocument).to.equal(other.contentDocument);
    await new Promise((resolve) => setTimeout(resolve, 50));
    parent.insertBefore(guide, next);
    expect(guide.ownerDocument).to.equal(doc);
    await settled(guide);
    other.remove();

    expect(styles()).to.deep.equal(before);
  });
});
