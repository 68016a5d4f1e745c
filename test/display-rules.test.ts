/**
 * What no translation can fix, checked as rendered: lists joined by each
 * locale's rules, no space next to full-width punctuation, right-to-left
 * citation blocks by their geometry, and dates in each language's own form.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/relief-widgets.js';
import { getLocale, setLocale } from '../src/relief-widgets.js';
import { CITATIONS, type CitationId } from '../src/core/citations.js';
import { part, parts, settled } from './support/helpers.js';
import { localeLoaded, switchPageLanguage } from './support/locale.js';

const ALL_LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-Hans', 'ar', 'zh-Hant', 'vi', 'tl', 'ko', 'ru', 'it', 'pl', 'ja', 'he', 'fa'];
const RIGHT_TO_LEFT = ['ar', 'he', 'fa'];

afterEach(async () => {
  document.documentElement.removeAttribute('data-relief-locale');
  if (getLocale() !== 'en') {
    const back = localeLoaded('en');
    document.documentElement.lang = 'en';
    await back;
  }
  document.documentElement.lang = 'en';
});

/** A guide and a required pain selector, `width` wide, in the page language `lang` (resolving to `locale`). */
async function widgets(lang: string, locale = lang, width = 700): Promise<{ guide: LitElement; selector: LitElement }> {
  const wrapper = await fixture<HTMLElement>(
    `<div style="inline-size: ${width}px"><relief-guide></relief-guide><relief-pain-selector required value="back"></relief-pain-selector></div>`,
  );
  const [guide, selector] = [...wrapper.children] as LitElement[];
  await Promise.all([settled(guide), settled(selector)]);
  if (lang !== 'en') await switchPageLanguage(lang, locale, [guide, selector]);
  return { guide, selector };
}

/** The "Sources:" lines of the guide: research, then safety. */
const sourcesLines = (guide: Element) => parts(guide, '[part="sources"]');

/** White space as it is laid out: each run one space, none at the ends. */
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a line shows: its text without the links' visually hidden "(opens in a new tab)". */
function shownText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return collapsed(copy.textContent!);
}

