/**
 * `npm run bench`: relief-widgets against hand-written vanilla elements and
 * against the same page as static HTML, in headless Debian Chromium, plus
 * Lighthouse on the demo page. See BENCHMARKS.md for the method.
 *
 *   npm run bench                       every figure, 7 runs each (Lighthouse: 5)
 *   npm run bench -- --runs 9           more runs (at least 5)
 *   npm run bench -- --only a,c         some figures only (a b c d e f)
 *   npm run bench -- --elements guide   (a) and (d) for some elements only
 *   npm run bench -- --lighthouse-runs 5
 *   npm run bench -- --no-capture       do not refresh stale baselines (bench/vanilla/markup.js,
 *                                       bench/static-demo.html): warn instead
 *
 * Prints a Markdown table (median of the runs, the target beside each figure)
 * and writes bench/results/latest.{md,json} (git-ignored).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, launchChromium } from './browser.mjs';
import { captureFiles, staleFiles, TAGS, writeBaselines } from './capture.mjs';
import { installHelpers } from './page-helpers.mjs';
import { freePort, projectRoot, startServer } from './server.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'lighthouse-runs': { type: 'string', default: '5' },
    instances: { type: 'string', default: '500' },
    only: { type: 'string', default: 'a,b,c,d,e,f' },
    elements: { type: 'string', default: TAGS.join(',') },
    capture: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const RUNS = Math.max(5, Number.parseInt(options.runs, 10) || 7);
const LIGHTHOUSE_RUNS = Math.max(5, Number.parseInt(options['lighthouse-runs'], 10) || 5);
/** Page loads are cheap and noisy: (b) takes three times as many samples. */
const PAGE_RUNS = RUNS * 3;
const INSTANCES = Math.max(1, Number.parseInt(options.instances, 10) || 500);
const ELEMENTS = options.elements
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean)
  .map((name) => (name.startsWith('relief-') ? name : `relief-${name}`))
  .filter((name) => TAGS.includes(name));
const ONLY = new Set(options.only.split(',').map((part) => part.trim().toLowerCase()));

const resultsDir = join(projectRoot, 'bench', 'results');
/** (f) CLS is measured in every locale. */
const PRERENDER_LOCALES = JSON.parse(readFileSync(join(projectRoot, 'lit-localize.json'), 'utf8')).targetLocales.concat('en');
const started = Date.now();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const log = (message) => process.stderr.write(`bench: ${message}\n`);

// ---------------------------------------------------------------------------
// Build first when dist/ is missing.

function ensureBuild() {
  const bundle = join(projectRoot, 'dist', 'relief-widgets.js');
  if (existsSync(bundle)) return;
  log('dist/relief-widgets.js is missing: running `npm run build` first…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(bundle)) {
    throw new Error('the build failed; run `npm run build`, fix what it reports, then `npm run bench` again.');
  }
}

// ---------------------------------------------------------------------------
// In-page measurements. Each sample runs in a fresh browser context (its own
// cache and renderer), so every figure is a cold first render.

async function freshPage(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`page error on ${url}: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await installHelpers(page);
  return { page, close: () => context.close() };
}

/**
 * The CPU time of the page's renderer main thread in a trace: the sum of the
 * thread time (`tdur`) of its top-level tasks. Unlike wall time, it does not
 * grow when other processes compete for the CPU, so it shows the work itself.
 * The page's renderer is the busiest `CrRendererMain` thread of the trace.
 */
function mainThreadCpuMs(buffer) {
  if (!buffer) return Number.NaN;
  const parsed = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const events = parsed.traceEvents ?? parsed;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${String(e.pid)}/${String(e.tid)}`),
  );
  const cpu = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || e.tdur === undefined) continue;
    const thread = `${String(e.pid)}/${String(e.tid)}`;
    if (mains.has(thread)) cpu.set(thread, (cpu.get(thread) ?? 0) + e.tdur);
  }
  return Math.max(0, ...cpu.values()) / 1000;
}

