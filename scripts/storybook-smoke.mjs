/**
 * `npm run test:storybook` (after `npm run build-storybook`): opens every story of
 * the static Storybook in headless Chromium, through the toolbar's globals: in
 * English on a light page, in Arabic (right to left) on a dark page and in Japanese (CJK), so that
 * translations, RTL and the dark colours are all exercised. A story fails on
 * - an empty render: no relief-* element in #storybook-root, or one whose shadow
 *   root shows no visible text, or that renders in another language;
 * - an error: Storybook's error display (a throwing story or play function), any
 *   console error or uncaught page error (console warnings are fine: bad-input
 *   stories warn on purpose);
 * - a failed request (network error, HTTP 4xx/5xx), or any request leaving this
 *   machine's test server;
 * - an accessibility violation found by axe-core in #storybook-root, shadow DOM
 *   included.
 * A node:test file, one test per story and variant: the npm script runs it with the spec
 * reporter and scripts/summary-reporter.mjs, which prints the closing `N passed, N failed`
 * line. Chromium resolves no host name, so nothing can leave the machine.
 *
 * Environment: SMOKE_VARIANTS (default "en/light,ar/dark,ja/light": locale/color scheme
 * pairs; the scheme is optional), SMOKE_FILTER (a substring of story ids),
 * SMOKE_CONCURRENCY (default 2), CHROMIUM_PATH (default /usr/bin/chromium).
 */
// The built module tree's own rule (the same as the widgets').
import { isRightToLeft } from '../dist/esm/core/localization.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Each story runs once per variant: a locale, and the page's color scheme. */
const variants = (process.env.SMOKE_VARIANTS ?? 'en/light,ar/dark,ja/light')
  .split(',')
  .map((variant) => variant.trim())
  .filter(Boolean)
  .map((variant) => {
    const [locale, colorScheme = 'light'] = variant.split('/');
    return { locale, colorScheme, label: `${locale}, ${colorScheme}` };
  });
const filter = process.env.SMOKE_FILTER ?? '';
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY ?? 2));
const STORY_TIMEOUT = 30_000;

/** Waits in the page for Storybook to finish the story: rendered, played and checked (phase "finished"). */
async function waitForStory(page) {
  await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted';
    },
    { timeout: STORY_TIMEOUT, polling: 50 },
  );
  return page.evaluate(() => {
    if (document.body.classList.contains('sb-show-errordisplay')) {
      const message = document.querySelector('#error-message')?.textContent?.trim() || 'story error';
      return { error: message.split('\n')[0] };
    }
    return { phase: window.__STORYBOOK_PREVIEW__?.currentRender?.phase };
  });
}

/**
 * Waits until every relief-* element in the story root has rendered in the
 * variant's locale and direction (the first locale loads asynchronously), and
 * the page took the toolbar's language and color scheme; then reports what did not.
 */
async function checkRender(page, { locale, colorScheme }) {
  const expected = { locale, dir: isRightToLeft(locale) ? 'rtl' : 'ltr', colorScheme };
  const inspect = ({ locale: lang, dir, colorScheme: scheme }) => {
    const problems = [];
    const html = document.documentElement;
    if (html.lang !== lang || html.dir !== dir) problems.push(`<html lang="${html.lang}" dir="${html.dir}">, not ${lang} ${dir}`);
    const pageScheme = getComputedStyle(html).colorScheme;
    if (!pageScheme.split(' ').includes(scheme === 'system' ? 'dark' : scheme)) {
      problems.push(`page color-scheme is "${pageScheme}", not ${scheme}`);
    }
    const storyRoot = document.querySelector('#storybook-root');
    const elements = [...(storyRoot?.querySelectorAll('*') ?? [])].filter((element) =>
      element.localName.startsWith('relief-'),
    );
    if (!elements.length) problems.push('no relief-* element in #storybook-root');
    for (const element of elements) {
      const name = `<${element.localName}>`;
      const base = element.shadowRoot?.querySelector('[part~="base"]');
      if (!base) problems.push(`${name} has no rendered shadow root`);
      else if (base.classList.contains('loading')) problems.push(`${name} is still loading its locale`);
      else if (base.lang !== lang || base.dir !== dir) {
        problems.push(`${name} renders lang="${base.lang}" dir="${base.dir}", not ${lang} ${dir}`);
      } else {
        const box = element.getBoundingClientRect();
        if (!base.innerText.trim() || box.width === 0 || box.height === 0) problems.push(`${name} shows no visible text`);
      }
    }
    return problems;
  };
  const check = `(${inspect})(${JSON.stringify(expected)})`;
  try {
    await page.waitForFunction(`${check}.length === 0`, { timeout: STORY_TIMEOUT, polling: 100 });
  } catch {
    // Report what is still wrong below.
  }
  return page.evaluate(check);
}

/** Runs axe-core (injected from node_modules) on the story root, with the story's own a11y settings. */
async function checkAccessibility(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const a11y = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y ?? {};
    // As Storybook's a11y addon: landmark rules do not apply to a component on its own.
    const rules = [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])];
    window.axe.configure({ ...(a11y.config ?? {}), rules });
    const results = await window.axe.run('#storybook-root', a11y.options ?? {});
    return results.violations.map((violation) => {
      const targets = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >> ') : selector)).join(' '))
        .join('; ');
      return `${violation.id} (${violation.impact}): ${violation.help} [${targets}${violation.nodes.length > 3 ? '; …' : ''}]`;
    });
  });
}

async function runStory(context, origin, story, { locale, colorScheme }) {
  const problems = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request leaving the test server: ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(origin)) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    const globals = `locale:${locale};colorScheme:${colorScheme}`;
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`, {
      waitUntil: 'load',
      timeout: STORY_TIMEOUT,
    });
    const outcome = await waitForStory(page);
    if (outcome.error) {
      problems.push(`story error: ${outcome.error}`);
    } else {
      if (outcome.phase !== 'finished') problems.push(`story ended in phase "${outcome.phase}"`);
      problems.push(...(await checkRender(page, { locale, colorScheme })));
      problems.push(...(await checkAccessibility(page)).map((violation) => `axe: ${violation}`));
    }
  } catch (error) {
    problems.push(`${error.name}: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

const index = existsSync(join(staticDir, 'index.json')) ? JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) : { entries: {} };
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.includes(filter));

describe(`Storybook: ${stories.length} stories × ${variants.map((variant) => variant.label).join(' | ')}`, { concurrency }, () => {
  let server;
  let browser;
  // One browser context: a fresh page (and JavaScript realm) per story, the static files cached between them.
  let context;
  before(async () => {
    server = await startStaticServer({ mounts: [['/', staticDir]] });
    browser = await launchChromium();
    context = await browser.createBrowserContext();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
  });

  test('storybook-static/index.json lists the stories', () => {
    assert.ok(stories.length > 0, `no story in storybook-static/index.json${filter ? ` matches "${filter}"` : ' (run `npm run build-storybook` first)'}`);
  });
  for (const story of stories) {
    for (const variant of variants) {
      test(`${story.id} [${variant.label}]`, async () => {
        const problems = [...new Set(await runStory(context, server.origin, story, variant))];
        assert.deepEqual(problems, []);
      });
    }
  }
});
