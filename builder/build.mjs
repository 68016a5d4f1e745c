/**
 * `npm run build:builder` (run by `npm run build`, after the package build):
 * writes the embed builder to dist/builder/, static files to serve anywhere
 * (`npm start` serves them at /builder/; they can sit beside storybook-static/).
 *
 * 1. data/builder.json: the elements, their attributes and the theme's custom
 *    properties from custom-elements.json; the guide's sections, the locales and
 *    the default review dates from the built modules; the bundle sizes.
 * 2. data/prerender/<locale>.json and data/prerender.json: every element
 *    prerendered by `relief-widgets/prerender` in every locale, stored as
 *    templates (builder/src/prerendered.ts), and checked: what the builder puts
 *    together must equal the prerenderer's own output, byte for byte, for the
 *    default and for varied choices (sections, order, heading level and text,
 *    evidence, dates) in every locale. A variant that fails is left out (the
 *    builder then offers the command instead) and the build says so.
 * 3. builder.js and preview.js (Vite), the pages and styles, and a copy of the
 *    bundles (relief/) for the live preview.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { build, runnerImport } from 'vite';

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
const { PAGE_LAST_UPDATED, PAGE_NEXT_REVIEW, formatReviewDate, localIsoDate } = await esm('guide/review-dates.js');
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
// 2. Prerendered templates, checked against the prerenderer.

const { prerender } = await import('../dist/esm/prerender/prerender.js');
// The elements' own warnings while rendering (a failed check says what went wrong) are kept for the summary.
const elementWarnings = new Set();
const consoleWarn = console.warn;
console.warn = (...args) => elementWarnings.add(args.map(String).join(' '));
const viteQuiet = { configFile: false, logLevel: 'silent' };
const { module: stored } = await runnerImport(join(builderDir, 'src/prerendered.ts'), viteQuiet);
const { module: choices } = await runnerImport(join(builderDir, 'src/config.ts'), viteQuiet);
const { OPEN, CLOSE, assemble, escapeHtml, variantKey } = stored;
const placeholder = (code) => `${OPEN}${code}${CLOSE}`;
const HEADING_SENTINEL = placeholder('T');
const unescapeHtml = (text) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, entity) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[entity]);

/** The prerenderer's output for one element: what goes inside the tag, and what follows it. */
async function renderElement(tag, attributes, locale) {
  const source = choices.openTag(tag, attributes) + `</${tag}>`;
  const { html, styleSrc } = await prerender(source, { locale });
  const close = html.lastIndexOf(`</${tag}>`);
  return { inner: html.slice(html.indexOf('>') + 1, close), after: html.slice(close + tag.length + 3), styleSrc };
}

const styles = [];
const styleIndex = (text) => {
  if (!styles.includes(text)) styles.push(text);
  return styles.indexOf(text);
};
const hashSource = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Lit's template digest of a heading at each level, learned from renders at every level. */
const headingDigests = {};
const HEADING =
  /<!--lit-part ([^\s>]+)--><!--lit-node 0--><h([1-6]) (part="[^"]*" class="[^"]*" id="[^"]*")( aria-level="7")?>|<\/h([1-6])>|heading-level="([2-7])"/g;
function learnDigests(html) {
  for (const match of html.matchAll(HEADING)) {
    if (!match[1]) continue;
    const level = match[4] ? 7 : Number(match[2]);
    if (headingDigests[level] && headingDigests[level] !== match[1]) throw new Error(`two digests for a heading at level ${String(level)}`);
    headingDigests[level] = match[1];
  }
}
const problems = [];
try {
  for (const level of [2, 3, 4, 5, 6]) {
    learnDigests((await renderElement('relief-benefit-list', [['heading-level', String(level)]], sourceLocale)).inner);
  }
  learnDigests((await renderElement('relief-guide', [['heading-level', '6']], sourceLocale)).inner);
} catch (error) {
  // Then no template can be stored: the builder offers script-rendered code (and the command) only.
  problems.push(`heading templates: ${error.message}`);
}

