// Prints one plain closing line ("Tests: 120 passed, 0 failed") that any CI can read, as the very last line.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `Tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`;
    // Jest's own summary is written after the reporters run; wait for the process to end.
    process.once("exit", () => process.stderr.write(line));
  }
}
module.exports = SummaryLineReporter;
