/**
 * A worker thread of the analysis pool (./analyze-pool.ts): it receives cleaned articles and answers
 * with what the analysis added to each (its layers) and the article's near-duplicate fingerprint, so
 * that the main thread, which stores, does no analysis work of its own. Each thread loads the
 * pipeline and its models once, before it says it is ready.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from '../analyze/pipeline.js';
import { InputError } from '../errors.js';
import type { Article, Dateline, SourceInfo } from '../model.js';
import { adoptTaggerWeights } from '../ner/index.js';
import { fingerprint } from '../store/minhash.js';
import type { ThreadData, ThreadReply, ThreadRequest } from './analyze-pool.js';

/**
 * Articles arrive with their optional fields present or not, in the order their reader set them, so
 * each combination is a different object shape to V8, and optimized analysis code that reads
 * `article.text` or `article.dateline` is thrown away (deoptimized) each time it meets a new one.
 * Here every article gets one shape: the known fields in a fixed order (absent ones undefined), then
 * any others. The analysis never tells an undefined field from an absent one, and the record is built
 * in the main thread from the article as it was sent, so nothing of this shows in the output.
 */
function sameShape(a: Article): Article {
  const { id, source, text, parts, headline, section, published, publishedZoneInferred, publishedZone, publishedPrecision, dateline, language, ...rest } = a;
  const fixed: Article = {
    id, source: sameSourceShape(source), text, parts, headline, section, published, publishedZoneInferred, publishedZone,
    publishedPrecision, dateline: dateline && sameDatelineShape(dateline), language,
  };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

function sameSourceShape(s: SourceInfo): SourceInfo {
  const { format, path, url, sourceId, ...rest } = s;
  const fixed: SourceInfo = { format, path, url, sourceId };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

function sameDatelineShape(d: Dateline): Dateline {
  const { place, date, agency, span, ...rest } = d;
  const fixed: Dateline = { place, date, agency, span };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

/**
 * The pipeline loads its models and knowledge base on the first article it sees; analyzing one short
 * made-up article here does that before the thread reports ready, so the pool's `ready()` means the
 * thread can take real work at full speed (the benchmark waits for it before timing).
 */
function warm(): void {
  const text = 'Officials from two neighbouring countries met in Geneva on Monday to discuss trade.';
  const article = { id: '0000000000000000', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' } as Article;
  analyze(sameShape(article));
  fingerprint(article);
}

function answer(msg: ThreadRequest): void {
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

parentPort?.on('message', answer);

// The pool decoded the tagger's weights once for all its threads (see sharedTaggerWeights).
const data = workerData as ThreadData | undefined;
if (data?.nerWeights) adoptTaggerWeights(data.nerWeights);
// Messages that arrive while warming wait in the port's queue: nothing is lost by warming first.
warm();
parentPort?.postMessage({ id: -1, ready: true } satisfies ThreadReply);
