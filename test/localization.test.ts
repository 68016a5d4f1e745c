import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/relief-widgets.js';
import type { ReliefGuide } from '../src/guide/relief-guide.js';
import { getLocale, resolveLocale, setLocale, supportedLocales } from '../src/relief-widgets.js';
import { captureWarnings, deepText, part, settled } from './support/helpers.js';
import { everyElementMarkup } from './support/elements.js';
import { localeLoaded, switchPageLanguage, visibleTexts } from './support/locale.js';

/** The seventeen locales of the contract (DESIGN.md). */
const ALL_LOCALES = ['ar', 'de', 'en', 'es', 'fa', 'fr', 'he', 'it', 'ja', 'ko', 'pl', 'pt-BR', 'ru', 'tl', 'vi', 'zh-Hans', 'zh-Hant'];
const TARGET_LOCALES = ALL_LOCALES.filter((locale) => locale !== 'en');
const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

/**
 * Every element, in every list it can show: the instances tests look at by position first,
 * then any other element of the manifest (test/support/elements.ts), so that a new element
 * gets the every-locale, no-English and right-to-left checks too.
 */
const EVERY_ELEMENT = everyElementMarkup([
  ['relief-benefit-list'],
  ['relief-benefit-list', 'set="how-it-helps"'],
  ['relief-benefit-list', 'set="summary"'],
  ['relief-tip-list'],
  ['relief-tip-list', 'set="session"'],
  ['relief-pain-selector', 'value="back" required'],
  ['relief-therapist-checklist', 'value="experience"'],
  ['relief-therapist-checklist', 'items="sensitivity"'],
  ['relief-guide'],
]);

async function everyElement(): Promise<{ wrapper: HTMLElement; elements: LitElement[] }> {
  const wrapper = await fixture<HTMLElement>(`<div>${await EVERY_ELEMENT}</div>`);
  const elements = [...wrapper.children] as LitElement[];
  await Promise.all(elements.map(settled));
  return { wrapper, elements };
}

afterEach(async () => {
  document.documentElement.removeAttribute('data-relief-locale');
  if (getLocale() !== 'en') {
    const back = localeLoaded('en');
    document.documentElement.lang = 'en';
    await back;
  }
  document.documentElement.lang = 'en';
});