/** A render at heading level 2 as a template: styles, heading levels (relative to 2) and heading text as placeholders. */
function encode(inner) {
  let lastOffset = 0;
  return inner
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, text) => `<style>${placeholder(`S${String(styleIndex(text))}`)}</style>`)
    .replace(HEADING, (match, digest, level, attributes, seventh, closing, nested) => {
      if (digest) {
        const actual = seventh ? 7 : Number(level);
        if (headingDigests[actual] !== digest) throw new Error(`unknown heading template ${digest}`);
        lastOffset = actual - 2;
        return placeholder(`H${String(lastOffset)}|${attributes}`);
      }
      if (closing) return placeholder(`/${String(lastOffset)}`);
      return `heading-level="${placeholder(`L${String(Number(nested) - 2)}`)}"`;
    });
}

/** The review dates as placeholders: their `datetime` and their formatted text. */
function encodeDates(template, locale) {
  let found = 0;
  const result = template.replace(/<time datetime="(\d{4}-\d{2}-\d{2})">([\s\S]*?)<\/time>/g, (match, date, text) => {
    const index = [PAGE_LAST_UPDATED, PAGE_NEXT_REVIEW].indexOf(date);
    const formatted = escapeHtml(formatReviewDate(date, locale));
    if (index === -1 || !text.includes(formatted)) return match;
    found += 1;
    return `<time datetime="${placeholder(`D${String(index)}`)}">${text.replace(formatted, placeholder(`F${String(index)}`))}</time>`;
  });
  if (found !== 2) throw new Error(`found ${String(found)} of the 2 review dates`);
  return result;
}

/** The text between what two renders share: where the sentinel heading stood, the default heading. */
function defaultHeading(withSentinel, withDefault) {
  const at = withSentinel.indexOf(HEADING_SENTINEL);
  const before = withSentinel.slice(0, at);
  const after = withSentinel.slice(at + HEADING_SENTINEL.length);
  if (at === -1 || !withDefault.startsWith(before) || !withDefault.endsWith(after))
    throw new Error('the heading is not where it should be');
  return unescapeHtml(withDefault.slice(before.length, withDefault.length - after.length));
}

