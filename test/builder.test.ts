import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { EmbedBuilder } from '../builder/src/builder-app.js';
import { contrastRatio, nearestPassing, parseHex, toHex } from '../builder/src/contrast.js';
import { chooseLocale, LANGUAGE_AUTONYMS, sentenceGap, sentences, useLocale, type BuilderLocale } from '../builder/src/i18n.js';
import { english, type Strings } from '../builder/src/strings.js';
import { isRightToLeft, supportedLocales } from '../src/core/localization.js';
import { GUIDE_LAYOUT } from '../src/guide/guide.content.js';
import { until } from './support/frame.js';
import { deepText } from './support/helpers.js';
import { BUILDER_TEST_LOCALES, loadBuilderStrings, pattern } from './support/builder-locales.js';
import { SAME_AS_ENGLISH, SAMPLE_ARGUMENTS } from './support/builder-strings.js';
import { packageElements } from './support/elements.js';

/*
 * The embed builder (builder/, built into dist/builder/ by npm run build:builder):
 * its own checks, accessibility, and end to end: driven by its visible labels in
 * the page npm start serves, its code pasted into a blank page that has only
 * the built dist/, under the policy it prints. The suites run with the builder
 * in English, in a right-to-left language (ar) and in a CJK one (ja): `strings`
 * is the builder's words in the language under test.
 */

let strings: Strings = english;

if (!customElements.get('rw-builder')) customElements.define('rw-builder', EmbedBuilder);

const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const opened: HTMLElement[] = [];
afterEach(() => {
  for (const element of opened.splice(0)) element.remove();
});

// ------------------------------------------------------------ driving the builder by its labels

/** The form control whose visible label is `text` (within `scope`, such as a fieldset). */
function control<T extends HTMLElement = HTMLInputElement>(scope: ParentNode, text: string): T {
  const labels = [...scope.querySelectorAll('label')].filter((label) => normalize(label.textContent) === text);
  if (labels.length !== 1) throw new Error(`${String(labels.length)} labels read “${text}”`);
  return labels[0].control as T;
}

/** The fieldset whose legend is `text`. */
function group(scope: ParentNode, text: string): HTMLFieldSetElement {
  const found = [...scope.querySelectorAll('fieldset')].filter(
    (fieldset) => normalize(fieldset.querySelector(':scope > legend')?.textContent) === text,
  );
  if (found.length !== 1) throw new Error(`${String(found.length)} groups named “${text}”`);
  return found[0];
}

/** A button's name: its text, without what is hidden from screen readers (an arrow beside the words). */
function buttonName(candidate: HTMLButtonElement): string {
  const copy = candidate.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return normalize(candidate.getAttribute('aria-label') ?? copy.textContent);
}

/** The button whose name (its visible text, or its words for screen readers beside an icon) is `text`. */
function button(scope: ParentNode, text: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].filter((candidate) => buttonName(candidate) === text);
  if (found.length !== 1) throw new Error(`${String(found.length)} buttons read “${text}”`);
  return found[0];
}

/** Ticks the radio or checkbox labelled `text`, then waits for the builder to show what follows from it. */
async function choose(scope: ParentNode, text: string): Promise<void> {
  const input = control(scope, text);
  if (!input.matches(':checked')) input.click();
  await settled(input);
}

/** Waits until the builder holding `node` has rendered. */
async function settled(node: Node): Promise<void> {
  const app = (node as Element).closest?.('rw-builder') ?? (node.ownerDocument ?? (node as Document)).querySelector('rw-builder');
  await (app as EmbedBuilder | null)?.updateComplete;
}

function setValue(field: HTMLInputElement | HTMLSelectElement, value: string, event = 'input'): void {
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
}

/** A guide section as the builder names it: its heading in the builder's language, as the guide shows it in that language. */
const sectionName = (app: EmbedBuilder, id: string) => app.data!.sectionHeadings[strings.lang][id];

/** A language as the builder names it in its language select (in the builder's language). */
const languageLabel = (tag: string) => new Intl.DisplayNames([strings.lang], { type: 'language' }).of(tag)!;

function selectOption(select: HTMLSelectElement, text: string): void {
  const option = [...select.options].find((candidate) => candidate.text.includes(text));
  if (!option) throw new Error(`no option “${text}”`);
  setValue(select, option.value, 'change');
}

// ------------------------------------------------------------ pages

interface Builder {
  iframe: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  app: EmbedBuilder;
}

async function openFrame(src: string, { width = 1280, height = 1000, scripts = true } = {}): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (!scripts) iframe.sandbox.add('allow-same-origin');
  iframe.width = String(width);
  iframe.height = String(height);
  Object.assign(iframe.style, { position: 'fixed', insetBlockStart: '0', insetInlineStart: '0', border: '0', background: 'white' });
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  opened.push(iframe);
  await loaded;
  return iframe;
}

/** The builder page as npm start serves it (here under the same strict policy), in the language under test. */
async function openBuilder(width = 1280, lang = strings.lang): Promise<Builder> {
  const iframe = await openFrame(lang === 'en' ? '/builder/' : `/builder/?lang=${lang}`, { width });
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow as Builder['win'];
  await until(() => Boolean((doc.querySelector('rw-builder') as EmbedBuilder | null)?.output), 'the builder to load its data');
  expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal([lang, isRightToLeft(lang) ? 'rtl' : 'ltr']);
  return { iframe, doc, win, app: doc.querySelector('rw-builder') as EmbedBuilder };
}

