import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers, type StoryHelpers } from '@wc-toolkit/storybook-helpers';
import { manifestElement } from './manifest.js';

/**
 * Storybook args, controls and docs-table rows for a tag, from the Custom
 * Elements Manifest (through @wc-toolkit/storybook-helpers), with three
 * touches for the docs table:
 * - custom properties show their syntax (`<color>`, `<length>`) and default;
 * - every row has a `type`, so Storybook keeps the helpers' order (attributes
 *   first) instead of putting rows it would infer a type for first;
 * - the manifest gives an event's type as the event
 *   (`CustomEvent<{ value: string }>`), which the helpers would wrap in
 *   `CustomEvent<…>` once more.
 */
export function manifestHelpers<Element>(tagName: string): StoryHelpers<Element> {
  const helpers = getStorybookHelpers<Element>(tagName);
  const cssProperties = new Map((manifestElement(tagName).cssProperties ?? []).map((property) => [property.name, property]));
  for (const [key, argType] of Object.entries(helpers.argTypes) as [string, ArgTypes[string]][]) {
    const property = cssProperties.get(key);
    if (property) {
      argType.table = {
        ...argType.table,
        type: property.type ? { summary: property.type.text } : undefined,
        defaultValue: property.default ? { summary: property.default } : undefined,
      };
    }
    argType.type ??= 'string';
    const type = argType.table?.type;
    if (type?.summary?.startsWith('CustomEvent<CustomEvent<')) {
      type.summary = type.summary.slice('CustomEvent<'.length, -1);
    }
  }
  return helpers;
}
