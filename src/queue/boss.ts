/**
 * The job queue: pg-boss in the same PostgreSQL database as the store (its own schema, `pgboss`).
 * One job is one cleaned article. Delivery is at least once: a job whose worker dies (killed, crashed,
 * lost its connection) is not completed, expires after `expireInSeconds` and is handed out again; the
 * store's idempotent writes make a second delivery harmless, so every article is stored exactly once.
 */
import PgBoss from 'pg-boss';
import { StoreError } from '../store/store.js';
import { redact } from '../store/postgres/index.js';

export const QUEUE = 'dateline-articles';

/** What a job carries: the cleaned Article as JSON text (jsonb would reorder its fields), and where it came from. */
export interface ArticleJob {
  article: string;
  where: string;
}

export interface QueueOptions {
  /** Seconds a worker may hold a job before it is given to another (default 300). */
  expireInSeconds?: number;
  /** Deliveries after the first (default 10). */
  retryLimit?: number;
  /** Seconds before a failed job is tried again (default 2, doubling with each try). */
  retryDelay?: number;
  /** How often, in seconds, expired jobs are looked for (default 10; tests use 1). One process does it per interval. */
  maintenanceIntervalSeconds?: number;
}

export async function openBoss(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 3,
    application_name: 'dateline-queue',
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 10,
    monitorStateIntervalSeconds: 60,
    schedule: false,
  });
  // pg-boss reports background errors (a lost connection during maintenance) as events; they must
  // not crash a worker that will reconnect on its next poll.
  boss.on('error', (e) => process.stderr.write(`dateline: queue: ${e.message}\n`));
  try {
    await boss.start();
    // The queue's defaults; ingest --queue sets them on each job it sends (jobOptions), so a worker
    // started with other settings never changes what was promised for jobs already waiting.
    if (!(await boss.getQueue(QUEUE))) {
      await boss.createQueue(QUEUE, { name: QUEUE, ...jobOptions(opts) }).catch(async (e: unknown) => {
        // Another process created it at the same moment.
        if (!(await boss.getQueue(QUEUE))) throw e;
      });
    }
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new StoreError(`cannot open the queue at ${redact(url)}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return boss;
}

/** Expiry and retries for a job (pg-boss options). */
export function jobOptions(opts: QueueOptions): { expireInSeconds: number; retryLimit: number; retryDelay: number; retryBackoff: boolean } {
  return {
    expireInSeconds: opts.expireInSeconds ?? 300,
    retryLimit: opts.retryLimit ?? 10,
    retryDelay: opts.retryDelay ?? 2,
    retryBackoff: true,
  };
}

/** Jobs not yet done: waiting, waiting for a retry, or held by a worker. */
export async function unfinished(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(QUEUE, { before: 'completed' });
}
