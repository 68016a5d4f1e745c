import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ReliefGuide } from '../src/guide/guide.component.js';

const { args, argTypes, template } = manifestHelpers<ReliefGuide>('relief-guide');

/** The `today` control (a date picker) gives a timestamp; the element takes a `Date`. */
const toDate = (value: unknown): Date | undefined =>
  typeof value === 'number' ? new Date(value) : value instanceof Date ? value : undefined;

/** Noon UTC on a day: the same calendar day in every time zone Storybook may run in. */
const day = (isoDate: string): number => Date.parse(`${isoDate}T12:00:00Z`);

const meta = {
  title: 'Elements/Guide',
  component: 'relief-guide',
  tags: ['autodocs'],
  // `today` unset: the visitor's clock decides whether the review is overdue.
  args: { ...args, today: undefined },
  argTypes,
  render: ({ today, ...storyArgs }) => template({ ...storyArgs, today: toDate(today) }),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const describe = (story: string) => ({ docs: { description: { story } } });

/** The whole clinic page in one tag, with the page's own review dates and the visitor's clock. */
export const WholeGuide: Story = {};

export const ReviewOverdue: Story = {
  args: { 'last-updated': '2024-11-12', 'next-review': '2026-11-11', today: day('2027-01-15') },
  parameters: describe(
    'Once the next review date has passed (here `today` is set to 15 January 2027), an honest notice says the information may be out of date.',
  ),
};

export const ReviewUpToDate: Story = {
  args: { 'last-updated': '2026-10-01', 'next-review': '2028-10-01', today: day('2026-11-24') },
  parameters: describe(
    'A clinic that reviewed the page sets its own `last-updated` and `next-review` dates (`YYYY-MM-DD`); they are formatted for the page\'s language, and no notice shows before the review date.',
  ),
};

export const SelectedSections: Story = {
  args: {
    heading: 'Massage for chronic pain: a patient guide',
    'heading-level': 3,
    items: 'introduction pain-types therapist-checklist further-resources',
  },
  parameters: describe(
    'Some sections, in the clinic\'s order, under its own heading at level 3 (sections one level below). The safety note, disclaimer and review dates always show.',
  ),
};

export const ThemedWithCustomProperties: Story = {
  args: {
    '--relief-color-accent': 'light-dark(#7c2d12, #f4a582)',
    '--relief-color-surface': 'light-dark(#fffbf5, #231a14)',
    '--relief-color-surface-raised': 'light-dark(#fdeedd, #3a2a1e)',
    '--relief-font-family': 'Georgia, serif',
    'eyebrow-part': 'text-transform: uppercase;\nletter-spacing: 0.08em;',
    'section-heading-part': 'color: light-dark(#7c2d12, #f4a582);',
    'option-checked-part': 'font-weight: 700;',
  },
  parameters: describe(
    'Custom properties reach the nested elements too; so do the parts they export through the guide (`section-heading`, `option-checked`…).',
  ),
};

export const BadInput: Story = {
  args: { items: 'introduction faq', 'last-updated': '12/11/2024', 'next-review': '2026-13-40' },
  parameters: describe(
    'An unknown section id and malformed dates: console warnings (not errors) name the valid values; the known section shows, and the page\'s own dates are kept.',
  ),
};