/** Waits until the builder has written the code for the latest choices. */
async function settledOutput(app: EmbedBuilder): Promise<void> {
  await app.outputComplete;
  await until(() => app.output !== undefined, 'the code');
  await app.updateComplete;
}

/** What a visitor sees of a rendered element. */
interface Facts {
  text: string;
  lang: string;
  dir: string;
  heading: string;
  headingText: string;
  sections: string[];
  accent: string;
}

function facts(element: Element): Facts {
  const root = element.shadowRoot!;
  const base = root.querySelector<HTMLElement>('[part~="base"]')!;
  const heading = root.querySelector('[part~="heading"]')!;
  const accented = root.querySelector('.eyebrow, a, .item-title') ?? base;
  return {
    text: deepText(element),
    lang: base.lang,
    dir: base.dir,
    heading: heading.localName,
    headingText: normalize(heading.textContent),
    sections: [...root.querySelectorAll<HTMLElement>('.section')].map((section) => section.dataset.id!),
    accent: getComputedStyle(accented).color,
  };
}

/** The previewed element, once it shows `lang` and the choices in its attributes. */
async function previewed(builder: Builder, tag: string, lang: string, attributes: Record<string, string>): Promise<Element> {
  const frame = builder.doc.querySelector<HTMLIFrameElement>('iframe.preview-frame')!;
  let element: Element | null = null;
  await until(() => {
    element = frame.contentDocument?.querySelector(tag) ?? null;
    const base = element?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]:not(.loading)');
    return Boolean(
      base && base.lang === lang && Object.entries(attributes).every(([name, value]) => element!.getAttribute(name) === value),
    );
  }, `the preview of ${tag} in ${lang}`);
  await (element as unknown as LitElement).updateComplete;
  return element!;
}

/** Pastes the code into a blank page (its <html> as the builder says), served under the builder's policy. */
async function paste(
  code: string,
  { htmlElement = '<html lang="en">', policy, scripts = true }: { htmlElement?: string; policy: string; scripts?: boolean },
) {
  const html = `<!doctype html>\n${htmlElement}\n<head><meta charset="utf-8"><title>A clinic page</title>${
    scripts ? '<script src="/test/embed/pages/report.js"></script>' : ''
  }</head>\n<body>\n<h1>Massage for chronic pain</h1>\n${code}</body>\n</html>\n`;
  const response = await fetch('/pasted/', { method: 'POST', body: JSON.stringify({ html, policy }) });
  const id = await response.text();
  const iframe = await openFrame(`/pasted/${id}.html`, { scripts });
  return {
    iframe,
    doc: iframe.contentDocument!,
    win: iframe.contentWindow as Window & { __relief?: { violations: string[]; errors: string[] } },
  };
}

/** The policy a page gets: the builder's line, strict everywhere else, with Trusted Types enforced. */
function pagePolicy(builder: Builder): string {
  const line = control<HTMLTextAreaElement>(builder.doc, strings.csp).value;
  expect(line).to.match(/^Content-Security-Policy: /);
  return `default-src 'self'; object-src 'none'; base-uri 'none'; ${line.replace(/^Content-Security-Policy: /, '')}; require-trusted-types-for 'script'; trusted-types lit-html`;
}

async function copyCode(builder: Builder): Promise<string> {
  const code = control<HTMLTextAreaElement>(builder.doc, strings.embedCode);
  expect(code.readOnly).to.equal(true);
  button(builder.doc, strings.copy).click();
  const status = builder.doc.querySelector('.copy-status')!;
  await until(() => normalize(status.textContent) !== '', 'Copy to report');
  // Copied, or (where the clipboard is not allowed) selected for the visitor to copy.
  if (normalize(status.textContent) === strings.copyFallback) {
    expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);
  } else {
    expect(normalize(status.textContent)).to.equal(strings.copied);
  }
  return code.value;
}

// ------------------------------------------------------------ tests

describe('embed builder: contrast', () => {
  it('measures WCAG ratios and finds the nearest passing colour', () => {
    const white = parseHex('#ffffff')!;
    expect(contrastRatio(parseHex('#767676')!, white)).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio(parseHex('#000')!, white)).to.be.closeTo(21, 0.001);
    const pink = parseHex('#e3a6cf')!;
    const fixed = nearestPassing(pink, [{ against: white, minimum: 4.5 }])!;
    expect(contrastRatio(fixed, white)).to.be.at.least(4.5);
    expect(contrastRatio(fixed, white)).to.be.below(4.8);
    expect(toHex(nearestPassing(parseHex('#0b6b5e')!, [{ against: white, minimum: 4.5 }])!)).to.equal('#0b6b5e');
  });
});