/** The guide's sections, cut where each one starts: its first element carries `part="section…"` and its `data-id`. */
const SECTION_START = /<!--lit-part [^\s>]+-->(?:<!--lit-node \d+-->)?<[a-z-]+\s+part="section[^"]*" class="section" data-id="([^"]+)"/g;
const SAFETY_START = /<!--\/lit-part--> <!--lit-part [^\s>]+--><div part="safety"/;
function splitGuide(template) {
  const starts = [...template.matchAll(SECTION_START)].map((match) => ({ id: match[1], index: match.index }));
  const end = template.search(SAFETY_START);
  if (starts.length === 0 || end === -1) throw new Error('cannot find the guide’s sections');
  const sections = Object.fromEntries(starts.map(({ id, index }, i) => [id, template.slice(index, starts[i + 1]?.index ?? end)]));
  const split = { prefix: template.slice(0, starts[0].index), suffix: template.slice(end), order: starts.map(({ id }) => id), sections };
  if (split.prefix + split.order.map((id) => sections[id]).join('') + split.suffix !== template)
    throw new Error('the guide does not split into sections');
  return split;
}

const citations = {};
const localeTemplates = {};
const checked = {};

/** Deterministic choices, so that every build checks the same combinations. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const HEADINGS = ['Massage & you', 'Ärger mit “Schmerz” <b>?</b>', "What's it like?", '  Our advice  '];

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
  sections: GUIDE_LAYOUT.map(({ id }) => ({ id, heading: id })),
  theme,
  defaultDates: { lastUpdated: PAGE_LAST_UPDATED, nextReview: PAGE_NEXT_REVIEW },
  prerendered: {},
  prerenderLevels: {},
  headings: {},
};
const common = { version, styles, styleHashes: [], headingDigests, citations, defaultDates: builderData.defaultDates };

/**
 * Compares what the builder writes for `config` (prerendered) with what the
 * prerenderer makes of the builder's script-rendered snippet: the same, but
 * for the white space the server renderer puts in an element's start tag.
 */
async function check(config, templates, label) {
  const script = choices.embedCode(config, builderData);
  const expected = await prerender(script, { locale: config.language.locale });
  const today = localIsoDate(new Date());
  const assembled = assemble(
    { ...choices.prerenderRequest(config, builderData), today },
    templates,
    { ...common, styleHashes: styles.map(hashSource) },
    formatReviewDate,
  );
  if ('unavailable' in assembled) throw new Error(`${label}: ${assembled.unavailable}`);
  const ours = choices.embedCode(config, builderData, { prerendered: assembled });
  const normalize = (html) => html.replace(/<(relief-[a-z-]+)\s+/g, '<$1 ').replace(/<(relief-[a-z-]+) >/g, '<$1>');
  if (normalize(ours) !== normalize(expected.html)) {
    const a = normalize(ours);
    const b = normalize(expected.html);
    let at = 0;
    while (a[at] === b[at]) at += 1;
    throw new Error(
      `${label}: differs at ${String(at)}:\n  builder:     ${JSON.stringify(a.slice(at - 80, at + 80))}\n  prerenderer: ${JSON.stringify(b.slice(at - 80, at + 80))}`,
    );
  }
  if ([...assembled.styleSrc].sort().join() !== [...expected.styleSrc].sort().join()) throw new Error(`${label}: other style hashes`);
}

const base = choices.defaultConfig(builderData);
const variants = elements
  .filter((element) => element.tag !== 'relief-guide')
  .flatMap((element) => {
    const sets = element.attributes.find((attribute) => attribute.name === 'set')?.values ?? [undefined];
    const evidence = element.attributes.some((attribute) => attribute.name === 'hide-evidence') ? [false, true] : [false];
    return sets.flatMap((set) => evidence.map((hideEvidence) => ({ tag: element.tag, set, hideEvidence })));
  });

/** A stored element template one heading level deeper, with its default heading: as the guide nests it. */
const nestedForm = (element) =>
  element.html
    .replace(new RegExp(`${OPEN}([H/L])(\\d+)`, 'g'), (_, code, offset) => `${OPEN}${code}${String(Number(offset) + 1)}`)
    .replaceAll(HEADING_SENTINEL, escapeHtml(element.heading));

/** In a guide template, each nested element that equals its stored template becomes a reference to it. */
function referenceNested(template, stored) {
  return template.replace(
    /<(relief-[a-z-]+)(\s[^>]*)><template shadowroot="open" shadowrootmode="open">([\s\S]*?)<\/template><\/\1>/g,
    (match, tag, attributes, inner) => {
      const set = /\sset="([^"]*)"/.exec(attributes)?.[1];
      const key = variantKey(tag, set, /\shide-evidence[\s=]/.test(`${attributes} `));
      const template = `<template shadowroot="open" shadowrootmode="open">${inner}</template>`;
      if (!stored[key] || nestedForm(stored[key]) !== template) return match;
      return `<${tag}${attributes}>${placeholder(`E1|${key}`)}</${tag}>`;
    },
  );
}

/**
 * The overdue notice's slot in the guide's header (after the lead): the notice,
 * or Lit's empty part. The prerenderer shows the notice when the review date
 * has passed on the day it renders; the builder does the same on the day it writes the code.
 */
const OVERDUE_SLOT =
  /(?<=<p part="lead" class="lead">[\s\S]*?<\/p>)(<!--lit-part--><!--\/lit-part-->|<!--lit-part [^\s>]+--><p part="overdue-notice"[\s\S]*?<\/p><!--\/lit-part-->)(?=<\/div>)/;
async function overdueNotice(locale) {
  const [past, future] = ['2000-01-02', '2999-12-30'];
  const slot = async (nextReview) => {
    const { inner } = await renderElement(
      'relief-guide',
      [
        ['items', 'introduction'],
        ['next-review', nextReview],
      ],
      locale,
    );
    const match = OVERDUE_SLOT.exec(inner);
    if (!match) throw new Error('cannot find the overdue notice’s place');
    return match[1];
  };
  const [shown, hidden] = [await slot(past), await slot(future)];
  const formatted = escapeHtml(formatReviewDate(past, locale));
  if (shown.split(formatted).length !== 2) throw new Error('cannot find the date in the overdue notice');
  return { shown: encode(shown.replace(formatted, placeholder('F1'))), hidden };
}

