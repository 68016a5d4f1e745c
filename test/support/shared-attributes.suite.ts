import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { resetWarnings } from '../../src/core/warn.js';
import { captureWarnings, deepText, part, parts } from './helpers.js';

export interface SharedAttributeSuiteOptions {
  tag: string;
  /** Extra attributes every fixture gets (a `set`, say). */
  attributes?: string;
  defaultHeading: string;
  /** The item ids in their default order. */
  itemIds: readonly string[];
  /** Selects the rendered items, each carrying `data-id`. */
  itemSelector: string;
}

/**
 * The attributes every relief element shares — `heading`, `heading-level`,
 * `items` — with their bad-input rules, and axe. Each element's test file runs it.
 */
export function runSharedAttributeSuite({
  tag,
  attributes = '',
  defaultHeading,
  itemIds,
  itemSelector,
}: SharedAttributeSuiteOptions): void {
  const make = (extra = '') => fixture<LitElement>(`<${tag} ${attributes} ${extra}></${tag}>`);
  const renderedIds = (element: Element) => parts(element, itemSelector).map((item) => item.dataset.id);
  // warnOnce is page-wide, so each bad value below is unique to its test.
  const unique = (label: string) => `${label}-${tag}-${attributes.replace(/\W/g, '')}`;

  describe(`<${tag} ${attributes}> shared attributes`, () => {
    it('renders its default heading as an h2, and every item in order', async () => {
      const element = await make();
      const heading = part(element, '[part~="heading"]');
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal(defaultHeading);
      expect(renderedIds(element)).to.deep.equal(itemIds);
    });

    it('replaces the heading text, rendering markup as text', async () => {
      const markup = '<img src="x" onerror="window.__pwned = true"><b>Bold</b>';
      const element = await make(`heading='${markup}'`);
      const heading = part(element, '[part~="heading"]');
      expect(heading.textContent!.trim()).to.equal(markup);
      expect(heading.children.length).to.equal(0);
      expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('warns about an empty heading and keeps the default', async () => {
      const warnings = captureWarnings();
      const element = await make('heading="  "');
      warnings.restore();
      expect(part(element, '[part~="heading"]').textContent!.trim()).to.equal(defaultHeading);
      expect(warnings.messages.join('\n')).to.contain(`<${tag}> heading is empty; showing the default heading, "${defaultHeading}"`);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`renders heading-level="${level}" as an h${level}`, async () => {
        const element = await make(`heading-level="${level}"`);
        expect(part(element, '[part~="heading"]').localName).to.equal(`h${level}`);
      });
    }

    // Each value warns once per page, so only the first suite of a tag tries the plain numbers.
    for (const bad of attributes ? [unique('abc')] : ['1', '7', '2.5', unique('abc')]) {
      it(`warns about heading-level="${bad}" with the valid levels and uses h2`, async () => {
        const warnings = captureWarnings();
        const element = await make(`heading-level="${bad}"`);
        warnings.restore();
        expect(part(element, '[part~="heading"]').localName).to.equal('h2');
        const warning = warnings.messages.find((message) => message.includes(`heading-level must be one of 2, 3, 4, 5, 6, not "${bad}"`));
        expect(warning, warnings.messages.join('\n')).to.be.a('string');
      });
    }

    it('shows only the items named by `items`, in that order', async () => {
      const chosen = [itemIds[itemIds.length - 1], itemIds[0]];
      const element = await make(`items="${chosen.join(' ')}"`);
      expect(renderedIds(element)).to.deep.equal(chosen);
    });

    it('warns about unknown item ids with the valid ids, and drops them', async () => {
      const bogus = unique('bogus');
      const warnings = captureWarnings();
      const element = await make(`items="${bogus} ${itemIds[1]}"`);
      warnings.restore();
      expect(renderedIds(element)).to.deep.equal([itemIds[1]]);
      const warning = warnings.messages.find((message) => message.includes(bogus));
      expect(String(warning)).to.contain(itemIds.join(', '));
    });

    it('shows every item when `items` names no known id, with one warning for many elements', async () => {
      const bogus = unique('nothing-known');
      const warnings = captureWarnings();
      const first = await make(`items="${bogus}"`);
      const second = await make(`items="${bogus}"`);
      warnings.restore();
      expect(renderedIds(first)).to.deep.equal(itemIds);
      expect(renderedIds(second)).to.deep.equal(itemIds);
      expect(warnings.messages.filter((message) => message.includes(bogus))).to.have.length(1);
    });

    it('follows attribute changes after the first render', async () => {
      const element = await make();
      element.setAttribute('heading', 'Our clinic');
      element.setAttribute('heading-level', '3');
      element.setAttribute('items', itemIds[0]);
      await element.updateComplete;
      const heading = part(element, '[part~="heading"]');
      expect(heading.localName).to.equal('h3');
      expect(heading.textContent!.trim()).to.equal('Our clinic');
      expect(renderedIds(element)).to.deep.equal([itemIds[0]]);
    });

    it('never renders blank, whatever the input', async () => {
      const warnings = captureWarnings();
      const element = await make(`items="${unique('x')}" heading-level="${unique('y')}"`);
      warnings.restore();
      expect(warnings.messages).to.have.length(2);
      expect(deepText(element)).to.contain(defaultHeading);
      expect(renderedIds(element)).to.deep.equal(itemIds);
    });

    // Frameworks set properties, not attributes, and may hand over any type.
    it('reads properties of other types sensibly: a number heading, a digit level, an array of items', async () => {
      const element = await make();
      const warnings = captureWarnings();
      Object.assign(element, { heading: 2024, headingLevel: '4', items: [itemIds[1], itemIds[0]] });
      await element.updateComplete;
      warnings.restore();
      const heading = part(element, '[part~="heading"]');
      expect([heading.localName, heading.textContent!.trim()]).to.deep.equal(['h4', '2024']);
      expect(renderedIds(element)).to.deep.equal([itemIds[1], itemIds[0]]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back, with a warning naming the kind, for properties it cannot read, and never throws', async () => {
      const element = await make();
      resetWarnings();
      const warnings = captureWarnings();
      for (const value of [[1, 2], [], { id: 1 }, new Date(0), null, undefined, Symbol('x'), true]) {
        Object.assign(element, { heading: value, headingLevel: value, items: value });
        await element.updateComplete;
        expect(part(element, '[part~="heading"]').textContent!.trim()).to.equal(defaultHeading);
        expect(part(element, '[part~="heading"]').localName).to.equal('h2');
        expect(renderedIds(element)).to.deep.equal(itemIds);
      }
      warnings.restore();
      const text = warnings.messages.join('\n');
      expect(text).to.contain(`<${tag}> heading must be text, not an array`);
      expect(text).to.contain(`<${tag}> items must be space-separated ids or an array of ids, not an object`);
      expect(text).to.contain(`<${tag}> heading-level must be one of 2, 3, 4, 5, 6, not a Date`);
    });

    it('is accessible (axe)', async () => {
      const element = await make();
      await expect(element).to.be.accessible();
    });
  });
}
