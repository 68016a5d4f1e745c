/**
 * The test server's prerendered pages (test/prerender*.test.ts), made per
 * request by the prerender API from what the query asks:
 *
 * `/prerendered/page.html?snippet=…&locale=…&page=…&js=…&transform=…&bundle=…&csp=…`
 * - `snippet`: `all` (every element of the manifest, the form controls in a form), `form`
 *   (controls with chosen values), `guide`, `guide-h6`, or `raw` with `html=` (a snippet of the test's own, for odd markup)
 * - `locale`: the prerender's locale; `page`: the page's `<html lang>` (default: the same)
 * - `js`: `module`, `classic`, `classic-in-head`, `classic-in-shadow-root`, `later` (no script:
 *   the test loads it with `__loadRelief(path)`, after editing the page as a CMS would), `none`
 *   (the test disables scripts)
 * - `transform`: what sites do to HTML after the prerender: `minify` (html-minifier-terser,
 *   comments removed and white space collapsed), `reformat` (a line and indent between tags),
 *   `twice` (prerendered again), `sanitize` (a sanitizer drops `shadowrootmode` and `<style>`)
 * - `bundle`: `slow` (language files answer after 3 s) or `missing` (404)
 * - `csp`: `hashes` (default: the strict policy plus the printed style hashes) or `strict`
 */
import { minify } from 'html-minifier-terser';
import { CONTENT_SECURITY_POLICY } from '../../scripts/demo-site.mjs';
import { ELEMENT_TAGS, manifestElements } from '../../scripts/elements.mjs';

/** Every element of the manifest, the form controls (those with a `name`) named after their tag, in a form. */
function everyElement() {
  const elements = manifestElements().map(({ tag, attributes }) => {
    const name = attributes.includes('name') ? ` name="${tag.slice('relief-'.length)}"` : '';
    return `<${tag} data-widget${name}></${tag}>`;
  });
  return `<form id="form">\n${elements.join('\n')}\n</form>`;
}

const SNIPPETS = {
  all: everyElement,
  guide: () => '<relief-guide data-widget></relief-guide>',
  'guide-h6': () => '<relief-guide data-widget heading-level="6"></relief-guide>',
  // Controls with chosen values, in a form (test/prerender.test.ts).
  form: () =>
    '<form id="form"><relief-pain-selector data-widget name="pain" value="joint" required></relief-pain-selector>' +
    '<relief-therapist-checklist data-widget name="q" value="sensitivity"></relief-therapist-checklist>' +
    '<relief-benefit-list data-widget></relief-benefit-list><relief-tip-list data-widget set="session"></relief-tip-list></form>',
};

const BUNDLE_PATHS = { slow: '/slow-chunks/relief/', missing: '/broken-chunks/relief/' };

const TRANSFORMS = {
  minify: (html) => minify(html, { removeComments: true, collapseWhitespace: true }),
  reformat: (html) => html.replaceAll('><', '>\n  <'),
  twice: async (html, locale, prerender) => (await prerender(html, { locale })).html,
  sanitize: (html) => html.replaceAll(' shadowrootmode="open"', '').replace(/<style>[^<]*<\/style>/g, ''),
};