/** The line's own first words, "Sources:" (a text node before the first source). */
const labelNode = (line: Element) => [...line.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;

/** A source's link text, as the line cites it: "Title (NCCIH)". */
const linkText = (id: string) => {
  const citation: { title: string; publisherShort?: string } = CITATIONS[id as CitationId];
  return citation.title + (citation.publisherShort ? ` (${citation.publisherShort})` : '');
};

const citedIds = (line: Element) => [...line.querySelectorAll('a[data-citation]')].map((link) => link.getAttribute('data-citation')!);

describe('sources joined by the locale’s list rules', () => {
  for (const locale of ALL_LOCALES) {
    it(`joins the sources as Intl.ListFormat does in ${locale}`, async () => {
      const { guide } = await widgets(locale);
      const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
      const lines = sourcesLines(guide);
      expect(lines).to.have.length(2);
      for (const line of lines) {
        const shown = shownText(line);
        const label = collapsed(labelNode(line).textContent!);
        const ids = citedIds(line);
        expect(ids.length).to.be.greaterThan(1);
        const joined = lists.format(ids.map(linkText));
        expect(shown.endsWith(joined), `${shown}\nends with\n${joined}`).to.equal(true);
        expect(shown.slice(0, -joined.length).trim()).to.equal(label.trim());
      }
    });
  }

  // The separators ICU gives, written out: a join by ", " fails each of these.
  const research = (guide: Element) => shownText(sourcesLines(guide)[0]);
  const safety = (guide: Element) => shownText(sourcesLines(guide)[1]);

  it('keeps the English line as the clinic page writes it', async () => {
    const { guide } = await widgets('en');
    expect(safety(guide)).to.equal('Sources: Massage Therapy: What You Need To Know (NCCIH), Cauda equina syndrome (NHS)');
    expect(research(guide)).to.equal(
      'Sources: Noninvasive Nonpharmacological Treatment for Chronic Pain: A Systematic Review Update (AHRQ), ' +
        'Chronic Pain and Complementary Health Approaches: Usefulness and Safety (NCCIH), ' +
        'Low back pain and sciatica in over 16s: assessment and management (NG59) (NICE)',
    );
  });

  it('joins Arabic sources with "و" written onto the next, and no Latin comma', async () => {
    const { guide } = await widgets('ar');
    expect(safety(guide)).to.equal('المصادر: Massage Therapy: What You Need To Know (NCCIH) وCauda equina syndrome (NHS)');
    expect(research(guide)).not.to.contain(',');
  });

  it('joins Persian sources with the Arabic comma "،"', async () => {
    const { guide } = await widgets('fa');
    expect(safety(guide)).to.match(/^منابع: Massage Therapy: What You Need To Know \(NCCIH\)،\u200f? Cauda equina syndrome \(NHS\)$/);
  });

  it('joins Hebrew sources with "ו-"', async () => {
    const { guide } = await widgets('he');
    expect(safety(guide)).to.equal('מקורות: Massage Therapy: What You Need To Know (NCCIH) ו-Cauda equina syndrome (NHS)');
  });

  for (const [locale, label] of [
    ['zh-Hans', '资料来源：'],
    ['ja', '出典：'],
  ]) {
    it(`joins ${locale} sources with the ideographic comma "、"`, async () => {
      const { guide } = await widgets(locale);
      expect(safety(guide)).to.equal(`${label}Massage Therapy: What You Need To Know (NCCIH)、Cauda equina syndrome (NHS)`);
      expect(research(guide).match(/、/g)).to.have.length(2);
    });
  }

  it('joins zh-Hant sources with "、" (and "和" before the last of three)', async () => {
    const { guide } = await widgets('zh-Hant');
    expect(research(guide)).to.contain('(AHRQ)、Chronic Pain').and.contain('(NCCIH)和Low back pain');
  });
});

describe('no space next to full-width punctuation', () => {
  for (const [locale, label] of [
    ['zh-Hans', '资料来源：'],
    ['zh-Hant', '資料來源：'],
    ['ja', '出典：'],
  ]) {
    it(`sets the first source right after "${label}" in ${locale}`, async () => {
      const { guide, selector } = await widgets(locale);
      for (const line of sourcesLines(guide)) {
        const text = line.textContent!;
        expect(text.startsWith(label), text).to.equal(true);
        expect(text.slice(label.length), text).to.match(/^\S/);
      }
      // The item titles' colon, and the legend's full-width bracket, the same way.
      expect(part(selector, '[part="panel-item"]:not([hidden])').textContent).to.match(/：\S/).and.not.match(/：\s/);
      expect(part(selector, 'legend').textContent).to.match(/\S（/).and.not.match(/\s（/);
    });
  }

  it('keeps the space after the colon where it is not full width (ko, en)', async () => {
    const { guide } = await widgets('ko');
    expect(shownText(sourcesLines(guide)[1])).to.match(/^출처: \S/);
    document.documentElement.lang = 'en';
    await localeLoaded('en');
    await settled(guide);
    expect(shownText(sourcesLines(guide)[1])).to.match(/^Sources: Massage/);
  });
});

describe('right-to-left citation blocks, by their geometry', () => {
  /** The box of a node's text (for a block, where its text is, not the block's width). */
  const textBox = (element: Node) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect();
  };

  for (const locale of RIGHT_TO_LEFT) {
    it(`puts each English title and its publisher line on the same (right) edge in ${locale}`, async () => {
      const { guide, selector } = await widgets(locale);
      const citations = [...parts(guide, '[part="citation"]'), ...parts(selector, '[part="evidence-citation"]')];
      expect(citations.length).to.be.greaterThan(6);
      for (const citation of citations) {
        const title = textBox(citation.querySelector('cite bdi')!);
        const source = textBox(citation.querySelector('.citation-source')!);
        const edge = citation.getBoundingClientRect().right - parseFloat(getComputedStyle(citation).paddingRight);
        const id = citation.getAttribute('data-id');
        expect(Math.abs(title.right - source.right), `${id}: title ${title.right}, publisher ${source.right}`).to.be.below(1);
        expect(Math.abs(source.right - edge), `${id}: publisher ${source.right}, item edge ${edge}`).to.be.below(1);
        // Short publisher lines show it: the publisher is not at the left edge.
        if (source.width < citation.getBoundingClientRect().width - 50) {
          expect(source.left - citation.getBoundingClientRect().left, id!).to.be.above(40);
        }
      }
    });

    it(`lays the "Sources:" line out source after source, from the right, in ${locale}`, async () => {
      // Narrow: the long titles wrap; each source stays one box, and the next never shares its lines.
      const { guide } = await widgets(locale, locale, 420);
      for (const line of sourcesLines(guide)) {
        const links = [...line.querySelectorAll('a[data-citation]')].map((link) => link.getBoundingClientRect());
        const label = textBox(labelNode(line)).right;
        expect(Math.abs(label - line.getBoundingClientRect().right)).to.be.below(1);
        for (let i = 1; i < links.length; i++) {
          const [before, after] = [links[i - 1], links[i]];
          const below = after.top >= before.bottom - 1;
          const leftOnTheSameLine = Math.abs(after.top - before.top) < 1 && Math.abs(after.bottom - before.bottom) < 1 && after.right <= before.left + 1;
          expect(below || leftOnTheSameLine, `source ${i + 1} (${JSON.stringify(after)}) after source ${i} (${JSON.stringify(before)})`).to.equal(true);
        }
      }
    });

    it(`puts the first of two short sources right of the second, on one line, in ${locale}`, async () => {
      const { guide } = await widgets(locale, locale, 1100);
      const [first, second] = [...sourcesLines(guide)[1].querySelectorAll('a[data-citation]')].map((link) => link.getBoundingClientRect());
      expect(Math.abs(first.top - second.top)).to.be.below(1);
      expect(first.left).to.be.at.least(second.right);
    });
  }
});

