/**
 * Copies what the relief elements render (in English) into the benchmark's two
 * baselines, so that they hold exactly the same markup and CSS:
 *
 * - bench/vanilla/markup.js: each element's shadow markup (Lit's comment
 *   markers removed) and its stylesheets, for the hand-written vanilla
 *   elements of bench/vanilla/elements.js;
 * - bench/static-demo.html (+ bench/static-widgets/*.css): demo/index.html with
 *   every widget inlined as plain HTML — declarative shadow DOM, so the
 *   widgets' own CSS applies with the same scoping — and no widget script.
 *
 * Run `node bench/capture.mjs` after a change to the elements' markup or
 * styles (then `npm run bench`); `node bench/capture.mjs --check` only reports
 * whether the committed copies still match the current build. `npm run bench`
 * runs the same capture before measuring and refreshes stale copies.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ELEMENT_TAGS } from '../scripts/elements.mjs';
import { launchChromium } from './browser.mjs';
import { installHelpers } from './page-helpers.mjs';
import { projectRoot, startServer } from './server.mjs';

const benchDir = join(projectRoot, 'bench');
const markupFile = join(benchDir, 'vanilla', 'markup.js');
const staticFile = join(benchDir, 'static-demo.html');
const sheetDir = join(benchDir, 'static-widgets');
const SHEET_URL = '/bench/static-widgets/';

/** Every element (one folder per element under src/); a new one gets its vanilla twin from the capture. */
export const TAGS = ELEMENT_TAGS;

/** Runs in the page: serializes what the relief elements render, for both baselines. */
function captureInPage({ tags, sheetUrl, mode }) {
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
  const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');
  const isRelief = (node) => node.nodeType === 1 && node.localName.startsWith('relief-');

  const sheets = new Map(); // CSSStyleSheet → { index, css, users:Set }
  /**
   * The CSS as written in the source (Lit's CSSResult.cssText), not as the
   * CSSOM re-serializes it (which expands `all: initial` into every longhand).
   */
  const sourceText = (host, sheet) => {
    for (const style of host.constructor.elementStyles ?? []) {
      if (style.styleSheet === sheet && typeof style.cssText === 'string') return style.cssText;
    }
    return [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  };
  const sheetIndexes = (root, tag) =>
    [...root.adoptedStyleSheets].map((sheet) => {
      if (!sheets.has(sheet)) {
        sheets.set(sheet, { index: sheets.size, css: sourceText(root.host, sheet), users: new Set() });
      }
      const entry = sheets.get(sheet);
      entry.users.add(tag);
      return entry.index;
    });

  const attributes = (el, extra = []) => {
    const list = [...el.attributes].map((attr) => [attr.name, attr.value]);
    // Properties Lit sets that have no attribute, so that the copy looks the same.
    if (el.localName === 'progress' && el.position !== -1 && !el.hasAttribute('value')) list.push(['value', String(el.value)]);
    return [...extra, ...list].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  };

  /**
   * `nested(el)` decides how a relief element met inside a shadow root is written:
   * `vanilla` mode names its vanilla counterpart (which renders itself); `static`
   * mode writes a plain <div> host holding its rendered shadow root declaratively.
   */
  function serialize(node, nested) {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        out += escapeText(child.data);
      } else if (child.nodeType === 1) {
        if (isRelief(child)) {
          out += nested(child);
          continue;
        }
        const name = child.localName;
        out += `<${name}${attributes(child)}>`;
        if (VOID.has(name)) continue;
        out += name === 'template' ? serialize(child.content, nested) : serialize(child, nested);
        out += `</${name}>`;
      }
      // Comments (Lit's part markers) are dropped: they render nothing.
    }
    return out;
  }

  function staticHost(el) {
    const root = el.shadowRoot;
    const links = sheetIndexes(root, el.localName)
      .map((index) => `<link rel="stylesheet" href="${sheetUrl}@${String(index)}@" />`)
      .join('');
    const template = `<template shadowrootmode="open"${root.delegatesFocus ? ' shadowrootdelegatesfocus' : ''}>${links}${serialize(root, staticHost)}</template>`;
    return `<div${attributes(el, [['data-relief', el.localName]])}>${template}${serialize(el, staticHost)}</div>`;
  }

  const variantKey = (el) => JSON.stringify(['set', 'heading', 'heading-level', 'items', 'value'].map((name) => el.getAttribute(name) ?? ''));

  const result = { elements: {}, hosts: [] };
  const record = (el) => {
    const entry = (result.elements[el.localName] ??= {
      sheets: sheetIndexes(el.shadowRoot, el.localName),
      delegatesFocus: el.shadowRoot.delegatesFocus,
      variants: {},
    });
    entry.variants[variantKey(el)] = serialize(el.shadowRoot, (inner) => {
      record(inner);
      return `<${inner.localName.replace(/^relief-/, 'vanilla-')}${attributes(inner)}></${inner.localName.replace(/^relief-/, 'vanilla-')}>`;
    });
  };

  if (mode === 'elements') {
    for (const tag of tags) record(document.querySelector(`#stage > ${tag}`));
  } else {
    for (const el of document.querySelectorAll(tags.join(','))) result.hosts.push(staticHost(el));
  }
  result.sheets = [...sheets.values()].map(({ index, css, users }) => ({ index, css, users: [...users] }));
  return result;
}