export async function prerenderedPage(context) {
  const query = context.URL.searchParams;
  const { prerender } = await import('../../dist/esm/prerender/prerender.js');
  const snippetName = query.get('snippet') ?? 'guide';
  const snippet = snippetName === 'raw' ? (query.get('html') ?? '') : SNIPPETS[snippetName]();
  const locale = query.get('locale') ?? 'en';
  const { html: rendered, styleSrc } = await prerender(snippet, { locale });
  const transform = TRANSFORMS[query.get('transform')];
  const html = transform ? await transform(rendered, locale, prerender) : rendered;
  const bundle = `${BUNDLE_PATHS[query.get('bundle')] ?? '/assets/vendor/relief/'}relief-widgets`;
  const script = {
    module: `<script type="module" src="${bundle}.js"></script>`,
    // With prerendered HTML a classic script is deferred (EMBEDDING.md), so that the elements
    // upgrade after the parser has attached their declarative shadow roots.
    classic: `<script defer src="${bundle}.iife.js"></script>`,
    'classic-in-head': `<script src="${bundle}.iife.js"></script>`,
    'classic-in-shadow-root': `<script defer src="/test/embed/pages/shadow-root-loader.js" data-bundle="${bundle}.iife.js"></script>`,
    later: '<script src="/test/embed/pages/load-later.js"></script>',
  }[query.get('js') ?? 'module'] ?? '';
  context.type = 'html';
  context.body = `<!doctype html><html lang="${query.get('page') ?? locale}"><head><meta charset="utf-8"><title>prerendered</title>
<script src="/test/embed/pages/report.js"></script>${script}</head><body>${html}</body></html>`;
  let policy =
    query.get('csp') === 'strict'
      ? CONTENT_SECURITY_POLICY
      : CONTENT_SECURITY_POLICY.replace("style-src 'self'", `style-src 'self' ${styleSrc.join(' ')}`);
  if (query.get('js') === 'classic-in-shadow-root') policy = policy.replace('trusted-types lit-html', 'trusted-types lit-html relief-test-loader');
  context.set('Content-Security-Policy', policy);
}

/** A small seeded generator, so that a failing fuzz case can be run again. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return (n) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const FUZZ_NAMES = ['heading', 'set', 'items', 'value', 'name', 'heading-level', 'data-x$lit$', 'onclick', 'a"b', "c'd", 'e<f', 'x=', 'HEADING', 'hide-evidence'];
const FUZZ_VALUES = ['Tips', 'session', 'x><img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'", '"', '&amp;&lt;', '<!--', '-->', '</relief-tip-list>', 'a b', '', '>', '<', '`'];
const FUZZ_SEPARATORS = [' ', '', '\n', '  ', '/', ' / '];
const FUZZ_QUOTES = ['"', "'", ''];

/** A random start tag of a relief element: missing spaces, quotes in values, `<` and `>`, duplicates, odd names. */
function fuzzTag(pick, tag) {
  let source = `<${tag}`;
  const count = 1 + pick(5);
  for (let index = 0; index < count; index++) {
    const name = FUZZ_NAMES[pick(FUZZ_NAMES.length)];
    const value = FUZZ_VALUES[pick(FUZZ_VALUES.length)];
    const quote = FUZZ_QUOTES[pick(FUZZ_QUOTES.length)];
    source += `${index === 0 ? ' ' : FUZZ_SEPARATORS[pick(FUZZ_SEPARATORS.length)]}${name}${pick(4) === 0 ? '' : `=${quote}${value}${quote}`}`;
  }
  return `${source}>${pick(3) === 0 ? '<b>light</b>' : ''}</${tag}><p>after</p>`;
}

/** `/prerendered/fuzz.json?seed=…&count=…`: random start tags and what the prerender makes of them. */
export async function fuzzCases(context) {
  const { prerender } = await import('../../dist/esm/prerender/prerender.js');
  const seed = Number(context.URL.searchParams.get('seed') ?? 1);
  const count = Math.min(Number(context.URL.searchParams.get('count') ?? 100), 2000);
  const pick = random(seed);
  const cases = [];
  // The elements rightly warn about most of these values; the test server's log needn't show 1,500 of them.
  const warn = console.warn;
  console.warn = () => {};
  try {
    for (let index = 0; index < count; index++) {
      const source = fuzzTag(pick, ELEMENT_TAGS[pick(ELEMENT_TAGS.length)]);
      cases.push({ source, output: (await prerender(source)).html });
    }
  } finally {
    console.warn = warn;
  }
  context.type = 'json';
  context.body = JSON.stringify(cases);
}
