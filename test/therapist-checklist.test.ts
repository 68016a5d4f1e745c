import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/therapist-checklist/relief-therapist-checklist.js';
import type { ReliefTherapistChecklist } from '../src/therapist-checklist/relief-therapist-checklist.js';
import { captureWarnings, deepText, part, parts } from './support/helpers.js';
import { runFormControlSuite } from './support/form-control.suite.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

const QUALITIES = ['experience', 'sensitivity', 'understanding'];

runSharedAttributeSuite({
  tag: 'relief-therapist-checklist',
  defaultHeading: 'What to Look for in a Pain Management Massage Therapist',
  itemIds: QUALITIES,
  itemSelector: '[part~="item"]',
});

runFormControlSuite({
  tag: 'relief-therapist-checklist',
  first: 'experience',
  second: 'sensitivity',
  valueOf: (ids) => ids,
  submitted: (ids) => ids,
  input: (element, id) => part<HTMLInputElement>(element, `input[value="${id}"]`),
});

const boxes = (element: Element) => parts<HTMLInputElement>(element, 'input[type="checkbox"]');
const box = (element: Element, id: string) => part<HTMLInputElement>(element, `input[value="${id}"]`);
const progress = (element: Element) => part(element, '[part="progress"]').textContent!.trim();

async function checklist(markup = '<relief-therapist-checklist></relief-therapist-checklist>') {
  return fixture<ReliefTherapistChecklist>(markup);
}

