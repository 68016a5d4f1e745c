import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ReliefTherapistChecklist } from '../src/therapist-checklist/therapist-checklist.component.js';

const { args, argTypes, template } = manifestHelpers<ReliefTherapistChecklist>('relief-therapist-checklist');

const meta = {
  title: 'Elements/Therapist checklist',
  component: 'relief-therapist-checklist',
  tags: ['autodocs'],
  // The attribute is a space-separated list of ids (the property is an array).
  args: { ...args, value: '' },
  argTypes,
  render: (storyArgs) => template(storyArgs),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** Nothing ticked yet: "0 of 3 qualities checked". */
export const NothingTicked: Story = {};

export const PartlyTicked: Story = {
  args: { value: 'experience understanding' },
  parameters: describe('`value="experience understanding"`: two of three ticked; the reset button restores these initial ticks.'),
};

export const AllTicked: Story = {
  args: { value: 'experience sensitivity understanding' },
};

export const Disabled: Story = {
  args: { value: 'sensitivity', disabled: true },
};

export const CustomHeadingLevelAndItems: Story = {
  args: {
    heading: 'What matters to you in a therapist?',
    'heading-level': 3,
    items: 'sensitivity experience',
  },
  parameters: describe('Two of the three qualities, in the clinic\'s order, under its own heading at level 3: progress counts "of 2".'),
};

export const ThemedWithCustomProperties: Story = {
  args: {
    value: 'experience',
    '--relief-color-accent': 'light-dark(#0f766e, #5eead4)',
    '--relief-color-surface': 'light-dark(#f0fdfa, #132724)',
    '--relief-spacing': '1.25em',
    'reset-button-part': 'border-radius: 999px;\npadding-inline: 1.25em;',
    'progress-part': 'font-weight: 700;',
  },
  parameters: describe('Colours and spacing through `--relief-*`; `::part(reset-button)` and `::part(progress)` for the rest.'),
};

export const BadInput: Story = {
  args: { value: 'experience massage-chair', items: 'experience price' },
  parameters: describe(
    'Unknown ids in `value` and `items`: console warnings (not errors) name the valid ids; the known ones are kept.',
  ),
};
