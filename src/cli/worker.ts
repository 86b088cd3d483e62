/** `dateline worker --db postgres://…`: analyze and store the articles `dateline ingest --queue` sent. */
import { UsageError } from '../errors.js';
import { shorten } from '../query/format.js';
import { isPostgresUrl, redact } from '../store/postgres/index.js';
import { StoreError } from '../store/store.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: 'the PostgreSQL database holding the store and the queue (postgres://…)' },
  'exit-when-idle': { value: false, description: 'stop once no job is waiting, retrying or held by any worker' },
  jobs: { value: true, description: 'analysis threads (default 1)' },
  batch: { value: true, description: 'jobs taken and stored together (default 25)' },
  'maintenance-interval': { value: true, description: 'seconds between looks for jobs held too long by a dead worker (default 10)' },
  verbose: { value: false, description: 'print one line per stored article: status, id, headline' },
  help: { value: false, description: 'show this help' },
};

export const WORKER_USAGE = usageText('worker', '--db postgres://… [--exit-when-idle] [--jobs N]', SPEC);

export async function workerCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'worker');
  if (args.options.has('help')) {
    process.stdout.write(`${WORKER_USAGE}\n`);
    return 0;
  }
  const db = optString(args, 'db');
  if (!db || !isPostgresUrl(db)) throw new UsageError(`worker: --db must name a PostgreSQL database (postgres://user@host/db)\n${WORKER_USAGE}`);
  if (args.positional.length > 0) throw new UsageError(`worker: takes no file names (send them with "dateline ingest --queue")\n${WORKER_USAGE}`);
  const jobs = Math.max(1, optInt(args, 'jobs', 1));
  const batchSize = Math.max(1, optInt(args, 'batch', 25));
  const verbose = args.options.has('verbose');
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const { runWorker } = await import('../queue/worker.js');
  try {
    const s = await runWorker(db, {
      exitWhenIdle: args.options.has('exit-when-idle'),
      jobs,
      batchSize,
      maintenanceIntervalSeconds: Math.max(1, optInt(args, 'maintenance-interval', 10)),
      signal: stop.signal,
      onFailure: (where, reason) => process.stderr.write(`dateline: ${where}: ${reason}\n`),
      ...(verbose ? { onArticle: (r, rec) => process.stdout.write(`${r.status}\t${rec.id}\t${shorten(rec.headline, 100)}\n`) } : {}),
    });
    process.stdout.write(`${s.new} new, ${s.duplicate} duplicate, ${s.unchanged} unchanged, ${s.failed} failed (${s.batches} batches) → ${redact(db)}\n`);
    return s.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
