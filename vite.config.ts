import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import * as acorn from 'acorn';
import MagicString from 'magic-string';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { version } = readJson('./package.json') as { version: string };
const { targetLocales } = readJson('./lit-localize.json') as { targetLocales: string[] };

/** Every message id, from the XLIFF files (which i18n:check keeps in sync with the source). */
const MESSAGE_IDS = [
  ...readFileSync(new URL(`./locales/${targetLocales[0]}.xlf`, import.meta.url), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g),
].map((match) => match[1]);

const LOCALE_CHUNK_DIR = 'locales';
const LOCALE_FINGERPRINT = createHash('sha256').update(`${version}\n${MESSAGE_IDS.join('\n')}`).digest('hex').slice(0, 8);

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
 * reads them, each becomes a short base-36 key, in the msg() calls and in the
 * locale chunks alike (−240 B brotli on the bundle, −440 to −620 B on each
 * chunk). The rewrite works on the parsed output (string literals equal to a
 * message id), with a source map; the build fails if any id is left, so that
 * a bundle can never look up a key its chunks do not have.
 */
function compactMessageIds(): Plugin {
  const keys = new Map(MESSAGE_IDS.map((id, index) => [id, index.toString(36)]));
  const quotedIds = MESSAGE_IDS.map((id) => [`'${id}'`, `"${id}"`, `\`${id}\``]).flat();
  return {
    name: 'relief-compact-message-ids',
    renderChunk(code) {
      const rewritten = new MagicString(code);
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const { type, value, start, end } = node as { type?: string; value?: unknown; start: number; end: number };
        if (type === 'Literal' && typeof value === 'string' && keys.has(value)) {
          rewritten.overwrite(start, end, JSON.stringify(keys.get(value)));
          return;
        }
        for (const child of Object.values(node)) if (child && typeof child === 'object') visit(child);
      };
      visit(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
      return { code: rewritten.toString(), map: rewritten.generateMap({ hires: true }) };
    },
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const left = quotedIds.find((quoted) => file.code.includes(quoted));
        if (left) this.error(`${file.fileName} still holds the message id ${left}: the bundle and the locale chunks would disagree`);
      }
    },
  };
}

/**
 * In the bundles, a locale's messages are fetched from `locales/` beside the
 * bundle's own URL (the classic script's too, from its `<script>` element,
 * read while it runs), so that one classic script serves every language
 * without carrying them all. The name carries a fingerprint of the version and
 * the message ids, so a cached chunk of another release is never used.
 */
function localeChunksBesideBundle(format: 'es' | 'iife'): Plugin {
  // The classic script finds its own URL from its <script> element, or, where it has none (put in a
  // shadow root by a page builder, run by a loader), from the first script URL of its own call stack.
  const bundleUrl =
    format === 'es'
      ? 'import.meta.url'
      : "(document.currentScript && document.currentScript.src) || (/(https?:\\/\\/[^\\s()'\"]+?\\.js)\\b/.exec(new Error().stack || '') || [])[1] || document.baseURI";
  const loaders = '\0relief-locale-loaders';
  return {
    name: 'relief-locale-chunks-beside-bundle',
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith('/generated/locale-loaders.js') ? loaders : null;
    },
    load(id) {
      if (id !== loaders) return null;
      // Browsers keep a failed import() for the page's life: a retry asks for another URL.
      return `const bundleUrl = ${bundleUrl};
const failures = {};
export const loadLocaleModule = (locale) => {
  const url = new URL('./' + ${JSON.stringify(LOCALE_CHUNK_DIR)} + '/' + locale + '-${LOCALE_FINGERPRINT}.js', bundleUrl);
  if (failures[locale]) url.search = 'retry=' + failures[locale];
  return import(/* @vite-ignore */ url.href).catch((error) => {
    failures[locale] = (failures[locale] || 0) + 1;
    throw error;
  });
};`;
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

const bundlePlugins = (format: 'es' | 'iife') => [
  selfContainedLocaleChunks(),
  localeChunksBesideBundle(format),
  compactMessageIds(),
  noMessageIdHashing(),
  minifiedTemplates(),
];

/**
 * `vite build` writes the ES bundle for script tags and CDNs (Lit inside)
 * and, beside it, one self-contained module per locale in `locales/`.
 */
const bundle: UserConfig = {
  define,
  plugins: bundlePlugins('es'),
  build: {
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: {
        'relief-widgets': 'src/relief-widgets.ts',
        ...Object.fromEntries(
          targetLocales.map((locale) => [
            `${LOCALE_CHUNK_DIR}/${locale}-${LOCALE_FINGERPRINT}`,
            `src/generated/locales/${locale}.ts`,
          ]),
        ),
      },
      formats: ['es'],
      fileName: (_, name) => `${name}.js`,
    },
    rolldownOptions: { output: { minify: true } },
  },
};

/**
 * `vite build --mode classic` writes the classic script (`<script src>`): the
 * same code as one IIFE, which loads the same locale chunks.
 */
const classic: UserConfig = {
  define,
  plugins: bundlePlugins('iife'),
  build: {
    target: 'es2022',
    sourcemap: true,
    emptyOutDir: false,
    lib: {
      entry: 'src/relief-widgets.ts',
      name: 'ReliefWidgetsBundle',
      formats: ['iife'],
      fileName: () => 'relief-widgets.iife.js',
    },
    rolldownOptions: { output: { minify: true } },
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
        // Every module is an entry, so that each keeps all its exports: the prerender (Node)
        // uses some that no element does. The application's bundler shakes the tree.
        ...Object.fromEntries(
          readdirSync('src', { recursive: true, encoding: 'utf8' })
            .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
            .map((path) => [path.replace(/\.ts$/, ''), `src/${path}`]),
        ),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // The prerenderer (src/prerender/) runs on Node: its built-ins and parse5 stay imports too.
      external: [/^lit(-html|-element)?(\/|$)/, /^@lit(-labs)?\//, /^node:/, /^parse5$/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

export default defineConfig(({ mode }) => ({ modules, classic })[mode] ?? bundle);
