/**
 * The framework examples (examples/<stack>/), each consuming the packed tarball
 * the way a user's app does, built and driven in headless Chromium.
 *
 *   node scripts/examples-test.mjs --ci        `npm run test:frameworks`, the last stage of `npm test`:
 *                                              the bundler matrix (esbuild, Rollup, Vite, webpack),
 *                                              plain Node, React, Preact, Vue and Eleventy. Their
 *                                              framework packages come from the repository's own
 *                                              node_modules (devDependencies); only the tarball is
 *                                              installed (once, from the npm cache).
 *   node scripts/examples-test.mjs [stack…]    `npm run test:examples`: Next.js, Angular, Astro and
 *                                              SvelteKit by default (or the stacks named), each copied
 *                                              to a scratch folder and installed from its own
 *                                              package.json, with relief-widgets from the tarball.
 *   --keep                                     keeps the scratch folders (their paths are printed).
 *
 * For every stack: build, types, renders (no console error, no failed request), the
 * choice seen by the framework (its own state, shown by the app), and the form
 * submit (the FormData the app reads, after `required` blocked an empty submit).
 * Static sites also: the content is in the HTML before any script, and is taken over
 * without showing anything twice. The README's framework sections are the
 * example files (checked here too). A node:test file: the npm scripts run it with the spec
 * reporter and scripts/summary-reporter.mjs, which prints the closing `N passed, N failed` line.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { ELEMENT_TAGS } from './elements.mjs';
import { checkReadmeExamples } from './readme-examples.mjs';
import { freePort, startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ci = args.includes('--ci');
const keep = args.includes('--keep');
const named = args.filter((arg) => !arg.startsWith('--'));
const TAGS = ELEMENT_TAGS;

const started = Date.now();
/**
 * One node:test test; resolves to whether it passed, so that a failed build skips the checks
 * that need it. A short string the check returns is printed as its diagnostic.
 */
async function check(name, run) {
  let passed = false;
  await test(name, async (context) => {
    const result = await run();
    if (typeof result === 'string' && result.length < 120 && !result.includes('\n')) context.diagnostic(result);
    passed = true;
  });
  return passed;
}

