import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/pain-selector/relief-pain-selector.js';
import type { ReliefPainSelector } from '../src/pain-selector/relief-pain-selector.js';
import { captureWarnings, deepText, part, parts } from './support/helpers.js';
import { runFormControlSuite } from './support/form-control.suite.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

const PAIN_TYPES = ['back', 'joint', 'fibromyalgia', 'neuropathy'];

runSharedAttributeSuite({
  tag: 'relief-pain-selector',
  defaultHeading: 'Common Types of Pain that Massage May Address',
  itemIds: PAIN_TYPES,
  itemSelector: '[part~="option"]',
});

runFormControlSuite({
  tag: 'relief-pain-selector',
  first: 'back',
  second: 'joint',
  valueOf: (ids) => ids[0] ?? '',
  submitted: (ids) => ids,
  input: (element, id) => part<HTMLInputElement>(element, `input[value="${id}"]`),
});

const radios = (element: Element) => parts<HTMLInputElement>(element, 'input[type="radio"]');
const radio = (element: Element, id: string) => part<HTMLInputElement>(element, `input[value="${id}"]`);
/** The visible types' own sentences in the panel (their evidence notes left out). */
const visiblePanelText = (element: Element) =>
  parts(element, '[part="panel-item"]:not([hidden])')
    .map((item) => `${item.querySelector('[part="item-title"]')!.textContent} ${item.querySelector('[part="item-text"]')!.textContent}`)
    .join(' ');

