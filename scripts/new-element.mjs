/**
 * `npm run new -- <name> [--styles]`: writes a new element, `<relief-<name>>`, following the
 * pattern of the existing ones (CONTRIBUTING.md explains each file):
 *
 *   src/<name>/<name>.content.ts      its English content: msg() calls with ids `<name>.…`
 *   src/<name>/<name>.component.ts    its class (a titled list of items, like <relief-tip-list>)
 *   src/<name>/<name>.styles.ts       with --styles only: CSS of its own, beside the shared styles
 *   src/<name>/relief-<name>.ts       its registration (defineElement) and tag type
 *   src/relief-widgets.ts             one export line, after the other elements'
 *   test/<name>.test.ts               the shared attribute suite (two items at least), and its registration
 *   stories/<name>.stories.ts         its Storybook stories, from the manifest
 *
 * Everything else derives from the src/ folders or the manifest (`npm run build`). The
 * new messages are extracted by `npm run i18n:extract`, after which every locale has them
 * pending until translated (`npm run i18n:check` passes; a release refuses them).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const styles = args.includes('--styles');
const [name, ...extra] = args.filter((arg) => !arg.startsWith('--'));
const fail = (message) => {
  console.error(`new: ${message}`);
  process.exit(1);
};

if (!name || extra.length) fail('usage: npm run new -- <name> [--styles]   (for example: npm run new -- faq)');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail(`"${name}" is not a lower-case, dash-separated name (the tag is relief-<name>)`);
if (['core', 'generated'].includes(name)) fail(`"${name}" is a folder of src/ that holds no element`);
const folder = join(root, 'src', name);
if (existsSync(folder)) fail(`src/${name}/ exists already`);

const words = name.split('-');
const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const upper = words.join('_').toUpperCase();
const title = words.join(' ');
const Title = title[0].toUpperCase() + title.slice(1);
const tag = `relief-${name}`;
const className = `Relief${pascal}`;

const files = new Map();

files.set(
  `src/${name}/${name}.content.ts`,
  `import { msg } from '@lit/localize';
import type { ItemSet } from '../core/content.js';

/** The item ids, constant, in their default order: \`items\` selects among them. Two at least. */
export const ${upper}_ITEMS = ['first', 'second'] as const;
export type ${pascal}Item = (typeof ${upper}_ITEMS)[number];

/**
 * The English content of <${tag}>; a function, so that each call reads the active locale.
 * Message ids: \`${name}.heading\`, \`${name}.intro\`, \`${name}.<item id>.title\` and \`.text\`.
 * Replace the text below with the element's own before the first commit.
 */
export const ${camel}Content = (): ItemSet<${pascal}Item> => ({
  heading: msg('${Title}', { id: '${name}.heading' }),
  intro: msg('What this ${title} is about, in one sentence.', { id: '${name}.intro' }),
  items: [
    {
      id: 'first',
      title: msg('First item', { id: '${name}.first.title' }),
      text: msg('The first item, in one sentence.', { id: '${name}.first.text' }),
    },
    {
      id: 'second',
      title: msg('Second item', { id: '${name}.second.title' }),
      text: msg('The second item, in one sentence.', { id: '${name}.second.text' }),
    },
  ],
});
`,
);

if (styles) {
  files.set(
    `src/${name}/${name}.styles.ts`,
    `import { css } from 'lit';

/** What only <${tag}> needs, beside the shared element and list styles. Use the --_* and --relief-* properties. */
export const ${camel}Styles = css\`
  .item {
    margin-block-end: var(--_space);
  }
\`;
`,
  );
}

