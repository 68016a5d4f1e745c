/**
 * The WordPress plugin against a real WordPress: Debian's `wordpress` package
 * (6.1, PHP 8.2) on a private Apache (mod_php) and a private MariaDB, both on
 * 127.0.0.1 free ports, in a temporary directory; stopped and removed at the
 * end. Installs dist/wordpress/relief-widgets.zip the way a user's upload does
 * (Plugin_Upgrader), activates it, makes pages with the five blocks and the
 * five shortcodes, and checks them in English, Spanish and Arabic: the HTML
 * before JavaScript, then Chromium. Ends with one line, `N passed, N failed`.
 *
 * Needs: `npm run build` first; Debian packages apache2 libapache2-mod-php
 * php-mysql mariadb-server wordpress wordpress-theme-twentytwentythree chromium.
 * `--keep` leaves the site running (prints its URL) for a look around.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { readXliff, xliffPath, config as localeConfig } from './xliff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const zip = join(root, 'dist/wordpress/relief-widgets.zip');
const keep = process.argv.includes('--keep');
const screenshots = process.argv.find((arg) => arg.startsWith('--screenshots='))?.slice('--screenshots='.length);

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
/** Polls until `condition()` is truthy (returns it), with a generous overall limit; never a fixed sleep. */
async function waitFor(condition, what, timeout = 60000) {
  const until = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result.stdout;
};

/* ---------- Services ---------- */
const work = mkdtempSync(join(tmpdir(), 'relief-wp-'));
chmodSync(work, 0o755);
const dbPort = await freePort();
const webPort = await freePort();
const configName = `relief-test-${webPort}`;
const configFile = `/etc/wordpress/config-${configName}.php`;
const site = `http://127.0.0.1:${webPort}`;
const content = join(work, 'wp-content');
const debugLog = join(work, 'wp-debug.log');
const phpErrorLog = join(work, 'php-error.log');
const password = `pw-${process.pid}-${Date.now()}`;
let mariadb;
let apacheStarted = false;
const apacheConf = join(work, 'apache.conf');

async function startServices() {
  // MariaDB: a private data directory, TCP on 127.0.0.1 only.
  const data = join(work, 'db');
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=socket'], { cwd: work });
  const socket = join(work, 'mysqld.sock');
  mariadb = spawn(
    '/usr/sbin/mariadbd',
    ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--port=${dbPort}`, '--bind-address=127.0.0.1', '--user=root', `--pid-file=${join(work, 'mysqld.pid')}`, `--log-error=${join(work, 'mysqld.log')}`, '--skip-log-bin', '--innodb-buffer-pool-size=32M'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => mariadb.once('exit', resolve));
  mariadb.exited = exited;
  await waitFor(() => spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'SELECT 1']).status === 0, 'MariaDB');
  const sql = [
    'CREATE DATABASE relief_wp CHARACTER SET utf8mb4;',
    `CREATE USER 'relief'@'127.0.0.1' IDENTIFIED BY '${password}';`,
    "GRANT ALL ON relief_wp.* TO 'relief'@'127.0.0.1';",
  ].join(' ');
  run('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', sql]);

  // WordPress: Debian's /etc/wordpress/config-<name>.php, content in our directory.
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'themes'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
  for (const log of [debugLog, phpErrorLog]) {
    writeFileSync(log, '');
    chmodSync(log, 0o666);
  }
  spawnSync('chown', ['-R', 'www-data:www-data', join(content, 'uploads')]);
  // Test scaffolding, not the plugin: this machine has no network, so WordPress's update checks
  // (which would warn that wordpress.org is unreachable) are switched off.
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  writeFileSync(
    join(content, 'mu-plugins/offline.php'),
    `<?php
foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $relief_test_hook ) {
	remove_action( 'admin_init', $relief_test_hook );
}
remove_action( 'init', 'wp_schedule_update_checks' );
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'wp_update_plugins', 'wp_update_plugins' );
remove_action( 'wp_update_themes', 'wp_update_themes' );
remove_action( 'upgrader_process_complete', 'wp_version_check', 10 );
remove_action( 'upgrader_process_complete', 'wp_update_plugins', 10 );
remove_action( 'upgrader_process_complete', 'wp_update_themes', 10 );
add_filter( 'pre_site_transient_update_core', function () { return (object) array( 'last_checked' => time(), 'version_checked' => get_bloginfo( 'version' ), 'updates' => array() ); } );
add_filter( 'pre_site_transient_update_plugins', function () { return (object) array( 'last_checked' => time(), 'checked' => array(), 'response' => array(), 'no_update' => array() ); } );
add_filter( 'pre_site_transient_update_themes', function () { return (object) array( 'last_checked' => time(), 'checked' => array(), 'response' => array(), 'no_update' => array() ); } );
`,
  );
  writeFileSync(
    configFile,
    `<?php
