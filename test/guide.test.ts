import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../src/guide/relief-guide.js';
import type { ReliefGuide } from '../src/guide/relief-guide.js';
import type { ReliefPainSelector } from '../src/pain-selector/relief-pain-selector.js';
import { CLINIC_PAGE_SENTENCES } from './fixtures/clinic-page-sentences.js';
import { captureWarnings, deepText, part, parts, settled } from './support/helpers.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

const SECTION_ORDER = [
  'introduction',
  'massage-for-pain',
  'how-it-helps',
  'key-benefits',
  'pain-types',
  'lifestyle-tips',
  'session-tips',
  'therapist-checklist',
  'related-relief',
  'conclusion',
  'research',
  'further-resources',
];

runSharedAttributeSuite({
  tag: 'relief-guide',
  defaultHeading: 'Chronic Pain Management',
  itemIds: SECTION_ORDER,
  itemSelector: '[part~="section"]',
});

async function guide(markup = '<relief-guide></relief-guide>', today?: Date) {
  const element = await fixture<ReliefGuide>(markup);
  if (today) element.today = today;
  await settled(element);
  return element;
}

/** Every heading in the guide and its nested elements, in document order: [level, text]. */
function outline(element: Element): [number, string][] {
  const headings: [number, string][] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (/^h[1-6]$/.test(node.localName) && !node.closest('[hidden]')) {
        headings.push([Number(node.getAttribute('aria-level') ?? node.localName[1]), node.textContent!.trim()]);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(element.shadowRoot!);
  return headings;
}

describe('<relief-guide>', () => {
  it('shows every sentence of the English clinic page, visibly', async () => {
    const text = deepText(await guide());
    const missing = CLINIC_PAGE_SENTENCES.filter((sentence) => !text.includes(sentence));
    expect(missing).to.deep.equal([]);
  });

  it('shows the sections in the clinic page’s order, then safety, disclaimer and dates', async () => {
    const element = await guide();
    const ids = parts(element, '[part~="section"], [part="safety"]').map((node) => node.dataset.id);
    expect(ids).to.deep.equal([...SECTION_ORDER, 'safety']);
    const order = ['[part="header"]', '[data-id="further-resources"]', '[part="safety"]', '[part="disclaimer"]', '[part="review-dates"]'];
    const nodes = order.map((selector) => part(element, selector));
    for (let i = 1; i < nodes.length; i++) {
      expect(nodes[i - 1].compareDocumentPosition(nodes[i]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
  });

  it('composes the other elements rather than copying them', async () => {
    const element = await guide();
    expect(parts(element, 'relief-benefit-list').map((list) => list.getAttribute('set'))).to.deep.equal([
      'how-it-helps',
      'key-benefits',
      'summary',
    ]);
    expect(parts(element, 'relief-tip-list').map((list) => list.getAttribute('set'))).to.deep.equal([
      'lifestyle',
      'session',
    ]);
    expect(parts(element, 'relief-pain-selector')).to.have.length(1);
    expect(parts(element, 'relief-therapist-checklist')).to.have.length(1);
  });

  it('forms a correct outline: the title at heading-level, every section one below', async () => {
    const headings = outline(await guide());
    expect(headings[0]).to.deep.equal([2, 'Chronic Pain Management']);
    expect(headings.slice(1).every(([level]) => level === 3)).to.equal(true);
    expect(headings.map(([, text]) => text)).to.include.members(['Further Resources', 'Safety', 'Conclusion']);
  });

  it('moves the whole outline with heading-level; at 6 its sections are at aria-level 7, below the title', async () => {
    const at4 = outline(await guide('<relief-guide heading-level="4"></relief-guide>'));
    expect(at4[0][0]).to.equal(4);
    expect(at4.slice(1).every(([level]) => level === 5)).to.equal(true);
    const warnings = captureWarnings();
    const at6 = outline(await guide('<relief-guide heading-level="6"></relief-guide>'));
    warnings.restore();
    expect(at6[0][0]).to.equal(6);
    expect(at6.slice(1).every(([level]) => level === 7)).to.equal(true);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('shows "What the research says" after the conclusion, with its sources linked once', async () => {
    const element = await guide();
    const research = part(element, '[data-id="research"]');
    expect(research.querySelector('h3')!.textContent!.trim()).to.equal('What the research says');
    expect(research.textContent).to.contain('the certainty of the evidence is low to moderate');
    const links = [...research.querySelectorAll('a')].map((link) => link.href);
    expect(links).to.have.length(3);
    const furtherResources = parts<HTMLAnchorElement>(element, '[data-id="further-resources"] a').map((link) => link.href);
    expect(links.every((href) => furtherResources.includes(href))).to.equal(true);
  });

  it('passes hide-evidence to its pain selector', async () => {
    const element = await guide('<relief-guide hide-evidence></relief-guide>');
    const selector = part(element, 'relief-pain-selector');
    expect(selector.shadowRoot!.querySelectorAll('[part="evidence"]')).to.have.length(0);
    const shown = await guide();
    expect(part(shown, 'relief-pain-selector').shadowRoot!.querySelectorAll('[part="evidence"]')).to.have.length(4);
  });

  it('reads dates given as Date objects and today as YYYY-MM-DD, as frameworks hand them over', async () => {
    const element = await guide();
    Object.assign(element, { lastUpdated: new Date(2025, 0, 5), nextReview: new Date(2030, 5, 1), today: '2031-01-01' });
    await settled(element);
    expect(deepText(element)).to.contain('Last updated 5 Jan 2025').and.contain('Next review due 1 Jun 2030');
    expect(part(element, '[part="overdue-notice"]').textContent).to.contain('1 Jun 2030');
    const warnings = captureWarnings();
    Object.assign(element, { lastUpdated: 20250105 });
    await settled(element);
    warnings.restore();
    expect(warnings.messages[0]).to.contain('last-updated=(a number) is not a date');
    expect(deepText(element)).to.contain('Last updated 12 Nov 2024');
  });

  it('shows only the sections named by `items`, in that order, and warns about unknown ones', async () => {
    const warnings = captureWarnings();
    const element = await guide('<relief-guide items="pain-types introduction coupons"></relief-guide>');
    warnings.restore();
    expect(parts(element, '[part~="section"], [part="safety"]').map((node) => node.dataset.id)).to.deep.equal([
      'pain-types',
      'introduction',
      'safety',
    ]);
    expect(warnings.messages.join()).to.contain('coupons').and.contain(SECTION_ORDER.join(', '));
  });

  it('cites further resources with title, publisher, year and a safe link that carries nothing', async () => {
    const element = await guide();
    const citations = parts(element, '[part="citation"]');
    expect(citations).to.have.length(6);
    for (const citation of citations) {
      const link = citation.querySelector('a')!;
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(new URL(link.href).protocol).to.equal('https:');
      expect(new URL(link.href).search).to.equal('');
      expect(link.textContent).to.contain('(opens in a new tab)');
      const title = citation.querySelector('cite bdi')!;
      expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(citation.textContent).to.match(/, (19|20)\d\d\./);
    }
    expect(deepText(citations[2])).to.contain('Cochrane Database of Systematic Reviews, 2015.');
  });

  it('keeps the visitor’s choice out of every link', async () => {
    const element = await guide();
    const selector = part<ReliefPainSelector>(element, 'relief-pain-selector');
    part<HTMLInputElement>(selector, 'input[value="fibromyalgia"]').click();
    await settled(element);
    const links = parts<HTMLAnchorElement>(element, 'a');
    expect(links.length).to.be.greaterThan(6);
    expect(links.every((link) => !link.href.includes('fibromyalgia'))).to.equal(true);
  });

  it('shows the safety note and the disclaimer', async () => {
    const element = await guide();
    const safety = deepText(part(element, '[part="safety"]'));
    expect(safety).to.contain('Ask a doctor before having a massage if you:');
    expect(safety).to.contain('new loss of bladder or bowel control');
    expect(deepText(part(element, '[part="disclaimer"]'))).to.equal(
      'This information supports, but does not replace, advice from a doctor or other qualified health professional.',
    );
  });

  it('lets relief-change from the nested selector reach the page', async () => {
    const element = await guide();
    const heard = oneEvent(document, 'relief-change');
    const selector = part<ReliefPainSelector>(element, 'relief-pain-selector');
    part<HTMLInputElement>(selector, 'input[value="back"]').click();
    expect((await heard).detail).to.deep.equal({ value: 'back' });
  });

  it('is accessible (axe)', async () => {
    const element = await guide();
    await expect(element).to.be.accessible();
  });
});

describe('<relief-guide> review dates', () => {
  const dates = (element: Element) => deepText(part(element, '[part="review-dates"]'));
  const notice = (element: Element) => element.shadowRoot!.querySelector('[part="overdue-notice"]');

  it('shows the page’s dates, formatted for the locale, in <time> elements', async () => {
    const element = await guide(undefined, new Date(2025, 0, 15));
    expect(dates(element)).to.equal('Last updated 12 Nov 2024 · Next review due 11 Nov 2026');
    expect(parts(element, 'time').map((time) => time.getAttribute('datetime'))).to.deep.equal(['2024-11-12', '2026-11-11']);
  });

  it('shows no notice up to and on the review date', async () => {
    expect(notice(await guide(undefined, new Date(2026, 10, 11, 23, 59)))).to.equal(null);
  });

  it('shows a notice from the day after the review date', async () => {
    const element = await guide(undefined, new Date(2026, 10, 12, 0, 1));
    expect(notice(element)!.textContent!.trim()).to.equal(
      'This information was due for review on 11 Nov 2026 and may be out of date.',
    );
  });

  it('uses the visitor’s clock by default (the page’s review date has passed)', async () => {
    const element = await guide();
    expect(notice(element) !== null).to.equal(new Date() > new Date(2026, 10, 12));
  });

  it('takes a clinic’s own dates', async () => {
    const element = await guide(
      '<relief-guide last-updated="2026-03-01" next-review="2027-03-01"></relief-guide>',
      new Date(2026, 10, 24),
    );
    expect(dates(element)).to.equal('Last updated 1 Mar 2026 · Next review due 1 Mar 2027');
    expect(notice(element)).to.equal(null);
  });

  for (const bad of ['2026-02-30', '12/11/2024', '2026-1-5', 'soon']) {
    it(`warns about next-review="${bad}" and keeps the page’s date`, async () => {
      const warnings = captureWarnings();
      const element = await guide(`<relief-guide next-review="${bad}"></relief-guide>`, new Date(2025, 0, 1));
      warnings.restore();
      expect(dates(element)).to.contain('Next review due 11 Nov 2026');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`next-review="${bad}"`).and.contain('YYYY-MM-DD');
    });
  }

  it('warns about a `today` that is not a valid Date and reads the visitor’s clock', async () => {
    const element = await guide();
    const warnings = captureWarnings();
    (element as unknown as { today: unknown }).today = window;
    await element.updateComplete;
    warnings.restore();
    expect(warnings.messages[0]).to.contain('today must be a valid Date or YYYY-MM-DD, not an object');
    expect(deepText(element)).to.contain('Last updated 12 Nov 2024');
  });

  it('follows date changes after the first render', async () => {
    const element = await guide(undefined, new Date(2026, 10, 24));
    expect(notice(element)).not.to.equal(null);
    element.setAttribute('next-review', '2027-11-11');
    await element.updateComplete;
    expect(notice(element)).to.equal(null);
  });
});
