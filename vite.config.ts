import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * A locale module needs only the `str` tag of @lit/localize. Each one gets its
 * own copy of that tiny module, so a locale chunk imports nothing: no common
 * chunk to fetch, and no import back into the bundle (which a `?ver=` query on
 * the bundle's URL, as WordPress adds, would turn into a second copy).
 */
function selfContainedLocaleChunks(): Plugin {
  const strTagPath = createRequire(import.meta.url).resolve('@lit/localize/internal/str-tag.js');
  const prefix = '\0relief-str-tag:';
  return {
    name: 'relief-self-contained-locale-chunks',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@lit/localize' && importer?.includes('/generated/locales/')) {
        return prefix + basename(importer);
      }
      return null;
    },
    load(id) {
      return id.startsWith(prefix) ? readFileSync(strTagPath, 'utf8') : null;
    },
  };
}

/** `vite build` writes the ES bundle (with one lazy chunk per locale) and the classic script. */
export default defineConfig({
  define: { __RELIEF_VERSION__: JSON.stringify(version) },
  plugins: [selfContainedLocaleChunks()],
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/relief-widgets.ts',
      name: 'ReliefWidgetsBundle',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'relief-widgets.js' : 'relief-widgets.iife.js'),
    },
    rolldownOptions: {
      output: {
        minify: true,
        chunkFileNames: 'locales/[name]-[hash].js',
      },
    },
  },
});
