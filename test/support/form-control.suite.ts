import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureWarnings, part, parts, settled } from './helpers.js';

type FormControl = LitElement & {
  value: unknown;
  items?: unknown;
  form: unknown;
  reset?: () => void;
  focus(): void;
};

export interface FormControlSuiteOptions {
  tag: string;
  /** Two item ids, in the default order. */
  first: string;
  second: string;
  /** The value property after choosing `ids` (a string for a radio group, an array for a checklist). */
  valueOf: (ids: string[]) => unknown;
  /** What the form submits after choosing `ids`, under `name`. */
  submitted: (ids: string[]) => string[];
  /** The native input for an item id. */
  input: (element: Element, id: string) => HTMLInputElement;
}

/**
 * What every relief form control promises a clinic's form (DESIGN.md): the
 * value, form value and validity are updated before `relief-change`, `input`
 * and `change` fire from the host; the native inputs always show the value; a
 * view filter (`items`) never loses a choice; properties of any type never
 * throw; nothing logs the patient's choice. Lion-style: one suite, run by each
 * control's test file.
 */
export function runFormControlSuite({ tag, first, second, valueOf, submitted, input }: FormControlSuiteOptions): void {
  async function inForm(attributes = '') {
    const form = await fixture<HTMLFormElement>(
      `<form id="intake-${tag}"><${tag} name="answer" ${attributes}></${tag}><button>Send</button></form>`,
    );
    const element = form.querySelector<FormControl>(tag)!;
    await settled(element);
    return { form, element };
  }
  const entries = (form: HTMLFormElement) => new FormData(form).getAll('answer');

  describe(`<${tag}> as a form control`, () => {
    it('has the new value in the form when relief-change, input and change fire, in that order, from the host', async () => {
      const { form, element } = await inForm();
      const seen: { type: string; target: EventTarget | null; entries: FormDataEntryValue[]; value: unknown }[] = [];
      for (const type of ['relief-change', 'input', 'change']) {
        form.addEventListener(type, (event) =>
          seen.push({ type, target: event.target, entries: entries(form), value: (event.target as FormControl).value }),
        );
      }
      input(element, first).click();
      expect(seen.map((event) => event.type)).to.deep.equal(['relief-change', 'input', 'change']);
      for (const event of seen) {
        expect(event.target).to.equal(element);
        expect(event.entries).to.deep.equal(submitted([first]));
        expect(event.value).to.deep.equal(valueOf([first]));
      }
    });

    it('gives relief-change a copy of the value in detail.value', async () => {
      const { form, element } = await inForm();
      element.addEventListener('relief-change', (event) => {
        const { value } = (event as CustomEvent<{ value: unknown }>).detail;
        if (Array.isArray(value)) value.length = 0;
      });
      input(element, first).click();
      await settled(element);
      expect(element.value).to.deep.equal(valueOf([first]));
      expect(entries(form)).to.deep.equal(submitted([first]));
    });

    it('shows the value when a relief-change listener puts the previous one back', async () => {
      const { form, element } = await inForm();
      element.addEventListener('relief-change', () => (element.value = valueOf([])), { once: true });
      input(element, first).click();
      await settled(element);
      expect(input(element, first).checked).to.equal(false);
      expect(entries(form)).to.deep.equal([]);
    });

    it('shows the default value after a form reset right after a click', async () => {
      const { form, element } = await inForm(`value="${second}"`);
      input(element, first).click();
      form.reset();
      await settled(element);
      expect(element.value).to.deep.equal(valueOf([second]));
      expect(input(element, first).checked).to.equal(false);
      expect(input(element, second).checked).to.equal(true);
      expect(entries(form)).to.deep.equal(submitted([second]));
    });

    it('follows the value attribute until the visitor chooses; then the attribute is only the default a reset restores', async () => {
      const { form, element } = await inForm();
      element.setAttribute('value', second);
      await settled(element);
      expect(element.value, 'before any choice').to.deep.equal(valueOf([second]));
      element.removeAttribute('value');
      await settled(element);
      input(element, first).click();
      await settled(element);
      element.setAttribute('value', second);
      await settled(element);
      expect(element.value, 'after the choice').to.deep.equal(valueOf([first]));
      expect(input(element, first).checked).to.equal(true);
      expect(input(element, second).checked).to.equal(false);
      expect(entries(form)).to.deep.equal(submitted([first]));
      form.reset();
      await settled(element);
      expect(element.value, 'after a form reset').to.deep.equal(valueOf([second]));
      element.setAttribute('value', first);
      await settled(element);
      expect(element.value, 'the attribute is followed again after a reset').to.deep.equal(valueOf([first]));
      input(element, second).click();
      element.value = valueOf([second]);
      await settled(element);
      expect(element.value, 'the property always sets the value').to.deep.equal(valueOf([second]));
    });

    it('keeps a choice that `items` hides, without submitting or logging it, and shows it again when offered', async () => {
      const { form, element } = await inForm();
      input(element, first).click();
      const logged: string[] = [];
      const original = { warn: console.warn, log: console.log, error: console.error, info: console.info };
      for (const method of ['warn', 'log', 'error', 'info'] as const) {
        console[method] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      }
      try {
        element.items = second;
        await settled(element);
        expect(entries(form)).to.deep.equal([]);
        expect(parts<HTMLInputElement>(element, 'input').map((box) => box.value)).to.deep.equal([second]);
        element.items = undefined;
        await settled(element);
      } finally {
        Object.assign(console, original);
      }
      expect(element.value).to.deep.equal(valueOf([first]));
      expect(input(element, first).checked).to.equal(true);
      expect(entries(form)).to.deep.equal(submitted([first]));
      expect(logged.filter((line) => line.includes(first))).to.deep.equal([]);
    });

    it('reads a value property of any type without throwing or rendering blank', async () => {
      const { element } = await inForm();
      const warnings = captureWarnings();
      try {
        for (const value of [null, undefined, 42, {}, new Date(), [1, 2], Symbol('x'), [first], `${first}`]) {
          element.value = value;
          await settled(element);
          expect(part(element, '[part~="heading"]').textContent!.trim()).not.to.equal('');
        }
      } finally {
        warnings.restore();
      }
      expect(element.value).to.deep.equal(valueOf([first]));
      expect(warnings.messages.length).to.be.greaterThan(0);
    });

    it('takes the standard form attribute as a property, as React assigns it', async () => {
      const form = await fixture<HTMLFormElement>(html`<div><form id="intake-by-id"></form></div>`);
      const element = document.createElement(tag) as FormControl;
      form.append(element);
      element.setAttribute('name', 'answer');
      expect(() => (element.form = 'intake-by-id')).not.to.throw();
      expect(element.getAttribute('form')).to.equal('intake-by-id');
      expect(element.form).to.equal(form.querySelector('form'));
      expect(() => (element.form = null)).not.to.throw();
      expect(element.hasAttribute('form')).to.equal(false);
      element.form = form.querySelector('form');
      expect(element.getAttribute('form')).to.equal('intake-by-id');
      const warnings = captureWarnings();
      element.form = 42;
      warnings.restore();
      expect(element.getAttribute('form')).to.equal('intake-by-id');
      expect(warnings.messages.join()).to.contain('form must be the id of a <form>, not a number');
    });

    it('restores only a text state the browser saved, and is nothing chosen otherwise', async () => {
      const { element } = await inForm(`value="${first}"`);
      (element as unknown as { formStateRestoreCallback(state: unknown): void }).formStateRestoreCallback(new FormData());
      await settled(element);
      expect(element.value).to.deep.equal(valueOf([]));
    });

    it('leaves focus where it is when the explanatory text is clicked, and focus() reaches the first option', async () => {
      const { element } = await inForm();
      const outside = document.createElement('button');
      document.body.append(outside);
      outside.focus();
      part(element, '[part~="intro"]').click();
      expect(document.activeElement).to.equal(outside);
      outside.remove();
      element.focus();
      expect(element.shadowRoot!.activeElement).to.equal(input(element, first));
    });
  });
}