describe('locale resolution', () => {
  const cases: [string, string | undefined][] = [
    ['en', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_419', 'es'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['ar', 'ar'],
    ['ar-EG', 'ar'],
    ['fil', 'tl'],
    ['fil-PH', 'tl'],
    ['tl', 'tl'],
    ['iw', 'he'],
    ['he-IL', 'he'],
    ['fa-IR', 'fa'],
    ['ru-RU', 'ru'],
    ['pl-PL', 'pl'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['vi-VN', 'vi'],
    ['it-CH', 'it'],
    ['nl', undefined],
    ['', undefined],
    ['<script>', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`resolves "${tag}" to ${expected ?? 'nothing'}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }

  it('lists its seventeen locales', () => {
    expect([...supportedLocales].sort()).to.deep.equal(ALL_LOCALES);
  });
});

describe('following the page language', () => {
  it('prefers <html data-relief-locale> over <html lang>', async () => {
    const { elements } = await everyElement();
    const loaded = localeLoaded('de');
    document.documentElement.lang = 'fr';
    document.documentElement.setAttribute('data-relief-locale', 'de-CH');
    await loaded;
    await Promise.all(elements.map(settled));
    expect(getLocale()).to.equal('de');
    expect(part(elements[0], '[part~="base"]').lang).to.equal('de');
  });

  it('warns about an unsupported data-relief-locale and falls back to <html lang>', async () => {
    const { elements } = await everyElement();
    const warnings = captureWarnings();
    document.documentElement.setAttribute('data-relief-locale', 'tlh');
    await switchPageLanguage('es-MX', 'es', elements);
    warnings.restore();
    expect(getLocale()).to.equal('es');
    expect(warnings.messages.join()).to.contain('data-relief-locale="tlh"').and.contain(ALL_LOCALES.join(', '));
  });

  it('shows English, with one warning, for a page in a language it lacks', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('fr', 'fr', elements);
    const warnings = captureWarnings();
    await switchPageLanguage('nl', 'en', elements);
    warnings.restore();
    expect(getLocale()).to.equal('en');
    expect(warnings.messages.filter((message) => message.includes('lang="nl"'))).to.have.length(1);
    expect(deepText(elements[0])).to.contain('Key Benefits for Chronic Pain Management');
  });

  it('re-renders every element, nested ones included, when <html lang> changes', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('fr', 'fr', elements);
    for (const element of elements) {
      expect(part(element, '[part~="base"]').lang, element.localName).to.equal('fr');
    }
    const guide = elements.find((element) => element.localName === 'relief-guide') as ReliefGuide;
    const nestedChecklist = part(guide, 'relief-therapist-checklist');
    expect(part(nestedChecklist, '[part~="base"]').lang).to.equal('fr');
  });

  it('switches by setLocale() and reports it by getLocale()', async () => {
    const { elements } = await everyElement();
    await setLocale('zh-CN');
    await Promise.all(elements.map(settled));
    expect(getLocale()).to.equal('zh-Hans');
    expect(part(elements[0], '[part~="base"]').lang).to.equal('zh-Hans');
    expect(window.ReliefWidgets!.getLocale()).to.equal('zh-Hans');
  });

  it('warns once and shows English for setLocale() of an unsupported locale', async () => {
    await setLocale('de');
    const warnings = captureWarnings();
    await setLocale('klingon');
    warnings.restore();
    expect(getLocale()).to.equal('en');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('setLocale() locale="klingon"').and.contain(ALL_LOCALES.join(', '));
  });
});

describe('every element in every locale', () => {
  let englishTexts: Set<string>;
  /** Per locale, the English of the messages not yet translated (pending: `npm run i18n:check` lists them). */
  let pending: Record<string, string[]>;

  before(async () => {
    const { wrapper } = await everyElement();
    englishTexts = new Set(visibleTexts(wrapper));
    pending = (await (await fetch('/test/pending-translations.json')).json()) as Record<string, string[]>;
  });

  for (const locale of TARGET_LOCALES) {
    it(`renders ${locale} with no English text left (but what is pending translation)`, async () => {
      const { wrapper, elements } = await everyElement();
      await switchPageLanguage(locale, locale, elements);
      const texts = visibleTexts(wrapper);
      expect(texts.length).to.be.greaterThan(100);
      // An item title is shown with its colon ("First item:").
      const bare = (text: string) => text.replace(/[\s:：]+$/u, '');
      const untranslated = new Set((pending[locale] ?? []).map(bare));
      expect(texts.filter((text) => englishTexts.has(text) && !untranslated.has(bare(text)))).to.deep.equal([]);
    });
  }
});

describe('right-to-left', () => {
  for (const locale of RIGHT_TO_LEFT) {
    it(`sets dir="rtl" inside every element in ${locale}, and lays lists out from the right`, async () => {
      const { elements } = await everyElement();
      await switchPageLanguage(locale, locale, elements);
      for (const element of elements) {
        expect(part(element, '[part~="base"]').dir, element.localName).to.equal('rtl');
      }
      const list = part(elements[0], '[part="list"]');
      const style = getComputedStyle(list);
      expect(style.direction).to.equal('rtl');
      expect(parseFloat(style.paddingRight)).to.be.greaterThan(0);
      expect(parseFloat(style.paddingLeft)).to.equal(0);
    });
  }

  it('isolates the English citation titles, left to right, inside right-to-left text', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('he', 'he', elements);
    const guide = elements.find((element) => element.localName === 'relief-guide')!;
    const titles = [...guide.shadowRoot!.querySelectorAll('a[data-citation] bdi')];
    expect(titles.length).to.be.greaterThan(5);
    for (const title of titles) expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
  });

  it('keeps dir="ltr" for left-to-right locales, even on a right-to-left page', async () => {
    const { elements } = await everyElement();
    document.documentElement.dir = 'rtl';
    await switchPageLanguage('fr', 'fr', elements);
    document.documentElement.dir = '';
    expect(part(elements[0], '[part~="base"]').dir).to.equal('ltr');
  });
});

describe('evidence notes in other scripts', () => {
  for (const locale of ['ar', 'ja']) {
    it(`shows each pain type's evidence in ${locale}: label, note and English source links`, async () => {
      const { elements } = await everyElement();
      const selector = document.createElement('relief-pain-selector') as LitElement;
      elements[0].parentElement!.append(selector);
      await switchPageLanguage(locale, locale, [...elements, selector]);
      const notes = [...selector.shadowRoot!.querySelectorAll('[part="evidence"]')];
      expect(notes).to.have.length(4);
      for (const note of notes) {
        const label = note.querySelector('[part="evidence-label"]')!.textContent!.trim();
        const text = note.querySelector('[part="evidence-text"]')!.textContent!.trim();
        expect(['Some evidence, short-term', 'Limited evidence']).not.to.include(label);
        expect(/[A-Za-z]{4}/.test(text), text).to.equal(false);
        const links = [...note.querySelectorAll<HTMLAnchorElement>('a[data-citation]')];
        expect(links.length).to.be.greaterThan(0);
        for (const link of links) expect(link.querySelector('bdi')!.lang).to.equal('en');
      }
    });
  }
});

describe('accessibility in every language', () => {
  for (const locale of ALL_LOCALES) {
    it(`is axe-clean in ${locale}`, async () => {
      const { wrapper, elements } = await everyElement();
      if (locale !== 'en') await switchPageLanguage(locale, locale, elements);
      await expect(wrapper).to.be.accessible();
    });
  }
});

describe('plural progress in other locales', () => {
  it('picks the message by the plural category of the total', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('fr', 'fr', elements);
    const progress = (index: number) => part(elements[index], '[part="progress"]').textContent!.trim();
    expect(progress(6)).to.equal('1 sur 3 qualités cochées');
    expect(progress(7)).to.equal('0 sur 1 qualité cochée');
  });

  it('formats the counts with the locale’s numbers', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('ar', 'ar', elements);
    const arabic = new Intl.NumberFormat('ar');
    const progress = part(elements[6], '[part="progress"]').textContent!;
    expect(progress).to.contain(arabic.format(1)).and.contain(arabic.format(3));
  });

  it('uses the "two" message where the language has one (Hebrew, two qualities)', async () => {
    const { wrapper, elements } = await everyElement();
    const checklist = document.createElement('relief-therapist-checklist') as LitElement;
    checklist.setAttribute('items', 'experience sensitivity');
    wrapper.append(checklist);
    await switchPageLanguage('he', 'he', [...elements, checklist]);
    expect(part(checklist, '[part="progress"]').textContent!.trim()).to.match(/2/);
    expect(part(checklist, '[part="progress"]').textContent).not.to.contain('qualities');
  });

  it('sets no space after the Chinese full-width colon', async () => {
    const { elements } = await everyElement();
    await switchPageLanguage('zh-CN', 'zh-Hans', elements);
    expect(deepText(part(elements[0], '[part="item"]'))).to.match(/：\S/);
  });
});

