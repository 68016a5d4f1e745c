/**
 * `npm run build:builder` (run by `npm run build`, after the package build):
 * writes the embed builder to dist/builder/, static files to serve anywhere
 * (`npm start` serves them at /builder/; they can sit beside storybook-static/).
 *
 * 1. data/builder.json: the elements, their attributes and the theme's custom
 *    properties from custom-elements.json; the guide's sections, the locales and
 *    the default review dates from the built modules; the bundle sizes.
 * 2. In the same file, what the builder names in every locale (each element's
 *    default heading, the guide's sections) and the parts of a guide's
 *    structured data, from `relief-widgets/prerender`. The builder's
 *    prerendered code itself is a snapshot of its live preview (src/snapshot.ts).
 * 3. builder.js and preview.js (Vite), the pages and styles, and a copy of the
 *    bundles (relief/) for the live preview.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { build } from 'vite';

const builderDir = dirname(fileURLToPath(import.meta.url));
const root = join(builderDir, '..');
const dist = join(root, 'dist');
const out = join(dist, 'builder');
const started = performance.now();

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const { name, version } = readJson(join(root, 'package.json'));
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

for (const needed of ['relief-widgets.js', 'relief-widgets.iife.js', 'esm/relief-widgets.js']) {
  if (!statSync(join(dist, needed), { throwIfNoEntry: false })) {
    console.error(`build:builder: dist/${needed} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------
// 1. What the package says about itself.

const esm = (path) => import(new URL(`../dist/esm/${path}`, import.meta.url).href);
const { supportedLocales, sourceLocale } = await esm('core/localization.js');
const { GUIDE_LAYOUT } = await esm('guide/guide.content.js');
const { PAGE_LAST_UPDATED, PAGE_NEXT_REVIEW } = await esm('guide/review-dates.js');
const manifest = readJson(join(root, 'custom-elements.json'));

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const stringUnion = (type) => {
  const members = (type ?? '').split('|').map((member) => member.trim());
  return members.length > 1 && members.every((member) => /^(["']).*\1$/.test(member))
    ? members.map((member) => member.slice(1, -1))
    : undefined;
};
const elements = declarations
  .filter((declaration) => declaration.tagName?.startsWith('relief-'))
  .map((declaration) => ({
    tag: declaration.tagName,
    summary: (declaration.summary ?? declaration.description ?? '').replace(/\s+/g, ' ').trim(),
    // Its `@reserve` JSDoc (custom-elements-manifest.config.mjs).
    reservedBlockSize: declaration.reservedBlockSize,
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
      ...(stringUnion(attribute.type?.text) ? { values: stringUnion(attribute.type.text) } : {}),
    })),
  }));
const themeSource =
  declarations.find((declaration) => declaration.tagName === 'relief-guide') ??
  declarations.find((declaration) => declaration.cssProperties);
const theme = (themeSource.cssProperties ?? []).map((property) => {
  const pair = /^light-dark\(\s*(#[\da-f]{3,8})\s*,\s*(#[\da-f]{3,8})\s*\)$/i.exec(property.default ?? '');
  return {
    name: property.name,
    description: (property.description ?? '').replace(/\s+/g, ' ').trim(),
    default: property.default ?? '',
    ...(pair ? { light: pair[1].toLowerCase(), dark: pair[2].toLowerCase() } : {}),
  };
});

const measure = (file) => brotli(readFileSync(join(dist, file)));
const localeChunks = readdirSync(join(dist, 'locales')).filter((file) => file.endsWith('.js'));

// ---------------------------------------------------------------------------
// 2. What the builder names in each language: each element's default heading
// (the heading field's hint), the guide's section headings, and the parts of a
// guide's structured data (its prerendered code is a snapshot of the live preview).

const { prerender } = await import('../dist/esm/prerender/prerender.js');
const { CITATIONS } = await esm('core/citations.js');
const { citationEntry } = await esm('prerender/structured-data.js');
const unescapeHtml = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]);
/** The text of the first heading of `level` in prerendered HTML (plain HTML: no markup inside a heading). */
const firstHeading = (html, level) => unescapeHtml(new RegExp(`<h${String(level)}\\b[^>]*>([^<]*)</h${String(level)}>`).exec(html)[1]);
const variants = elements.flatMap((element) => {
  const sets = element.attributes.find((attribute) => attribute.name === 'set')?.values ?? [undefined];
  const evidence = element.attributes.some((attribute) => attribute.name === 'hide-evidence') ? [false, true] : [false];
  return sets.flatMap((set) => evidence.map((hideEvidence) => ({ tag: element.tag, set, hideEvidence })));
});

