import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { selectedEngines } from './test/support/browsers.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
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