// Written by relief-widgets' scripts/wordpress-test.mjs; removed when it ends.
define( 'DB_NAME', 'relief_wp' );
define( 'DB_USER', 'relief' );
define( 'DB_PASSWORD', '${password}' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${site}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', true );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTH_KEY', '${password}a' ); define( 'SECURE_AUTH_KEY', '${password}b' ); define( 'LOGGED_IN_KEY', '${password}c' ); define( 'NONCE_KEY', '${password}d' );
define( 'AUTH_SALT', '${password}e' ); define( 'SECURE_AUTH_SALT', '${password}f' ); define( 'LOGGED_IN_SALT', '${password}g' ); define( 'NONCE_SALT', '${password}h' );
$table_prefix = 'wp_';
`,
  );
  chmodSync(configFile, 0o644);

  // Apache with mod_php, its own configuration, pid file and logs.
  const modules = '/usr/lib/apache2/modules';
  mkdirSync(join(work, 'run'), { recursive: true });
  writeFileSync(
    apacheConf,
    `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${webPort}
PidFile ${join(work, 'apache.pid')}
DefaultRuntimeDir ${join(work, 'run')}
Mutex file:${join(work, 'run')}
ErrorLog ${join(work, 'apache-error.log')}
LogLevel warn
User www-data
Group www-data
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 8
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule env_module ${modules}/mod_env.so
LoadModule php_module ${modules}/libphp8.2.so
TypesConfig /etc/mime.types
AddType text/javascript .js
DocumentRoot /usr/share/wordpress
Alias /wp-content ${content}
SetEnv WORDPRESS_CONFIG ${configName}
DirectoryIndex index.php
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content>
  Options FollowSymLinks
  Require all granted
</Directory>
php_admin_flag log_errors on
php_admin_value error_log ${phpErrorLog}
php_admin_value error_reporting 32767
`,
  );
  run('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'start'], { env: { ...process.env, APACHE_RUN_DIR: join(work, 'run'), APACHE_LOG_DIR: work } });
  apacheStarted = true;
  await waitFor(async () => (await fetch(`${site}/readme.html`)).ok, 'Apache');
}

async function stopServices() {
  if (apacheStarted) {
    spawnSync('/usr/sbin/apache2', ['-f', apacheConf, '-k', 'stop'], { env: { ...process.env, APACHE_RUN_DIR: join(work, 'run'), APACHE_LOG_DIR: work } });
    await waitFor(() => !existsSync(join(work, 'apache.pid')), 'Apache to stop', 30000).catch((error) => console.log(`# ${error.message}`));
  }
  if (mariadb && mariadb.exitCode === null) {
    mariadb.kill('SIGTERM');
    await Promise.race([mariadb.exited, new Promise((resolve) => setTimeout(resolve, 30000))]);
  }
  rmSync(configFile, { force: true });
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** Runs scripts/wordpress-tool.php (wp-load.php, as a wp-cli would). */
function wp(command, args = {}) {
  const out = run('php', [join(root, 'scripts/wordpress-tool.php'), configName, command, JSON.stringify(args)], { cwd: work });
  const line = out.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`wordpress-tool ${command}: ${out}`);
  }
}

