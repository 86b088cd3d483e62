/**
 * `dateline worker`: take articles from the queue, analyze them, store them. Any number of workers on
 * any number of machines may share one PostgreSQL database.
 *
 * A job is completed only after its article is committed (pg-boss completes the batch when the
 * handler returns). A worker killed mid-batch leaves its jobs active; they expire and are delivered
 * again, to this or another worker. Storing twice is harmless: the second put is "unchanged".
 * An article that cannot be analyzed or stored (a fault of the article, which would repeat) is
 * reported and its job completed; a failure of the store itself fails the batch, to be retried.
 */
import type PgBoss from 'pg-boss';
import type { AnalyzedArticle, Article } from '../model.js';
import type { AnalyzePool } from '../ingest/analyze-pool.js';
import { PgStore } from '../store/postgres/index.js';
import type { PutResult } from '../store/store.js';
import { openBoss, QUEUE, unfinished, type ArticleJob, type QueueOptions } from './boss.js';

export interface WorkerOptions extends QueueOptions {
  /** Stop once the queue has nothing left to do (no job waiting, retrying or held by any worker). */
  exitWhenIdle?: boolean;
  /** Jobs taken at once (default 25): analyzed together, stored in one transaction. */
  batchSize?: number;
  /** Analysis threads (default 1: in this thread). */
  jobs?: number;
  /** Seconds between polls of an empty queue (default 1). */
  pollingIntervalSeconds?: number;
  /** The analysis to run (default: the pipeline). Tests inject their own. */
  analyzer?: (article: Article) => AnalyzedArticle | Promise<AnalyzedArticle>;
  /** Stop when this is aborted (SIGINT/SIGTERM in the command). */
  signal?: AbortSignal;
  onArticle?: (result: PutResult, record: AnalyzedArticle, where: string) => void;
  onFailure?: (where: string, reason: string) => void;
}

export interface WorkerSummary {
  batches: number;
  new: number;
  duplicate: number;
  unchanged: number;
  failed: number;
}

function emptyAnalysis(article: Article): AnalyzedArticle {
  return { ...article, entities: [], times: [], quotes: [], events: [] };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runWorker(url: string, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const summary: WorkerSummary = { batches: 0, new: 0, duplicate: 0, unchanged: 0, failed: 0 };
  const store = await PgStore.open(url);
  let boss: PgBoss | undefined;
  let pool: AnalyzePool | undefined;
  try {
    boss = await openBoss(url, opts);
    let analyzer = opts.analyzer;
    if (!analyzer && (opts.jobs ?? 1) > 1) {
      const { AnalyzePool } = await import('../ingest/analyze-pool.js');
      const p = new AnalyzePool(opts.jobs ?? 1);
      pool = p;
      // Take jobs only once the threads have loaded their models: a batch taken earlier would wait
      // out the start-up while its jobs' expiry clocks run, and a thread that cannot start fails here.
      await p.ready();
      analyzer = (a) => p.analyze(a);
    } else if (!analyzer) {
      const { analyze } = await import('../analyze/pipeline.js');
      analyzer = (a) => analyze(a);
    }
    const analyze = analyzer;
    const fail = (where: string, reason: string): void => {
      summary.failed++;
      opts.onFailure?.(where, reason);
    };
    let busy = 0;

    const handle = async (jobs: Array<PgBoss.Job<ArticleJob>>): Promise<void> => {
      busy++;
      try {
        const analyzed = await Promise.all(jobs.map(async (job) => {
          const where = job.data.where;
          try {
            const article = JSON.parse(job.data.article) as Article;
            const record = (await store.contains(article.id)) ? emptyAnalysis(article) : await analyze(article);
            return { record, where };
          } catch (e) {
            // A dead analysis thread or an unreachable store is not the article's fault: fail the batch, to be retried.
            if (e instanceof Error && (e.name === 'AnalysisPoolError' || e.name === 'StoreError')) throw e;
            fail(where, e instanceof Error ? e.message : String(e));
            return undefined;
          }
        }));
        const items = analyzed.filter((x): x is { record: AnalyzedArticle; where: string } => x !== undefined);
        // A rejection (the store itself failed) fails the whole batch: its jobs are retried.
        const results = await store.putArticles(items.map((x) => ({ record: x.record })));
        results.forEach((r, i) => {
          const item = items[i]!;
          if (r instanceof Error) {
            fail(item.where, `not stored: ${r.message}`);
            return;
          }
          summary[r.status]++;
          opts.onArticle?.(r, item.record, item.where);
        });
        summary.batches++;
      } finally {
        busy--;
      }
    };

    const batchSize = opts.batchSize ?? 25;
    const started: { id?: string } = {};
    const handleThenPoll = async (jobs: Array<PgBoss.Job<ArticleJob>>): Promise<void> => {
      await handle(jobs);
      // pg-boss waits a polling interval after every batch; a full batch means more are waiting: fetch at once.
      if (jobs.length === batchSize && started.id) boss?.notifyWorker(started.id);
    };
    started.id = await boss.work<ArticleJob>(QUEUE, { batchSize, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 }, handleThenPoll);

    let idleChecks = 0;
    for (;;) {
      if (opts.signal?.aborted) break;
      await sleep(500);
      if (!opts.exitWhenIdle) continue;
      // Idle twice in a row: nothing waiting, retrying or held anywhere, and nothing in our hands.
      idleChecks = busy === 0 && (await unfinished(boss)) === 0 ? idleChecks + 1 : 0;
      if (idleChecks >= 2) break;
    }
  } finally {
    await boss?.stop({ graceful: true, wait: true, timeout: 30_000 }).catch(() => undefined);
    await pool?.close();
    await store.close();
  }
  return summary;
}
