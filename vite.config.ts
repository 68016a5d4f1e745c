import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

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

/**
 * Message ids name messages for people (`how-it-helps.relaxes-muscles.title`)
 * and stay so in the source and the XLIFF files; in the bundles, where nobody
 * reads them, each becomes a short base-36 key, in both the msg() calls and
 * the locale modules. The ids come from the XLIFF files, which i18n:check
 * keeps in sync with the source; an id not yet extracted stays as it is, on
 * both sides.
 */
function compactMessageIds(): Plugin {
  const xliff = readFileSync(new URL('./locales/es.xlf', import.meta.url), 'utf8');
  const ids = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]);
  const keys = new Map(ids.map((id, index) => [id, index.toString(36)]));
  const compact = (id: string) => keys.get(id) ?? id;
  return {
    name: 'relief-compact-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      if (id.includes('/generated/locales/')) {
        return code.replace(/^(\s*)'([\w.-]+\.[\w.-]+)':/gm, (_, indent, key) => `${indent}'${compact(key)}':`);
      }
      return code.replace(/\bid: '([\w-]+\.[\w.-]+)'/g, (_, key) => `id: '${compact(key)}'`);
    },
  };
}

/**
 * Every message has an explicit id (i18n:check fails on one without), so
 * @lit/localize never hashes a template into an id: its hashing code is left
 * out of the bundles. Were an id ever missing, the message would show in English.
 */
function noMessageIdHashing(): Plugin {
  const stub = '\0relief-no-message-id-hashing';
  return {
    name: 'relief-no-message-id-hashing',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer?.includes('@lit/localize') ? stub : null;
    },
    load(id) {
      return id === stub ? "export const generateMsgId = () => '';" : null;
    },
  };
}

const define = { __RELIEF_VERSION__: JSON.stringify(version) };

/**
 * Minifies the markup in Lit's html`` and css`` templates (the JS minifier
 * leaves template strings alone), for the browsers the README supports, so
 * that lightningcss keeps light-dark() and logical properties as written.
 */
const minifiedTemplates = (): Plugin => ({
  ...(minifyTemplates({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        minifyCSS: { targets: { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) } },
      },
    },
  }) as unknown as Plugin),
  enforce: 'pre',
});

/**
 * `vite build` writes the bundles for script tags and CDNs: the ES bundle
 * (Lit inside, one lazy chunk per locale) and the classic script (everything
 * inside).
 */
const bundles: UserConfig = {
  define,
  plugins: [selfContainedLocaleChunks(), compactMessageIds(), noMessageIdHashing(), minifiedTemplates()],
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
};

/**
 * `vite build --mode modules` writes the npm package's module tree in
 * dist/esm/: one file per source module, Lit and @lit/localize left as
 * dependencies, so that an application's bundler shares them and takes only
 * the elements it imports.
 */
const modules: UserConfig = {
  define,
  plugins: [minifiedTemplates()],
  build: {
    target: 'es2022',
    outDir: 'dist/esm',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        'relief-widgets': 'src/relief-widgets.ts',
        ...Object.fromEntries(
          ['benefit-list', 'tip-list', 'pain-selector', 'therapist-checklist', 'guide'].flatMap((name) => [
            [`${name}/${name}`, `src/${name}/${name}.ts`],
            [`${name}/${name}.component`, `src/${name}/${name}.component.ts`],
          ]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

export default defineConfig(({ mode }) => (mode === 'modules' ? modules : bundles));
