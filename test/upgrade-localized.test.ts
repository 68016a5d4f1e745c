import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { deepText, part, settled } from './support/helpers.js';
import { until, showsText } from './support/frame.js';
import { switchPageLanguage } from './support/locale.js';

// No static import of the elements: they and the page's language come first.
describe('a French page with elements before the bundle loads', () => {
  it('renders them in French, then follows <html lang> switches', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `
      <relief-benefit-list></relief-benefit-list>
      <relief-therapist-checklist value="experience"></relief-therapist-checklist>
      <relief-guide></relief-guide>`;
    await import('../src/relief-widgets.js');
    const elements = [...document.body.children] as LitElement[];
    await until(() => elements.every(showsText), 'the French text');
    await Promise.all(elements.map(settled));
    expect(elements.map((element) => part(element, '[part~="base"]').lang)).to.deep.equal(['fr', 'fr', 'fr']);
    expect(deepText(elements[0])).to.contain('Principaux bienfaits');

    await switchPageLanguage('es', 'es', elements);
    expect(elements.map((element) => part(element, '[part~="base"]').lang)).to.deep.equal(['es', 'es', 'es']);
    const nested = part<LitElement>(elements[2], 'relief-pain-selector');
    expect(part(nested, '[part~="base"]').lang).to.equal('es');
    document.documentElement.lang = 'en';
  });
});