for (const locale of BUILDER_TEST_LOCALES) {
  describe(`embed builder: in a document (${locale})`, () => {
    before(async () => {
      strings = await loadBuilderStrings(locale);
      await useLocale(locale);
    });
    after(async () => {
      await useLocale('en');
      strings = english;
    });

    async function builderHere(): Promise<EmbedBuilder> {
      const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/builder/builder.css' });
      const styled = new Promise((resolve) => stylesheet.addEventListener('load', resolve, { once: true }));
      document.head.append(stylesheet);
      opened.push(stylesheet);
      await styled;
      const app = document.createElement('rw-builder') as EmbedBuilder;
      app.base = '/builder/';
      document.body.append(app);
      opened.push(app);
      await until(() => Boolean(app.output), 'the builder to load its data');
      return app;
    }

    it('is accessible (axe), with warnings, the guide’s sections and the prerendered choices showing', async function () {
      // axe reads the whole form twice: generous time, in every engine.
      this.timeout(60000);
      const app = await builderHere();
      await expect(app).to.be.accessible();
      await choose(app, strings.languageFixed);
      await choose(app, strings.renderingPrerendered);
      await choose(app, strings.schemeVisitor);
      setValue(control(group(app, strings.colors('light')), strings.colorNames.accent), '#e3a6cf');
      await choose(app, strings.sourceSelf);
      setValue(control(app, strings.folder), 'relief widgets');
      await settledOutput(app);
      expect(app.querySelectorAll('.warnings li').length).to.be.at.least(2);
      await expect(app).to.be.accessible();
    });

    it('takes its elements, sections, locales and theme from the package, not from a copy of its own', async () => {
      const app = await builderHere();
      const data = app.data!;
      expect(data.sections.map((section) => section.id)).to.deep.equal(GUIDE_LAYOUT.map((section) => section.id));
      // The sections are named as the guide names them in the builder's language.
      expect(Object.keys(data.sectionHeadings).sort()).to.deep.equal([...supportedLocales].sort());
      const labels = [...group(app, strings.sections).querySelectorAll('li label')].map((label) => normalize(label.textContent));
      expect(labels).to.deep.equal(data.sections.map((section) => data.sectionHeadings[strings.lang][section.id]));
      if (strings.lang !== 'en') expect(labels.filter((label, index) => label === data.sections[index].heading)).to.deep.equal([]);
      expect(data.locales).to.deep.equal([...supportedLocales]);
      const tags = data.elements.map((element) => element.tag);
      // Every element of the manifest (one per folder under src/: test/coverage.test.ts).
      expect([...tags].sort()).to.deep.equal((await packageElements()).map(({ tag }) => tag).sort());
      const radios = [...group(app, strings.element).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value);
      expect([...radios].sort()).to.deep.equal([...tags].sort());
      // The package's descriptions, in the builder's language. Its English copy of one is the package's
      // text word for word (else its translations are stale); an element without one yet (a new
      // element, translations pending) shows the package's own English.
      for (const element of data.elements) {
        const copied = element.tag in english.elementSummaries;
        if (copied) expect(english.elementSummaries[element.tag], element.tag).to.equal(element.summary);
        const set = element.attributes.find((attribute) => attribute.name === 'set');
        if (set && element.tag in english.setHints) expect(english.setHints[element.tag], `${element.tag} set`).to.equal(set.description);
        const radio = group(app, strings.element).querySelector<HTMLInputElement>(`input[value="${element.tag}"]`)!;
        const shown = copied ? strings.elementSummaries[element.tag] : element.summary;
        expect(normalize(app.querySelector(`#${radio.id}-hint`)!.textContent)).to.equal(shown.replaceAll('`', ''));
      }
      // And it describes no element the package does not have.
      expect(Object.keys(english.elementSummaries).filter((tag) => !tags.includes(tag))).to.deep.equal([]);
      const accent = data.theme.find((property) => property.name === '--relief-color-accent')!;
      expect(control(group(app, strings.colors('light')), strings.colorNames.accent).value).to.equal(accent.light);
    });

    it('flags a colour pair below AA with its ratio, and applies the nearest passing colour', async () => {
      const app = await builderHere();
      const light = group(app, strings.colors('light'));
      setValue(control(light, strings.colorNames.accent), '#e3a6cf');
      await settledOutput(app);
      const pair = strings.inScheme(strings.pairNames['accent/surface'], 'light');
      const warning = [...app.querySelectorAll('.warnings li')]
        .map((item) => normalize(item.textContent))
        .find((text) => text.startsWith(pair));
      const fail = pattern(strings.contrastFail, [pair, /1[.]\d\d/, '4.5']);
      // Sentences follow one another as the language writes them: no space after a full-width full stop.
      const gap = sentenceGap(strings.contrastFail(pair, '1.00', '4.5'));
      const expected = new RegExp(`^${fail}${gap}${pattern(strings.contrastSuggestion, [strings.colorNames.accent, /#[\da-f]{6}/])}`);
      expect(warning).to.match(expected);
      const suggestion = expected.exec(warning!)![2];
      light.querySelector<HTMLButtonElement>('.problem button')!.click();
      await settledOutput(app);
      expect(control(light, strings.colorNames.accent).value).to.equal(suggestion);
      // The button went with the problem: focus is on the colour it changed.
      expect(document.activeElement).to.equal(control(light, strings.colorNames.accent));
      expect(app.querySelectorAll('.problem.contrast')).to.have.length(0);
    });

    it('reorders sections from the keyboard, keeps focus on the moved section and says where it went', async () => {
      const app = await builderHere();
      const sections = group(app, strings.sections);
      const first = { ...app.data!.sections[0], heading: sectionName(app, app.data!.sections[0].id) };
      const down = button(sections, strings.moveDown(first.heading));
      down.focus();
      down.click();
      await app.updateComplete;
      expect([...sections.querySelectorAll('li')].map((item) => (item as HTMLElement).dataset.section).slice(0, 2)).to.deep.equal([
        app.data!.sections[1].id,
        first.id,
      ]);
      expect(document.activeElement).to.equal(down);
      expect(normalize(app.querySelector('.settings [role="status"]')!.textContent)).to.equal(
        strings.moved(first.heading, 2, app.data!.sections.length),
      );
      // At the top, the up button is disabled: focus moves to its neighbour rather than being lost.
      const up = button(sections, strings.moveUp(first.heading));
      up.focus();
      up.click();
      await app.updateComplete;
      expect(button(sections, strings.moveUp(first.heading)).disabled).to.equal(true);
      expect(document.activeElement).to.equal(button(sections, strings.moveDown(first.heading)));
    });
  });

  describe(`embed builder: the page at /builder/ (${locale})`, () => {
    before(async () => {
      strings = await loadBuilderStrings(locale);
    });
    after(() => {
      strings = english;
    });

    it('works under the strict policy, asks only for its own files, stores nothing, fits 320 px', async () => {
      const violations: string[] = [];
      const builder = await openBuilder(320);
      builder.doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      await choose(builder.doc, strings.renderingPrerendered);
      await settledOutput(builder.app);
      await until(
        () => control<HTMLTextAreaElement>(builder.doc, strings.embedCode).value.includes('shadowrootmode'),
        'the prerendered code',
      );
      // (The test server adds its own web socket script to every page it serves.)
      const paths = builder.win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname !== '/__web-dev-server__web-socket.js');
      expect(paths.filter((url) => url.origin !== location.origin || !url.pathname.startsWith('/builder/')).map(String)).to.deep.equal([]);
      // Its own language's words only (a chunk named by Vite `<tag>-<hash>.js`), none in English.
      const scripts = paths.map((url) => url.pathname).filter((path) => path.endsWith('.js'));
      expect(scripts[0]).to.equal('/builder/builder.js');
      if (strings.lang === 'en') expect(scripts).to.deep.equal(['/builder/builder.js']);
      else expect(scripts.slice(1)).to.satisfy((rest: string[]) => rest.length === 1 && rest[0].startsWith(`/builder/${strings.lang}-`));
      expect(builder.win.localStorage.length + builder.win.sessionStorage.length).to.equal(0);
      expect(builder.doc.cookie).to.equal('');
      expect(builder.doc.documentElement.scrollWidth).to.be.at.most(320);
      expect(violations).to.deep.equal([]);
    });

    it('previews at phone and desktop widths, in light and dark', async () => {
      const builder = await openBuilder();
      const frame = builder.doc.querySelector<HTMLIFrameElement>('iframe.preview-frame')!;
      const guide = await previewed(builder, 'relief-guide', 'en', {});
      const surface = () => getComputedStyle(guide.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;
      expect(frame.width).to.equal('390');
      expect(surface()).to.equal('rgb(255, 255, 255)');
      await choose(builder.doc, strings.previewDesktop);
      expect(frame.width).to.equal('1280');
      // Scaled down to the space there is, not cut off.
      expect(frame.getBoundingClientRect().width).to.be.at.most(builder.doc.querySelector('.frame-box')!.getBoundingClientRect().width + 1);
      await choose(builder.doc, strings.previewDark);
      await until(() => surface() === 'rgb(27, 31, 36)', 'the dark surface');
      // Always light: the widget stays light on a dark page.
      await choose(builder.doc, strings.schemeLight);
      await until(() => surface() === 'rgb(255, 255, 255)', 'the light surface on a dark page');
    });

    it('script-rendered: the pasted code renders as previewed (text, language, heading level, accent, sections)', async () => {
      const builder = await openBuilder();
      const { doc, app } = builder;
      await choose(doc, strings.elementNames['relief-guide']);
      const sections = group(doc, strings.sections);
      const [introduction, research] = ['introduction', 'research'].map(
        (id) => sectionName(app, id),
      );
      control(sections, introduction).click();
      button(sections, strings.moveUp(research)).click();
      button(sections, strings.moveUp(research)).click();
      selectOption(control<HTMLSelectElement>(doc, strings.headingLevel), strings.headingLevelOption(3));
      await choose(doc, strings.languageFixed);
      selectOption(control<HTMLSelectElement>(doc, strings.languageSelectFixed), languageLabel('es'));
      control(doc, strings.evidenceShow).click();
      setValue(control(group(doc, strings.colors('light')), strings.colorNames.accent), '#7a3e65');
      await choose(doc, strings.sourceSelf);
      setValue(control(doc, strings.folder), '/assets/vendor/relief/');
      await settledOutput(app);

      const order = [
        'massage-for-pain',
        'how-it-helps',
        'key-benefits',
        'pain-types',
        'lifestyle-tips',
        'session-tips',
        'therapist-checklist',
        'research',
        'related-relief',
        'conclusion',
        'further-resources',
      ];
      const preview = facts(
        await previewed(builder, 'relief-guide', 'es', { 'heading-level': '3', items: order.join(' '), 'hide-evidence': '' }),
      );
      expect(preview).to.include({ lang: 'es', heading: 'h3', accent: 'rgb(122, 62, 101)' });
      expect(preview.sections).to.deep.equal(order);

      const code = await copyCode(builder);
      expect(code).to.contain('<script type="module" src="/assets/vendor/relief/relief-widgets.js"></script>');
      expect(code).not.to.match(/\sstyle=/);
      const htmlElement = control<HTMLTextAreaElement>(doc, strings.htmlElement).value;
      expect(htmlElement).to.equal('<html lang="es" data-relief-locale="es">');
      const page = await paste(code, { htmlElement, policy: pagePolicy(builder) });
      const pasted = page.doc.querySelector('relief-guide')!;
      await until(
        () => pasted.shadowRoot?.querySelector<HTMLElement>('[part~="base"]:not(.loading)')?.lang === 'es',
        'the pasted guide in Spanish',
      );
      await (pasted as LitElement).updateComplete;
      expect(facts(pasted)).to.deep.equal(preview);
      expect(page.win.__relief!.violations).to.deep.equal([]);
      expect(page.win.__relief!.errors).to.deep.equal([]);
    });

    it('prerendered: with JavaScript disabled the pasted code shows what the preview shows, styled under the printed hashes', async () => {
      const builder = await openBuilder();
      const { doc, app } = builder;
      await choose(doc, strings.elementNames['relief-guide']);
      const sections = group(doc, strings.sections);
      const conclusion = sectionName(app, 'conclusion');
      for (let i = 0; i < 3; i += 1) button(sections, strings.moveUp(conclusion)).click();
      control(sections, sectionName(app, 'further-resources')).click();
      selectOption(control<HTMLSelectElement>(doc, strings.headingLevel), strings.headingLevelOption(4));
      setValue(control(doc, strings.headingText), 'Massage & “you”');
      selectOption(control<HTMLSelectElement>(doc, strings.languageSelectFollow), languageLabel('de'));
      setValue(control(doc, strings.lastUpdated), '2026-06-01', 'change');
      setValue(control(doc, strings.nextReview), '2028-06-01', 'change');
      setValue(control(group(doc, strings.colors('light')), strings.colorNames.accent), '#7a3e65');
      await choose(doc, strings.sourceSelf);
      setValue(control(doc, strings.folder), '/assets/vendor/relief');
      await choose(doc, strings.renderingPrerendered);
      await settledOutput(app);
      await until(() => control<HTMLTextAreaElement>(doc, strings.embedCode).value.includes('shadowrootmode'), 'the prerendered code');

      const order = [
        'introduction',
        'massage-for-pain',
        'how-it-helps',
        'key-benefits',
        'pain-types',
        'lifestyle-tips',
        'conclusion',
        'session-tips',
        'therapist-checklist',
        'related-relief',
        'research',
      ];
      const preview = facts(
        await previewed(builder, 'relief-guide', 'de', {
          'heading-level': '4',
          heading: 'Massage & “you”',
          'last-updated': '2026-06-01',
          'next-review': '2028-06-01',
        }),
      );
      expect(preview).to.include({ lang: 'de', heading: 'h4', headingText: 'Massage & “you”', accent: 'rgb(122, 62, 101)' });
      expect(preview.sections).to.deep.equal(order);

      const code = await copyCode(builder);
      const policy = pagePolicy(builder);
      expect(policy).to.match(/style-src 'self'( 'sha256-[\w+/=]+'){2,}/);
      const page = await paste(code, { htmlElement: '<html lang="de">', policy, scripts: false });
      const pasted = page.doc.querySelector('relief-guide')!;
      expect(pasted.shadowRoot, 'a declarative shadow root').not.to.equal(null);
      expect(page.doc.querySelector('script[type="application/ld+json"]')).not.to.equal(null);
      expect(facts(pasted)).to.deep.equal(preview);
    });

    it('prerendered: the code is a plain snapshot of the preview, which the bundle takes over on the pasted page', async () => {
      const builder = await openBuilder();
      const { doc, app } = builder;
      await choose(doc, strings.elementNames['relief-pain-selector']);
      selectOption(control<HTMLSelectElement>(doc, strings.headingLevel), strings.headingLevelOption(6));
      await choose(doc, strings.languageFixed);
      selectOption(control<HTMLSelectElement>(doc, strings.languageSelectFixed), languageLabel('ar'));
      await choose(doc, strings.sourceSelf);
      setValue(control(doc, strings.folder), '/assets/vendor/relief/');
      await choose(doc, strings.renderingPrerendered);
      await settledOutput(app);
      await until(() => control<HTMLTextAreaElement>(doc, strings.embedCode).value.includes('shadowrootmode'), 'the prerendered code');
      const code = await copyCode(builder);
      // Plain HTML: no renderer markers; controls inert until the takeover.
      expect(code).not.to.match(/<!--|<\?>|shadowroot=|defer-hydration/);
      expect(code).to.match(/<fieldset[^>]* disabled/);
      const preview = facts(await previewed(builder, 'relief-pain-selector', 'ar', { 'heading-level': '6' }));
      const page = await paste(code, { htmlElement: control<HTMLTextAreaElement>(doc, strings.htmlElement).value, policy: pagePolicy(builder) });
      const pasted = page.doc.querySelector<LitElement>('relief-pain-selector')!;
      await until(() => pasted.hasUpdated, 'the takeover');
      await pasted.updateComplete;
      expect(facts(pasted)).to.deep.equal(preview);
      expect([...pasted.shadowRoot!.children].filter((child) => child.matches('[part~="base"]'))).to.have.length(1);
      expect(pasted.shadowRoot!.querySelector('input')!.matches(':disabled')).to.equal(false);
      expect(page.win.__relief!.violations).to.deep.equal([]);
      expect(page.win.__relief!.errors).to.deep.equal([]);
    });

    it('refuses a self-hosted folder with a query, a fragment or credentials (P18)', async () => {
      const { doc, app } = await openBuilder();
      await choose(doc, strings.sourceSelf);
      for (const folder of ['/x/?v=1', '/x/#top', '#', 'https://user:pw@static.example/relief/', '/assets/relief/']) {
        setValue(control(doc, strings.folder), folder);
        await settledOutput(app);
        const warnings = [...doc.querySelectorAll('.warnings li')].map((item) => normalize(item.textContent));
        const code = control<HTMLTextAreaElement>(doc, strings.embedCode).value;
        if (folder === '/assets/relief/') {
          expect(warnings, folder).not.to.include(normalize(strings.folderInvalid));
          expect(code).to.contain('src="/assets/relief/relief-widgets.js"');
        } else {
          expect(warnings, folder).to.include(normalize(strings.folderInvalid));
          expect(code, folder).not.to.contain(folder);
        }
      }
    });

    it('takes the review dates the element takes, and says when it does not (P19)', async () => {
      const { doc, app } = await openBuilder();
      await choose(doc, strings.elementNames['relief-guide']);
      for (const [date, valid] of [
        ['0050-01-01', false],
        ['20266-01-01', false],
        ['0100-01-01', true],
        ['2030-02-28', true],
      ] as const) {
        app.config = { ...app.config, lastUpdated: date };
        await settledOutput(app);
        const warnings = [...doc.querySelectorAll('.warnings li')].map((item) => normalize(item.textContent));
        const code = control<HTMLTextAreaElement>(doc, strings.embedCode).value;
        expect(code.includes(`last-updated="${date}"`), date).to.equal(valid);
        expect(warnings.includes(normalize(strings.dateInvalid(strings.lastUpdated))), date).to.equal(!valid);
      }
    });
  });
}

