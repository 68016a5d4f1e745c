import { expect } from '@open-wc/testing';
import { ReliefTipList } from '../src/tip-list/relief-tip-list.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

runSharedAttributeSuite({
  tag: 'relief-tip-list',
  defaultHeading: 'Lifestyle Tips to Support Pain Management',
  itemIds: ['low-impact-exercise', 'balanced-diet', 'mindfulness', 'sleep-schedule'],
  itemSelector: '[part~="item"]',
});
runSharedAttributeSuite({
  tag: 'relief-tip-list',
  attributes: 'set="session"',
  defaultHeading: 'Tips for an Effective Pain-Relief Massage',
  itemIds: ['communicate-comfort-needs', 'gentle-techniques', 'regular-routine'],
  itemSelector: '[part~="item"]',
});

describe('<relief-tip-list>', () => {
  it('is registered by its module and importable as a class', () => {
    expect(customElements.get('relief-tip-list')).to.equal(ReliefTipList);
  });
});