const headings = {};
const about = {};
for (const locale of supportedLocales) {
  const rendered = await Promise.all(
    variants.map(({ tag, set, hideEvidence }) =>
      prerender(`<${tag}${set ? ` set="${set}"` : ''}${hideEvidence ? ' hide-evidence' : ''}></${tag}>`, { locale }),
    ),
  );
  headings[locale] = Object.fromEntries(
    variants.map(({ tag, set, hideEvidence }, index) => [
      tag === 'relief-guide' ? tag : `${tag}${set ? `?set=${set}` : ''}${hideEvidence ? '&hide-evidence' : ''}`,
      firstHeading(rendered[index].html, 2),
    ]),
  );
  const guide = rendered[variants.findIndex(({ tag, hideEvidence }) => tag === 'relief-guide' && !hideEvidence)].html;
  about[locale] = JSON.parse(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(guide)[1]).about.name;
}
/** The guide's section headings in every locale (a section's own heading, or its nested element's), for the builder's interface in that language. */
const sectionHeadings = {};
for (const locale of supportedLocales) {
  const headingsOf = await Promise.all(
    GUIDE_LAYOUT.map(async ({ id }) => [id, firstHeading((await prerender(`<relief-guide items="${id}"></relief-guide>`, { locale })).html, 3)]),
  );
  sectionHeadings[locale] = Object.fromEntries(headingsOf);
}
const sections = GUIDE_LAYOUT.map(({ id }) => ({ id, heading: sectionHeadings[sourceLocale][id] }));

const builderData = {
  name,
  version,
  cdnBase: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`,
  files: { module: 'relief-widgets.js', classic: 'relief-widgets.iife.js' },
  sizes: {
    module: measure('relief-widgets.js'),
    classic: measure('relief-widgets.iife.js'),
    localeChunk: Math.max(...localeChunks.map((file) => measure(join('locales', file)))),
  },
  sourceLocale,
  locales: [...supportedLocales],
  elements,
  sections,
  theme,
  defaultDates: { lastUpdated: PAGE_LAST_UPDATED, nextReview: PAGE_NEXT_REVIEW },
  headings,
  sectionHeadings,
  citations: Object.fromEntries(Object.keys(CITATIONS).map((id) => [id, citationEntry(id)])),
  about,
};

// ---------------------------------------------------------------------------
// 3. The page itself.

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'data'), { recursive: true });
const written = [];
const write = (path, text) => {
  writeFileSync(join(out, path), text);
  written.push(path);
};
write('data/builder.json', JSON.stringify(builderData));

await build({
  configFile: false,
  mode: 'production',
  root: builderDir,
  logLevel: 'warn',
  // The markup of the builder's own html`` templates, minified as the bundles' are.
  plugins: [{ ...minifyTemplates({ include: [join(builderDir, 'src/**/*.ts')], failOnError: true }), enforce: 'pre' }],
  build: {
    outDir: out,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: { builder: join(builderDir, 'src/main.ts'), preview: join(builderDir, 'src/preview.ts') },
      formats: ['es'],
      fileName: (_, entry) => `${entry}.js`,
    },
    rolldownOptions: { output: { minify: true } },
  },
});
for (const file of ['index.html', 'preview.html', 'builder.css', 'preview.css']) cpSync(join(builderDir, file), join(out, file));
// The live preview loads the real bundle, a copy beside the builder so that the folder stands alone.
mkdirSync(join(out, 'relief/locales'), { recursive: true });
cpSync(join(dist, 'relief-widgets.js'), join(out, 'relief/relief-widgets.js'));
for (const file of localeChunks) cpSync(join(dist, 'locales', file), join(out, 'relief/locales', file));
// dist/ is in the npm package; the builder is not (npm honours an .npmignore below a "files" folder).
writeFileSync(join(out, '.npmignore'), '*\n');

// ---------------------------------------------------------------------------
const sizeOf = (paths) => {
  const buffers = paths.map((path) => readFileSync(join(out, path)));
  return {
    raw: buffers.reduce((sum, b) => sum + b.length, 0),
    gzip: buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: buffers.reduce((sum, b) => sum + brotli(b), 0),
  };
};
const kb = ({ raw, gzip, brotli: br }) =>
  `${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip, ${(br / 1024).toFixed(1)} KB brotli`;
console.log(
  `Embed builder: dist/builder/ in ${((performance.now() - started) / 1000).toFixed(1)} s (served by \`npm start\` at /builder/)`,
);
console.log(`  page: builder.js ${kb(sizeOf(['builder.js']))}; preview.js ${kb(sizeOf(['preview.js']))}`);
console.log(`  data/builder.json ${kb(sizeOf(['data/builder.json']))}`);