/**
 * (a) and (d) in one page load: after a forced GC, inserts `count` elements of
 * `tag` and times, in the page, from the first createElement until every one
 * has rendered (nested elements included) and a forced style + layout (also
 * as main-thread CPU time, from a trace of the same interval); then,
 * after another GC, reads how much the JS heap (V8) and the DOM heap (Blink,
 * "embedder") grew. Returns `{ ms, cpu, js, dom }` per instance.
 */
async function elementSample(browser, origin, lib, tag, count) {
  const { page, close } = await freshPage(browser, `${origin}/bench/micro.html?lib=${lib}`);
  try {
    const name = lib === 'relief' ? tag : tag.replace(/^relief-/, 'vanilla-');
    await page.evaluate(async (element) => {
      await window.benchLibraryLoaded;
      await customElements.whenDefined(element);
    }, name);
    const cdp = await page.createCDPSession();
    const usage = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
      return { js: usedSize, dom: embedderHeapUsedSize };
    };
    const before = await usage();
    await page.tracing.start({ categories: ['toplevel'] });
    const ms = await page.evaluate(
      async (element, n) => {
        const stage = document.getElementById('stage');
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const t0 = performance.now();
        const fragment = document.createDocumentFragment();
        const els = [];
        for (let i = 0; i < n; i++) els.push(fragment.appendChild(document.createElement(element)));
        stage.append(fragment);
        await window.benchSettle(els);
        void stage.offsetHeight; // style and layout of everything inserted
        return performance.now() - t0;
      },
      name,
      count,
    );
    const cpu = mainThreadCpuMs(await page.tracing.stop());
    const after = await usage();
    await cdp.detach();
    return { ms: ms / count, cpu: cpu / count, js: (after.js - before.js) / count, dom: (after.dom - before.dom) / count };
  } finally {
    await close();
  }
}

/**
 * (b) Installed before any page script. `ready` is the time of the second
 * requestAnimationFrame callback after (1) the load event, (2) every relief
 * element on the page, nested ones included, has finished updating (there are
 * none on the static page) and (3) a forced style and layout: by then the
 * frame holding everything has been produced. Paint entries carry the time a
 * frame was presented, which can come later, so the page is "rendered" at
 * max(ready, first-contentful-paint, last largest-contentful-paint).
 */
function pageProbe(tags) {
  const state = { lcp: 0, fcp: 0, ready: 0, widgets: 0, lcpElement: '', cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.lcp = entry.startTime;
      const el = entry.element;
      const root = el?.getRootNode();
      state.lcpElement = el
        ? `${root instanceof ShadowRoot ? `${root.host.localName} >>> ` : ''}${el.localName}${el.classList.length ? `.${el.classList[0]}` : ''}`
        : '(removed)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  window.benchPageRendered = new Promise((resolve) => {
    addEventListener('load', async () => {
      const present = tags.filter((tag) => document.querySelector(tag));
      await Promise.all(present.map((tag) => customElements.whenDefined(tag)));
      // No tags: a page without script (the static twins), nothing to wait for.
      let pending = tags.length ? [...document.querySelectorAll(tags.join(','))] : [];
      const seen = new Set(pending);
      while (pending.length) {
        await Promise.all(pending.map((el) => el.updateComplete));
        const next = [];
        for (const el of pending) {
          for (const child of el.shadowRoot?.querySelectorAll(tags.join(',')) ?? []) {
            if (!seen.has(child)) next.push(child);
            seen.add(child);
          }
        }
        pending = next;
      }
      state.widgets = seen.size;
      void document.body.offsetHeight;
      await frame();
      await frame();
      state.ready = performance.now();
      // Let the paint entries of those frames arrive (they are delivered after presentation).
      const deadline = performance.now() + 5000;
      while ((!state.fcp || !state.lcp) && performance.now() < deadline) await frame();
      for (let i = 0; i < 5; i++) await frame();
      resolve(state);
    });
  });
}

/**
 * (b) One cold load of `url`: a fresh browser context (empty HTTP cache, no
 * compiled code cached), whose renderer process is started first on a blank
 * page of the same origin, so that process start-up stays out of the figure.
 * A trace of the load also gives the renderer main thread's CPU time from
 * navigation to "rendered" (plus the probe's few frames after it).
 */
