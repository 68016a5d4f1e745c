/**
 * `npm run test:package`: packs the package as npm would publish it, installs
 * the tarball into a fresh project, type-checks a TypeScript consumer (tag map,
 * event types, class imports, JSX), and loads the installed files in headless
 * Chromium: the CDN bundle, and the module tree through an import map.
 * Ends with a plain `N passed, N failed` line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = [];
async function check(name, run) {
  try {
    await run();
    results.push([name, true]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  }
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};
function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'relief-pack-'));
const project = join(scratch, 'consumer');
let browser;
let server;

try {
  console.log('Package:');
  const [{ files, filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const paths = files.map((file) => file.path);

  await check('npm pack lists only what a user needs', () => {
    const allowed = /^(dist\/|types\/|prerender\/|bin\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$|EMBEDDING\.md$|TRANSLATING\.md$)/;
    const unexpected = paths.filter((path) => !allowed.test(path));
    assert(unexpected.length === 0, `unexpected files: ${unexpected.join(', ')}`);
    const required = [
      'dist/relief-widgets.js',
      'dist/relief-widgets.iife.js',
      'dist/esm/relief-widgets.js',
      'dist/esm/relief-widgets.d.ts',
      'dist/esm/pain-selector/pain-selector.component.d.ts',
      'dist/frameworks/react-jsx.d.ts',
      'dist/react/index.js',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      'types/react.d.ts',
      'custom-elements.json',
      'LICENSE',
      'README.md',
    ];
    const missing = required.filter((path) => !paths.includes(path));
    assert(missing.length === 0, `missing files: ${missing.join(', ')}`);
    assert(paths.some((path) => /^dist\/locales\/fr-[\w-]+\.js$/.test(path)), 'no French locale chunk');
  });

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const typescript = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.typescript;
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, filename), `typescript@${typescript}`, '@types/react@^19', 'react@^19'],
    project,
  );

  await check('every JavaScript entry of the package imports on a server (Node, no DOM)', () => {
    const { exports } = JSON.parse(readFileSync(join(project, 'node_modules/relief-widgets/package.json'), 'utf8'));
    const elementNames = readdirSync(join(project, 'node_modules/relief-widgets/dist/esm'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(entry.parentPath, entry.name, `relief-${entry.name}.js`)))
      .map((entry) => entry.name);
    // Pattern entries are tried with every element; plain ones as they are.
    const specifiers = Object.entries(exports)
      .filter(([, target]) => typeof target === 'string' ? target.endsWith('.js') : target.default || target.node)
      .flatMap(([key]) => (key.includes('*') ? (key === './locales/*.js' ? ['./locales/fr.js'] : elementNames.map((name) => key.replace('*', name))) : [key]))
      .map((key) => `relief-widgets${key.slice(1)}`)
      .filter((specifier) => !specifier.includes('bundle'));
    const script = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join('\n');
    run(process.execPath, ['--input-type=module', '-e', script], project);
    assert(specifiers.length >= 13, `only ${specifiers.length} entries: ${specifiers}`);
  });

  await check('npx relief-widgets prerender renders a snippet in Spanish, with the CSP line', () => {
    const output = execFileSync('npx', ['relief-widgets', 'prerender', '--locale', 'es', '--csp', '-'], {
      cwd: project,
      input: '<relief-pain-selector name="pain"></relief-pain-selector>',
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    assert(output.includes('shadowrootmode="open"') && output.includes('lang="es"'), 'no declarative shadow root in Spanish');
    assert(output.includes('Elija un tipo de dolor') || output.includes('tipo de dolor'), 'not Spanish');
  });

  await check('a TypeScript consumer type-checks against the installed package', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        include: ['*.ts', '*.tsx'],
      }),
    );
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { setLocale, getLocale, type ReliefChangeEvent } from 'relief-widgets';
import { ReliefPainSelector } from 'relief-widgets/pain-selector.component.js';
import type { ReliefGuide } from 'relief-widgets/guide.component.js';
import 'relief-widgets/therapist-checklist.js';

const selector: ReliefPainSelector = document.createElement('relief-pain-selector');
const value: string = selector.value;
selector.required = true;
const guide: ReliefGuide | null = document.querySelector('relief-guide');
if (guide) guide.today = new Date(2026, 0, 1);
const checklist = document.createElement('relief-therapist-checklist');
const ticked: string[] = checklist.value;
selector.addEventListener('relief-change', (event) => {
  const changed: ReliefChangeEvent = event;
  console.log(changed.detail.value, value, ticked);
});
// @ts-expect-error the pain type is a string, not a number
selector.value = 42;
// @ts-expect-error relief-change carries a detail
document.addEventListener('relief-change', (event) => event.detail.nothing);
void setLocale('fr').then(() => getLocale());
`,
    );
    writeFileSync(
      join(project, 'app.tsx'),
      `import type {} from 'relief-widgets/react';

export const App = () => (
  <main>
    <relief-guide heading-level={3} next-review="2027-01-01"></relief-guide>
    <relief-pain-selector name="pain" required></relief-pain-selector>
  </main>
);
`,
    );
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', project], project);
  });

  await check('the package ships editor data generated from the manifest', () => {
    const installed = join(project, 'node_modules/relief-widgets');
    const vscode = JSON.parse(readFileSync(join(installed, 'dist/vscode.html-custom-data.json'), 'utf8'));
    // The elements are those of the repository's manifest (one folder per element under src/).
    const expected = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'))
      .modules.flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean)
      .sort();
    const tags = vscode.tags.map((tag) => tag.name).sort();
    assert(expected.length >= 5 && tags.join() === expected.join(), `VS Code data tags: ${tags}, manifest: ${expected}`);
    const selector = vscode.tags.find((tag) => tag.name === 'relief-pain-selector');
    assert(selector.attributes.some((attribute) => attribute.name === 'heading-level'), 'no heading-level attribute');
    const webTypes = JSON.parse(readFileSync(join(installed, 'dist/web-types.json'), 'utf8'));
    assert(webTypes.contributions.html.elements.length === expected.length, 'web-types elements');
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    assert(manifest.modules.length > 0, 'empty manifest');
  });

  // Serve the consumer project, as a site or a dev server would.
  server = await startStaticServer({ mounts: [['/', project]] });
  const { origin } = server;
  const page = (scripts) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">${scripts}</head>
<body><relief-guide></relief-guide><relief-pain-selector value="back"></relief-pain-selector></body></html>`;
  writeFileSync(
    join(project, 'bundle.html'),
    page('<script type="module" src="/node_modules/relief-widgets/dist/relief-widgets.js"></script>'),
  );
  writeFileSync(
    join(project, 'iife.html'),
    page('<script src="/node_modules/relief-widgets/dist/relief-widgets.iife.js"></script>'),
  );
  const imports = {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    'relief-widgets': '/node_modules/relief-widgets/dist/esm/relief-widgets.js',
  };
  writeFileSync(
    join(project, 'modules.html'),
    page(`<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">import 'relief-widgets';</script>`),
  );

  browser = await launchChromium();
  for (const [file, label] of [
    ['bundle.html', 'the installed ES bundle'],
    ['iife.html', 'the installed classic script'],
    ['modules.html', 'the installed module tree (import map)'],
  ]) {
    await check(`${label} renders every element in the page's language`, async () => {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
      tab.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
      await tab.goto(`${origin}/${file}`, { waitUntil: 'networkidle0' });
      const state = await tab.evaluate(async () => {
        const elements = [...document.querySelectorAll('relief-guide, relief-pain-selector')];
        await Promise.all(elements.map((element) => element.updateComplete));
        await new Promise((resolve) => setTimeout(resolve, 100));
        return elements.map((element) => {
          const base = element.shadowRoot?.querySelector('[part~="base"]');
          return { lang: base?.lang, text: base?.textContent?.trim().length ?? 0 };
        });
      });
      await tab.close();
      assert(problems.length === 0, problems.join('; '));
      assert(state.every(({ lang, text }) => lang === 'fr' && text > 100), JSON.stringify(state));
    });
  }
} catch (error) {
  results.push(['package test setup', false]);
  console.log(`  ✗ package test setup\n    ${error?.stderr ?? ''}${error?.stack ?? error}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
}

const passed = results.filter(([, ok]) => ok).length;
const failed = results.length - passed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
