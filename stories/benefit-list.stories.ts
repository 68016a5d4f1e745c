import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ReliefBenefitList } from '../src/benefit-list/benefit-list.component.js';

const { args, argTypes, template } = manifestHelpers<ReliefBenefitList>('relief-benefit-list');

const meta = {
  title: 'Elements/Benefit list',
  component: 'relief-benefit-list',
  tags: ['autodocs'],
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** The default list: the clinic page's key benefits of massage for chronic pain. */
export const KeyBenefits: Story = {};

export const HowItHelps: Story = {
  args: { set: 'how-it-helps' },
  parameters: describe('`set="how-it-helps"`: How Massage Supports Chronic Pain Relief.'),
};

export const Summary: Story = {
  args: { set: 'summary' },
  parameters: describe("`set=\"summary\"`: the list in the page's conclusion."),
};

export const CustomHeadingLevelAndItems: Story = {
  args: {
    set: 'how-it-helps',
    heading: 'Why our patients book a massage',
    'heading-level': 3,
    items: 'reduces-stress relaxes-muscles',
  },
  parameters: describe(
    'The site owner picks the heading text, its level (so the widget fits the page outline) and which items show, in which order.',
  ),
};

export const ThemedWithCustomProperties: Story = {
  args: {
    '--relief-color-accent': 'light-dark(#6a3d9a, #c9a7f0)',
    '--relief-color-surface': 'light-dark(#f6f1fb, #221a2b)',
    '--relief-radius': '0',
    '--relief-padding': '1.5em 2em',
    'heading-part': 'font-family: Georgia, serif;\nfont-weight: 400;\nletter-spacing: 0.02em;',
    'item-title-part': 'color: light-dark(#6a3d9a, #c9a7f0);',
  },
  parameters: describe(
    'Brand colours (a `light-dark()` pair each, so that the toolbar\'s dark scheme works too) and spacing through `--relief-*` custom properties, and finer styling through `::part()` (here `heading` and `item-title`). "Show code" shows the CSS the controls add.',
  ),
};

export const BadInput: Story = {
  args: { set: 'top-benefits', items: 'relaxes-muscles', 'heading-level': 9 },
  parameters: describe(
    'An unknown `set`, item ids of another list and an invalid `heading-level`: the element warns once on the console (a warning, not an error), naming the valid values, and falls back to the key benefits, all items, at level 2.',
  ),
};
