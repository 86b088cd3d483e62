/**
 * The worker the queue test kills: a real worker (the pipeline, the PostgreSQL store) that, once its
 * first batch is committed, reports it and then hangs before pg-boss can be told the jobs are done —
 * the worst moment to die, made certain instead of left to a race.
 * Run: node --import tsx test/queue/victim-worker.ts DB
 */
import { runWorker } from '../../src/queue/worker.js';

const db = process.argv[2];
if (!db) throw new Error('usage: victim-worker.ts DB');
await runWorker(db, {
  batchSize: 8,
  maintenanceIntervalSeconds: 1,
  onArticle: (r) => {
    process.stdout.write(`${r.status}\t${r.id}\n`, () => {
      // Block this thread (and so the job completion) until the parent's SIGKILL arrives.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    });
  },
});
