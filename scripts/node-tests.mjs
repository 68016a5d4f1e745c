/**
 * `npm run test:node`: the tests that run on Node itself (test/node/*.test.mjs:
 * the prerender API and CLI), with node:test, ending with the plain
 * `N passed, N failed` line that .ci/run sums.
 */
import { readdirSync } from 'node:fs';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const folder = new URL('../test/node/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => new URL(name, folder).pathname);

let passed = 0;
let failed = 0;
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', ({ details }) => details.type !== 'suite' && passed++);
stream.on('test:fail', ({ details }) => details.type !== 'suite' && failed++);
stream.compose(spec).pipe(process.stdout);
await new Promise((resolve) => stream.once('end', resolve));
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed || !passed ? 1 : 0;
