/// <reference types="vite/client" />
/**
 * The Custom Elements Manifest (custom-elements.json, written by `npm run
 * analyze` from the elements' JSDoc), for Storybook's controls and docs and for
 * the MDX reference pages. A glob import, so that type-checking does not need
 * the generated file; Storybook's scripts run the analyzer first.
 */

export interface ManifestItem {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
  readonly type?: { readonly text: string };
  readonly inheritedFrom?: { readonly name: string };
}

export interface ManifestElement {
  readonly name: string;
  readonly tagName: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly (ManifestItem & { readonly fieldName?: string })[];
  readonly events?: readonly ManifestItem[];
  readonly cssParts?: readonly ManifestItem[];
  readonly cssProperties?: readonly ManifestItem[];
}

export interface Manifest {
  readonly schemaVersion: string;
  readonly modules: readonly { readonly declarations?: readonly (Partial<ManifestElement> & { kind: string })[] }[];
}

const found = import.meta.glob<Manifest>('../../custom-elements.json', { eager: true, import: 'default' });

export const manifest: Manifest | undefined = Object.values(found)[0];

if (!manifest) {
  throw new Error('custom-elements.json is missing: run `npm run analyze` (the Storybook scripts run it first).');
}

/** Every element with a tag, in the manifest's order. */
export const manifestElements: readonly ManifestElement[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is ManifestElement & { kind: string } => Boolean(declaration.tagName));

export function manifestElement(tagName: string): ManifestElement {
  const element = manifestElements.find((candidate) => candidate.tagName === tagName);
  if (!element) throw new Error(`<${tagName}> is not in custom-elements.json.`);
  return element;
}
