/**
 * `dateline ingest --queue`: read and clean the inputs here, and send each article to the queue as one
 * job; `dateline worker` processes (any number of them, on any machines) analyze and store them.
 * Cleaning is cheap and needs the inputs (local files), analysis is what takes time: it is what is
 * spread out.
 */
import { cleanArticles, resolveInputs, type IngestOptions } from '../ingest.js';
import { jobOptions, openBoss, QUEUE, type ArticleJob, type QueueOptions } from './boss.js';

export interface EnqueueSummary {
  inputs: number;
  read: number;
  enqueued: number;
  failed: number;
}

export interface EnqueueOptions extends IngestOptions, QueueOptions {
  /** Jobs sent in one statement (default 200). */
  sendBatch?: number;
}

export async function enqueue(url: string, names: readonly string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { inputs: 0, read: 0, enqueued: 0, failed: 0 };
  const fail = (input: string, reason: string): void => {
    summary.failed++;
    opts.onFailure?.(input, reason);
  };
  const inputs = resolveInputs(names, opts, fail);
  summary.inputs = inputs.length + summary.failed;
  const boss = await openBoss(url, opts);
  const perJob = jobOptions(opts);
  const size = Math.max(1, opts.sendBatch ?? 200);
  let batch: Array<{ data: ArticleJob }> = [];
  const send = async (): Promise<void> => {
    if (batch.length === 0) return;
    // insert() writes the whole batch in one statement: all of it is queued, or none.
    await boss.insert(batch.map((j) => ({ name: QUEUE, data: j.data, ...perJob })));
    summary.enqueued += batch.length;
    batch = [];
  };
  try {
    for await (const { article, where } of cleanArticles(inputs, opts, { fail, onRead: (n) => { summary.read += n; } })) {
      batch.push({ data: { article: JSON.stringify(article), where } });
      if (batch.length >= size) await send();
    }
    await send();
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return summary;
}