/** Runs a command in `cwd`; rejects with the end of its output. */
function run(command, commandArgs, cwd, { timeout = 10 * 60_000, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      commandArgs,
      {
        cwd,
        timeout,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          CI: 'true',
          NEXT_TELEMETRY_DISABLED: '1',
          NG_CLI_ANALYTICS: 'false',
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_UPDATE_NOTIFIER: '1',
          npm_config_update_notifier: 'false',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          // eslint-disable-next-line no-control-regex
          const output = `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '').trim().split('\n').slice(-120).join('\n');
          reject(new Error(`${command} ${commandArgs.join(' ')} failed in ${cwd}:\n${output}`));
        } else resolve(`${stdout}\n${stderr}`);
      },
    );
  });
}

/** The files of an example, without what a build or an install leaves. */
const LEFT_BY_TOOLS = /(^|\/)(node_modules|dist|build|_site|\.next|\.angular|\.astro|\.svelte-kit|out)(\/|$)/;
function copyExample(name, to) {
  const from = join(root, 'examples', name);
  cpSync(from, to, { recursive: true, filter: (source) => !LEFT_BY_TOOLS.test(relative(from, source).split('\\').join('/')) });
}

/** `npm run build` in an example; a bundler that drops the package's registrations as side-effect free fails it. */
async function build(dir) {
  const output = await run('npm', ['run', 'build'], dir);
  const dropped = output.split('\n').filter((line) => /Ignoring this import|marked as having no side effects/i.test(line));
  assert(dropped.length === 0, `the build dropped an import of the package:\n${dropped.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// In the browser

/** Opens `url` in a new tab that records every console error, page error and failed request. */
async function open(browser, url, { javaScript = true } = {}) {
  const tab = await browser.newPage();
  const problems = [];
  // The browser asks every site for /favicon.ico; an example app has none.
  const favicon = (url) => /\/favicon\.ico$/.test(url ?? '');
  tab.on('console', (message) => {
    if (message.type() === 'error' && !favicon(message.location()?.url)) problems.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  tab.on('response', (response) => response.status() >= 400 && !favicon(response.url()) && problems.push(`${response.status()}: ${response.url()}`));
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
  return { tab, problems };
}

/** Waits until both controls of `form` are rendered (upgraded, or taken over from prerendered HTML). */
async function controlsReady(tab, form) {
  await tab.waitForFunction(
    (selector) => {
      const scope = document.querySelector(selector);
      const pain = scope?.querySelector('relief-pain-selector');
      const checks = scope?.querySelector('relief-therapist-checklist');
      const enabled = (element, type) => {
        const inputs = [...(element?.shadowRoot?.querySelectorAll(`input[type=${type}]`) ?? [])];
        return customElements.get(element?.localName ?? '-') && inputs.length > 0 && inputs.every((input) => !input.disabled);
      };
      return enabled(pain, 'radio') && enabled(checks, 'checkbox');
    },
    { timeout: 30_000 },
    form,
  );
}

/** The text of `[data-state]` / `[data-submitted]` in `form`. */
const outputText = (tab, form, what) =>
  tab.evaluate((selector, attribute) => document.querySelector(selector)?.querySelector(`[${attribute}]`)?.textContent?.trim() ?? null, form, what);

/** Clicks the native input `value` inside the shadow root of `tag` in `form`, as a visitor would (mouse). */
async function clickChoice(tab, form, tag, value) {
  const input = await tab.evaluateHandle(
    (selector, name, id) => document.querySelector(selector).querySelector(name).shadowRoot.querySelector(`input[value="${id}"]`),
    form,
    tag,
    value,
  );
  await input.asElement().click();
  await input.dispose();
}

/**
 * The visitor's path through a form: submitting with nothing chosen is blocked (`required`);
 * choosing Joint Pain and ticking "experience" reaches the framework's state; the submit sends both.
 */
async function driveForm(tab, form) {
  await controlsReady(tab, form);
  // A submit event fires in the click's own task, or never (interactive validation blocked it): counted, not waited for.
  const submits = () => tab.evaluate((selector) => window.__submits?.[selector] ?? 0, form);
  await tab.evaluate((selector) => {
    window.__submits ??= {};
    window.__submits[selector] = 0;
    document.querySelector(selector).addEventListener('submit', () => (window.__submits[selector] += 1), { capture: true });
  }, form);
  await tab.click(`${form} button[type=submit]`);
  const blocked = (await submits()) === 0 ? '' : `a submit event (then the app showed "${await outputText(tab, form, 'data-submitted')}")`;
  await clickChoice(tab, form, 'relief-pain-selector', 'joint');
  await clickChoice(tab, form, 'relief-therapist-checklist', 'experience');
  let state = '';
  try {
    await tab.waitForFunction(
      (selector) => /pain=joint\b/.test(document.querySelector(selector)?.querySelector('[data-state]')?.textContent ?? '') &&
        /checks=experience\b/.test(document.querySelector(selector)?.querySelector('[data-state]')?.textContent ?? ''),
      { timeout: 30_000 },
      form,
    );
  } finally {
    state = await outputText(tab, form, 'data-state');
  }
  await tab.click(`${form} button[type=submit]`);
  let submitted = '';
  try {
    await tab.waitForFunction(
      (selector) => (document.querySelector(selector)?.querySelector('[data-submitted]')?.textContent ?? '').includes('pain=joint'),
      { timeout: 30_000 },
      form,
    );
  } catch {
    // reported below
  }
  submitted = await outputText(tab, form, 'data-submitted');
  return { blocked, state, submitted };
}

/** Counts the rendered text of every relief element on the page (twice the text = shown twice). */
const renderedText = (tab) =>
  tab.evaluate((tags) =>
    [...document.querySelectorAll(tags.join(', '))].map((element) => ({
      tag: element.localName,
      roots: element.shadowRoot ? element.shadowRoot.querySelectorAll('[part~="base"]').length : 0,
      legends: element.shadowRoot?.querySelectorAll('[part~="legend"]').length ?? 0,
      text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0,
    })), TAGS);

/** The checks every stack's app gets, in the browser. */
async function browserChecks(stack, url, { forms, prerendered = false }) {
  const results = {};
  if (prerendered) {
    await check(`${stack}: content prerendered into the HTML (declarative shadow DOM, no script)`, async () => {
      const html = await (await fetch(url)).text();
      assert(/<relief-pain-selector[^>]*>\s*<template[^>]*shadowrootmode="open"/.test(html), 'no declarative shadow root in <relief-pain-selector>');
      assert(/<relief-therapist-checklist[^>]*>\s*<template[^>]*shadowrootmode="open"/.test(html), 'no declarative shadow root in <relief-therapist-checklist>');
      const { tab } = await open(browser, url, { javaScript: false });
      const text = await renderedText(tab);
      await tab.close();
      assert(text.length >= 2 && text.every((element) => element.text > 100), `without JavaScript: ${JSON.stringify(text)}`);
      return `${text.length} elements with text before any script`;
    });
  }
  const { tab, problems } = await open(browser, url);
  try {
    await check(`${stack}: renders (tags defined, content shown, no console error or failed request)`, async () => {
      await Promise.all(forms.map((form) => controlsReady(tab, form)));
      const text = await renderedText(tab);
      assert(text.every((element) => element.text > 100), `empty element: ${JSON.stringify(text)}`);
      if (prerendered) {
        assert(text.every((element) => element.roots <= 1 && element.legends <= 1), `shown twice after the takeover: ${JSON.stringify(text)}`);
      }
      assert(problems.length === 0, problems.join('\n'));
      return `${text.length} elements${prerendered ? ', taken over once' : ''}`;
    });
    for (const form of forms) {
      const label = forms.length > 1 ? ` (${form})` : '';
      const outcome = await driveForm(tab, form).catch((error) => ({ error }));
      results[form] = outcome;
      await check(`${stack}: choice seen by the framework${label}`, () => {
        if (outcome.error) throw outcome.error;
        assert(/pain=joint\b/.test(outcome.state) && /checks=experience\b/.test(outcome.state), `state: ${outcome.state}`);
        return outcome.state;
      });
      await check(`${stack}: form submit (required blocks an empty one; FormData has both controls)${label}`, () => {
        if (outcome.error) throw outcome.error;
        assert(!outcome.blocked, `an empty required form was submitted: ${outcome.blocked}`);
        assert(outcome.submitted === 'pain=joint&checks=experience', `submitted: ${outcome.submitted}`);
        return outcome.submitted;
      });
    }
    await check(`${stack}: no console error or failed request while used`, () => {
      assert(problems.length === 0, problems.join('\n'));
    });
  } finally {
    await tab.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The stacks

/** Type checks that must fail: a file with `@ts-expect-error` lines, checked by the stack's own checker. */
const REACT_TYPE_ERRORS = `import type {} from 'relief-widgets/react';
import { useRef } from 'react';
import type { ReliefPainSelector as PainSelectorElement } from 'relief-widgets';
import { ReliefPainSelector } from 'relief-widgets/react';

// Checked by \`tsc\` with the example: every line below must be a type error.
export const Wrong = () => (
  <>
    {/* @ts-expect-error validity is read-only */}
    <relief-pain-selector validity={{} as ValidityState} />
    {/* @ts-expect-error validationMessage is read-only */}
    <relief-pain-selector validationMessage="x" />
    {/* @ts-expect-error willValidate is read-only */}
    <relief-therapist-checklist willValidate />
    {/* @ts-expect-error form is the id of a <form>, not the element */}
    <relief-pain-selector form={document.createElement('form')} />
    {/* @ts-expect-error checkValidity is a method, not a prop */}
    <relief-pain-selector checkValidity={() => true} />
    {/* @ts-expect-error an unknown list */}
    <relief-benefit-list set="nope" />
    {/* @ts-expect-error the detail has value only */}
    <relief-pain-selector onrelief-change={(event) => event.detail.nope} />
    {/* @ts-expect-error the pain type is text */}
    <relief-pain-selector value={42} />
    {/* @ts-expect-error validity is read-only */}
    <ReliefPainSelector validity={{} as ValidityState} />
    {/* @ts-expect-error the detail has value only */}
    <ReliefPainSelector onReliefChange={(event) => event.detail.nope} />
  </>
);

// And these are right: the detail is typed once, React's own props and refs work.
export const Right = () => (
  <relief-pain-selector
    ref={(element) => element?.focus()}
    role="group"
    onClick={() => {}}
    form="intake"
    heading-level="3"
    onrelief-change={(event) => event.detail.value.toUpperCase()}
  />
);
// A ref object typed as the element, and React's own attributes and typed DOM events (which a
// framework-neutral generator loses: see scripts/framework-integrations.mjs).
export const RightWithRef = () => {
  const ref = useRef<PainSelectorElement>(null);
  return <relief-pain-selector ref={ref} inert={false} suppressHydrationWarning onClick={(event) => event.currentTarget.focus()} />;
};
`;

const PREACT_TYPE_ERRORS = `import type {} from 'relief-widgets/preact';

// Checked by \`tsc\` with the example: every line below must be a type error.
export const Wrong = () => (
  <>
    {/* @ts-expect-error validity is read-only */}
    <relief-pain-selector validity={{} as ValidityState} />
    {/* @ts-expect-error willValidate is read-only */}
    <relief-therapist-checklist willValidate />
    {/* @ts-expect-error form is the id of a <form>, not the element */}
    <relief-pain-selector form={document.createElement('form')} />
    {/* @ts-expect-error an unknown list */}
    <relief-tip-list set="nope" />
    {/* @ts-expect-error the detail has value only */}
    <relief-pain-selector onrelief-change={(event) => event.detail.nope} />
  </>
);
`;

const VUE_TYPE_ERRORS = `<script setup lang="ts">
// Checked by vue-tsc with the example: every binding below must be a type error.
</script>
<template>
  <!-- @vue-expect-error an unknown list -->
  <relief-benefit-list set="nope" />
  <!-- @vue-expect-error the pain type is text -->
  <relief-pain-selector :value="42" />
  <!-- @vue-expect-error the detail has value only -->
  <relief-pain-selector @relief-change="(event) => event.detail.nope" />
  <!-- @vue-expect-error the guide's heading level is a number or its digits -->
  <relief-guide :heading-level="{}" />
</template>
`;

const SVELTE_TYPE_ERRORS = `<!-- Checked by svelte-check with the example: each element below must be a type error. -->
<script lang="ts"></script>
<relief-benefit-list set="nope"></relief-benefit-list>
<relief-pain-selector value={42}></relief-pain-selector>
<relief-pain-selector onrelief-change={(event) => event.detail.nope}></relief-pain-selector>
<relief-pain-selector validity={{}}></relief-pain-selector>
`;

const stacks = {
  bundlers: {
    ci: true,
    async test(dir) {
      await check('bundlers: esbuild, Rollup, Vite (Rolldown) and webpack build the documented imports', async () => {
        await build(dir);
      });
      const server = await startStaticServer({ mounts: [['/', join(dir, 'dist')]] });
      try {
        for (const bundler of ['esbuild', 'rollup', 'vite', 'webpack']) {
          for (const entry of ['all', 'each']) {
            const what = entry === 'all' ? "import 'relief-widgets'" : `the ${TAGS.length} 'relief-widgets/<element>.js' imports`;
            await check(`bundlers: ${bundler} keeps every registration of ${what} (${TAGS.length} tags defined, French chunk loaded)`, async () => {
              const { tab, problems } = await open(browser, `${server.origin}/${bundler}/${entry}/`);
              // Until every tag is defined and the French chunk shows (or the wait's limit: reported below).
              await tab
                .waitForFunction(
                  (tags) =>
                    tags.every((tag) => customElements.get(tag)) &&
                    /douleur/i.test(document.querySelector('relief-pain-selector')?.shadowRoot?.querySelector('[part~="legend"]')?.textContent ?? ''),
                  { timeout: 30_000 },
                  TAGS,
                )
                .catch(() => {});
              const state = await tab.evaluate((tags) => {
                const defined = tags.filter((tag) => customElements.get(tag));
                const legend = document.querySelector('relief-pain-selector')?.shadowRoot?.querySelector('[part~="legend"]')?.textContent ?? '';
                return { defined, legend };
              }, TAGS);
              await tab.close();
              assert(state.defined.length === TAGS.length, `defined: ${state.defined.join(', ')} of ${TAGS.join(', ')}`);
              assert(/douleur/i.test(state.legend), `the page is French, the legend reads "${state.legend}"`);
              assert(problems.length === 0, problems.join('\n'));
              return `${state.defined.length} tags`;
            });
          }
        }
      } finally {
        await server.close();
      }
    },
  },
  node: {
    ci: true,
    async test(dir) {
      await check('node: every kind of entry imports in plain Node, and prerender renders Spanish', async () => {
        const output = await run('npm', ['start', '--silent'], dir);
        assert(/17 locales; setLocale is a function; ReliefPainSelector/.test(output), output);
        assert(/<template[^>]*shadowrootmode="open"/.test(output) && output.includes('lang="es"'), `no Spanish declarative shadow root:\n${output.slice(0, 500)}`);
        assert(/style-src 'sha256-/.test(output), 'no style-src hashes');
      });
    },
  },
  react: {
    ci: true,
    async test(dir) {
      writeFileSync(join(dir, 'src', 'relief-type-errors.tsx'), REACT_TYPE_ERRORS);
      await check('react: types (tsc: JSX of the tags and relief-widgets/react; read-only props and wrong details rejected)', () =>
        run('npm', ['run', 'typecheck'], dir),
      );
      if (!(await check('react: build (vite build)', () => build(dir)))) return;
      await serveStatic(join(dir, 'dist'), (url) => browserChecks('react', url, { forms: ['#native', '#wrapped'] }));
    },
  },
  preact: {
    ci: true,
    async test(dir) {
      writeFileSync(join(dir, 'src', 'relief-type-errors.tsx'), PREACT_TYPE_ERRORS);
      await check('preact: types (tsc: JSX of relief-widgets/preact; read-only props and wrong details rejected)', () =>
        run('npm', ['run', 'typecheck'], dir),
      );
      if (!(await check('preact: build (esbuild)', () => build(dir)))) return;
      await serveStatic(join(dir, 'dist'), (url) => browserChecks('preact', url, { forms: ['#intake'] }));
    },
  },
  vue: {
    ci: true,
    async test(dir) {
      writeFileSync(join(dir, 'src', 'ReliefTypeErrors.vue'), VUE_TYPE_ERRORS);
      await check('vue: types (vue-tsc: GlobalComponents from relief-widgets/vue; wrong props and details rejected)', () =>
        run('npm', ['run', 'typecheck'], dir),
      );
      if (!(await check('vue: build (vite build)', () => build(dir)))) return;
      await serveStatic(join(dir, 'dist'), (url) => browserChecks('vue', url, { forms: ['#event', '#v-model'] }));
    },
  },
  eleventy: {
    ci: true,
    async test(dir) {
      if (!(await check('eleventy: build (prerendered through relief-widgets/prerender)', () => build(dir)))) return;
      await serveStatic(join(dir, '_site'), (url) => browserChecks('eleventy', url, { forms: ['#intake'], prerendered: true }));
    },
  },
  next: {
    async test(dir) {
      if (!(await check('next: build (next build: types, server render of the page)', () => build(dir)))) return;
      const port = await freePort();
      const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
        cwd: dir,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let log = '';
      server.stdout.on('data', (chunk) => (log += chunk));
      server.stderr.on('data', (chunk) => (log += chunk));
      try {
        const url = `http://127.0.0.1:${port}/`;
        let html = '';
        for (let attempt = 0; attempt < 120 && !html; attempt++) {
          html = await fetch(url).then((response) => (response.ok ? response.text() : ''), () => '');
          if (!html) await new Promise((resolve) => setTimeout(resolve, 500));
        }
        await check('next: the server-rendered page (server component + client component) holds the form and the tags', () => {
          const tags = ['<relief-benefit-list', '<relief-pain-selector', '<relief-therapist-checklist', 'id="intake"'];
          assert(tags.every((tag) => html.includes(tag)), `not all of ${tags} in the server HTML:\n${html.slice(0, 2000)}\n${log}`);
        });
        await browserChecks('next', url, { forms: ['#intake'] });
      } finally {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  },
  angular: {
    async test(dir) {
      if (!(await check('angular: production build (ng build: strict templates)', () => build(dir)))) return;
      await serveStatic(join(dir, 'dist', 'relief-angular', 'browser'), (url) =>
        browserChecks('angular', url, { forms: ['#events', '#template-driven', '#reactive'] }),
      );
    },
  },
  astro: {
    async test(dir) {
      if (!(await check('astro: static build (prerendered through relief-widgets/prerender)', () => build(dir)))) return;
      await serveStatic(join(dir, 'dist'), (url) => browserChecks('astro', url, { forms: ['#intake'], prerendered: true }));
    },
  },
  sveltekit: {
    async test(dir) {
      await check('sveltekit: types (svelte-check: svelte/elements from relief-widgets/svelte; wrong attributes and details rejected)', async () => {
        await run('npm', ['run', 'check'], dir);
        // Svelte templates have no expect-error comment: a component of wrong uses must fail with each error.
        const wrong = join(dir, 'src', 'lib', 'ReliefTypeErrors.svelte');
        mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
        writeFileSync(wrong, SVELTE_TYPE_ERRORS);
        const output = await run('npm', ['run', 'check'], dir).then(
          () => '',
          (error) => error.message,
        );
        rmSync(wrong);
        const expected = [`'"nope"' is not assignable`, `'number' is not assignable`, `Property 'nope' does not exist`, `'"validity"' does not exist`];
        const missing = expected.filter((text) => !output.includes(text));
        assert(output && missing.length === 0, `svelte-check did not report ${missing.join('; ')}:\n${output}`);
      });
      if (!(await check('sveltekit: build (vite build, adapter-static, page prerendered)', () => build(dir)))) return;
      await serveStatic(join(dir, 'build'), (url) => browserChecks('sveltekit', url, { forms: ['#intake'] }));
    },
  },
};

async function serveStatic(folder, test) {
  const server = await startStaticServer({ mounts: [['/', folder]] });
  try {
    await test(`${server.origin}/`);
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

const chosen = named.length ? named : Object.keys(stacks).filter((name) => Boolean(stacks[name].ci) === ci);
const unknown = chosen.filter((name) => !stacks[name]);
if (unknown.length) {
  console.error(`unknown stack(s) ${unknown.join(', ')}; known: ${Object.keys(stacks).join(', ')}`);
  process.exit(2);
}

let browser;
const scratch = mkdtempSync(join(tmpdir(), 'relief-examples-'));
const workFolders = [];
try {
  console.log(`Framework examples${ci ? ' (CI: framework packages from the repository, the tarball installed once)' : ''}: ${chosen.join(', ')}`);
  await check('README framework sections are the example files', () => checkReadmeExamples());
  const [{ filename }] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root));
  const tarball = join(scratch, filename);
  browser = await launchChromium();

  let ciBase;
  if (ci) {
    // Inside the repository, so that the examples resolve react, vue, vite… from its node_modules.
    mkdirSync(join(root, '.tmp'), { recursive: true });
    ciBase = mkdtempSync(join(root, '.tmp', 'examples-'));
    workFolders.push(ciBase);
    writeFileSync(join(ciBase, 'package.json'), JSON.stringify({ name: 'relief-examples-ci', private: true, dependencies: { 'relief-widgets': `file:${tarball}` } }, null, 2));
    await check('the packed tarball installs (npm install, from the npm cache)', () =>
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], ciBase),
    );
  }

  for (const name of chosen) {
    console.log(`\n${name}:`);
    let dir;
    if (ci) {
      dir = join(ciBase, name);
      copyExample(name, dir);
    } else {
      dir = mkdtempSync(join(tmpdir(), `relief-example-${name}-`));
      workFolders.push(dir);
      copyExample(name, dir);
      const manifestPath = join(dir, 'package.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.dependencies['relief-widgets'] = `file:${tarball}`;
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      const installed = await check(`${name}: npm install (its own package.json, relief-widgets from the tarball)`, () =>
        run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, { timeout: 15 * 60_000 }),
      );
      if (!installed) continue;
    }
    try {
      await stacks[name].test(dir);
    } catch (error) {
      await check(`${name}: runs`, () => {
        throw error;
      });
    }
  }
} catch (error) {
  await check('examples test setup', () => {
    throw error;
  });
} finally {
  await browser?.close();
  if (keep) console.log(`\nkept: ${[scratch, ...workFolders].join(' ')}`);
  else for (const folder of [scratch, ...workFolders]) rmSync(folder, { recursive: true, force: true });
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
}