async function pageSample(browser, origin, url, tags = TAGS) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => log(`page error: ${error.message}`));
    await page.goto(`${origin}/bench/blank.html`, { waitUntil: 'load' });
    await page.evaluateOnNewDocument(pageProbe, tags);
    await page.tracing.start({ categories: ['toplevel'] });
    await page.goto(url, { waitUntil: 'load' });
    const state = await page.evaluate(() => window.benchPageRendered);
    const cpu = mainThreadCpuMs(await page.tracing.stop());
    return { ...state, cpu, rendered: Math.max(state.ready, state.fcp, state.lcp) };
  } finally {
    await context.close();
  }
}

async function pageSamples(browser, origin, runs) {
  const urls = { relief: `${origin}/`, static: `${origin}/bench/static-demo.html` };
  const samples = { relief: [], static: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of run % 2 ? ['static', 'relief'] : ['relief', 'static']) {
      samples[kind].push(await pageSample(browser, origin, urls[kind]));
    }
  }
  return samples;
}

/**
 * (f) The guide prerendered (relief-widgets/prerender) in `locale`, with the ES
 * module at the end of <body>, and the same HTML without any script (the
 * static twin: what a page would be if the clinic pasted finished HTML).
 * Written to bench/results/prerendered/ (git-ignored); their inline styles'
 * hashes are added to the strict policy by the bench server.
 */
async function writePrerenderedPages(locales) {
  const { prerender } = await import('../dist/esm/prerender/prerender.js');
  const folder = join(resultsDir, 'prerendered');
  mkdirSync(folder, { recursive: true });
  const styleSrc = new Set();
  for (const locale of locales) {
    const { html, styleSrc: hashes } = await prerender('<relief-guide></relief-guide>', { locale });
    for (const hash of hashes) styleSrc.add(hash);
    const page = (script) => `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>guide</title>
<meta name="viewport" content="width=device-width"></head><body><main>${html}</main>${script}</body></html>`;
    writeFileSync(join(folder, `${locale}.html`), page('<script type="module" src="/assets/vendor/relief/relief-widgets.js"></script>'));
    writeFileSync(join(folder, `${locale}-static.html`), page(''));
  }
  return [...styleSrc];
}

