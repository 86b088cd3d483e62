/**
 * A worker thread of the analysis pool (./analyze-pool.ts): it receives cleaned articles and answers
 * with what the analysis added to each (its layers) and the article's near-duplicate fingerprint, so
 * that the main thread, which stores, does not compute them for these articles. Each thread loads the
 * pipeline and its models once, before it says it is ready, and counts down, in memory it shares with
 * the pool, the articles it has been sent and not finished.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze/pipeline.js';
import { InputError } from '../errors.js';
import { adoptTaggerWeights } from '../ner/index.js';
import { fingerprint } from '../store/minhash.js';
import type { ThreadData, ThreadReply, ThreadRequest } from './analyze-pool.js';
import { sameShape, warmArticle } from './article-shape.js';

/**
 * The pipeline loads its models and knowledge base on the first article it sees; analyzing one short
 * made-up article here does that before the thread reports ready, so the pool's `ready()` means the
 * thread can take real work at full speed (the benchmark waits for it before timing).
 */
function warm(): void {
  const article = warmArticle();
  analyze(sameShape(article));
  fingerprint(article);
}

function answer(msg: ThreadRequest): void {
  try {
    answerOne(msg);
  } finally {
    // Finished, answered or not: the pool's caller reads this without reading the answers.
    if (data?.queued) Atomics.sub(data.queued, 0, 1);
  }
}

function answerOne(msg: ThreadRequest): void {
  try {
    const { entities, times, quotes, events } = analyze(sameShape(msg.article));
    const fp = fingerprint(msg.article);
    const reply: ThreadReply = { id: msg.id, layers: { entities, times, quotes, events }, fingerprint: fp };
    // The shingles' buffer is handed over, not copied.
    parentPort?.postMessage(reply, [fp.shingles.buffer as ArrayBuffer]);
  } catch (e) {
    const reply: ThreadReply = {
      id: msg.id,
      error: {
        message: e instanceof Error ? e.message : String(e),
        reason: e instanceof InputError ? e.reason : undefined,
        input: e instanceof InputError ? e.input : undefined,
      },
    };
    parentPort?.postMessage(reply);
  }
}

// The pool decoded the tagger's weights once for all its threads (see sharedTaggerWeights).
const data = workerData as ThreadData | undefined;
parentPort?.on('message', answer);
if (data?.nerWeights) adoptTaggerWeights(data.nerWeights);
// Messages that arrive while warming wait in the port's queue: nothing is lost by warming first.
warm();
parentPort?.postMessage({ id: -1, ready: true } satisfies ThreadReply);
