/**
 * A node:test reporter that prints one closing line, `N passed, N failed`, which
 * .ci/run sums over the test stages. It counts the tests that hold no subtests
 * (a subtest completes just before its parent); skipped tests are not counted.
 * Used beside the spec reporter:
 *   node --test-reporter=spec --test-reporter-destination=stdout \
 *        --test-reporter=./scripts/summary-reporter.mjs --test-reporter-destination=stdout script.mjs
 */
export default async function* summaryReporter(source) {
  let passed = 0;
  let failed = 0;
  let previousNesting = -1;
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const parent = previousNesting === data.nesting + 1;
    previousNesting = data.nesting;
    if (parent || data.skip || data.todo) continue;
    if (type === 'test:pass') passed += 1;
    else failed += 1;
  }
  yield `\n${String(passed)} passed, ${String(failed)} failed\n`;
}