/** (f) Prerender time per guide on this machine: the first (module loading included) and the next ones. */
function prerenderTimes() {
  const script = `const t0 = performance.now();
const { prerender } = await import(${JSON.stringify(new URL('../dist/esm/prerender/prerender.js', import.meta.url).href)});
await prerender('<relief-guide></relief-guide>', { locale: 'fr' });
const cold = performance.now() - t0;
const warm = [];
for (let i = 0; i < 20; i++) { const t = performance.now(); await prerender('<relief-guide></relief-guide>', { locale: 'fr' }); warm.push(performance.now() - t); }
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ cold, warm: warm[10] }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`prerender timing failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * (c) The guide's first render; then en→fr once (the chunk is fetched), and
 * five times fr→en, en→fr with the chunk cached: the sample is the median of
 * those five en→fr re-renders.
 */
async function localeSample(browser, origin) {
  const { page, close } = await freshPage(browser, `${origin}/bench/micro.html?lib=relief`);
  try {
    return await page.evaluate(async () => {
      await window.benchLibraryLoaded;
      await customElements.whenDefined('relief-guide');
      const stage = document.getElementById('stage');
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const t0 = performance.now();
      const guide = stage.appendChild(document.createElement('relief-guide'));
      await window.benchSettle([guide]);
      void stage.offsetHeight;
      const first = performance.now() - t0;

      const switchTo = async (lang) => {
        const ready = new Promise((resolve) => {
          const onStatus = (event) => {
            if (event.detail.status === 'ready' && event.detail.readyLocale === lang) {
              removeEventListener('lit-localize-status', onStatus);
              resolve();
            }
          };
          addEventListener('lit-localize-status', onStatus);
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        document.documentElement.lang = lang;
        await ready;
        await window.benchSettle([guide]);
        void stage.offsetHeight;
        return performance.now() - start;
      };
      const cold = await switchTo('fr'); // fetches and evaluates the fr chunk
      const backs = [];
      const warms = [];
      for (let i = 0; i < 5; i++) {
        backs.push(await switchTo('en'));
        warms.push(await switchTo('fr')); // the chunk is cached: a pure re-render
      }
      const mid = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
      const text = guide.shadowRoot.querySelector('.eyebrow')?.textContent ?? '';
      return { first, cold, back: mid(backs), warm: mid(warms), warms, text };
    });
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------
// (e) Lighthouse on the demo page as `npm start` serves it.

async function waitForHttp(url, child, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited with code ${String(child.exitCode)}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${String(timeoutMs / 1000)} s`);
}

async function lighthouseRuns(runs) {
  // Lighthouse's Node API sends no telemetry and checks for no update (those
  // are CLI concerns); the browser resolves no host but the loopback one.
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const serve = spawn(process.execPath, [join(projectRoot, 'scripts', 'serve.mjs')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopServe = () => serve.exitCode === null && serve.kill();
  process.once('exit', stopServe);
  let browser;
  try {
    const url = `http://127.0.0.1:${String(port)}/`;
    await waitForHttp(url, serve);
    const debuggingPort = await freePort();
    browser = await launchChromium({ extraArgs: [`--remote-debugging-port=${String(debuggingPort)}`] });
    const reports = [];
    for (let run = 0; run < runs; run++) {
      log(`lighthouse run ${String(run + 1)}/${String(runs)}`);
      const result = await lighthouse(url, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result?.lhr) throw new Error('Lighthouse returned no report');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
      reports.push(result.lhr);
    }
    return reports;
  } finally {
    await browser?.close();
    stopServe();
    process.removeListener('exit', stopServe);
  }
}

function summarizeLighthouse(reports) {
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const scores = Object.fromEntries(
    categories.map((id) => [id, median(reports.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))]),
  );
  const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
  const metrics = Object.fromEntries(metricIds.map((id) => [id, median(reports.map((lhr) => lhr.audits[id]?.numericValue ?? 0))]));
  // Audits below a full score in any run (weighted ones first), with how often.
  const failing = new Map();
  for (const lhr of reports) {
    for (const category of categories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
        const key = `${category}/${ref.id}`;
        const entry = failing.get(key) ?? { category, id: ref.id, title: audit.title, weight: ref.weight, runs: 0, detail: '' };
        entry.runs += 1;
        entry.detail = audit.displayValue ?? entry.detail;
        failing.set(key, entry);
      }
    }
  }
  return {
    scores,
    metrics,
    failing: [...failing.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)),
    version: reports[0]?.lighthouseVersion,
    formFactor: reports[0]?.configSettings.formFactor,
    throttling: reports[0]?.configSettings.throttlingMethod,
  };
}

// ---------------------------------------------------------------------------
// Report.

const ms = (value) => `${value.toFixed(value < 1 ? 3 : value < 100 ? 2 : 1)} ms`;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'yes' : '**no**');

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const chromium = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  const git = (...args) => spawnSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommittedSourceFiles: git('status', '--porcelain', '--', 'src', 'demo', 'vite.config.ts', 'package.json').split('\n').filter(Boolean).length,
    loadAverageAtStart: loadavg().map((value) => value.toFixed(2)).join(' '),
    cpu: model,
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    date: new Date().toISOString(),
  };
}

