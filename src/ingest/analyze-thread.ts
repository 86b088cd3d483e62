/**
 * A worker thread of the analysis pool (./analyze-pool.ts): it receives cleaned articles and answers
 * with analyzed ones. Each thread loads the pipeline and its models once.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze/pipeline.js';
import { InputError } from '../errors.js';
import type { Article } from '../model.js';

interface Request {
  id: number;
  article: Article;
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
