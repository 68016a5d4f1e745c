/**
 * Ends the run with one plain line, `N passed, N failed`, counting every test
 * in every engine (a file that fails to load counts as one failure), for CI.
 */
function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites) countTests(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) {
          counts.failed++;
        } else if (session.errors?.length) {
          counts.failed += session.errors.length;
        }
      }
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed\n`);
    },
  };
}