/* ---------- What the pages hold ---------- */
const hostileHeading = '<img src=x onerror="window.__pwned=1">';
const hostileName = 'x" onfocus="window.__pwned=2" autofocus="';
const blockAttrs = (attributes) => JSON.stringify(attributes).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/"/g, '"');
const block = (slug, attributes = {}) => `<!-- wp:relief-widgets/${slug} ${Object.keys(attributes).length ? `${blockAttrs(attributes)} ` : ''}/-->`;
const blocksPage = [
  block('guide', { items: 'introduction key-benefits conclusion', headingLevel: 2, lastUpdated: '2025-02-03', nextReview: '2027-03-04' }),
  block('benefit-list', { set: 'how-it-helps', items: 'stimulates-endorphins relaxes-muscles', headingLevel: 3 }),
  block('tip-list', { set: 'session' }),
  '<!-- wp:html -->\n<form id="intake" action="#">\n<!-- /wp:html -->',
  block('pain-selector', { name: 'pain', required: true, hideEvidence: true }),
  block('therapist-checklist', { name: 'checks', value: 'sensitivity' }),
  '<!-- wp:html -->\n</form>\n<!-- /wp:html -->',
].join('\n\n');
const shortcodePage = [
  '[relief_guide items="introduction key-benefits conclusion" last_updated="2025-02-03" next-review="2027-03-04"]',
  '[relief_benefit_list set="how-it-helps" items="stimulates-endorphins relaxes-muscles" heading_level="3"]',
  '[relief_tip_list set="session"]',
  '<form id="intake" action="#">',
  '[relief_pain_selector name="pain" required hide_evidence="yes"]',
  '[relief_therapist_checklist name="checks" value="sensitivity" disabled="no"]',
  '</form>',
].join('\n\n');
const hostilePage = [
  block('benefit-list', { heading: hostileHeading }),
  block('pain-selector', { name: hostileName, heading: `"'><script>window.__pwned=3</script>` }),
  `[relief_tip_list heading='${hostileHeading}']`,
  `[relief_pain_selector name='${hostileName}' heading="a' onfocus='window.__pwned=4"]`,
  // The guide's heading also goes into its JSON-LD: it must not close the script element.
  block('guide', { items: 'introduction', heading: '</script><script>window.__pwned=5</script>' }),
].join('\n\n');
/** The five blocks alone, for the editor (the form in blocksPage is two Custom HTML blocks, which the editor flags as unbalanced). */
const editorPage = [
  block('guide', { items: 'introduction key-benefits' }),
  block('benefit-list', { set: 'how-it-helps', items: 'stimulates-endorphins relaxes-muscles', headingLevel: 3 }),
  block('tip-list', { set: 'session' }),
  block('pain-selector', { name: 'pain' }),
  block('therapist-checklist', { name: 'checks' }),
].join('\n\n');
/** Unknown values fall back as the elements do, with no PHP warning. */
const unknownValues = [
  block('benefit-list', { set: 'nope', headingLevel: 9, items: 'nonsense', heading: '   ' }),
  '[relief_tip_list set="nope" heading_level="zero" items="  " made_up="1" required]',
  '[relief_guide last_updated="2025-02-30" next_review="soon" hide_evidence="maybe"]',
].join('\n\n');
const plainPage = '<!-- wp:paragraph -->\n<p>Opening hours: Monday to Friday.</p>\n<!-- /wp:paragraph -->';

/** Known sentences of each element (as the pages set them up), by XLIFF source. */
const KNOWN = {
  'relief-guide': ['Can massage help?', 'Key Benefits for Chronic Pain Management'],
  'relief-benefit-list': ['How Massage Supports Chronic Pain Relief', 'Stimulates Endorphin Production'],
  'relief-tip-list': ['Tips for an Effective Pain-Relief Massage'],
  'relief-pain-selector': ['Choose a type of pain', 'Back Pain'],
  'relief-therapist-checklist': ['Reset checklist', 'What to Look for in a Pain Management Massage Therapist'],
};
const translations = {};
for (const locale of localeConfig.targetLocales) {
  translations[locale] = new Map([...readXliff(xliffPath(locale)).units.values()].map((unit) => [unit.sourceText, unit.targetText]));
}
const textIn = (locale, source) => (locale === 'en' ? source : translations[locale].get(source));
const escapeHtml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The relief elements of a page's HTML, each with its outer HTML. */
function reliefElementsIn(html) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName?.startsWith('relief-')) found.push({ tag: child.tagName, html: html.slice(child.sourceCodeLocation.startOffset, child.sourceCodeLocation.endOffset), node: child });
      else if (child.tagName === 'template') walk(child.content);
      else walk(child);
    }
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }));
  return found;
}
const phpProblems = (text) => text.match(/(<b>)?(Warning|Notice|Deprecated|Fatal error|Parse error)(<\/b>)?:.*/g) ?? [];

