import { expect } from '@open-wc/testing';
import { elementFolders, packageElements } from './support/elements.js';

/** A repository file as it is on disk (the test server's /raw/ route). */
async function source(path: string): Promise<string> {
  const response = await fetch(`/raw/${path}`);
  expect(response.ok, `/${path}`).to.equal(true);
  return response.text();
}

/**
 * Every element folder under src/ is covered by everything that sells the library: a new
 * element (`npm run new -- <name>`) fails here until each place covers it. Most lists derive
 * from the folders or the manifest and pass by themselves (the every-locale, theming,
 * upgrade, registry and builder tests, the embed pages, prerender-every, the bench, the
 * bundler example's imports and pages, the examples test); the rest are files a person writes for people, checked here.
 */
describe('every element folder is covered', () => {
  let folders: string[] = [];
  before(async () => {
    folders = await elementFolders();
  });

  it('has element folders, each in the manifest (the derived lists read it)', async () => {
    expect(folders.length).to.be.at.least(5);
    const tags = (await packageElements()).map(({ tag }) => tag).sort();
    expect(tags).to.deep.equal(folders.map((folder) => `relief-${folder}`).sort());
  });

  it('is exported by the bundle entry, src/relief-widgets.ts', async () => {
    const entry = await source('src/relief-widgets.ts');
    for (const folder of folders) expect(entry, folder).to.match(new RegExp(`from '\\./${folder}/relief-${folder}\\.js';`));
  });

  it('has its test file and its stories', async () => {
    for (const folder of folders) {
      expect((await fetch(`/test/${folder}.test.ts`)).ok, `test/${folder}.test.ts`).to.equal(true);
      expect((await fetch(`/stories/${folder}.stories.ts`)).ok, `stories/${folder}.stories.ts`).to.equal(true);
    }
  });

  it('has a row in README.md’s element table', async () => {
    const readme = await source('README.md');
    const table = readme.slice(readme.indexOf('## Elements'), readme.indexOf('\n## ', readme.indexOf('## Elements') + 1));
    for (const folder of folders) expect(table, `relief-${folder}`).to.contain(`| \`<relief-${folder}>\` |`);
  });

  it('has the space a page reserves for it (`@reserve`), as EMBEDDING.md gives it', async () => {
    const embedding = await source('EMBEDDING.md');
    const documented = new Map<string, string>();
    for (const [, selectors, size] of embedding.matchAll(/((?:relief-[\w-]+:not\(:defined\),?\s*)+)\{[^}]*min-block-size: ([^;]+);/g)) {
      for (const [, tag] of selectors.matchAll(/(relief-[\w-]+):not/g)) documented.set(tag, size);
    }
    for (const { tag, reservedBlockSize } of await packageElements()) {
      expect(reservedBlockSize, `${tag}: @reserve in its JSDoc`).to.match(/^\d+(\.\d+)?(em|vh|px)$/);
      expect(documented.get(tag), `${tag} in EMBEDDING.md`).to.equal(reservedBlockSize);
    }
  });

  it('is on the demo page', async () => {
    const demo = await source('demo/index.html');
    for (const folder of folders) expect(demo, `relief-${folder}`).to.contain(`<relief-${folder}`);
  });

  it('is in every form of the framework example apps, if it is a form control', async () => {
    const forms: string[] = await (await fetch('/test/example-forms.json')).json();
    // One app per framework at least: React, Preact, Vue, Angular, Svelte, Next.js, Astro, Eleventy.
    expect(forms.length).to.be.at.least(8);
    const controls = (await packageElements()).filter(({ formControl }) => formControl).map(({ tag }) => tag);
    expect(controls.length).to.be.at.least(2);
    // React wrappers are written by their class name: relief-pain-selector → ReliefPainSelector.
    const component = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
    for (const file of forms) {
      const text = await source(file);
      for (const tag of controls) expect(text.includes(`<${tag}`) || text.includes(`<${component(tag)}`), `${file}: ${tag}`).to.equal(true);
    }
  });

  it('is on the embed test pages that cover every element (strict CSP, hostile CSS, double load, chunks)', async () => {
    // Each page file with the variants the embed tests open, as the test server fills them in.
    for (const page of ['csp.html', 'csp.html?script=classic', 'plain.html?hostile', 'double-load.html', 'chunks.html?chunks=broken', 'chunks.html?chunks=stalled', 'chunks.html?chunks=flaky&run=coverage']) {
      const html = await (await fetch(`/test/embed/pages/${page}`)).text();
      for (const folder of folders) expect(html, `${page}: relief-${folder}`).to.contain(`<relief-${folder}`);
    }
  });
});