function table(results) {
  const rows = [['#', 'figure', 'relief-widgets', 'baseline', 'ratio / score', 'target', 'met']];
  const add = (...cells) => rows.push(cells);
  if (results.render) {
    for (const [tag, r] of Object.entries(results.render)) {
      add('a', `\`<${tag}>\` first render, per instance (${String(INSTANCES)} inserted)`, ms(r.relief), `vanilla ${ms(r.vanilla)}`, ratio(r.ratio), '≤ 1.50×', verdict(r.ratio <= 1.5));
      add('a', `  the same, main-thread CPU time (trace)`, ms(r.cpu.relief), `vanilla ${ms(r.cpu.vanilla)}`, ratio(r.cpu.ratio), '≤ 1.50×', verdict(r.cpu.ratio <= 1.5));
    }
  }
  if (results.page) {
    const p = results.page;
    add('b', 'demo page rendered: max(load → every widget updateComplete → layout → 2nd rAF, FCP, LCP)', ms(p.relief.rendered), `static HTML ${ms(p.static.rendered)}`, ratio(p.ratio), '≤ 1.20×', verdict(p.ratio <= 1.2));
    add('b', '  the same loads: largest contentful paint', ms(p.relief.lcp), `static HTML ${ms(p.static.lcp)}`, ratio(p.lcpRatio), '≤ 1.20×', verdict(p.lcpRatio <= 1.2));
    add('b', '  the same loads: main-thread CPU time until rendered (trace)', ms(p.relief.cpu), `static HTML ${ms(p.static.cpu)}`, ratio(p.cpuRatio), '≤ 1.20×', verdict(p.cpuRatio <= 1.2));
  }
  if (results.locale) {
    const l = results.locale;
    add('c', '`<relief-guide>` re-render on en→fr, chunk cached (lang set → ready event → all updateComplete → layout)', ms(l.warm), `guide first render ${ms(l.first)}`, ratio(l.ratio), '— (none set; < 1 expected)', l.ratio < 1 ? 'yes' : '**no**');
    add('c', '`<relief-guide>` en→fr, first time (chunk fetched), for reference', ms(l.cold), '—', '—', '—', '');
  }
  if (results.heap) {
    for (const [tag, h] of Object.entries(results.heap)) {
      add('d', `\`<${tag}>\` JS heap per instance (V8, after GC)`, kib(h.relief.js), `vanilla ${kib(h.vanilla.js)}`, ratio(h.jsRatio), '≤ 1.50×', verdict(h.jsRatio <= 1.5));
      add('d', `\`<${tag}>\` JS + DOM heap per instance (V8 + Blink)`, kib(h.relief.js + h.relief.dom), `vanilla ${kib(h.vanilla.js + h.vanilla.dom)}`, ratio(h.totalRatio), '≤ 1.50×', verdict(h.totalRatio <= 1.5));
    }
  }
  if (results.prerendered) {
    const f = results.prerendered;
    const worst = Object.entries(f.cls).sort(([, a], [, b]) => b - a)[0];
    add('f', 'prerendered `<relief-guide>` page + ES module: navigation → text complete (max(FCP, LCP))', ms(f.relief), `same HTML, no script ${ms(f.static)}`, ratio(f.ratio), '≤ 1.05×', verdict(f.ratio <= 1.05));
    add('f', '  the same loads: hydrated (load → every element updated → 2nd rAF)', ms(f.hydrated), '—', '—', '—', '');
    add('f', `  CLS, ES module at the end of <body>, worst of ${String(Object.keys(f.cls).length)} locales × 3 loads (${worst[0]})`, worst[1].toFixed(4), '—', '—', '0', verdict(worst[1] === 0));
    add('f', '  prerender time per guide, Node: first (module loading included) / next (median of 20)', `${ms(f.times.cold)} / ${ms(f.times.warm)}`, '—', '—', '—', '');
  }
  if (results.lighthouse) {
    for (const [id, score] of Object.entries(results.lighthouse.scores)) {
      add('e', `Lighthouse ${id} (demo page via scripts/serve.mjs, ${results.lighthouse.formFactor})`, String(score), '—', String(score), '100', verdict(score === 100));
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------

async function main() {
  ensureBuild();
  const results = { options: { runs: RUNS, lighthouseRuns: LIGHTHOUSE_RUNS, instances: INSTANCES, only: [...ONLY] }, machine: machine() };
  const server = await startServer(ONLY.has('f') ? await writePrerenderedPages(PRERENDER_LOCALES) : []);
  let browser;
  try {
    browser = await launchChromium();

    // The baselines must hold what the elements render now, or the ratios
    // compare different content: refresh them (they are generated files).
    const files = await captureFiles(browser, server.origin);
    const stale = staleFiles(files).map((path) => path.slice(projectRoot.length));
    results.baselinesRefreshed = [];
    results.baselinesStale = [];
    if (stale.length && options.capture) {
      writeBaselines(files);
      results.baselinesRefreshed = stale;
      log(`refreshed the baselines from the current build: ${stale.join(', ')} (commit them with the element change)`);
    } else if (stale.length) {
      results.baselinesStale = stale;
      log(`WARNING: stale baselines (${stale.join(', ')}): the ratios compare different content. Run node bench/capture.mjs.`);
    }

    if (ONLY.has('a') || ONLY.has('d')) {
      if (ONLY.has('a')) results.render = {};
      if (ONLY.has('d')) results.heap = {};
      for (const tag of ELEMENTS) {
        const samples = { relief: [], vanilla: [] };
        for (let run = 0; run < RUNS; run++) {
          // Alternate which library goes first, so drift favours neither.
          for (const lib of run % 2 ? ['vanilla', 'relief'] : ['relief', 'vanilla']) {
            samples[lib].push(await elementSample(browser, server.origin, lib, tag, INSTANCES));
          }
        }
        const pick = (list, key) => median(list.map((sample) => sample[key]));
        if (results.render) {
          const relief = pick(samples.relief, 'ms');
          const vanilla = pick(samples.vanilla, 'ms');
          const cpu = { relief: pick(samples.relief, 'cpu'), vanilla: pick(samples.vanilla, 'cpu') };
          results.render[tag] = {
            relief,
            vanilla,
            ratio: relief / vanilla,
            cpu: { ...cpu, ratio: cpu.relief / cpu.vanilla },
            samples: { relief: samples.relief.map((x) => [x.ms, x.cpu]), vanilla: samples.vanilla.map((x) => [x.ms, x.cpu]) },
          };
          log(`(a) ${tag}: ${ms(relief)} vs ${ms(vanilla)} per instance`);
        }
        if (results.heap) {
          const relief = { js: pick(samples.relief, 'js'), dom: pick(samples.relief, 'dom') };
          const vanilla = { js: pick(samples.vanilla, 'js'), dom: pick(samples.vanilla, 'dom') };
          results.heap[tag] = {
            relief,
            vanilla,
            jsRatio: relief.js / vanilla.js,
            totalRatio: (relief.js + relief.dom) / (vanilla.js + vanilla.dom),
            samples: { relief: samples.relief.map(({ js, dom }) => ({ js, dom })), vanilla: samples.vanilla.map(({ js, dom }) => ({ js, dom })) },
          };
          log(`(d) ${tag}: JS ${kib(relief.js)} vs ${kib(vanilla.js)} per instance`);
        }
      }
    }

    if (ONLY.has('b')) {
      const samples = await pageSamples(browser, server.origin, PAGE_RUNS);
      const summarize = (list) => ({
        rendered: median(list.map((s) => s.rendered)),
        lcp: median(list.map((s) => s.lcp)),
        fcp: median(list.map((s) => s.fcp)),
        ready: median(list.map((s) => s.ready)),
        cpu: median(list.map((s) => s.cpu)),
        widgets: list[0].widgets,
        lcpElement: list.at(-1).lcpElement,
      });
      const relief = summarize(samples.relief);
      const stat = summarize(samples.static);
      results.page = {
        relief,
        static: stat,
        ratio: relief.rendered / stat.rendered,
        lcpRatio: relief.lcp / stat.lcp,
        cpuRatio: relief.cpu / stat.cpu,
        samples,
      };
      log(`(b) demo ${ms(relief.rendered)} vs static ${ms(stat.rendered)}`);
    }

    if (ONLY.has('c')) {
      const samples = [];
      for (let run = 0; run < RUNS; run++) samples.push(await localeSample(browser, server.origin));
      const first = median(samples.map((s) => s.first));
      const warm = median(samples.map((s) => s.warm));
      const cold = median(samples.map((s) => s.cold));
      if (!samples.every((s) => s.text && s.text !== 'Can massage help?')) log('WARNING: the guide did not show French after the switch');
      results.locale = { first, warm, cold, back: median(samples.map((s) => s.back)), ratio: warm / first, samples };
      log(`(c) switch ${ms(warm)} vs first render ${ms(first)}`);
    }

    if (ONLY.has('f')) {
      const base = `${server.origin}/bench/results/prerendered`;
      const samples = { relief: [], static: [] };
      for (let run = 0; run < PAGE_RUNS; run++) {
        for (const kind of run % 2 ? ['static', 'relief'] : ['relief', 'static']) {
          const url = `${base}/en${kind === 'static' ? '-static' : ''}.html`;
          samples[kind].push(await pageSample(browser, server.origin, url, kind === 'static' ? [] : TAGS));
        }
      }
      // The text is in the HTML: it is complete once painted (FCP, LCP), whether or not hydrated.
      const textComplete = (list) => median(list.map((s) => Math.max(s.fcp, s.lcp)));
      const relief = textComplete(samples.relief);
      const stat = textComplete(samples.static);
      const hydrated = median(samples.relief.map((s) => s.ready));
      const cls = {};
      for (const locale of PRERENDER_LOCALES) {
        const runs = [];
        for (let run = 0; run < 3; run++) runs.push((await pageSample(browser, server.origin, `${base}/${locale}.html`)).cls);
        cls[locale] = Math.max(...runs);
      }
      results.prerendered = { relief, static: stat, ratio: relief / stat, hydrated, cls, times: prerenderTimes(), samples };
      log(`(f) prerendered ${ms(relief)} vs static ${ms(stat)}; max CLS ${Math.max(...Object.values(cls)).toFixed(4)}`);
    }

  } finally {
    await browser?.close();
    await server.close();
  }

  if (ONLY.has('e')) {
    const reports = await lighthouseRuns(LIGHTHOUSE_RUNS);
    results.lighthouse = summarizeLighthouse(reports);
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'lighthouse-last.json'), JSON.stringify(reports.at(-1), null, 1));
  }

  results.wallSeconds = (Date.now() - started) / 1000;
  const m = results.machine;
  const lines = [
    `relief-widgets benchmark — ${m.date}`,
    `${m.cpu}, ${String(m.cores)} cores, ${String(m.ramGiB)} GiB; ${m.chromium}; Node ${m.node}`,
    `git ${m.commit}${m.uncommittedSourceFiles ? ` + ${String(m.uncommittedSourceFiles)} uncommitted files in src/, demo/, vite.config.ts, package.json` : ''}; load average at start ${m.loadAverageAtStart} (1/5/15 min)`,
    `medians of ${String(RUNS)} runs (Lighthouse: ${String(LIGHTHOUSE_RUNS)} runs); ${String(INSTANCES)} instances per sample; wall time ${results.wallSeconds.toFixed(0)} s`,
    '',
    table(results),
  ];
  if (results.page) {
    lines.push('', `(b) details: FCP relief ${ms(results.page.relief.fcp)} / static ${ms(results.page.static.fcp)}; LCP element relief \`${results.page.relief.lcpElement}\` / static \`${results.page.static.lcpElement}\`; ${String(results.page.relief.widgets)} relief elements on the demo page.`);
  }
  if (results.lighthouse) {
    const lh = results.lighthouse;
    const metric = (id, unit = 'ms') => (unit === 'ms' ? `${lh.metrics[id].toFixed(0)} ms` : lh.metrics[id].toFixed(3));
    lines.push(
      '',
      `(e) Lighthouse ${lh.version}, ${lh.formFactor}, ${lh.throttling} throttling; median metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift', '')}, Speed Index ${metric('speed-index')}.`,
    );
    if (lh.failing.length) {
      lines.push('(e) audits below a full score:');
      for (const audit of lh.failing) {
        lines.push(`    - ${audit.category} / ${audit.id} (weight ${String(audit.weight)}, ${String(audit.runs)}/${String(LIGHTHOUSE_RUNS)} runs): ${audit.title}${audit.detail ? ` — ${audit.detail}` : ''}`);
      }
    }
  }
  if (results.baselinesRefreshed.length) lines.push('', `Baselines refreshed from this build before measuring: ${results.baselinesRefreshed.join(', ')}.`);
  if (results.baselinesStale.length) lines.push('', `WARNING: stale baselines (${results.baselinesStale.join(', ')}); run node bench/capture.mjs.`);
  const report = lines.join('\n');
  console.log(report);
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.md'), `${report}\n`);
  writeFileSync(join(resultsDir, 'latest.json'), JSON.stringify(results, null, 1));
  log(`wrote bench/results/latest.md and latest.json`);
}

try {
  await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