/** The guide's templates in one locale: sections, the `hide-evidence` differences, structured data. */
async function storeGuide(locale, templates) {
  const guide = { overdueNotice: await overdueNotice(locale) };
  for (const hideEvidence of [false, true]) {
    const attributes = [['heading', HEADING_SENTINEL], ...(hideEvidence ? [['hide-evidence', true]] : [])];
    const { inner, after } = await renderElement('relief-guide', attributes, locale);
    const encoded = encode(inner);
    if (!OVERDUE_SLOT.test(encoded)) throw new Error('cannot find the overdue notice’s place');
    const split = splitGuide(referenceNested(encodeDates(encoded.replace(OVERDUE_SLOT, placeholder('O')), locale), templates.elements));
    if (!hideEvidence) {
      const data = JSON.parse(/^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(after)[1]);
      const cited = [...new Set([...inner.matchAll(/data-citation="([^"]+)"/g)].map((match) => match[1]))];
      if (cited.length !== data.citation.length) throw new Error('the structured data cites other sources than the guide');
      cited.forEach((id, i) => {
        if (citations[id] && JSON.stringify(citations[id]) !== JSON.stringify(data.citation[i]))
          throw new Error(`source ${id} differs between locales`);
        citations[id] = data.citation[i];
      });
      delete data.citation;
      const plain = await renderElement('relief-guide', [], locale);
      Object.assign(guide, { heading: defaultHeading(inner, plain.inner), ...split, hiddenEvidence: {}, structuredData: data });
    } else {
      if (split.prefix !== guide.prefix || split.suffix !== guide.suffix) throw new Error('hide-evidence changes more than sections');
      for (const id of split.order) if (split.sections[id] !== guide.sections[id]) guide.hiddenEvidence[id] = split.sections[id];
    }
  }
  if (guide.order.join(' ') !== GUIDE_LAYOUT.map(({ id }) => id).join(' '))
    throw new Error(`the sections are not GUIDE_LAYOUT: ${guide.order.join(' ')}`);
  return guide;
}

/** Some sections of the guide, shuffled; the others hidden after them. */
function someSections(order, next) {
  const ids = order.filter(() => next() < 0.6);
  for (let i = ids.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const shown = new Set(ids.length ? ids : ['research']);
  return [...[...shown].map((id) => ({ id, shown: true })), ...order.filter((id) => !shown.has(id)).map((id) => ({ id, shown: false }))];
}

/** Varied choices for a check: heading text, sections, evidence and dates (level given). */
function varied(config, level, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const guide = config.tag === 'relief-guide';
  return {
    ...config,
    headingLevel: level,
    heading: pick(HEADINGS),
    ...(guide
      ? {
          sections: someSections(
            base.sections.map(({ id }) => id),
            next,
          ),
          evidence: next() < 0.5,
          lastUpdated: `2025-0${String(1 + Math.floor(next() * 9))}-1${String(Math.floor(next() * 10))}`,
          nextReview: `2027-1${String(Math.floor(next() * 3))}-0${String(1 + Math.floor(next() * 9))}`,
        }
      : {}),
  };
}

/** Heading levels whose prerendered output the builder can reproduce, per element (checked in the source locale). */
const levels = {};

for (const [index, locale] of [sourceLocale, ...supportedLocales.filter((tag) => tag !== sourceLocale)].entries()) {
  const templates = { locale, elements: {} };
  const ok = [];
  const next = random(index + 1);
  const variantConfigs = variants.map((variant) => ({
    key: variantKey(variant.tag, variant.set, variant.hideEvidence),
    config: { ...base, tag: variant.tag, set: variant.set ?? '', evidence: !variant.hideEvidence, language: { mode: 'fixed', locale } },
    attributes: [...(variant.set ? [['set', variant.set]] : []), ...(variant.hideEvidence ? [['hide-evidence', true]] : [])],
  }));
  const guideConfig = { key: 'relief-guide', config: { ...base, tag: 'relief-guide', language: { mode: 'fixed', locale } } };

  for (const { key, config, attributes } of variantConfigs) {
    try {
      const sentinel = await renderElement(config.tag, [...attributes, ['heading', HEADING_SENTINEL]], locale);
      const plain = await renderElement(config.tag, attributes, locale);
      templates.elements[key] = { heading: defaultHeading(sentinel.inner, plain.inner), html: encode(sentinel.inner) };
    } catch (error) {
      problems.push(`${key} in ${locale}: ${error.message}`);
    }
  }
  try {
    templates.guide = await storeGuide(locale, templates);
    if (locale === sourceLocale) {
      builderData.sections = templates.guide.order.map((id) => {
        const chunk = templates.guide.sections[id];
        const heading = /<!--lit-part-->([^<]*)<!--\/lit-part-->/.exec(chunk.slice(chunk.indexOf(`${OPEN}H1|`)))?.[1];
        const nested = /E1\|([^\uE001]+)/.exec(chunk)?.[1];
        return { id, heading: heading ? unescapeHtml(heading) : nested ? templates.elements[nested].heading : id };
      });
    }
  } catch (error) {
    problems.push(`relief-guide in ${locale}: ${error.message}`);
  }

  for (const { key, config } of [...variantConfigs, guideConfig]) {
    if (key === 'relief-guide' ? !templates.guide : !templates.elements[key]) continue;
    try {
      // The defaults in every locale; in the source locale every heading level, with varied choices;
      // in the others one level the source locale passed, with other varied choices.
      await check(config, templates, `${key} in ${locale}`);
      if (locale === sourceLocale) {
        levels[config.tag] ??= [2, 3, 4, 5, 6];
        for (const level of [2, 3, 4, 5, 6]) {
          try {
            await check(varied(config, level, next), templates, `${key} in ${locale} at heading level ${String(level)}`);
          } catch (error) {
            levels[config.tag] = levels[config.tag].filter((passed) => passed !== level);
            problems.push(`heading level ${String(level)} of ${key}: ${level === 6 ? error.message.split('\n')[0] : error.message}`);
          }
        }
      } else if (levels[config.tag]?.length) {
        const tagLevels = levels[config.tag];
        await check(varied(config, tagLevels[(index + ok.length) % tagLevels.length], next), templates, `${key} in ${locale}, varied`);
      }
      ok.push(key);
    } catch (error) {
      if (key === 'relief-guide') delete templates.guide;
      else delete templates.elements[key];
      problems.push(error.message);
    }
  }
  localeTemplates[locale] = templates;
  checked[locale] = ok;
  builderData.headings[locale] = Object.fromEntries([
    ...Object.entries(templates.elements).map(([key, element]) => [key, element.heading]),
    ...(templates.guide ? [['relief-guide', templates.guide.heading]] : []),
  ]);
}
console.warn = consoleWarn;
common.styleHashes = styles.map(hashSource);
builderData.prerendered = checked;
builderData.prerenderLevels = levels;

// ---------------------------------------------------------------------------
// 3. The page itself.

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'data/prerender'), { recursive: true });
const written = [];
const write = (path, text) => {
  writeFileSync(join(out, path), text);
  written.push(path);
};
write('data/builder.json', JSON.stringify(builderData));
write('data/prerender.json', JSON.stringify(common));
for (const [locale, templates] of Object.entries(localeTemplates)) write(`data/prerender/${locale}.json`, JSON.stringify(templates));

// runnerImport() above set NODE_ENV for development; the page gets Lit's production build.
process.env.NODE_ENV = 'production';
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
const perLocale = written.filter((path) => path.startsWith('data/prerender/'));
const largest = perLocale.map((path) => ({ path, ...sizeOf([path]) })).sort((a, b) => b.raw - a.raw)[0];
console.log(
  `Embed builder: dist/builder/ in ${((performance.now() - started) / 1000).toFixed(1)} s (served by \`npm start\` at /builder/)`,
);
console.log(`  page: builder.js ${kb(sizeOf(['builder.js']))}; preview.js ${kb(sizeOf(['preview.js']))}`);
console.log(
  `  data/builder.json ${kb(sizeOf(['data/builder.json']))}; data/prerender.json (styles, hashes) ${kb(sizeOf(['data/prerender.json']))}`,
);
console.log(
  `  prerendered templates, ${String(perLocale.length)} locales: ${kb(sizeOf(perLocale))} in all; largest ${largest.path} ${kb(largest)}`,
);
const total = Object.values(checked).reduce((sum, list) => sum + list.length, 0);
console.log(`  checked against the prerenderer: ${String(total)} element variants in ${String(perLocale.length)} locales`);
if (problems.length) {
  console.warn(
    `build:builder: ${String(problems.length)} prerendered variant(s) left out (for them the builder gives script-rendered code and says why):`,
  );
  for (const problem of problems) console.warn(`  - ${problem}`);
  if (elementWarnings.size)
    console.warn(`  The elements warned while rendering:\n${[...elementWarnings].map((warning) => `    ${warning}`).join('\n')}`);
}