// ------------------------------------------------------------ the builder's own language

/** Every text of a language's module, by path (`steps.wix(0)[1]`: functions called with SAMPLE_ARGUMENTS). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (typeof value === 'function') {
    const samples = SAMPLE_ARGUMENTS[path];
    if (!samples) throw new Error(`no SAMPLE_ARGUMENTS for ${path}`);
    samples.forEach((args, index) => {
      for (const [key, text] of leaves((value as (...args: unknown[]) => unknown)(...args), `${path}(${String(index)})`)) found.set(key, text);
    });
  } else if (Array.isArray(value)) value.forEach((item, index) => leaves(item, `${path}[${String(index)}]`).forEach((text, key) => found.set(key, text)));
  else if (value && typeof value === 'object')
    for (const [name, item] of Object.entries(value)) leaves(item, path ? `${path}.${name}` : name).forEach((text, key) => found.set(key, text));
  return found;
}

/** What a translation keeps as written: markup, file and folder names, host names, colour codes, the standards' names. */
const KEPT = /`[^`]+`|<[a-z][^>]*>|\b[\w-]+\.(?:js|html|net)\b|\b(?:dist|locales)\/|#[\da-f]{6}\b|\bWCAG AA\b|\bContent-Security-Policy\b|\bTrusted Types\b|\bnpx relief-widgets\b/g;

/** The labels of the settings' controls, and the legends of their groups (each must tell its control apart). */
const LABELS = [
  'interfaceLanguage', 'languageSelectFollow', 'languageSelectFixed', 'headingLevel', 'headingText', 'whichList', 'folder', 'lastUpdated',
  'nextReview', 'radius', 'embedCode', 'csp', 'htmlElement', 'stylesheet', 'previewPhone', 'previewDesktop', 'previewLight', 'previewDark',
  'schemePage', 'schemeLight', 'schemeDark', 'schemeVisitor', 'fontInherit', 'fontSans', 'fontSerif', 'placementSnippet',
  'placementStylesheet', 'sourceSelf', 'kindModule', 'kindClassic', 'renderingScript', 'renderingPrerendered', 'languageFollow',
  'languageFixed', 'evidenceShow', 'reserveSpace',
] as const satisfies readonly (keyof Strings)[];
const LEGENDS = [
  'element', 'sections', 'heading', 'language', 'dates', 'evidence', 'theme', 'scheme', 'font', 'placement', 'scriptLoading', 'source',
  'kind', 'rendering', 'previewWidth', 'previewAppearance',
] as const satisfies readonly (keyof Strings)[];

/** Arguments that choose between sentences, or that a sentence transforms: not shown as written. */
const NOT_SHOWN = new Set(['light', 'dark', 'relief-new-widget']);

/** The choices of a clinic: the guide, sections moved and left out, its heading, Arabic always, a colour, prerendered, a classic script. */
async function makeChoices(builder: Builder): Promise<{ code: string; policy: string; htmlElement: string }> {
  const { doc, app } = builder;
  await choose(doc, strings.elementNames['relief-guide']);
  const sections = group(doc, strings.sections);
  const heading = (id: string) => sectionName(app, id);
  button(sections, strings.moveUp(heading('research'))).click();
  control(sections, heading('introduction')).click();
  selectOption(control<HTMLSelectElement>(doc, strings.headingLevel), strings.headingLevelOption(4));
  setValue(control(doc, strings.headingText), 'Massage & “you”');
  await choose(doc, strings.languageFixed);
  selectOption(control<HTMLSelectElement>(doc, strings.languageSelectFixed), languageLabel('ar'));
  setValue(control(group(doc, strings.colors('light')), strings.colorNames.accent), '#7a3e65');
  await choose(doc, strings.schemeVisitor);
  await choose(doc, strings.kindClassic);
  await choose(doc, strings.renderingPrerendered);
  await settledOutput(app);
  await until(() => control<HTMLTextAreaElement>(doc, strings.embedCode).value.includes('shadowrootmode'), 'the prerendered code');
  return {
    code: control<HTMLTextAreaElement>(doc, strings.embedCode).value,
    policy: control<HTMLTextAreaElement>(doc, strings.csp).value,
    htmlElement: control<HTMLTextAreaElement>(doc, strings.htmlElement).value,
  };
}

describe('embed builder: its own language', () => {
  afterEach(() => {
    strings = english;
  });

  it('follows ?lang=, then the visitor’s languages as the widgets resolve them, then English', () => {
    expect(chooseLocale('?lang=ar', ['ja', 'en-US'])).to.equal('ar');
    expect(chooseLocale('?lang=xx', ['ja', 'en-US'])).to.equal('ja');
    expect(chooseLocale('', ['sv-SE', 'fr-CA', 'en'])).to.equal('fr');
    expect(chooseLocale('', ['zh-TW'])).to.equal('zh-Hant');
    expect(chooseLocale('', ['zh-CN'])).to.equal('zh-Hans');
    expect(chooseLocale('', ['iw-IL'])).to.equal('he');
    expect(chooseLocale('', ['fil'])).to.equal('tl');
    expect(chooseLocale('', ['pt-PT'])).to.equal('pt-BR');
    expect(chooseLocale('', ['sv', 'nb'])).to.equal('en');
    expect(chooseLocale('', [])).to.equal('en');
  });

  it('puts sentences together each language’s way: a space between them, none after full-width punctuation', () => {
    expect(sentences('Ready.', false, 'Copy it.')).to.equal('Ready. Copy it.');
    expect(sentences('準備ができました。', 'コピーしてください。')).to.equal('準備ができました。コピーしてください。');
    expect(sentences('请允许 Lit 的策略：', 'trusted-types lit-html')).to.equal('请允许 Lit 的策略：trusted-types lit-html');
    expect(sentences('جاهز.', 'انسخه.')).to.equal('جاهز. انسخه.');
  });

  it('has every text in every language: each module has every key of the English one, translated, with its code kept', async () => {
    // Languages of the widgets (a language they gain later shows the builder in English until it has its module).
    const languages = Object.keys(LANGUAGE_AUTONYMS) as BuilderLocale[];
    expect(supportedLocales).to.include.members(languages);
    const source = leaves(english);
    for (const locale of languages.filter((tag) => tag !== 'en')) {
      const translated = await loadBuilderStrings(locale);
      expect(translated.lang, locale).to.equal(locale);
      const texts = leaves(translated);
      expect([...texts.keys()], `the texts of ${locale}`).to.have.members([...source.keys()]);
      for (const [path, english] of source) {
        const text = texts.get(path)!;
        expect(text.trim(), `${locale} ${path}`).not.to.equal('');
        const allowed = SAME_AS_ENGLISH[path];
        if (text === english && !(allowed && (allowed.locales ?? [locale]).includes(locale)))
          expect.fail(`${locale} ${path} is the English “${english}” (list it in SAME_AS_ENGLISH with a reason if it must be)`);
        for (const kept of english.match(KEPT) ?? []) expect(text, `${locale} ${path} keeps ${kept}`).to.include(kept);
      }
      // Controls in one form are told apart by their labels, groups by their legends.
      const labels = [...LABELS.map((key) => translated[key] as string), ...Object.values(translated.elementNames), ...Object.values(translated.colorNames)];
      const legends = [...LEGENDS.map((key) => translated[key] as string), translated.colors('light'), translated.colors('dark')];
      for (const names of [labels, legends]) expect(names.filter((name, index) => names.indexOf(name) !== index), locale).to.deep.equal([]);
      // A value the builder puts into a sentence is in the sentence (as written, or, for a colour's name, in its case).
      for (const [path, samples] of Object.entries(SAMPLE_ARGUMENTS)) {
        samples.forEach((args, index) => {
          for (const arg of args.filter((value): value is string => typeof value === 'string' && !NOT_SHOWN.has(value))) {
            const sentence = [...texts].filter(([key]) => key.startsWith(`${path}(${String(index)})`)).map(([, text]) => text).join(' ');
            expect(sentence.toLowerCase(), `${locale} ${path} shows “${arg}”`).to.include(arg.toLowerCase());
          }
        });
      }
    }
  });

  it('writes the same embed code in en, ar and ja for the same choices', async function () {
    this.timeout(120000);
    const results = [];
    for (const locale of BUILDER_TEST_LOCALES) {
      strings = await loadBuilderStrings(locale);
      results.push(await makeChoices(await openBuilder(1280, locale)));
      for (const element of opened.splice(0)) element.remove();
    }
    expect(results[0].code).to.contain('<relief-guide');
    expect(results[0].htmlElement).to.equal('<html lang="ar" data-relief-locale="ar">');
    expect(results[1], 'ar').to.deep.equal(results[0]);
    expect(results[2], 'ja').to.deep.equal(results[0]);
  });

  it('reads English menu names in order in a right-to-left language (he, ar, fa): each one to the left of the one before', async function () {
    this.timeout(60000);
    /** Where `text` is drawn within `element`'s text. */
    const rectOf = (element: Element, text: string) => {
      const node = [...element.childNodes].find((child) => child.textContent?.includes(text))!;
      const range = element.ownerDocument.createRange();
      const start = node.textContent!.indexOf(text);
      range.setStart(node, start);
      range.setEnd(node, start + text.length);
      return range.getBoundingClientRect();
    };
    for (const locale of ['he', 'ar', 'fa'] as const) {
      strings = await loadBuilderStrings(locale);
      const { doc } = await openBuilder(1280, locale);
      const steps = (name: string) => {
        const details = [...doc.querySelectorAll('details')].find((candidate) => normalize(candidate.querySelector('summary')?.textContent) === name)!;
        details.open = true;
        return [...details.querySelectorAll('li')];
      };
      const paths = [
        [steps(strings.platformNames.wix)[0], ['Add', 'Embed Code', 'Custom Element']],
        [steps(strings.platformNames.squarespace)[2], ['Settings', 'Advanced', 'Code Injection', 'Header']],
      ] as const;
      for (const [item, names] of paths) {
        const rects = names.map((name) => rectOf(item, name));
        for (let i = 1; i < rects.length; i += 1) {
          // On one line, the next to the left; on the next line, lower.
          expect(rects[i].right <= rects[i - 1].left || rects[i].top >= rects[i - 1].bottom, `${locale}: ${names[i]} after ${names[i - 1]}`).to.equal(true);
        }
      }
      for (const element of opened.splice(0)) element.remove();
    }
  });

  it('switches its interface with a labelled select, right to left for ar, and leaves the code as it was', async function () {
    this.timeout(60000);
    const builder = await openBuilder(1280, 'en');
    const { doc, win, app } = builder;
    const before = await makeChoices(builder);
    const select = control<HTMLSelectElement>(doc, english.interfaceLanguage);
    expect([...select.options].map((option) => [option.value, option.lang, option.text])).to.deep.equal(
      Object.entries(LANGUAGE_AUTONYMS).map(([tag, autonym]) => [tag, tag, autonym]),
    );
    for (const locale of ['ar', 'ja'] as const) {
      const words = await loadBuilderStrings(locale);
      setValue(control<HTMLSelectElement>(doc, strings.interfaceLanguage), locale, 'change');
      await until(() => normalize(doc.querySelector('h1')?.textContent) === words.title, `the builder in ${locale}`);
      strings = words;
      await settledOutput(app);
      expect([doc.documentElement.lang, doc.documentElement.dir, doc.title]).to.deep.equal([
        locale,
        isRightToLeft(locale) ? 'rtl' : 'ltr',
        words.documentTitle,
      ]);
      expect(new URL(win.location.href).searchParams.get('lang')).to.equal(locale);
      expect(control<HTMLSelectElement>(doc, words.interfaceLanguage).value).to.equal(locale);
      expect(control<HTMLTextAreaElement>(doc, words.embedCode).value).to.equal(before.code);
      expect(control<HTMLTextAreaElement>(doc, words.csp).value).to.equal(before.policy);
      expect(control<HTMLTextAreaElement>(doc, words.htmlElement).value).to.equal(before.htmlElement);
      // The widget's language is its own choice: still Arabic, named in the builder's language.
      expect(control<HTMLSelectElement>(doc, words.languageSelectFixed).value).to.equal('ar');
      // Code reads left to right in a right-to-left page, and the page's start is on the right.
      expect(getComputedStyle(control(doc, words.embedCode)).direction).to.equal('ltr');
      const main = doc.querySelector('main')!.getBoundingClientRect();
      const title = doc.querySelector('h1')!.getBoundingClientRect();
      if (locale === 'ar') expect(main.right - title.right).to.be.below(40);
      else expect(title.left - main.left).to.be.below(40);
    }
    expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
    expect(doc.cookie).to.equal('');
  });
});
