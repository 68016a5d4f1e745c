/**
 * The prerender API and CLI on Node, as a build script, a server or a shell
 * uses them (defects P07, P09–P16 of shared/notes/defects-prerender.md).
 * The browser half is test/prerender*.test.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { main } from '../../dist/esm/prerender/cli.js';
import { ELEMENT_TAGS as TAGS } from '../../scripts/elements.mjs';
import { prerender } from '../../dist/esm/prerender/prerender.js';

const root = new URL('../../', import.meta.url);
const EVERY_ELEMENT = TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');
const xliffTarget = (locale, id) =>
  new RegExp(`<trans-unit id="${id.replaceAll('.', '\\.')}">\\s*<source>[^<]*</source>\\s*<target>([^<]*)</target>`).exec(
    readFileSync(new URL(`locales/${locale}.xlf`, root), 'utf8'),
  )[1];

/** The elements of a parsed tree (not inside templates), depth first. */
function elements(node, found = []) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    found.push(child);
    elements(child, found);
  }
  return found;
}

const structuredData = (html) => [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]));

const scratch = mkdtempSync(join(tmpdir(), 'relief-prerender-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI in this process: exit code, standard output (bytes) and error lines. */
async function cli(args, stdin = new Uint8Array()) {
  const out = [];
  const errors = [];
  const code = await main(args, { stdin: () => stdin, stdout: (data) => out.push(Buffer.from(data)), stderr: (line) => errors.push(line) });
  return { code, stdout: Buffer.concat(out), stderr: errors };
}

describe('the snapshot is plain HTML', () => {
  it('has no renderer markers, no <?>, only the standard shadowrootmode', async () => {
    const { html } = await prerender(EVERY_ELEMENT, { locale: 'de' });
    assert.doesNotMatch(html, /<!--|<\?|shadowroot=|defer-hydration|checked="/);
    for (const tag of TAGS) assert.match(html, new RegExp(`<${tag}><template shadowrootmode="open"><style>`));
  });
});

describe('concurrent calls never share a locale (P07)', () => {
  it('renders six pages in six locales at once, each wholly in its own', async () => {
    const locales = ['fr', 'de', 'es', 'ar', 'ja', 'pl'];
    const results = await Promise.all(locales.map((locale) => prerender(EVERY_ELEMENT, { locale })));
    results.forEach(({ html, locale }, index) => {
      assert.equal(locale, locales[index]);
      const langs = new Set([...html.matchAll(/part="base" class="base" lang="([^"]+)"/g)].map((match) => match[1]));
      assert.deepEqual([...langs], [locales[index]]);
      assert.ok(html.includes(xliffTarget(locales[index], 'guide.title')), `${locales[index]}: the guide's title in its language`);
    });
  });
});

describe('safe on any input', () => {
  it('rebuilds start tags from the parsed attributes: attribute text never becomes markup (P01)', async () => {
    const source = `<relief-tip-list heading="Tips><img src=x onerror=alert(1)>"set="session"></relief-tip-list><relief-benefit-list heading='x" onfocus="alert(1)' autofocus></relief-benefit-list>`;
    const { html } = await prerender(source);
    const found = elements(parseFragment(html));
    assert.deepEqual(
      found.filter((element) => element.tagName.startsWith('relief-')).map((element) => element.attrs),
      elements(parseFragment(source)).map((element) => element.attrs),
    );
    assert.equal(found.filter((element) => element.tagName === 'img').length, 0);
    assert.ok(!found.some((element) => element.attrs.some((attribute) => attribute.name === 'onfocus')));
  });

  it('keeps the first of duplicate attributes, as a browser does (P08)', async () => {
    const { html } = await prerender('<relief-pain-selector value="back" value="joint" name="pain"></relief-pain-selector>');
    assert.match(html, /^<relief-pain-selector value="back" name="pain">/);
    assert.match(html, /value="back" checked/);
    assert.doesNotMatch(html, /value="joint" checked/);
  });

  it('leaves elements inside <svg>, <math>, <template>, raw text and comments byte for byte (P11)', async () => {
    const source = `<p class=heading>page</p><svg><relief-guide></relief-guide></svg><math><relief-tip-list></relief-tip-list></math><template><relief-tip-list></relief-tip-list></template><textarea><relief-tip-list></relief-tip-list></textarea><script>"<relief-guide></relief-guide>"</script><style>/* <relief-guide> */</style><!-- <relief-guide></relief-guide> --><noscript><relief-guide></relief-guide></noscript>`;
    const { html, styleSrc } = await prerender(source);
    assert.equal(html, source);
    assert.deepEqual(styleSrc, []);
  });

  it('is idempotent: a prerendered page prerendered again is the same page (P13)', async () => {
    const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>t</title></head><body>\n${EVERY_ELEMENT}\n</body></html>`;
    const once = await prerender(page, { locale: 'es', today: '2026-12-06' });
    const twice = await prerender(once.html, { locale: 'es', today: '2026-12-06' });
    assert.equal(twice.html, once.html);
    assert.equal(structuredData(twice.html).length, 1);
    // Prerendered again in another language: replaced, not nested.
    const french = await prerender(once.html, { locale: 'fr', today: '2026-12-06' });
    assert.equal(french.html, (await prerender(page, { locale: 'fr', today: '2026-12-06' })).html);
  });

  it('takes citations from the content registry, whatever the markup holds (P14)', async () => {
    const plain = structuredData((await prerender('<relief-guide></relief-guide>')).html)[0];
    for (const odd of ['<relief-guide><!-- data-citation="x" --></relief-guide>', '<relief-guide data-citation="__proto__"><a data-citation="__proto__"></a></relief-guide>']) {
      const [data] = structuredData((await prerender(odd)).html);
      assert.deepEqual(data.citation, plain.citation);
    }
    assert.ok(plain.citation.every((citation) => citation.name && citation.url && citation.publisher.name));
    const withoutResearch = structuredData((await prerender('<relief-guide items="introduction" hide-evidence></relief-guide>')).html)[0];
    assert.deepEqual(
      withoutResearch.citation.map((citation) => citation.url),
      ['https://www.nccih.nih.gov/health/massage-therapy-what-you-need-to-know', 'https://www.nhs.uk/conditions/cauda-equina-syndrome/'],
    );
  });

  it('keeps attribute names a template language would not ($lit$) (P16)', async () => {
    const { html } = await prerender('<relief-benefit-list data-track$lit$="x"><span data-x$lit$="y"></span></relief-benefit-list>');
    assert.match(html, /^<relief-benefit-list data-track\$lit\$="x"><template shadowrootmode="open">/);
    assert.match(html, /<\/template><span data-x\$lit\$="y"><\/span><\/relief-benefit-list>$/);
  });
});

describe('structured data (P15)', () => {
  it('names the guide by the heading it shows, in the page language, with the page address', async () => {
    const { html } = await prerender('<relief-guide heading="Massage at Our Clinic" last-updated="2025-01-02"></relief-guide>', { locale: 'es', url: 'https://clinic.example/dolor' });
    const [data] = structuredData(html);
    assert.equal(data.name, 'Massage at Our Clinic');
    assert.equal(data.inLanguage, 'es');
    assert.equal(data.about.name, xliffTarget('es', 'structured-data.about'));
    assert.equal(data.lastReviewed, '2025-01-02');
    assert.equal(data['@id'], 'https://clinic.example/dolor');
    assert.equal(data.url, 'https://clinic.example/dolor');
    assert.equal(structuredData((await prerender('<relief-guide></relief-guide>', { locale: 'ar' })).html)[0].name, xliffTarget('ar', 'guide.title'));
    await assert.rejects(prerender('<relief-guide></relief-guide>', { url: 'not a url' }), /url/);
  });

  it('can never close its script element', async () => {
    const { html } = await prerender('<relief-guide heading="</script><script>alert(1)</script><!--"></relief-guide>');
    const scripts = elements(parseFragment(html)).filter((element) => element.tagName === 'script');
    assert.equal(scripts.length, 1);
    assert.equal(JSON.parse(scripts[0].childNodes[0].value).name, '</script><script>alert(1)</script><!--');
  });
});

describe('dates in the form of the tag the prerender was asked for', () => {
  it('writes Afghan month names for fa-AF, and Iranian ones for fa', async () => {
    const afghan = await prerender('<relief-guide items="introduction"></relief-guide>', { locale: 'fa-AF' });
    const iranian = await prerender('<relief-guide items="introduction"></relief-guide>', { locale: 'fa' });
    assert.equal(afghan.locale, 'fa');
    assert.match(afghan.html, /عقرب/);
    assert.doesNotMatch(afghan.html, /آبان/);
    assert.match(iranian.html, /آبان/);
  });
});

describe('the review notice is as of the render date, given by the prerenderer', () => {
  it('shows it when the render date is past the review date, and not before', async () => {
    const overdue = await prerender('<relief-guide next-review="2026-01-01"></relief-guide>', { today: '2026-06-01' });
    const current = await prerender('<relief-guide next-review="2026-01-01"></relief-guide>', { today: '2025-06-01' });
    assert.match(overdue.html, /part="overdue-notice"/);
    assert.doesNotMatch(current.html, /part="overdue-notice"/);
  });
});

describe('the CLI', () => {
  it('reads and writes a page in its declared single-byte charset (P09)', async () => {
    const page = '<!doctype html><html lang="fr"><head><meta charset="iso-8859-1"><title>Thérapie</title></head><body><p>Thérapie à domicile</p><relief-tip-list></relief-tip-list></body></html>';
    const file = join(scratch, 'latin1.html');
    writeFileSync(file, Buffer.from(page, 'latin1'));
    const { code, stdout, stderr } = await cli(['prerender', '--locale', 'ar', file]);
    assert.equal(code, 0, stderr.join('\n'));
    const text = new TextDecoder('windows-1252').decode(stdout);
    assert.ok(text.includes('<p>Thérapie à domicile</p>'));
    // Arabic, which the charset lacks, as character references the browser reads back.
    const snapshot = elements(parse(text)).find((element) => element.tagName === 'relief-tip-list').childNodes[0].content;
    const texts = [];
    const collect = (node) => (node.nodeName === '#text' ? texts.push(node.value) : node.childNodes?.forEach(collect));
    collect(snapshot);
    assert.ok(texts.some((value) => /[\u0600-\u06ff]/.test(value)), 'the Arabic text reads back');
  });

  it('reads and writes UTF-16 with its byte order mark', async () => {
    const file = join(scratch, 'utf16.html');
    writeFileSync(file, Buffer.from('\ufeff<p>Thérapie</p><relief-tip-list></relief-tip-list>', 'utf16le'));
    const { code, stdout } = await cli(['prerender', '--locale', 'ja', file]);
    assert.equal(code, 0);
    assert.deepEqual([...stdout.subarray(0, 2)], [0xff, 0xfe]);
    const text = new TextDecoder('utf-16le').decode(stdout);
    assert.ok(text.startsWith('<p>Thérapie</p><relief-tip-list><template shadowrootmode="open">'));
  });

  it('refuses, in one line, a charset it cannot write back and bytes that are not what the page declares', async () => {
    const shiftJis = join(scratch, 'sjis.html');
    writeFileSync(shiftJis, '<meta charset="shift_jis"><relief-tip-list></relief-tip-list>');
    const invalid = join(scratch, 'invalid.html');
    writeFileSync(invalid, Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]));
    for (const [file, reason] of [
      [shiftJis, /shift_jis.*convert the page to UTF-8/],
      [invalid, /not valid utf-8/],
    ]) {
      const { code, stdout, stderr } = await cli(['prerender', file]);
      assert.equal(code, 1);
      assert.equal(stdout.length, 0);
      assert.equal(stderr.length, 1);
      assert.match(stderr[0], reason);
    }
  });

  it('writes --out atomically: a failed write leaves the file as it was (P10)', async () => {
    const file = join(scratch, 'page.html');
    writeFileSync(file, '<relief-tip-list></relief-tip-list>');
    // The temporary file's place is taken: writing it fails, as on a full disk.
    mkdirSync(join(scratch, `.page.html.${process.pid}.tmp`));
    const failed = await cli(['prerender', '--out', file, file]);
    assert.equal(failed.code, 1);
    assert.equal(failed.stderr.length, 1);
    assert.equal(readFileSync(file, 'utf8'), '<relief-tip-list></relief-tip-list>');
    rmSync(join(scratch, `.page.html.${process.pid}.tmp`), { recursive: true });
    const done = await cli(['prerender', '--out', file, file]);
    assert.equal(done.code, 0);
    assert.match(readFileSync(file, 'utf8'), /^<relief-tip-list><template shadowrootmode="open">[\s\S]*<\/template><\/relief-tip-list>$/);
    assert.deepEqual(readdirSync(scratch).filter((name) => name.endsWith('.tmp')), []);
  });

  it('reports file errors in one line with exit code 1, usage errors with 2, never a stack trace (P12)', async () => {
    const readOnly = join(scratch, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o500);
    const input = join(scratch, 'in.html');
    writeFileSync(input, '<relief-tip-list></relief-tip-list>');
    const cases = [
      [['prerender', join(scratch, 'missing.html')], 1, /missing\.html: no such file or directory/],
      [['prerender', scratch], 1, /is a directory/],
      [['prerender', '--out', join(scratch, 'no-such-dir', 'out.html'), input], 1, /no such file or directory/],
      [['prerender', '--locale', 'xx', input], 2, /locale "xx"/],
      [['prerender', '--bogus', input], 2, /bogus/],
      [['render', input], 2, /unknown command/],
    ];
    // As root, a read-only folder is still writable: check it only where it is not.
    if (process.getuid?.() !== 0) cases.push([['prerender', '--out', join(readOnly, 'out.html'), input], 1, /permission denied/]);
    for (const [args, expectedCode, message] of cases) {
      const { code, stderr } = await cli(args);
      assert.equal(code, expectedCode, args.join(' '));
      assert.equal(stderr.length, 1, args.join(' '));
      assert.match(stderr[0], message);
      assert.doesNotMatch(stderr[0], /\n|\bat \S+:\d+:\d+/);
    }
  });

  it('runs as the package binary, with --csp and --url', () => {
    const run = spawnSync(process.execPath, [new URL('bin/relief-widgets.js', root).pathname, 'prerender', '--csp', '--url', 'https://clinic.example/', '-'], {
      input: '<relief-guide></relief-guide>',
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /^style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+\n$/);
    assert.equal(structuredData(run.stdout)[0].url, 'https://clinic.example/');
    const missing = spawnSync(process.execPath, [new URL('bin/relief-widgets.js', root).pathname, 'prerender', '/no/such/file.html'], { encoding: 'utf8' });
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
  });
});