describe('<relief-pain-selector>', () => {
  it('offers the four pain types as native radios in a labelled fieldset, none chosen', async () => {
    const element = await fixture(html`<relief-pain-selector></relief-pain-selector>`);
    const fieldset = part(element, 'fieldset');
    expect(part(element, 'legend').textContent!.trim()).to.equal('Choose a type of pain');
    expect(radios(element).map((input) => input.value)).to.deep.equal(PAIN_TYPES);
    expect(radios(element).every((input) => fieldset.contains(input) && !input.checked)).to.equal(true);
    expect(parts(element, 'label[part~="option"]').map((label) => label.textContent!.trim())).to.deep.equal([
      'Back Pain',
      'Joint Pain',
      'Fibromyalgia',
      'Neuropathy',
    ]);
    // Until a type is chosen, the panel lists them all, as the clinic page does.
    expect(visiblePanelText(element)).to.equal(
      'Back Pain: Eases tension and supports spinal alignment. ' +
        'Joint Pain: Reduces stiffness and improves mobility. ' +
        'Fibromyalgia: Alleviates muscle pain and fatigue associated with this condition. ' +
        'Neuropathy: Improves blood flow to alleviate numbness and tingling.',
    );
  });

  it('shows how massage may help the chosen type, and fires relief-change (bubbling, composed)', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector></relief-pain-selector>`);
    const heard = oneEvent(document, 'relief-change');
    radio(element, 'fibromyalgia').click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ value: 'fibromyalgia' });
    expect(event.composed).to.equal(true);
    expect(element.value).to.equal('fibromyalgia');
    await element.updateComplete;
    expect(visiblePanelText(element)).to.equal(
      'Fibromyalgia: Alleviates muscle pain and fatigue associated with this condition.',
    );
    expect(part(element, '[part~="option-checked"]').dataset.id).to.equal('fibromyalgia');
    expect(part(element, '[part="panel"]').getAttribute('aria-live')).to.equal('polite');
  });

  it('follows the radio group pattern by keyboard: Tab in, arrows move and choose, Tab out', async () => {
    const element = await fixture<ReliefPainSelector>(html`<div>
      <button id="before">before</button>
      <!-- Without the evidence notes, whose links would come next in the tab order. -->
      <relief-pain-selector hide-evidence></relief-pain-selector>
      <button id="after">after</button>
    </div>`);
    const selector = element.querySelector('relief-pain-selector') as ReliefPainSelector;
    (element.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(selector.shadowRoot!.activeElement).to.equal(radio(selector, 'back'));
    await sendKeys({ press: ' ' });
    await selector.updateComplete;
    expect(selector.value).to.equal('back');
    const changes: string[] = [];
    selector.addEventListener('relief-change', (event) => changes.push(event.detail.value as string));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await selector.updateComplete;
    expect(selector.value).to.equal('fibromyalgia');
    expect(selector.shadowRoot!.activeElement).to.equal(radio(selector, 'fibromyalgia'));
    await sendKeys({ press: 'ArrowUp' });
    await selector.updateComplete;
    expect(changes).to.deep.equal(['joint', 'fibromyalgia', 'joint']);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(element.querySelector('#after'));
    // Tabbing into the group again lands on the checked radio, not the first one.
    (element.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(selector.shadowRoot!.activeElement).to.equal(radio(selector, 'joint'));
  });

  it('takes its initial choice from `value`', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector value="joint"></relief-pain-selector>`);
    expect(radio(element, 'joint').checked).to.equal(true);
    expect(visiblePanelText(element)).to.equal('Joint Pain: Reduces stiffness and improves mobility.');
  });

  it('follows `value` set from script', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector value="joint"></relief-pain-selector>`);
    element.value = 'neuropathy';
    await element.updateComplete;
    expect(radio(element, 'neuropathy').checked).to.equal(true);
    expect(radio(element, 'joint').checked).to.equal(false);
  });

  it('warns about an unknown value, naming the pain types but not the value, and chooses nothing', async () => {
    const warnings = captureWarnings();
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector value="migraine"></relief-pain-selector>`);
    warnings.restore();
    expect(element.value).to.equal('');
    expect(radios(element).some((input) => input.checked)).to.equal(false);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('back, joint, fibromyalgia, neuropathy').and.not.contain('migraine');
  });

  it('keeps a value outside `items` without showing or warning about it', async () => {
    const warnings = captureWarnings();
    const element = await fixture<ReliefPainSelector>(
      html`<relief-pain-selector items="joint neuropathy" value="back"></relief-pain-selector>`,
    );
    warnings.restore();
    expect(element.value).to.equal('back');
    expect(radios(element).some((input) => input.checked)).to.equal(false);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('focus() lands on the first radio', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector></relief-pain-selector>`);
    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(radio(element, 'back'));
  });

  it('is accessible with a type chosen (axe)', async () => {
    const element = await fixture(html`<relief-pain-selector value="back" required></relief-pain-selector>`);
    await expect(element).to.be.accessible();
  });
});

describe('<relief-pain-selector> evidence notes', () => {
  const EVIDENCE = {
    back: ['Some evidence, short-term', 'In trials, massage eased low back pain for a few weeks', 2],
    joint: ['Limited evidence', 'A small amount of research suggests massage may ease knee osteoarthritis pain', 2],
    fibromyalgia: ['Some evidence, short-term', 'A review of nine small trials found', 1],
    neuropathy: ['Limited evidence', 'Only a few small studies have looked at massage', 1],
  } as const;

  it('follows each type with its certainty label, note and safe English citation links', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector></relief-pain-selector>`);
    for (const [type, [label, note, sources]] of Object.entries(EVIDENCE)) {
      const evidence = part(element, `[part="panel-item"][data-id="${type}"] [part="evidence"]`);
      expect(evidence.querySelector('[part="evidence-label"]')!.textContent!.trim()).to.equal(label);
      expect(evidence.querySelector('[part="evidence-text"]')!.textContent).to.contain(note);
      const links = [...evidence.querySelectorAll('a')];
      expect(links, type).to.have.length(sources);
      for (const link of links) {
        expect([link.rel, link.target, link.referrerPolicy]).to.deep.equal(['noopener noreferrer', '_blank', 'no-referrer']);
        expect(new URL(link.href).protocol).to.equal('https:');
        expect(link.querySelector('bdi')!.lang).to.equal('en');
      }
    }
  });

  it('shows only the chosen type’s note once one is chosen', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector value="neuropathy"></relief-pain-selector>`);
    const shown = parts(element, '[part="panel-item"]:not([hidden]) [part="evidence"]');
    expect(shown).to.have.length(1);
    expect(shown[0].textContent).to.contain(EVIDENCE.neuropathy[1]);
  });

  it('hides the notes with hide-evidence', async () => {
    const element = await fixture<ReliefPainSelector>(html`<relief-pain-selector hide-evidence></relief-pain-selector>`);
    expect(parts(element, '[part="evidence"]')).to.have.length(0);
    expect(deepText(element)).not.to.contain('evidence');
  });
});

describe('<relief-pain-selector> in a form', () => {
  const formFixture = (inner: string) =>
    fixture<HTMLFormElement>(`<form>${inner}<button>Send</button></form>`).then((form) => ({
      form,
      selector: form.querySelector('relief-pain-selector') as ReliefPainSelector,
    }));

  it('submits the chosen type under its name', async () => {
    const { form, selector } = await formFixture('<relief-pain-selector name="pain"></relief-pain-selector>');
    expect(selector.form).to.equal(form);
    expect(new FormData(form).has('pain')).to.equal(false);
    radio(selector, 'back').click();
    await selector.updateComplete;
    expect([...new FormData(form).entries()]).to.deep.equal([['pain', 'back']]);
  });

  it('submits nothing without a name', async () => {
    const { form, selector } = await formFixture('<relief-pain-selector value="back"></relief-pain-selector>');
    await selector.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('returns to the `value` attribute on form reset', async () => {
    const { form, selector } = await formFixture('<relief-pain-selector name="pain" value="joint"></relief-pain-selector>');
    radio(selector, 'neuropathy').click();
    await selector.updateComplete;
    form.reset();
    await selector.updateComplete;
    expect(selector.value).to.equal('joint');
    expect(radio(selector, 'joint').checked).to.equal(true);
    expect(new FormData(form).get('pain')).to.equal('joint');
  });

  it('is invalid while required and unchosen, with a message, and blocks submission', async () => {
    const { form, selector } = await formFixture('<relief-pain-selector name="pain" required></relief-pain-selector>');
    await selector.updateComplete;
    expect(selector.validity.valueMissing).to.equal(true);
    expect(selector.validationMessage).to.equal('Choose a type of pain.');
    expect(form.checkValidity()).to.equal(false);
    expect(part(selector, 'legend').textContent).to.contain('(required)');
    radio(selector, 'joint').click();
    await selector.updateComplete;
    expect(selector.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('is disabled by its attribute: radios disabled, nothing submitted, no validation', async () => {
    const { form, selector } = await formFixture(
      '<relief-pain-selector name="pain" value="back" required disabled></relief-pain-selector>',
    );
    await selector.updateComplete;
    expect(radios(selector).every((input) => input.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('pain')).to.equal(false);
    expect(selector.willValidate).to.equal(false);
  });

  it('is disabled by an ancestor <fieldset disabled>', async () => {
    const { selector } = await formFixture(
      '<fieldset disabled><relief-pain-selector name="pain"></relief-pain-selector></fieldset>',
    );
    await selector.updateComplete;
    expect(radios(selector).every((input) => input.matches(':disabled'))).to.equal(true);
    (selector.closest('fieldset') as HTMLFieldSetElement).disabled = false;
    await selector.updateComplete;
    expect(radios(selector).every((input) => !input.matches(':disabled'))).to.equal(true);
  });

  it('restores a saved state (back/forward cache, autofill)', async () => {
    const { selector } = await formFixture('<relief-pain-selector name="pain"></relief-pain-selector>');
    selector.formStateRestoreCallback('neuropathy');
    await selector.updateComplete;
    expect(radio(selector, 'neuropathy').checked).to.equal(true);
  });

  it('is accessible inside a form (axe)', async () => {
    const { form } = await formFixture('<relief-pain-selector name="pain" required></relief-pain-selector>');
    await expect(form).to.be.accessible();
  });
});