describe('dates in each language’s form', () => {
  const dates = (guide: Element) => part(guide, '[part="review-dates"]').textContent!.replace(/\s+/g, ' ').trim();

  it('declines the Polish month (genitive after the day)', async () => {
    const { guide } = await widgets('pl');
    expect(dates(guide)).to.equal('Ostatnia aktualizacja: 12 listopada 2024 · Następny planowany przegląd: 11 listopada 2026');
    const may = new Intl.DateTimeFormat('pl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(may.format(new Date(Date.UTC(2024, 4, 12)))).to.equal('12 maja 2024');
  });

  for (const lang of ['fa', 'fa-IR']) {
    it(`counts Persian dates in the solar calendar, with Iran's month names, on a ${lang} page`, async () => {
      const { guide } = await widgets(lang, 'fa');
      expect(dates(guide)).to.equal('آخرین به‌روزرسانی: ۲۲ آبان ۱۴۰۳ · موعد بازبینی بعدی: ۲۰ آبان ۱۴۰۵');
    });
  }

  it('names the solar months the Afghan way on a fa-AF page', async () => {
    const { guide } = await widgets('fa-AF', 'fa');
    expect(dates(guide)).to.equal('آخرین به‌روزرسانی: ۲۲ عقرب ۱۴۰۳ · موعد بازبینی بعدی: ۲۰ عقرب ۱۴۰۵');
  });

  it('takes the region from the tag the locale came from: data-relief-locale before lang, and not from an English page', async () => {
    const { guide } = await widgets('fa-AF', 'fa');
    document.documentElement.setAttribute('data-relief-locale', 'fa');
    guide.requestUpdate();
    await settled(guide);
    expect(dates(guide)).to.contain('آبان').and.not.contain('عقرب');
    document.documentElement.removeAttribute('data-relief-locale');
    document.documentElement.lang = 'en';
    await localeLoaded('en');
    await setLocale('fa');
    await settled(guide);
    expect(dates(guide)).to.contain('آبان');
  });

  it('keeps the English dates as the clinic page writes them', async () => {
    const { guide } = await widgets('en');
    expect(dates(guide)).to.equal('Last updated 12 Nov 2024 · Next review due 11 Nov 2026');
  });
});