/** Names a stylesheet after the elements that adopt it. */
function sheetName(users) {
  if (TAGS.every((tag) => users.includes(tag))) return 'relief-element';
  return users
    .map((tag) => tag.replace(/^relief-/, ''))
    .sort()
    .join('+');
}

async function captureElements(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/micro.html?lib=relief`, { waitUntil: 'load' });
    await installHelpers(page);
    await page.evaluate(async (tags) => {
      await window.benchLibraryLoaded;
      const stage = document.getElementById('stage');
      const els = tags.map((tag) => stage.appendChild(document.createElement(tag)));
      await window.benchSettle(els);
    }, TAGS);
    return await page.evaluate(captureInPage, { tags: TAGS, sheetUrl: SHEET_URL, mode: 'elements' });
  } finally {
    await page.close();
  }
}

async function captureDemo(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await installHelpers(page);
    await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      await window.benchSettle([...document.querySelectorAll(tags.join(','))]);
    }, TAGS);
    return await page.evaluate(captureInPage, { tags: TAGS, sheetUrl: SHEET_URL, mode: 'demo' });
  } finally {
    await page.close();
  }
}

const banner = (what) =>
  `Generated by \`node bench/capture.mjs\` from what the built relief elements render (lang="en"). ${what} Do not edit by hand: re-run the capture after changing the elements.`;

/**
 * Fails with a clear message unless the built bundle defines every element
 * (a bundler setting such as package.json `sideEffects` can drop the
 * registrations without any error).
 */
export async function assertBundleDefinesElements(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/micro.html?lib=relief`, { waitUntil: 'load' });
    const missing = await page.evaluate(async (tags) => {
      await window.benchLibraryLoaded;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return tags.filter((tag) => !customElements.get(tag));
    }, TAGS);
    if (missing.length) {
      throw new Error(
        `dist/relief-widgets.js loads but does not define ${missing.map((tag) => `<${tag}>`).join(', ')}: ` +
          'the build dropped their registration (check package.json "sideEffects"), so there is nothing to measure.',
      );
    }
  } finally {
    await page.close();
  }
}

/** Builds the contents of every generated file, keyed by path. */
export async function captureFiles(browser, origin) {
  await assertBundleDefinesElements(browser, origin);
  const elements = await captureElements(browser, origin);
  const demo = await captureDemo(browser, origin);

  // bench/vanilla/markup.js
  const names = elements.sheets.map((sheet) => sheetName(sheet.users));
  const markup = {
    sheets: elements.sheets.map((sheet, index) => ({ name: names[index], css: sheet.css })),
    elements: elements.elements,
  };
  const markupSource =
    `// ${banner('The hand-written vanilla elements in elements.js stamp this markup.')}\n` +
    `export const sheets = ${JSON.stringify(markup.sheets, null, 2)};\n\n` +
    `export const elements = ${JSON.stringify(markup.elements, null, 2)};\n`;

  // bench/static-widgets/*.css, named like the vanilla ones (same CSS text).
  const files = new Map([[markupFile, markupSource]]);
  const demoSheetNames = demo.sheets.map((sheet) => sheetName(sheet.users));
  for (const [index, sheet] of demo.sheets.entries()) {
    files.set(
      join(sheetDir, `${demoSheetNames[index]}.css`),
      `/* ${banner(`Adopted by ${sheet.users.join(', ')}.`)} */\n${sheet.css}\n`,
    );
  }

  // bench/static-demo.html: demo/index.html, each widget tag replaced by its rendered copy.
  let html = readFileSync(join(projectRoot, 'demo', 'index.html'), 'utf8');
  const widgetTag = /<(relief-[a-z-]+)\b[^>]*>\s*<\/\1>/g;
  const found = html.match(widgetTag) ?? [];
  if (found.length !== demo.hosts.length) {
    throw new Error(`demo/index.html has ${String(found.length)} widget tags but the page rendered ${String(demo.hosts.length)}`);
  }
  let next = 0;
  html = html.replace(widgetTag, () =>
    demo.hosts[next++].replace(/@(\d+)@/g, (_, index) => `${demoSheetNames[Number(index)]}.css`),
  );
  const bundleScript = /\s*<script type="module" src="\/assets\/vendor\/relief\/relief-widgets\.js"><\/script>/;
  if (!bundleScript.test(html)) throw new Error('demo/index.html no longer loads the bundle the way capture.mjs expects');
  html = html
    .replace(bundleScript, '')
    .replace(/<!-- What a site owner pastes:[^>]*-->\s*/, '')
    .replace('<head>', `<head>\n    <!-- ${banner('The same page as demo/index.html with every widget inlined as static HTML + CSS (declarative shadow DOM), and no widget script.')} -->`);
  files.set(staticFile, html);
  return files;
}

/** Compares the generated files with the ones on disk; returns the paths that differ. */
export function staleFiles(files) {
  const stale = [];
  for (const [path, content] of files) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(path);
  }
  if (existsSync(sheetDir)) {
    for (const name of readdirSync(sheetDir)) {
      if (!files.has(join(sheetDir, name))) stale.push(join(sheetDir, name));
    }
  }
  return stale;
}