files.set(
  `src/${name}/${name}.component.ts`,
  `import { ReliefItemList } from '../core/item-list.js';
import { ${camel}Content } from './${name}.content.js';
${styles ? `import { ${camel}Styles } from './${name}.styles.js';\n` : ''}
/** One list of this element (\`set\` chooses among lists when there are several). */
const SETS = ['default'] as const;

/**
 * One sentence on what the element shows a clinic's visitors.
 *
 * @summary One sentence on what the element shows.
 * @reserve 24em
 *
 * @attr {string} items - Space-separated item ids, in the order to show them (default: all): \`first\`, \`second\`.
 */
export class ${className} extends ReliefItemList<(typeof SETS)[number]> {
${styles ? `  static override styles = [ReliefItemList.styles, ${camel}Styles];\n\n` : ''}  protected readonly setNames = SETS;
  protected itemSet = ${camel}Content;
}
`,
);

files.set(
  `src/${name}/${tag}.ts`,
  `import { defineElement } from '../core/define.js';
import { ${className} } from './${name}.component.js';

export { ${className} };

defineElement('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
);

files.set(
  `test/${name}.test.ts`,
  `import { expect } from '@open-wc/testing';
import { ${className} } from '../src/${name}/${tag}.js';
import { runSharedAttributeSuite } from './support/shared-attributes.suite.js';

runSharedAttributeSuite({
  tag: '${tag}',
  defaultHeading: '${Title}',
  itemIds: ['first', 'second'],
  itemSelector: '[part~="item"]',
});

describe('<${tag}>', () => {
  it('is registered by its module and importable as a class', () => {
    expect(customElements.get('${tag}')).to.equal(${className});
  });
});
`,
);

files.set(
  `stories/${name}.stories.ts`,
  `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manifestHelpers } from './support/helpers.js';
import type { ${className} } from '../src/${name}/${name}.component.js';

const { args, argTypes, template } = manifestHelpers<${className}>('${tag}');

const meta = {
  title: 'Elements/${Title}',
  component: '${tag}',
  tags: ['autodocs'],
  args,
  argTypes,
  render: (storyArgs) => template(storyArgs),
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The element as a page shows it by default. */
export const Default: Story = {};

export const CustomHeadingLevelAndItems: Story = {
  args: { heading: 'A heading of the clinic\\'s own', 'heading-level': 3, items: 'second' },
};
`,
);

for (const path of files.keys()) if (existsSync(join(root, path))) fail(`${path} exists already`);

// The bundle entry: one export line, after the last element's.
const entryPath = join(root, 'src/relief-widgets.ts');
const entry = readFileSync(entryPath, 'utf8');
const exportLines = [...entry.matchAll(/^export \{ Relief\w+ \} from '\.\/[\w-]+\/relief-[\w-]+\.js';$/gm)];
if (!exportLines.length) fail('src/relief-widgets.ts has no element export line to follow');
const last = exportLines.at(-1);
const at = last.index + last[0].length;
const line = `export { ${className} } from './${name}/${tag}.js';`;

mkdirSync(folder, { recursive: true });
for (const [path, text] of files) writeFileSync(join(root, path), text);
writeFileSync(entryPath, `${entry.slice(0, at)}\n${line}${entry.slice(at)}`);

console.log(`new: <${tag}> (${className})
  wrote ${[...files.keys()].join('\n        ')}
  added to src/relief-widgets.ts: ${line}

Next (CONTRIBUTING.md, "Adding an element"):
  1. Write the content in ${relative(root, join(folder, `${name}.content.ts`))} (ids, English text; two items at least),
     the JSDoc of ${relative(root, join(folder, `${name}.component.ts`))}, and the test's heading and item ids.
  2. npm run i18n:extract     every locale gets the new messages, pending until translated
  3. npm run build            the manifest, framework types, editor data, sideEffects… pick the element up
  4. For people: a row in README.md's element table, and <${tag}> on the demo page (demo/index.html)
     (and in every form of examples/* if it is a form control); test/coverage.test.ts checks them.
  5. npm run lint && npm run typecheck && npm run i18n:check
     npx wtr --files test/${name}.test.ts test/registry.test.ts test/coverage.test.ts`);
