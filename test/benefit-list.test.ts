import { expect, fixture, html } from '@open-wc/testing';
import { ReliefBenefitList } from '../src/benefit-list/relief-benefit-list.js';
import { captureWarnings, deepText, part, parts } from './support/helpers.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

runSharedAttributeSuite({
  tag: 'relief-benefit-list',
  defaultHeading: 'Key Benefits for Chronic Pain Management',
  itemIds: ['muscle-relaxation', 'mood-improvement', 'decreased-inflammation', 'quality-of-life'],
  itemSelector: '[part~="item"]',
});
runSharedAttributeSuite({
  tag: 'relief-benefit-list',
  attributes: 'set="how-it-helps"',
  defaultHeading: 'How Massage Supports Chronic Pain Relief',
  itemIds: ['relaxes-muscles', 'enhances-circulation', 'stimulates-endorphins', 'reduces-stress'],
  itemSelector: '[part~="item"]',
});
runSharedAttributeSuite({
  tag: 'relief-benefit-list',
  attributes: 'set="summary"',
  defaultHeading: 'Conclusion',
  itemIds: ['reduces-muscle-tension', 'lowers-stress-hormones', 'improves-circulation', 'stimulates-endorphin-release'],
  itemSelector: '[part~="item"]',
});

describe('<relief-benefit-list>', () => {
  it('is registered by its module and importable as a class', () => {
    expect(customElements.get('relief-benefit-list')).to.equal(ReliefBenefitList);
  });

  it('shows the key benefits by default, verbatim from the clinic page', async () => {
    const element = await fixture(html`<relief-benefit-list></relief-benefit-list>`);
    const text = deepText(element);
    expect(text).to.contain('Massage therapy offers numerous benefits that support pain relief and emotional wellness:');
    expect(text).to.contain('Muscle Relaxation: Releases tight muscles and reduces pressure on painful areas.');
    expect(text).to.contain('Enhanced Quality of Life: Regular therapy may allow greater ease of movement and comfort.');
    expect(parts(element, 'li')).to.have.length(4);
  });

  it('shows how massage supports relief with set="how-it-helps"', async () => {
    const element = await fixture(html`<relief-benefit-list set="how-it-helps"></relief-benefit-list>`);
    const text = deepText(element);
    expect(text).to.contain('Stimulates Endorphin Production: Boosts natural “feel-good” hormones that reduce pain perception.');
    expect(element.shadowRoot!.querySelector('[part="intro"]')).to.equal(null);
  });

  it('shows the conclusion with its closing sentence with set="summary"', async () => {
    const element = await fixture(html`<relief-benefit-list set="summary"></relief-benefit-list>`);
    expect(deepText(element)).to.contain('Massage therapy provides relief from chronic pain by:');
    expect(part(element, '[part="outro"]').textContent!.trim()).to.equal(
      'These benefits combine to support comprehensive pain management.',
    );
  });

  it('warns about an unknown set, naming the valid sets, and shows the key benefits', async () => {
    const warnings = captureWarnings();
    const element = await fixture(html`<relief-benefit-list set="benefits"></relief-benefit-list>`);
    warnings.restore();
    expect(part(element, '[part~="heading"]').textContent!.trim()).to.equal('Key Benefits for Chronic Pain Management');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('set="benefits"').and.contain('key-benefits, how-it-helps, summary');
  });

  it('switches lists when `set` changes', async () => {
    const element = await fixture<ReliefBenefitList>(html`<relief-benefit-list></relief-benefit-list>`);
    element.set = 'summary';
    await element.updateComplete;
    expect(part(element, '[part~="heading"]').textContent!.trim()).to.equal('Conclusion');
  });
});
