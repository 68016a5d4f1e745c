import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { CONTENT_SECURITY_POLICY } from './scripts/demo-site.mjs';
import { fuzzCases, prerenderedPage } from './test/support/prerendered-pages.mjs';
import { ELEMENT_FOLDERS, ELEMENT_TAGS } from './scripts/elements.mjs';
import { config as localizeConfig, isPending, readXliff, xliffPath } from './scripts/xliff.mjs';
import { selectedEngines } from './test/support/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * The embed test pages get the demo's strict policy; a page that may load two
 * copies of Lit must allow duplicates of its Trusted Types policy name.
 */
const pagePolicy = (path) =>
  path.endsWith('/double-load.html')
    ? CONTENT_SECURITY_POLICY.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'")
    : CONTENT_SECURITY_POLICY;

const EMBED_PAGES = '/test/embed/pages/';
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where an embed test page wants every element it does not name itself. */
const EVERY_OTHER_ELEMENT = '<!-- every other element -->';

/** How an embed test page loads the bundle: `?script=classic` swaps the ES module for the classic bundle. */
const MODULE_BUNDLE = /<script type="module" src="([^"]*)\/relief-widgets\.js"><\/script>/;
/** `?chunks=` of chunks.html: where the bundle comes from (see the mounts in embedFixtures). */
const CHUNK_MOUNTS = { broken: 'broken-chunks', stalled: 'stalled-chunks', flaky: 'flaky-chunks/__RUN__' };

/**
 * Every embed test page is served through here. `<!-- every other element -->` becomes one
 * `data-widget` instance of each element the page does not name (one folder per element under
 * src/), so that strict CSP, hostile CSS, double load and failing chunks cover a new element too.
 * One page file serves its variants: `?lang=ar` sets the page's `<html lang>` (in the markup,
 * as a site writes it), `?script=classic` loads the classic bundle instead of the ES module,
 * `?hostile` adds hostile.css, `?chunks=` picks the failing mount, and `?run=id` fills in
 * `__RUN__` (a path prefix that only this run's page uses).
 */
function embedPage(context) {
  const { lang, run, script, chunks } = context.query;
  const name = context.path.slice(EMBED_PAGES.length);
  if (!/^[\w-]+\.html$/.test(name)) return false;
  let html = readFileSync(new URL(`./test/embed/pages/${name}`, import.meta.url), 'utf8');
  if (html.includes(EVERY_OTHER_ELEMENT)) {
    const others = ELEMENT_TAGS.filter((tag) => !html.includes(`<${tag}`));
    html = html.replace(EVERY_OTHER_ELEMENT, others.map((tag) => `<${tag} data-widget></${tag}>`).join('\n'));
  }
  if (typeof lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    html = html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  }
  if (script === 'classic') html = html.replace(MODULE_BUNDLE, '<script src="$1/relief-widgets.iife.js"></script>');
  if ('hostile' in context.query) html = html.replace('</head>', '  <link rel="stylesheet" href="/test/embed/pages/hostile.css" />\n  </head>');
  if (html.includes('__CHUNKS__')) {
    if (!Object.hasOwn(CHUNK_MOUNTS, chunks)) return false;
    html = html.replaceAll('__CHUNKS__', CHUNK_MOUNTS[chunks]);
  }
  if (typeof run === 'string' && /^[\w-]{1,64}$/.test(run)) html = html.replaceAll('__RUN__', run);
  context.type = 'html';
  context.body = html;
  return true;
}

/** Paths under /flaky-chunks/ requested once already (the next request for them succeeds). */
const flakyChunksSeen = new Set();

/**
 * Serves the built bundle the ways sites do (see test/embed/): under a vendor
 * sub-path, as a copy of another version, with locale chunks that fail, that
 * stall, or that fail only the first time.
 */
/**
 * `POST /pasted/` with `{ html, policy }` stores a page, as a site owner would paste the
 * builder's code into one; `GET /pasted/<id>.html` serves it under that policy (test/builder.test.ts).
 */
const pastedPages = new Map();
async function pastedPage(context) {
  if (context.method === 'POST') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    const { html, policy } = JSON.parse(body);
    const id = String(pastedPages.size + 1);
    pastedPages.set(id, { html, policy });
    context.body = id;
    return;
  }
  const page = pastedPages.get(/^\/pasted\/(\d+)\.html$/.exec(context.path)?.[1]);
  if (!page) {
    context.status = 404;
    return;
  }
  context.type = 'html';
  context.body = page.html;
  context.set('Content-Security-Policy', page.policy);
}

