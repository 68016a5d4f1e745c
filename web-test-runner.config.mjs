import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectedEngines } from './test/support/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * What the embed test pages are served with: the strictest policy a clinic
 * might set. Every copy of Lit creates a Trusted Types policy named lit-html,
 * so a page that may load two copies must allow duplicates of that name.
 */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const pagePolicy = (path) =>
  path.endsWith('/double-load.html') ? STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'") : STRICT_CSP;

/**
 * Serves the built bundle the ways sites do (see test/embed/): under a vendor
 * sub-path, as a copy of another version, and with locale chunks that fail.
 */
async function embedFixtures(context, next) {
  const { path } = context;
  const mount = (prefix) => path.startsWith(prefix) && `/dist/${path.slice(prefix.length)}`;
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
  } else if (mount('/assets/vendor/relief/')) {
    context.url = mount('/assets/vendor/relief/');
  }
  await next();
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
  testFramework: { config: { timeout: 10000 } },
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
  },
  reporters: [defaultReporter(), summaryReporter()],
};