/**
 * Runs in the page: a layout signature of everything under `root`, shadow
 * trees included — each element's box, its text colour, size, weight and
 * background, and the text itself (tag names normalized, so relief-x, vanilla-x
 * and a static <div> host compare equal).
 */
function layoutSignature() {
  const lines = [];
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (['link', 'template', 'style', 'script'].includes(node.localName)) continue;
      const box = node.getBoundingClientRect();
      const style = getComputedStyle(node);
      const own = [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.data).join('').replace(/\s+/g, ' ').trim();
      const name = node.shadowRoot ? 'host' : node.localName;
      lines.push([name, box.x, box.y, box.width, box.height].join(' ') + ` ${style.color} ${style.fontSize} ${style.fontWeight} ${style.backgroundColor} ${own}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  return lines.join('\n');
}

/**
 * Proves the copies render the same: the demo page against the static page,
 * and each relief element against its vanilla counterpart, by layout signature
 * (boxes, styles, text, at every depth) and by screenshot. The screenshots of
 * <relief-guide> and <vanilla-guide> differ by a few anti-aliased pixels where
 * Lit leaves adjacent text nodes ("…(NCCIH)" ", " "2019" ".") that the copy
 * holds as one. Returns one `{ what, sameLayout, samePixels }` per comparison.
 */
export async function verifyBaselines(browser, origin) {
  const render = async (path, setup) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await installHelpers(page);
      await page.evaluate(setup ?? '0');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
      return { layout: await page.evaluate(layoutSignature), pixels: await page.screenshot({ fullPage: true }) };
    } finally {
      await page.close();
    }
  };
  const compare = (what, a, b) => ({ what, sameLayout: a.layout === b.layout, samePixels: a.pixels.equals(b.pixels) });
  const settleDemo = `(async () => {
    const tags = ${JSON.stringify(TAGS)};
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await window.benchSettle([...document.querySelectorAll(tags.join(','))]);
  })()`;
  const results = [
    compare('demo/index.html vs bench/static-demo.html', await render('/', settleDemo), await render('/bench/static-demo.html')),
  ];
  for (const tag of TAGS) {
    const vanillaTag = tag.replace(/^relief-/, 'vanilla-');
    const stamp = (lib, name) => `(async () => {
      await window.benchLibraryLoaded;
      const el = document.getElementById('stage').appendChild(document.createElement('${name}'));
      if ('${lib}' === 'relief') await window.benchSettle([el]);
    })()`;
    results.push(
      compare(
        `<${tag}> vs <${vanillaTag}>`,
        await render('/bench/micro.html?lib=relief', stamp('relief', tag)),
        await render('/bench/micro.html?lib=vanilla', stamp('vanilla', vanillaTag)),
      ),
    );
  }
  return results;
}

/** Writes the files `captureFiles` made (replacing bench/static-widgets/ as a whole). */
export function writeBaselines(files) {
  rmSync(sheetDir, { recursive: true, force: true });
  mkdirSync(sheetDir, { recursive: true });
  for (const [path, content] of files) writeFileSync(path, content);
}

async function main() {
  const check = process.argv.includes('--check');
  if (!existsSync(join(projectRoot, 'dist', 'relief-widgets.js'))) {
    console.error('capture: dist/relief-widgets.js is missing; run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const server = await startServer();
  let browser;
  try {
    browser = await launchChromium();
    const files = await captureFiles(browser, server.origin);
    const stale = staleFiles(files);
    if (check) {
      if (stale.length) {
        console.error(`capture: out of date: ${stale.map((path) => path.slice(projectRoot.length)).join(', ')}`);
        process.exitCode = 1;
      } else {
        console.log('capture: the baselines match the current build.');
      }
      return;
    }
    writeBaselines(files);
    console.log(`capture: wrote ${[...files.keys()].map((path) => path.slice(projectRoot.length)).join(', ')}`);
    const results = await verifyBaselines(browser, server.origin);
    for (const { what, sameLayout, samePixels } of results) {
      const verdict = sameLayout ? `same layout, styles and text; ${samePixels ? 'pixel-identical' : 'a few anti-aliased pixels differ'}` : 'LAYOUT DIFFERS';
      console.log(`capture: ${what}: ${verdict}`);
    }
    if (results.some((result) => !result.sameLayout)) process.exitCode = 1;
  } finally {
    await browser?.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    await main();
  } catch (error) {
    console.error(`capture: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
