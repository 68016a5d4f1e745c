import { expect } from '@open-wc/testing';
import { ReliefBenefitList } from '../src/benefit-list/benefit-list.component.js';
import { defineElement } from '../src/core/define.js';
import { captureWarnings } from './support/helpers.js';

describe('defineElement()', () => {
  it('importing a class registers nothing', () => {
    expect(customElements.get('relief-benefit-list')).to.equal(undefined);
  });

  it('registers a tag once; the same version again is skipped silently', () => {
    const warnings = captureWarnings();
    defineElement('relief-define-test-a', class extends ReliefBenefitList {});
    const first = customElements.get('relief-define-test-a');
    expect(() => defineElement('relief-define-test-a', class extends ReliefBenefitList {})).not.to.throw();
    warnings.restore();
    expect(customElements.get('relief-define-test-a')).to.equal(first);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('skips another version with one warning for all its tags', () => {
    class OtherVersion extends ReliefBenefitList {
      static override readonly version = '0.0.0-other';
    }
    defineElement('relief-define-test-b', class extends ReliefBenefitList {});
    defineElement('relief-define-test-c', class extends ReliefBenefitList {});
    const warnings = captureWarnings();
    defineElement('relief-define-test-b', class extends OtherVersion {});
    defineElement('relief-define-test-c', class extends OtherVersion {});
    warnings.restore();
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain(ReliefBenefitList.version).and.contain('0.0.0-other');
  });

  it('never replaces a tag another script registered, and says so', () => {
    customElements.define('relief-define-test-d', class extends HTMLElement {});
    const warnings = captureWarnings();
    expect(() => defineElement('relief-define-test-d', class extends ReliefBenefitList {})).not.to.throw();
    warnings.restore();
    expect(warnings.messages[0]).to.contain('<relief-define-test-d> is already registered by another script');
  });
});