async function embedFixtures(context, next) {
  const { path } = context;
  // A repository file as it is on disk, untransformed (test/coverage.test.ts reads sources and docs).
  if (path.startsWith('/raw/') && !path.includes('..')) {
    context.type = 'text/plain';
    context.body = readFileSync(new URL(`.${path.slice('/raw'.length)}`, import.meta.url), 'utf8');
    return;
  }
  // Per locale, the English text of the messages not yet translated (test/localization.test.ts).
  if (path === '/test/pending-translations.json') {
    const pending = localizeConfig.targetLocales.map((locale) => [
      locale,
      [...readXliff(xliffPath(locale)).units.values()].filter(isPending).map((unit) => unit.sourceText),
    ]);
    context.type = 'json';
    context.body = JSON.stringify(Object.fromEntries(pending));
    return;
  }
  // The framework examples' source files that hold a form (test/coverage.test.ts).
  if (path === '/test/example-forms.json') {
    const sources = readdirSync(new URL('./examples/', import.meta.url), { recursive: true })
      .filter((file) => /\.(html|njk|astro|svelte|vue|tsx)$/.test(file) && !/(^|\/)(node_modules|dist|\.[\w-]+)\//.test(file))
      .filter((file) => readFileSync(new URL(`./examples/${file}`, import.meta.url), 'utf8').includes('<form'));
    context.type = 'json';
    context.body = JSON.stringify(sources.map((file) => `examples/${file}`).sort());
    return;
  }
  if (path === '/test/element-folders.json') {
    context.type = 'json';
    context.body = JSON.stringify(ELEMENT_FOLDERS);
    return;
  }
  if (path === '/prerendered/page.html') return prerenderedPage(context);
  if (path === '/prerendered/fuzz.json') return fuzzCases(context);
  if (path.startsWith('/pasted/')) return pastedPage(context);
  const mount = (prefix) => path.startsWith(prefix) && `/dist/${path.slice(prefix.length)}`;
  const flaky = /^\/flaky-chunks\/[\w-]+\/relief\/(.*)$/.exec(path);
  const slow = /^\/slow-chunks\/(?:[\w-]+\/)?relief\/(.*)$/.exec(path);
  if (path.startsWith(EMBED_PAGES) && embedPage(context)) {
    context.set('Content-Security-Policy', pagePolicy(path));
    return;
  }
  if (path === '/other-version/relief-widgets.iife.js') {
    const bundle = readFileSync(new URL('./dist/relief-widgets.iife.js', import.meta.url), 'utf8');
    const versionLiteral = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
    context.type = 'js';
    context.body = bundle.replace(versionLiteral, '"0.0.0-other"');
    return;
  }
  if (mount('/broken-chunks/relief/')) {
    if (path.includes('/locales/')) {
      context.status = 404;
      return;
    }
    context.url = mount('/broken-chunks/relief/');
  } else if (slow) {
    // A slow network: each language file answers after 3 s. (A run id in the path,
    // `/slow-chunks/<run>/relief/`, keeps the browser's memory of an earlier page's files out.)
    if (slow[1].startsWith('locales/')) await delay(3000);
    context.url = `/dist/${slow[1]}`;
  } else if (mount('/stalled-chunks/relief/')) {
    // A chunk on a network that stalls: it answers after 6 s, once the
    // widgets must have given up hiding (and never keeps the server busy longer).
    if (path.includes('/locales/')) await delay(6000);
    context.url = mount('/stalled-chunks/relief/');
  } else if (flaky) {
    // Each locale chunk fails the first time this run's page asks for it (the
    // run id in the path keeps test order and re-runs apart), then succeeds.
    const rest = flaky[1];
    if (rest.startsWith('locales/') && !flakyChunksSeen.has(path)) {
      if (flakyChunksSeen.size > 1000) flakyChunksSeen.clear();
      flakyChunksSeen.add(path);
      context.status = 404;
      context.set('Cache-Control', 'no-store');
      return;
    }
    context.url = `/dist/${rest}`;
  } else if (mount('/assets/vendor/relief/')) {
    context.url = mount('/assets/vendor/relief/');
  } else if (mount('/builder/') && !path.startsWith('/builder/src/')) {
    // The built embed builder (npm run build:builder), under the demo's strict policy; its
    // source modules (/builder/src/, which tests import) are served as they are.
    context.url = `/dist/builder/${path.slice('/builder/'.length) || 'index.html'}`;
  }
  await next();
  if (path === '/builder/' || (path.startsWith('/builder/') && path.endsWith('.html'))) {
    context.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  }
  if (path.startsWith('/test/embed/pages/') && path.endsWith('.html')) {
    context.set('Content-Security-Policy', pagePolicy(path));
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [embedFixtures],
  browsers: selectedEngines(),
  // One page per engine at a time: keyboard and focus tests need the page in front.
  concurrency: 1,
  // Tests wait for conditions, not durations: the limit only stops a test that waits for good, on a busy machine too.
  testFramework: { config: { timeout: 60000 } },
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: 'tsconfig.json',
      target: 'es2022',
      define: { __RELIEF_VERSION__: JSON.stringify(version) },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    reporters: ['text-summary', 'lcov'],
    // Lion's floor: a change that leaves code untested fails npm test.
    threshold: { statements: 95, branches: 95, functions: 95, lines: 95 },
  },
  reporters: [defaultReporter(), summaryReporter()],
};