describe('<relief-therapist-checklist>', () => {
  it('lists the three qualities verbatim as unchecked checkboxes named by their titles', async () => {
    const element = await checklist();
    expect(boxes(element).map((input) => input.checked)).to.deep.equal([false, false, false]);
    const text = deepText(element);
    expect(text).to.contain('When choosing a therapist for chronic pain, consider these qualities:');
    expect(text).to.contain(
      'Sensitivity to Pain Thresholds: Therapists skilled in chronic pain will adjust techniques to suit.',
    );
    const first = box(element, 'experience');
    const labelledBy = element.shadowRoot!.getElementById(first.getAttribute('aria-labelledby')!)!;
    const describedBy = element.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(labelledBy.textContent!.trim()).to.equal('Experience with Pain Relief Techniques:');
    expect(describedBy.textContent!.trim()).to.equal('Specialized knowledge ensures a tailored approach.');
    expect(part(element, 'fieldset').getAttribute('aria-labelledby')).to.equal('heading');
    expect(progress(element)).to.equal('0 of 3 qualities checked');
    expect(part(element, '[part="progress"]').getAttribute('role')).to.equal('status');
  });

  it('checks a quality by a click anywhere on its row, counts it, and fires relief-change', async () => {
    const element = await checklist();
    const heard = oneEvent(document, 'relief-change');
    part(element, '[data-id="sensitivity"] [part="item-text"]').click();
    const event = await heard;
    expect(event.detail).to.deep.equal({ value: ['sensitivity'] });
    expect(event.composed && event.bubbles).to.equal(true);
    await element.updateComplete;
    expect(element.value).to.deep.equal(['sensitivity']);
    expect(progress(element)).to.equal('1 of 3 qualities checked');
    expect(part<HTMLProgressElement>(element, 'progress').value).to.equal(1);
  });

  it('keeps the page order in its value, whatever the order of ticking', async () => {
    const element = await checklist();
    box(element, 'understanding').click();
    box(element, 'experience').click();
    await element.updateComplete;
    expect(element.value).to.deep.equal(['experience', 'understanding']);
    box(element, 'understanding').click();
    await element.updateComplete;
    expect(element.value).to.deep.equal(['experience']);
  });

  it('works by keyboard: Tab moves between the checkboxes, Space toggles, then the reset button', async () => {
    const wrapper = await fixture(html`<div>
      <button id="before">before</button>
      <relief-therapist-checklist></relief-therapist-checklist>
    </div>`);
    const element = wrapper.querySelector('relief-therapist-checklist') as ReliefTherapistChecklist;
    (wrapper.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(box(element, 'experience'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.value).to.deep.equal(['experience', 'understanding']);
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(part(element, '[part="reset-button"]'));
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.value).to.deep.equal([]);
    expect(element.shadowRoot!.activeElement).to.equal(part(element, '[part="reset-button"]'));
  });

  it('resets to its initial ticks with the reset button and fires relief-change', async () => {
    const element = await checklist('<relief-therapist-checklist value="sensitivity"></relief-therapist-checklist>');
    box(element, 'experience').click();
    await element.updateComplete;
    expect(progress(element)).to.equal('2 of 3 qualities checked');
    const heard = oneEvent(element, 'relief-change');
    part(element, '[part="reset-button"]').click();
    expect((await heard).detail).to.deep.equal({ value: ['sensitivity'] });
    await element.updateComplete;
    expect(boxes(element).map((input) => input.checked)).to.deep.equal([false, true, false]);
    expect(part(element, '[part="reset-button"]').textContent!.trim()).to.equal('Reset checklist');
  });

  it('counts against the shown qualities, with the plural of the total', async () => {
    const element = await checklist('<relief-therapist-checklist items="understanding"></relief-therapist-checklist>');
    expect(progress(element)).to.equal('0 of 1 quality checked');
    box(element, 'understanding').click();
    await element.updateComplete;
    expect(progress(element)).to.equal('1 of 1 quality checked');
  });

  it('warns about unknown ids in `value`, naming the valid ids but not the given ones, and keeps the known ones', async () => {
    const warnings = captureWarnings();
    const element = await checklist('<relief-therapist-checklist value="empathy experience"></relief-therapist-checklist>');
    warnings.restore();
    expect(element.value).to.deep.equal(['experience']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('experience, sensitivity, understanding').and.not.contain('empathy');
  });

  it('prints without its buttons, keeping the checkboxes', async () => {
    const element = await checklist();
    const printRules = [...element.shadowRoot!.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .map((rule) => rule.cssText)
      .join('\n');
    expect(printRules).to.match(/\.button[^{]*\{[^}]*display: none/);
    expect(printRules).not.to.contain('.checkbox');
  });

  it('stores nothing: no cookie, no web storage', async () => {
    const element = await checklist('<relief-therapist-checklist name="q"></relief-therapist-checklist>');
    box(element, 'experience').click();
    await element.updateComplete;
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps its ticks in sessionStorage only when the clinic opts in with persist', async () => {
    const markup = '<relief-therapist-checklist name="persisted" persist="session"></relief-therapist-checklist>';
    const first = await checklist(markup);
    box(first, 'sensitivity').click();
    await first.updateComplete;
    expect(sessionStorage.getItem('relief-widgets:therapist-checklist:persisted')).to.equal('sensitivity');
    first.remove();
    const again = await checklist(markup);
    expect(again.value).to.deep.equal(['sensitivity']);
    expect(box(again, 'sensitivity').checked).to.equal(true);
    sessionStorage.clear();
  });

  it('stores every change of value, not only a visitor\'s, and never reverts when moved', async () => {
    sessionStorage.removeItem('relief-widgets:therapist-checklist:moved');
    const element = await checklist('<relief-therapist-checklist name="moved" persist="session"></relief-therapist-checklist>');
    element.value = ['experience', 'understanding'];
    expect(sessionStorage.getItem('relief-widgets:therapist-checklist:moved')).to.equal('experience understanding');
    const parent = element.parentElement!;
    element.remove();
    sessionStorage.setItem('relief-widgets:therapist-checklist:moved', 'sensitivity');
    parent.append(element);
    await element.updateComplete;
    expect(element.value).to.deep.equal(['experience', 'understanding']);
    element.reset();
    expect(sessionStorage.getItem('relief-widgets:therapist-checklist:moved')).to.equal('');
    sessionStorage.removeItem('relief-widgets:therapist-checklist:moved');
  });

  it('warns and keeps the ticks in the page when the browser refuses storage', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    const warnings = captureWarnings();
    try {
      const element = await checklist('<relief-therapist-checklist id="refused" persist="local"></relief-therapist-checklist>');
      box(element, 'experience').click();
      await element.updateComplete;
      expect(element.value).to.deep.equal(['experience']);
    } finally {
      Storage.prototype.setItem = original;
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.contain('this browser refuses storage');
  });

  it('warns and stores nothing for an unknown persist value or without a key', async () => {
    const warnings = captureWarnings();
    const unknown = await checklist('<relief-therapist-checklist name="q" persist="forever"></relief-therapist-checklist>');
    const keyless = await checklist('<relief-therapist-checklist persist="local"></relief-therapist-checklist>');
    box(unknown, 'experience').click();
    box(keyless, 'experience').click();
    warnings.restore();
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(warnings.messages.join('\n')).to.contain('persist="forever" is not one of: session, local');
    expect(warnings.messages.join('\n')).to.contain('persist needs a name or an id');
  });

  it('is accessible with some qualities checked (axe)', async () => {
    const element = await checklist('<relief-therapist-checklist value="experience"></relief-therapist-checklist>');
    await expect(element).to.be.accessible();
  });
});

describe('<relief-therapist-checklist> in a form', () => {
  const inForm = async (inner: string) => {
    const form = await fixture<HTMLFormElement>(`<form>${inner}</form>`);
    const element = form.querySelector('relief-therapist-checklist') as ReliefTherapistChecklist;
    await element.updateComplete;
    return { form, element };
  };

  it('submits each checked id under its name', async () => {
    const { form, element } = await inForm('<relief-therapist-checklist name="qualities"></relief-therapist-checklist>');
    expect(new FormData(form).getAll('qualities')).to.deep.equal([]);
    box(element, 'experience').click();
    box(element, 'understanding').click();
    await element.updateComplete;
    expect([...new FormData(form).entries()]).to.deep.equal([
      ['qualities', 'experience'],
      ['qualities', 'understanding'],
    ]);
  });

  it('submits nothing without a name', async () => {
    const { form } = await inForm('<relief-therapist-checklist value="experience"></relief-therapist-checklist>');
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('returns to the `value` attribute on form reset', async () => {
    const { form, element } = await inForm(
      '<relief-therapist-checklist name="q" value="understanding"></relief-therapist-checklist>',
    );
    box(element, 'experience').click();
    await element.updateComplete;
    form.reset();
    await element.updateComplete;
    expect(new FormData(form).getAll('q')).to.deep.equal(['understanding']);
    expect(boxes(element).map((input) => input.checked)).to.deep.equal([false, false, true]);
  });

  it('is disabled by an ancestor <fieldset disabled>: nothing submitted, controls disabled', async () => {
    const { form, element } = await inForm(
      '<fieldset disabled><relief-therapist-checklist name="q" value="experience"></relief-therapist-checklist></fieldset>',
    );
    await element.updateComplete;
    expect(boxes(element).every((input) => input.matches(':disabled'))).to.equal(true);
    expect(part<HTMLButtonElement>(element, '[part="reset-button"]').disabled).to.equal(true);
    expect(new FormData(form).has('q')).to.equal(false);
  });

  it('restores a saved state', async () => {
    const { element } = await inForm('<relief-therapist-checklist name="q"></relief-therapist-checklist>');
    element.formStateRestoreCallback('sensitivity understanding');
    await element.updateComplete;
    expect(element.value).to.deep.equal(['sensitivity', 'understanding']);
  });
});
