/**
 * The prerendered output is valid HTML (DESIGN.md: "it passes the W3C Nu HTML
 * Checker, each shadow root checked as a fragment too"): the prerendered demo
 * page and CLI output in en, de and ar, through vnu-jar (Java from Debian).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, serialize } from 'parse5';
import { prerender } from '../../dist/esm/prerender/prerender.js';
import { ELEMENT_TAGS as TAGS, manifestElements } from '../../scripts/elements.mjs';

const root = new URL('../../', import.meta.url);
/** The form controls (elements with a `name` attribute): named on the page, as a form has them. */
const NAMED = new Set(manifestElements().flatMap(({ tag, attributes }) => (attributes.includes('name') ? [tag] : [])));
const { default: vnuJar } = await import('vnu-jar');

/**
 * What the checker reports that is its own gap, not a fault of the markup, and why.
 */
const CHECKER_GAPS = [
  // The `part` attribute (CSS Shadow Parts) is standard; the checker's schema predates it.
  [/^Attribute “part” not allowed on element/, 'the checker does not know the part attribute'],
  [/^Attribute “exportparts” not allowed on element/, 'the checker does not know the exportparts attribute'],
];

const scratch = mkdtempSync(join(tmpdir(), 'relief-vnu-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Every declarative shadow root of a page, as a document of its own: its `<style>` in the head, its content in the body. */
function shadowRootDocuments(html, lang) {
  const documents = [];
  const visit = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === 'template' && child.attrs.some(({ name }) => name === 'shadowrootmode')) {
        const content = child.content;
        const styles = content.childNodes.filter((node) => node.tagName === 'style');
        const body = { ...content, childNodes: content.childNodes.filter((node) => node.tagName !== 'style') };
        documents.push(
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>shadow root</title>${styles.map((style) => `<style>${style.childNodes[0]?.value ?? ''}</style>`).join('')}</head><body>${serialize(body)}</body></html>`,
        );
        visit(content);
      } else {
        visit(child.tagName === 'template' ? child.content : child);
      }
    }
  };
  visit(parse(html));
  return documents;
}

const pages = new Map();

before(async () => {
  const demo = readFileSync(new URL('demo/index.html', root), 'utf8');
  pages.set('the prerendered demo page', (await prerender(demo, { locale: 'en' })).html);
  const page = (lang) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Clinic</h1><form action="/intake">\n${TAGS.map((tag) => `<${tag}${NAMED.has(tag) ? ` name="${tag}"` : ''}></${tag}>`).join('\n')}\n</form></main></body></html>`;
  for (const locale of ['en', 'de', 'ar']) {
    const file = join(scratch, `in-${locale}.html`);
    writeFileSync(file, page(locale));
    const output = execFileSync(process.execPath, [new URL('bin/relief-widgets.js', root).pathname, 'prerender', '--locale', locale, file], { encoding: 'utf8' });
    pages.set(`CLI output in ${locale}`, output);
  }
});

/** Checks files with one run of the checker; the messages of each, by file. */
function check(files) {
  // The checker writes its JSON report to standard error.
  const run = spawnSync('java', ['-Xss1024k', '-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) throw new Error(`the Nu HTML Checker did not run (is Java installed?): ${run.error?.message ?? run.stderr}`);
  const output = run.stderr;
  const byFile = new Map(files.map((file) => [file, []]));
  for (const message of JSON.parse(output).messages) {
    const file = decodeURIComponent(new URL(message.url).pathname);
    if (message.type === 'error' && !CHECKER_GAPS.some(([pattern]) => pattern.test(message.message))) {
      byFile.get(file).push(`${message.lastLine}:${message.lastColumn} ${message.message}`);
    }
  }
  return byFile;
}

describe('the Nu HTML Checker', () => {
  it('finds no error in a prerendered page, nor in any of its shadow roots', () => {
    const files = [];
    const names = new Map();
    let index = 0;
    for (const [name, html] of pages) {
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'en';
      const whole = join(scratch, `page-${index++}.html`);
      writeFileSync(whole, html);
      files.push(whole);
      names.set(whole, name);
      shadowRootDocuments(html, lang).forEach((fragment, rootIndex) => {
        const file = join(scratch, `page-${index++}.html`);
        writeFileSync(file, fragment);
        files.push(file);
        names.set(file, `${name}, shadow root ${rootIndex + 1}`);
      });
    }
    assert.ok(files.length > pages.size * 5, 'every page has shadow roots to check');
    // A canary: what the old hydration markup had, which the checker must still catch.
    const canary = join(scratch, 'canary.html');
    writeFileSync(canary, '<!doctype html><html lang="en"><head><title>canary</title></head><body><p part="x"><?></p></body></html>');
    const results = check([...files, canary]);
    assert.equal(results.get(canary).length, 1, 'the checker reports the canary\'s <?>');
    results.delete(canary);
    const errors = [...results].flatMap(([file, messages]) => messages.map((message) => `${names.get(file)}: ${message}`));
    assert.deepEqual(errors, []);
  });
});