/* ---------- The run ---------- */
let browser;
try {
  assert(existsSync(zip), `${zip} is missing: run npm run build first`);
  await startServices();
  const pages = {};
  await check('WordPress installs (Debian package, twentytwentythree)', () => {
    const result = wp('install', { password });
    assert(result.theme === 'twentytwentythree', JSON.stringify(result));
  });
  await check('the zip installs through Plugin_Upgrader (as Plugins → Add New → Upload does) and activates', () => {
    const copy = join(work, 'relief-widgets.zip');
    copyFileSync(zip, copy);
    const installed = wp('install-plugin', { zip: copy });
    assert(installed.installed && installed.plugin === 'relief-widgets/relief-widgets.php', JSON.stringify(installed));
    const activated = wp('activate');
    assert(activated.active, JSON.stringify(activated));
  });
  await check('five blocks with their attributes in camelCase, and five shortcodes', () => {
    const { blocks, shortcodes } = wp('blocks');
    assert(Object.keys(blocks).sort().join(' ') === 'relief-widgets/benefit-list relief-widgets/guide relief-widgets/pain-selector relief-widgets/therapist-checklist relief-widgets/tip-list', Object.keys(blocks).join(' '));
    assert(blocks['relief-widgets/guide'].attributes.includes('lastUpdated') && blocks['relief-widgets/pain-selector'].attributes.includes('hideEvidence'), JSON.stringify(blocks));
    assert(shortcodes.sort().join(' ') === 'relief_benefit_list relief_guide relief_pain_selector relief_therapist_checklist relief_tip_list', shortcodes.join(' '));
  });
  await check('pages with the five blocks, the five shortcodes, hostile values, and no widget', () => {
    pages.blocks = wp('page', { title: 'Blocks', content: blocksPage });
    pages.shortcodes = wp('page', { title: 'Shortcodes', content: shortcodePage });
    pages.hostile = wp('page', { title: 'Hostile', content: hostilePage });
    pages.plain = wp('page', { title: 'Plain', content: plainPage });
    pages.editor = wp('page', { title: 'Editor', content: editorPage });
    pages.unknown = wp('page', { title: 'Unknown values', content: unknownValues });
    for (const page of Object.values(pages)) assert(Number.isInteger(page.id) && page.url.startsWith(site), JSON.stringify(page));
  });

  const { prerender } = await import('relief-widgets/prerender');
  const { shadowOf, startTag } = await import('./wordpress-snapshots.mjs');
  await check("the plugin's PHP assembles what prerender() writes, snapshot and JSON-LD (es, ar, fa, ja, zh-Hant; several attribute sets)", async () => {
    const cases = [
      ['relief-guide', { items: 'conclusion introduction', 'heading-level': '4', 'last-updated': '2025-02-03', 'next-review': '2027-03-04', heading: 'Ça & "là"' }],
      ['relief-guide', { 'hide-evidence': true, 'next-review': 'soon' }],
      ['relief-benefit-list', { set: 'summary', items: 'improves-circulation nonsense reduces-muscle-tension' }],
      ['relief-tip-list', { set: 'nope', 'heading-level': '7' }],
      ['relief-pain-selector', { value: 'joint', items: 'neuropathy joint', required: true }],
      ['relief-therapist-checklist', { value: 'experience understanding', items: 'understanding sensitivity experience' }],
    ];
    for (const locale of ['es', 'ar', 'fa', 'ja', 'zh-Hant']) {
      for (const [tag, values] of cases) {
        const rendered = (await prerender(`${startTag(tag, values)}</${tag}>`, { locale })).html;
        const expected = shadowOf(rendered);
        const { html, ld } = wp('snapshot', { tag, values, locale });
        const expectedLd = /<script type="application\/ld\+json"[^>]*>[\s\S]*?<\/script>/.exec(rendered)?.[0] ?? '';
        assert(ld === expectedLd, `${tag} ${JSON.stringify(values)} in ${locale}: JSON-LD\n  php:       ${ld}\n  prerender: ${expectedLd}`);
        // PHP's esc_html writes &#039; and &quot; where Lit writes &#39; and &quot;: the same text.
        assert(html.replaceAll('&#039;', '&#39;') === expected, `${tag} ${JSON.stringify(values)} in ${locale}:\n  php:       ${html.slice(0, 300)}\n  prerender: ${expected.slice(0, 300)}`);
      }
    }
  });
  await check('WordPress locales map to ours as <html lang> does in the bundle', () => {
    const mapped = wp('locale-for', { locales: ['es_ES', 'es_MX', 'pt_BR', 'pt_PT', 'zh_TW', 'zh_HK', 'zh_CN', 'he_IL', 'fa_IR', 'ar', 'de_DE_formal', 'fil', 'nl_NL', 'en_US'] });
    const expected = { es_ES: 'es', es_MX: 'es', pt_BR: 'pt-BR', pt_PT: 'pt-BR', zh_TW: 'zh-Hant', zh_HK: 'zh-Hant', zh_CN: 'zh-Hans', he_IL: 'he', fa_IR: 'fa', ar: 'ar', de_DE_formal: 'de', fil: 'tl', nl_NL: 'en', en_US: 'en' };
    assert(JSON.stringify(mapped) === JSON.stringify(expected), JSON.stringify(mapped));
  });

  const { puppeteerCore } = await import('@web/test-runner-chrome');
  browser = await puppeteerCore.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

  /** Opens a page; returns it with every request it made and the console errors. */
  async function open(url, { viewport = { width: 1000, height: 900 } } = {}) {
    const page = await browser.newPage();
    await page.setViewport(viewport);
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    page.on('pageerror', (error) => errors.push(String(error)));
    // Failed loads are reported by URL (above); the browser's own favicon request is not the page's.
    page.on('console', (message) => message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && errors.push(message.text()));
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors };
  }
  /** Waits until every relief element has upgraded and rendered in `locale`. */
  const upgraded = (page, locale) =>
    waitFor(
      () =>
        page.evaluate((locale) => {
          const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('relief-'));
          return elements.length > 0 && elements.every((element) => element.hasUpdated && element.shadowRoot?.querySelector('[part~="base"]:not(.loading)')?.getAttribute('lang') === locale);
        }, locale),
      `the widgets to upgrade in ${locale}`,
    );

  for (const [wpLocale, locale, htmlLang] of [['', 'en', 'en-US'], ['es_ES', 'es', 'es-ES'], ['ar', 'ar', 'ar']]) {
    const language = wp('language', { locale: wpLocale });
    assert(language.WPLANG === wpLocale, `the site language is ${language.WPLANG}, not ${wpLocale}`);
    for (const kind of ['blocks', 'shortcodes']) {
      const url = pages[kind].url;
      let html = '';
      await check(`${kind}, site language ${wpLocale || 'en_US'}: the HTML before JavaScript holds each element's content in ${locale}, and no other language's`, async () => {
        const response = await fetch(url);
        html = await response.text();
        assert(response.status === 200, `status ${response.status}`);
        assert(html.includes(`<html lang="${htmlLang}"`), `no <html lang="${htmlLang}">`);
        assert(phpProblems(html).length === 0, `PHP problems in the page: ${phpProblems(html).join(' | ')}`);
        const elements = reliefElementsIn(html);
        assert(elements.map((e) => e.tag).join(' ') === 'relief-guide relief-benefit-list relief-tip-list relief-pain-selector relief-therapist-checklist', elements.map((e) => e.tag).join(' '));
        for (const { tag, html: elementHtml } of elements) {
          assert(/^<relief-[a-z-]+[^>]*><template shadowrootmode="open">/.test(elementHtml), `${tag} has no snapshot`);
          assert(!/lit-part|lit-node|<\?>|shadowroot="|defer-hydration/.test(elementHtml), `${tag}: framework markers in the snapshot`);
          assert(elementHtml.includes(` lang="${locale}"`), `${tag}: the snapshot is not in ${locale}`);
          for (const source of KNOWN[tag]) {
            const text = textIn(locale, source);
            assert(elementHtml.includes(escapeHtml(text)), `${tag}: "${text}" missing`);
            for (const other of ['en', ...localeConfig.targetLocales]) {
              const otherText = textIn(other, source);
              if (other !== locale && otherText !== text && !text.includes(otherText)) assert(!html.includes(escapeHtml(otherText)), `${tag}: ${other} text "${otherText}" in a ${locale} page`);
            }
          }
        }
        // What the attributes say shows in the snapshot: set, items and order, level, dates, value.
        const [guide, benefits, tips, selector, checklist] = elements.map((e) => e.html);
        assert(benefits.includes('<h3 part="heading"'), 'benefit list heading not at level 3');
        const ids = (text) => [...text.matchAll(/<li part="item" class="item" data-id="([^"]+)"/g)].map((m) => m[1]).join(' ');
        assert(ids(benefits) === 'stimulates-endorphins relaxes-muscles', `benefit items ${ids(benefits)}`);
        assert(tips.includes(escapeHtml(textIn(locale, 'Tips for an Effective Pain-Relief Massage'))), 'tip set');
        const sections = [...guide.matchAll(/ part="section"[^>]* data-id="([^"]+)"/g)].map((m) => m[1]).join(' ');
        assert(sections === 'introduction key-benefits conclusion', `guide sections ${sections}`);
        const date = (iso) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
        assert(guide.includes('datetime="2025-02-03"') && guide.includes(date('2025-02-03')) && guide.includes(date('2027-03-04')), 'guide dates');
        assert(!guide.includes('overdue-notice'), 'overdue notice in the snapshot');
        assert(!/<p part="evidence-label"/.test(selector), 'evidence shown though hidden');
        assert(selector.includes('<span class="required">'), 'required not shown');
        assert(/data-id="sensitivity"[^>]*>\s*<input[^>]*checked/.test(checklist) || /value="sensitivity"[^>]*checked/.test(checklist), 'checklist value not ticked');
      });
      await check(`${kind}, ${locale}: in Chromium each element shows once, in ${locale}; a pain type reaches FormData; no request leaves 127.0.0.1; each plugin file once`, async () => {
        const { page, requests, errors } = await open(url);
        try {
          await upgraded(page, locale);
          const shown = await page.evaluate(() =>
            [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('relief-')).map((element) => ({
              tag: element.localName,
              bases: element.shadowRoot.querySelectorAll('[part~="base"]').length,
              headings: element.shadowRoot.querySelectorAll('[part~="heading"]').length,
              templates: element.querySelectorAll('template').length + element.shadowRoot.querySelectorAll('template').length,
              height: element.getBoundingClientRect().height,
            })),
          );
          for (const item of shown) assert(item.bases === 1 && item.headings === 1 && item.templates === 0 && item.height > 20, `${item.tag} shows ${JSON.stringify(item)}`);
          const radio = await page.evaluateHandle(() => document.querySelector('relief-pain-selector').shadowRoot.querySelector('input[value="joint"]'));
          await waitFor(() => radio.evaluate((input) => !input.disabled), 'the radios to work');
          await radio.click();
          const value = await waitFor(() => page.evaluate(() => new FormData(document.getElementById('intake')).get('pain')), 'the choice in FormData');
          assert(value === 'joint', `FormData pain=${value}`);
          const foreign = requests.filter((request) => !request.startsWith(`${site}/`) && !request.startsWith('data:'));
          assert(foreign.length === 0, `requests leaving the site: ${foreign.join(' ')}`);
          const pluginFiles = requests.filter((request) => request.includes('/wp-content/plugins/relief-widgets/')).map((request) => request.split('?')[0]);
          const counts = Object.entries(Object.groupBy ? Object.groupBy(pluginFiles, (x) => x) : pluginFiles.reduce((all, x) => ((all[x] ??= []).push(x), all), {}));
          assert(counts.every(([, list]) => list.length === 1), `requested more than once: ${counts.filter(([, l]) => l.length > 1).map(([f]) => f).join(' ')}`);
          assert(pluginFiles.some((file) => file.endsWith('/assets/relief-widgets.js')), 'the bundle was not loaded from the plugin folder');
          const chunks = pluginFiles.filter((file) => file.includes('/assets/locales/'));
          assert(locale === 'en' ? chunks.length === 0 : chunks.length === 1 && chunks[0].includes(`/locales/${locale}-`), `locale chunks: ${chunks.join(' ')}`);
          assert(errors.length === 0, `console errors: ${errors.join(' | ')}`);
          const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="relief-widgets"]')].map((s) => `${s.type} ${s.src}`));
          assert(scripts.length === 1 && scripts[0].startsWith('module '), `script tags: ${scripts.join(', ')}`);
          if (screenshots && kind === 'blocks' && locale !== 'en') {
            mkdirSync(screenshots, { recursive: true });
            await page.screenshot({ path: join(screenshots, `front-${locale}.png`), fullPage: true });
          }
        } finally {
          await page.close();
        }
      });
    }
  }

  for (const [wpLocale, locale] of [['es_ES', 'es'], ['ar', 'ar']]) {
    await check(`the block editor in ${locale}: five blocks, sidebar labels from our translations, a live preview of the real element`, async () => {
      assert(wp('language', { locale: wpLocale }).WPLANG === wpLocale, 'the site language did not change');
      // The admin's session cookies, made by WordPress itself: the login form is not under test, and
      // on a busy machine it failed twice for reasons of its own (its refocus script; a rejected POST).
      const session = wp('login').map(({ name, value, path }) => ({ name, value, path, domain: '127.0.0.1' }));
      await browser.setCookie(...session);
      const { page, errors } = await open(`${site}/wp-admin/post.php?post=${pages.editor.id}&action=edit`, { viewport: { width: 1400, height: 1000 } });
      try {
        assert(new URL(page.url()).pathname === '/wp-admin/post.php', `the session was not accepted (at ${page.url()})`);
        await waitFor(() => page.evaluate(() => window.wp?.blocks?.getBlockType('relief-widgets/guide') && window.wp.data.select('core/block-editor').getBlocks().length > 0), 'the block editor').catch((error) => {
          throw new Error(`${error.message} (page errors: ${JSON.stringify(errors)}; at ${page.url()})`);
        });
        const titles = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((type) => type.name.startsWith('relief-widgets/')).map((type) => type.title));
        assert(titles.length === 5, `block types: ${titles.join(', ')}`);
        await page.evaluate(() => {
          const { select, dispatch } = window.wp.data;
          if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
          const block = select('core/block-editor').getBlocks().find((b) => b.name === 'relief-widgets/benefit-list');
          dispatch('core/block-editor').selectBlock(block.clientId);
          dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        });
        const sidebarText = (text) => page.evaluate((text) => (document.querySelector('.interface-complementary-area')?.innerText ?? '').includes(text) || [...document.querySelectorAll('.interface-complementary-area option')].some((o) => o.textContent === text), text);
        for (const source of ['How Massage Supports Chronic Pain Relief', 'Stimulates Endorphin Production']) {
          const text = textIn(locale, source);
          await waitFor(() => sidebarText(text), `"${text}" in the sidebar`);
        }
        // Live preview: the real element, in the editor, follows an attribute change.
        await waitFor(() => page.evaluate(() => document.querySelector('relief-benefit-list')?.shadowRoot?.querySelector('[part~="heading"]')), 'the preview element');
        await page.evaluate(() => {
          const { select, dispatch } = window.wp.data;
          const block = select('core/block-editor').getBlocks().find((b) => b.name === 'relief-widgets/benefit-list');
          dispatch('core/block-editor').updateBlockAttributes(block.clientId, { heading: 'Preview heading' });
        });
        await waitFor(() => page.evaluate(() => document.querySelector('relief-benefit-list').shadowRoot.querySelector('[part~="heading"]').textContent === 'Preview heading'), 'the preview to follow the heading');
        if (screenshots) {
          mkdirSync(screenshots, { recursive: true });
          await page.evaluate(() => document.querySelector('relief-benefit-list').scrollIntoView());
          await page.screenshot({ path: join(screenshots, `editor-${locale}.png`) });
        }
        const ours = errors.filter((error) => /relief/i.test(error));
        assert(ours.length === 0, `editor errors: ${ours.join(' | ')}`);
      } finally {
        await page.close();
      }
    });
  }

  await check('hostile attribute values in blocks and shortcodes stay text (HTML before JavaScript)', async () => {
    const html = await (await fetch(pages.hostile.url)).text();
    const elements = reliefElementsIn(html);
    assert(elements.length === 5, `${elements.length} elements`);
    assert(!html.includes('</script><script>window.__pwned=5'), 'the guide heading closed a script element');
    for (const { tag, node } of elements) {
      const names = node.attrs.map((attr) => attr.name);
      assert(!names.some((name) => name.startsWith('on') || name === 'autofocus'), `${tag} got attributes ${names.join(' ')}`);
      const shadow = node.childNodes.find((child) => child.tagName === 'template');
      const walk = (n) => (n.childNodes ?? []).flatMap((child) => [child, ...walk(child.tagName === 'template' ? child.content : child)]);
      const bad = walk(shadow.content).filter((child) => ['img', 'script'].includes(child.tagName) || child.attrs?.some((attr) => attr.name.startsWith('on')));
      assert(bad.length === 0, `${tag}: markup from an attribute: ${bad.map((b) => b.tagName).join(' ')}`);
    }
    assert(html.includes('&lt;img src=x onerror='), 'the <img> heading is not shown as text');
  });
  await check('hostile values in Chromium: nothing runs, no onfocus, the heading shows the text that arrived', async () => {
    const { page } = await open(pages.hostile.url);
    try {
      await upgraded(page, 'ar');
      const result = await page.evaluate(() => {
        const all = [];
        const walk = (root) => {
          for (const element of root.querySelectorAll('*')) {
            all.push(element);
            if (element.shadowRoot) walk(element.shadowRoot);
          }
        };
        walk(document);
        return {
          pwned: window.__pwned,
          onAttributes: all.filter((element) => [...element.attributes].some((attr) => attr.name.startsWith('on'))).map((element) => element.localName),
          images: all.filter((element) => element.localName === 'img' && element.getAttribute('src') === 'x').length,
          headings: [...document.querySelectorAll('relief-benefit-list, relief-tip-list, relief-pain-selector')].map((element) => element.shadowRoot.querySelector('[part~="heading"]').textContent),
          names: [...document.querySelectorAll('relief-pain-selector')].map((element) => element.getAttribute('name')),
        };
      });
      assert(result.pwned === undefined, `window.__pwned = ${result.pwned}`);
      assert(result.onAttributes.length === 0, `on* attributes on ${result.onAttributes.join(' ')}`);
      assert(result.images === 0, 'an <img> was created');
      assert(result.headings[0] === hostileHeading, `block heading: ${result.headings[0]}`);
      // WordPress's shortcode parser and wptexturize may change quotes; what arrived is shown as text.
      console.log(`# what arrived: headings ${JSON.stringify(result.headings)}, names ${JSON.stringify(result.names)}`);
      assert(result.headings.some((text) => text.includes('<img src=x onerror=')), 'the shortcode heading is not the text');
    } finally {
      await page.close();
    }
  });
  await check('unknown values (set, heading level, items, dates, booleans) fall back as the elements do', async () => {
    const html = await (await fetch(pages.unknown.url)).text();
    assert(phpProblems(html).length === 0, `PHP problems in the page: ${phpProblems(html).join(' | ')}`);
    const [benefits, tips, guide] = reliefElementsIn(html).map((element) => element.html);
    assert(benefits.includes('<h2 part="heading"') && benefits.includes(escapeHtml(textIn('ar', 'Key Benefits for Chronic Pain Management'))), 'benefit list did not fall back to key-benefits at level 2');
    assert(tips.includes(escapeHtml(textIn('ar', 'Lifestyle Tips to Support Pain Management'))), 'tip list did not fall back to lifestyle');
    assert(guide.includes('datetime="2024-11-12"') && guide.includes('datetime="2026-11-11"'), "guide did not keep the page's dates");
    // A boolean that is not false/0/no is on, as an attribute present on the element is: the nested pain selector hides its evidence notes.
    assert(guide.includes('data-id="pain-types"') && !guide.includes('part="evidence-label"'), 'hide_evidence="maybe" did not hide the evidence notes');
  });
  await check('a page without widgets loads no relief script', async () => {
    const html = await (await fetch(pages.plain.url)).text();
    assert(!html.includes('relief-widgets'), 'the plugin appears in a page without widgets');
    const { page, requests } = await open(pages.plain.url);
    await page.close();
    assert(!requests.some((request) => request.includes('relief')), `requests: ${requests.filter((r) => r.includes('relief')).join(' ')}`);
  });
  await check('no PHP warning, notice or error in the logs (WP_DEBUG, WP_DEBUG_LOG, PHP error_log)', () => {
    const logs = `${readFileSync(debugLog, 'utf8')}\n${readFileSync(phpErrorLog, 'utf8')}`;
    const lines = logs.split('\n').filter((line) => /PHP (Warning|Notice|Deprecated|Fatal|Parse)/.test(line));
    // WordPress 6.1's bundled Requests library is deprecated-noisy on PHP 8.2 (Debian's pairing); those lines are core's.
    const core = lines.filter((line) => / Deprecated: /.test(line) && !line.includes('relief'));
    const problems = lines.filter((line) => !core.includes(line));
    if (core.length) console.log(`# PHP log: ${core.length} Deprecated lines from WordPress core itself, e.g. ${core[0].replace(/^\[[^\]]*\] /, '').slice(0, 160)}`);
    assert(problems.length === 0, `PHP's logs: ${problems.join(' | ')}`);
  });
  await check('deactivate + uninstall (delete_plugins) leaves no option, meta, table or file behind', () => {
    const before = wp('state');
    assert(before.files.length > 0 && before.active_plugins.includes('relief-widgets/relief-widgets.php'), JSON.stringify(before).slice(0, 300));
    const result = wp('uninstall');
    assert(result.deleted, JSON.stringify(result));
    const after = wp('state');
    // WordPress itself lists a just-deactivated plugin in its own option `recently_activated` (the Plugins screen's "Recently Active"); that list is core's, not the plugin's.
    const values = after.option_values.filter((name) => name !== 'recently_activated');
    assert(after.options.length === 0 && values.length === 0 && after.postmeta.length === 0 && after.usermeta.length === 0 && after.tables.length === 0 && after.files.length === 0, JSON.stringify(after));
    assert(!after.active_plugins.includes('relief-widgets/relief-widgets.php'), 'still active');
  });
} catch (error) {
  failed++;
  console.log(`not ok - setup\n    ${String(error?.stack ?? error).split('\n').slice(0, 8).join('\n    ')}`);
} finally {
  await browser?.close().catch(() => {});
  if (keep) console.log(`# kept: ${site} (config ${configFile}, files ${work}); stop Apache with: apache2 -f ${apacheConf} -k stop`);
  else await stopServices();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
