/**
 * Markdown tables for the MDX reference pages, built from the Custom Elements
 * Manifest so that they always match the elements' JSDoc.
 */
import { manifestElement, manifestElements, type ManifestItem } from './manifest.js';

/** A table cell: one line, with pipes escaped. */
const cell = (text = ''): string => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|');

const code = (text: string): string => `\`${text}\``;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((value) => cell(value)).join(' | ')} |`),
  ].join('\n');
}

/** The `--relief-*` custom properties, which every element shares. */
export function cssPropertiesMarkdown(): string {
  const properties: readonly ManifestItem[] = manifestElement('relief-guide').cssProperties ?? [];
  return table(
    ['custom property', 'default', 'what it sets'],
    properties.map((property) => [code(property.name), property.default ? code(property.default) : '', property.description ?? '']),
  );
}

/** Each element's `::part()` names. */
export function partsMarkdown(): string {
  return manifestElements
    .map((element) =>
      [
        `#### \`<${element.tagName}>\``,
        '',
        table(
          ['part', 'what it is'],
          (element.cssParts ?? []).map((part) => [code(part.name), part.description ?? '']),
        ),
      ].join('\n'),
    )
    .join('\n\n');
}