describe('one locale channel', () => {
  it('shows the current language in an element attached again after the page language changed', async () => {
    const { wrapper, elements } = await everyElement();
    await switchPageLanguage('fr', 'fr', elements);
    const detached = elements[0];
    detached.remove();
    await switchPageLanguage('de', 'de', elements.slice(1));
    wrapper.append(detached);
    await settled(detached);
    expect(part(detached, '[part~="base"]').lang).to.equal('de');
    expect(deepText(detached)).not.to.contain('Principaux bienfaits');
  });

  it('warns, and never throws, when setLocale() gets something other than a tag', async () => {
    const warnings = captureWarnings();
    try {
      for (const bad of [undefined, null, 42, ['fr'], Symbol('fr'), {}]) {
        await (setLocale as (tag: unknown) => Promise<void>)(bad);
      }
    } finally {
      warnings.restore();
    }
    expect(getLocale()).to.equal('en');
    expect(warnings.messages.join('\n')).to.contain('setLocale() locale="(number)"').and.contain('setLocale() locale="(object)"');
  });

  it('reads the visitor\'s browser languages when the page names none, then English', async () => {
    const root = document.documentElement;
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    try {
      root.removeAttribute('lang');
      Object.defineProperty(navigator, 'languages', { value: ['nl-BE', 'pt-PT'], configurable: true });
      const loaded = localeLoaded('pt-BR');
      window.dispatchEvent(new Event('languagechange'));
      await loaded;
      expect(getLocale()).to.equal('pt-BR');
      Object.defineProperty(navigator, 'languages', { value: ['nl-BE'], configurable: true });
      const english = localeLoaded('en');
      window.dispatchEvent(new Event('languagechange'));
      await english;
      expect(getLocale()).to.equal('en');
    } finally {
      Object.defineProperty(Navigator.prototype, 'languages', descriptor);
      delete (navigator as { languages?: unknown }).languages;
      root.lang = 'en';
    }
  });

  it('renders each element once per real locale change', async () => {
    const { elements } = await everyElement();
    let renders = 0;
    const element = elements[0] as LitElement & { render(): unknown };
    const render = element.render.bind(element);
    element.render = () => {
      renders++;
      return render();
    };
    await switchPageLanguage('es', 'es', elements);
    await switchPageLanguage('fr', 'fr', elements);
    expect(renders).to.equal(2);
  });
});
