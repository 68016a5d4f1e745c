import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { otherElementsMarkup, packageElements } from './support/elements.js';
import { deepText, part } from './support/helpers.js';

// No static import of the elements here: they must be in the page first.
describe('elements in the page before the bundle loads', () => {
  it('upgrade, keep their attributes and render', async () => {
    // Four instances checked one by one, then every other element of the manifest.
    const others = await otherElementsMarkup(['relief-benefit-list', 'relief-tip-list', 'relief-pain-selector', 'relief-therapist-checklist']);
    document.body.innerHTML = `
      <form id="intake">
        <relief-benefit-list set="summary" heading-level="3"></relief-benefit-list>
        <relief-tip-list set="session"></relief-tip-list>
        <relief-pain-selector name="pain" value="joint"></relief-pain-selector>
        <relief-therapist-checklist name="qualities" value="experience"></relief-therapist-checklist>
      </form>
      <div id="others">${others}</div>`;
    const tags = (await packageElements()).map(({ tag }) => tag);
    expect(tags).to.include.members(['relief-benefit-list', 'relief-tip-list', 'relief-pain-selector', 'relief-therapist-checklist']);
    expect(tags.every((tag) => customElements.get(tag) === undefined)).to.equal(true);

    const bundle = await import('../src/relief-widgets.js');
    const elements = ['relief-benefit-list', 'relief-tip-list', 'relief-pain-selector', 'relief-therapist-checklist'].map(
      (tag) => document.querySelector(tag) as LitElement,
    );
    const all = [...document.querySelectorAll<LitElement>(tags.join(', '))];
    await Promise.all(all.map((element) => element.updateComplete));

    for (const element of all) {
      expect(element.shadowRoot, element.localName).not.to.equal(null);
      expect(deepText(element).length, element.localName).to.be.greaterThan(20);
    }
    expect(part(elements[0], '[part~="heading"]').localName).to.equal('h3');
    expect(deepText(elements[0])).to.contain('Conclusion');
    expect(deepText(elements[1])).to.contain('Tips for an Effective Pain-Relief Massage');
    expect(deepText(elements[2])).to.contain('Joint Pain: Reduces stiffness and improves mobility.');
    const form = document.getElementById('intake') as HTMLFormElement;
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['pain', 'joint'],
      ['qualities', 'experience'],
    ]);
    expect(window.ReliefWidgets?.version).to.equal(bundle.VERSION);
  });
});
