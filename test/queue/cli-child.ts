/**
 * Runs the dateline command from source in a child process, for tests that need real processes
 * (workers to kill, several workers at once): node --import tsx test/queue/cli-child.ts ARGS...
 */
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`dateline: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
