import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * Storybook's Vite config. The project's own vite.config.ts builds the
 * library; Storybook needs the version global that src/core/version.ts reads
 * (the build and the test server inject it the same way).
 */
export default defineConfig({
  define: { __RELIEF_VERSION__: JSON.stringify(version) },
  build: {
    // The browsers the widgets support (README). Older CSS targets would make the minifier
    // rewrite light-dark() in the stories' CSS into variables that do not inherit as written.
    target: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
  },
});
