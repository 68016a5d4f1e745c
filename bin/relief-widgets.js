#!/usr/bin/env node
/**
 * `npx relief-widgets prerender --locale <tag> [--out FILE] [--csp] <file.html | ->`:
 * the prerender API in a shell, for Hugo, Jekyll and hand-made pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `Usage: relief-widgets prerender --locale <tag> [--out FILE] [--csp] <file.html | ->

Renders every relief element in the HTML (a snippet or a whole page) as declarative
shadow DOM in the locale, and prints the result (or writes it to FILE).
  --locale <tag>  the page's language (en, es, fr, de, pt-BR, zh-Hans, ar, …); default en
  --out FILE      write the HTML to FILE instead of standard output
  --csp           also print the style-src line the output needs under a strict CSP (to standard error)`;

function fail(message) {
  console.error(`relief-widgets: ${message}\n\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      locale: { type: 'string', default: 'en' },
      out: { type: 'string' },
      csp: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, input, ...extra] = positionals;
if (command !== 'prerender') fail(command ? `unknown command "${command}"` : 'no command');
if (!input || extra.length) fail('give one input file, or - for standard input');

const { prerender } = await import('../prerender/prerender.js');
const source = readFileSync(input === '-' ? 0 : input, 'utf8');
let result;
try {
  result = await prerender(source, { locale: values.locale });
} catch (error) {
  fail(error.message);
}
if (values.out) writeFileSync(values.out, result.html);
else process.stdout.write(result.html);
if (values.csp) console.error(`style-src 'self' ${result.styleSrc.join(' ')}`);
