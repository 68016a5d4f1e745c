/**
 * `node bench/renders.mjs [DIST]`: how many times each element renders on a
 * French page's first load, the elements in the page before the ES bundle
 * (DIST, default dist/; give another build's dist/ to compare). One render for
 * the hidden English layout, one for French: 2 is the floor.
 */
import { resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { ELEMENT_TAGS } from '../scripts/elements.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const TAGS = ELEMENT_TAGS;
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>
${TAGS.map((tag) => `<${tag}></${tag}>`).join('\n')}
<script type="module" src="/probe.js"></script></body></html>`;
// Counts renders per element instance, patched on the classes before their first update.
const probe = `import * as bundle from '/dist/relief-widgets.js';
window.renders = new Map();
for (const value of Object.values(bundle)) {
  const render = value?.prototype?.render;
  if (typeof render !== 'function') continue;
  value.prototype.render = function () {
    window.renders.set(this, (window.renders.get(this) ?? 0) + 1);
    return render.call(this);
  };
}`;

const server = await startStaticServer({ mounts: [['/dist/', dist]] });
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname === '/page.html') request.respond({ contentType: 'text/html', body: page });
    else if (pathname === '/probe.js') request.respond({ contentType: 'text/javascript', body: probe });
    else request.continue();
  });
  await tab.goto(`${server.origin}/page.html`);
  await tab.waitForFunction(() => document.querySelector('relief-guide')?.shadowRoot?.querySelector('[lang="fr"]:not(.loading)'));
  await new Promise((done) => setTimeout(done, 500));
  const counts = await tab.evaluate(() => {
    const byTag = {};
    for (const [element, count] of window.renders) (byTag[element.localName] ??= []).push(count);
    return byTag;
  });
  console.log(`renders per element on a French first load (${dist}):`);
  for (const [tag, list] of Object.entries(counts)) console.log(`  ${tag}: ${list.join(', ')} (${String(list.length)} instances)`);
} finally {
  await browser.close();
  await server.close();
}
