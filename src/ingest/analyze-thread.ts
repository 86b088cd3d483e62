/**
 * A worker thread of the analysis pool (./analyze-pool.ts): it receives cleaned articles and answers
 * with analyzed ones. Each thread loads the pipeline and its models once, before it says it is ready.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze/pipeline.js';
import { InputError } from '../errors.js';
import type { Article } from '../model.js';

interface Request {
  id: number;
  article: Article;
}

/**
 * The pipeline loads its models and knowledge base on the first article it sees; analyzing one short
 * made-up article here does that before the thread reports ready, so the pool's `ready()` means the
 * thread can take real work at full speed (the benchmark waits for it before timing).
 */
function warm(): void {
  const text = 'Officials from two neighbouring countries met in Geneva on Monday to discuss trade.';
  analyze({ id: '0000000000000000', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' } as Article);
}

parentPort?.on('message', (msg: Request) => {
  try {
    parentPort?.postMessage({ id: msg.id, record: analyze(msg.article) });
  } catch (e) {
    parentPort?.postMessage({
      id: msg.id,
      error: {
        message: e instanceof Error ? e.message : String(e),
        reason: e instanceof InputError ? e.reason : undefined,
        input: e instanceof InputError ? e.input : undefined,
      },
    });
  }
});

// Messages that arrive while warming wait in the port's queue: nothing is lost by warming first.
warm();
parentPort?.postMessage({ ready: true });
