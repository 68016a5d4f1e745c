import { expect } from '@open-wc/testing';
import '../src/relief-widgets.js';
import { elementFolders } from './support/elements.js';

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; members?: { name: string }[] }[] }[];
}

/**
 * The manifest (built from the one folder per element under src/) is the list of
 * elements: the bundle entry registers each, and each has a test file that runs the
 * shared suites, so that a new element cannot skip them.
 */
describe('one registry of elements', () => {
  let elements: { tag: string; formControl: boolean }[] = [];
  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    elements = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => ({
        tag: declaration.tagName!,
        formControl: (declaration.members ?? []).some((member) => member.name === 'checkValidity'),
      }));
  });

  it('lists one element per element folder of src/, the five of the contract among them', async () => {
    const folders = await elementFolders();
    expect(elements.map(({ tag }) => tag).sort()).to.deep.equal(folders.map((folder) => `relief-${folder}`).sort());
    expect(elements.map(({ tag }) => tag)).to.include.members([
      'relief-benefit-list',
      'relief-guide',
      'relief-pain-selector',
      'relief-therapist-checklist',
      'relief-tip-list',
    ]);
  });

  it('registers every element from the bundle entry', () => {
    for (const { tag } of elements) expect(customElements.get(tag), tag).not.to.equal(undefined);
  });

  it('gives every element a test file with the shared suites (the form-control one for controls)', async () => {
    for (const { tag, formControl } of elements) {
      const response = await fetch(`/test/${tag.replace(/^relief-/, '')}.test.ts`);
      expect(response.ok, `test/${tag.replace(/^relief-/, '')}.test.ts`).to.equal(true);
      const source = await response.text();
      expect(source, tag).to.contain('runSharedAttributeSuite');
      if (formControl) expect(source, tag).to.contain('runFormControlSuite');
    }
  });
});
