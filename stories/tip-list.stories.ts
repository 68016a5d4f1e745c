import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ReliefTipList } from '../src/tip-list/tip-list.component.js';

const { args, argTypes, template } = manifestHelpers<ReliefTipList>('relief-tip-list');

const meta = {
  title: 'Elements/Tip list',
  component: 'relief-tip-list',
  tags: ['autodocs'],
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** The default list: lifestyle tips that support pain management. */
export const Lifestyle: Story = {};

export const Session: Story = {
  args: { set: 'session' },
  parameters: describe('`set="session"`: Tips for an Effective Pain-Relief Massage.'),
};

export const CustomHeadingLevelAndItems: Story = {
  args: {
    set: 'session',
    heading: 'Before your first session',
    'heading-level': 3,
    items: 'communicate-comfort-needs gentle-techniques',
  },
  parameters: describe('A heading of the clinic\'s own, at level 3, with two of the three session tips.'),
};

export const ThemedWithCustomProperties: Story = {
  args: {
    '--relief-color-accent': 'light-dark(#a14a17, #f0a070)',
    '--relief-color-text': 'light-dark(#3b2a1e, #f3e6da)',
    '--relief-color-surface': 'light-dark(#fdf6ee, #2b2017)',
    '--relief-font-family': 'Georgia, serif',
    'list-part': 'padding-inline-start: 1.5em;',
    'outro-part': 'font-style: italic;',
  },
  parameters: describe('Warm brand colours and a serif font through `--relief-*` properties; `::part(list)` and `::part(outro)` for the rest.'),
};

export const BadInput: Story = {
  args: { set: 'diet', items: 'balanced-diet yoga' },
  parameters: describe(
    'An unknown `set` and an unknown item id: a console warning (not an error) names the valid values; the element shows the lifestyle tips, with the known item only.',
  ),
};
