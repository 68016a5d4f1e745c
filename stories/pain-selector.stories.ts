import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ReliefPainSelector } from '../src/pain-selector/pain-selector.component.js';

const { args, argTypes, template } = manifestHelpers<ReliefPainSelector>('relief-pain-selector');

const meta = {
  title: 'Elements/Pain selector',
  component: 'relief-pain-selector',
  tags: ['autodocs'],
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** Nothing chosen yet: all four types show how massage may help, as on the clinic page. */
export const NothingChosen: Story = {};

export const BackPain: Story = {
  args: { value: 'back' },
  parameters: describe('`value="back"`: the panel shows how massage may help back pain.'),
};

export const JointPain: Story = {
  args: { value: 'joint' },
};

export const Fibromyalgia: Story = {
  args: { value: 'fibromyalgia' },
};

export const Neuropathy: Story = {
  args: { value: 'neuropathy' },
};

export const RequiredInAForm: Story = {
  args: { name: 'pain-type', required: true },
  parameters: describe(
    'With `required`, a form is not submitted until a type is chosen (the browser\'s own validation message). See Examples › Clinic page › In a clinic form.',
  ),
};

export const Disabled: Story = {
  args: { value: 'joint', disabled: true },
};

export const CustomHeadingLevelAndItems: Story = {
  args: {
    heading: 'Where does it hurt most?',
    'heading-level': 3,
    items: 'neuropathy fibromyalgia back',
  },
  parameters: describe('Three of the four types, in the clinic\'s order, under its own heading at level 3.'),
};

export const ThemedWithCustomProperties: Story = {
  args: {
    value: 'fibromyalgia',
    '--relief-color-accent': 'light-dark(#1d4ed8, #93b4ff)',
    '--relief-color-surface-raised': 'light-dark(#e8efff, #1e2a44)',
    '--relief-radius': '1.5em',
    'option-part': 'font-weight: 600;',
    'panel-part': 'border-inline-start-width: 0.5em;',
  },
  parameters: describe('Accent, raised surface and radius through `--relief-*`; `::part(option)` and `::part(panel)` for the rest.'),
};

export const BadInput: Story = {
  args: { value: 'headache', items: 'back knee joint' },
  parameters: describe(
    'An unknown `value` and an unknown item id: console warnings (not errors) name the valid values; nothing is chosen, and the known types show.',
  ),
};
