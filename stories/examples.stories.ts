import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import './support/examples.css';

/**
 * The elements together, the way a clinic's page uses them. These stories
 * have no controls of their own: each element's page has them.
 */
const meta = {
  title: 'Examples/Clinic page',
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Shows what the form would submit, instead of sending it anywhere. */
function showFormData(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const entries = [...new FormData(form)].map(([name, value]) => `${name}=${String(value)}`);
  form.querySelector('output')!.textContent = `Nothing is sent. The form would submit: ${entries.join(', ') || '(nothing)'}`;
}

function clearOutput(event: Event): void {
  (event.currentTarget as HTMLFormElement).querySelector('output')!.textContent = '';
}

const intakeForm = () => html`
  <form class="clinic-form" @submit=${showFormData} @reset=${clearOutput}>
    <h2>Book a visit</h2>
    <label class="field">
      Your first name
      <input name="first-name" autocomplete="given-name" />
    </label>
    <relief-pain-selector name="pain-type" heading-level="3" required></relief-pain-selector>
    <relief-therapist-checklist
      name="therapist-qualities"
      heading="What matters to you in a therapist?"
      heading-level="3"
      value="experience"
    ></relief-therapist-checklist>
    <p class="actions">
      <button type="submit">Request a call back</button>
      <button type="reset">Clear the form</button>
    </p>
    <output aria-live="polite"></output>
  </form>
`;

/**
 * Both form-associated elements in a clinic's own `<form>`: with a `name`, they submit
 * like native controls (the checklist one entry per ticked id), follow the form's reset,
 * and the pain selector's `required` blocks submission until a type is chosen. Submit to
 * see the FormData; nothing is sent anywhere.
 */
export const InAClinicForm: Story = {
  name: 'In a clinic form',
  render: intakeForm,
};

/** The same form, filled in and submitted by the story itself. */
export const InAClinicFormSubmitted: Story = {
  name: 'In a clinic form, submitted',
  render: intakeForm,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const selector = canvasElement.querySelector('relief-pain-selector')!;
    const checklist = canvasElement.querySelector('relief-therapist-checklist')!;
    await waitFor(() => expect(selector.shadowRoot?.querySelector('input[value="joint"]')).toBeTruthy());
    await waitFor(() => expect(checklist.shadowRoot?.querySelector('input[value="sensitivity"]')).toBeTruthy());
    await userEvent.type(canvas.getByLabelText('Your first name'), 'Sam');
    await userEvent.click(selector.shadowRoot!.querySelector<HTMLInputElement>('input[value="joint"]')!);
    await userEvent.click(checklist.shadowRoot!.querySelector<HTMLInputElement>('input[value="sensitivity"]')!);
    await userEvent.click(canvas.getByRole('button', { name: 'Request a call back' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('output')?.textContent).toContain(
        'first-name=Sam, pain-type=joint, therapist-qualities=experience, therapist-qualities=sensitivity',
      ),
    );
  },
};

/**
 * A clinic's brand on every element at once, from its own stylesheet: `--relief-*`
 * custom properties on a wrapper (they inherit into the elements), and `::part()` rules.
 * The last element is dark on a light page: `color-scheme: dark` on the element itself.
 */
export const ClinicBranding: Story = {
  name: 'Clinic branding',
  render: () => html`
    <div class="clinic-brand">
      <relief-benefit-list set="how-it-helps"></relief-benefit-list>
      <relief-pain-selector value="back"></relief-pain-selector>
      <relief-therapist-checklist value="sensitivity"></relief-therapist-checklist>
      <relief-tip-list class="clinic-dark-panel" set="session"></relief-tip-list>
    </div>
  `,
};
