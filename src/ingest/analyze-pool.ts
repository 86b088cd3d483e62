/**
 * Analysis on every core: a pool of worker threads, each running the whole pipeline. Analysis is
 * CPU-bound (a few milliseconds an article) and pure, so articles are spread over the threads and the
 * answers come back as promises; the caller keeps its own order (ingest stores in input order, from
 * the main thread, so writes stay one at a time).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { AnalyzedArticle, Article } from '../model.js';
import { sharedTaggerWeights } from '../ner/index.js';
import { rememberFingerprint, type Fingerprint } from '../store/minhash.js';

/** What the analysis adds to an article: the record is the article and these. */
export type Layers = Pick<AnalyzedArticle, 'entities' | 'times' | 'quotes' | 'events'>;

/** To a thread: one article to analyze. */
export interface ThreadRequest {
  id: number;
  article: Article;
}

/** From a thread: `ready` once, then per article its layers and fingerprint, or an error. */
export interface ThreadReply {
  /** Sent once (id -1), when the thread has loaded the pipeline and its models. */
  ready?: true;
  id: number;
  /**
   * Only the layers come back, not the whole record: the text and the rest of the article are here
   * already, and copying them back between threads is work the main thread would pay for.
   */
  layers?: Layers;
  /** Computed in the thread, so that the store does not compute it in the main thread. */
  fingerprint?: Fingerprint;
  error?: { message: string; reason?: string; input?: string };
}

interface Pending {
  article: Article;
  resolve: (r: AnalyzedArticle) => void;
  reject: (e: Error) => void;
  thread: Slot;
}

interface Slot {
  worker: Worker;
  busy: number;
}

/** A failure of the pool itself (a thread died), not of one article: every later article would fail too. */
export class AnalysisPoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisPoolError';
  }
}

/**
 * An analysis allocates a lot of short-lived objects (tokens, features, candidate spans: some 1.5 MB
 * an article). A larger young generation than the default means fewer scavenges per article: on the
 * scaling benchmark it made two threads about 5% faster, for some 50 MB more memory per thread.
 * V8 splits it into two semi-spaces and a large-object space of a semi-space each, so this is a
 * 32 MB semi-space (the main thread's default is 16 MB): the benchmark gives its one-core run the
 * same (`--max-semi-space-size`), so that both runs analyze with the same heap.
 */
export const YOUNG_GENERATION_MB = 96;
const LIMITS = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/**
 * A new thread: the compiled analyze-thread.js beside this file, or, when running from the TypeScript
 * sources (tsx, vitest), a small bootstrap that registers tsx in the thread and imports the .ts file.
 */
function startThread(workerData: ThreadData): Worker {
  const here = import.meta.url;
  const options = { resourceLimits: LIMITS, workerData };
  if (!here.endsWith('.ts')) return new Worker(new URL('./analyze-thread.js', here), options);
  // The ESM build of tsx's API, found from its package.json (require.resolve would give the CommonJS one).
  const api = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const script = new URL('./analyze-thread.ts', here).href;
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); })`, { eval: true, ...options });
}

/** What every thread starts with: the tagger's weight tables, in memory the threads share. */
export interface ThreadData {
  nerWeights: Int16Array[];
}

let threadData: ThreadData | undefined;

/** Decoded once per process, on the first pool, and kept: later pools' threads adopt the same tables. */
function sharedThreadData(): ThreadData {
  threadData ??= { nerWeights: sharedTaggerWeights() };
  return threadData;
}

/** The default for --jobs: one thread per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: AnalysisPoolError | undefined;
  private readyCount = 0;
  private readonly readyWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: startThread(sharedThreadData()), busy: 0 };
      slot.worker.on('message', (r: ThreadReply) => {
        if (r.ready) this.threadReady();
        else this.settle(r);
      });
      // A thread that dies takes its articles with it: fail them, and every later request, plainly.
      slot.worker.on('error', (e) => this.broken(new AnalysisPoolError(`an analysis thread failed: ${e.message}`)));
      slot.worker.on('exit', (code) => { if (code !== 0) this.broken(new AnalysisPoolError(`an analysis thread stopped (exit ${code})`)); });
      this.slots.push(slot);
    }
  }

  /**
   * Resolves once every thread has loaded the pipeline and its models. Articles may be sent before
   * (they wait in the threads' queues); a caller that times throughput waits here first, so thread
   * start-up is not counted as analysis.
   */
  ready(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.readyCount >= this.size) return Promise.resolve();
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  private threadReady(): void {
    this.readyCount++;
    if (this.readyCount < this.size) return;
    for (const w of this.readyWaiters.splice(0)) w.resolve();
  }

  analyze(article: Article): Promise<AnalyzedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    // The least busy thread: threads finish articles at different speeds.
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.busy < slot.busy) slot = s;
    const id = this.next++;
    slot.busy++;
    return new Promise<AnalyzedArticle>((resolve, reject) => {
      this.pending.set(id, { article, resolve, reject, thread: slot });
      slot.worker.postMessage({ id, article } satisfies ThreadRequest);
    });
  }

  private settle(r: ThreadReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    p.thread.busy--;
    if (r.layers) {
      // The record exactly as the pipeline's toRecord builds it: the article's fields, then the layers.
      const record: AnalyzedArticle = { ...p.article, entities: r.layers.entities, times: r.layers.times, quotes: r.layers.quotes, events: r.layers.events };
      if (r.fingerprint) rememberFingerprint(record, r.fingerprint);
      p.resolve(record);
    }
    else if (r.error?.reason !== undefined && r.error.input !== undefined) p.reject(new InputError(r.error.input, r.error.reason));
    else p.reject(new Error(r.error?.message ?? 'analysis failed'));
  }

  private broken(e: AnalysisPoolError): void {
    this.failure ??= e;
    for (const w of this.readyWaiters.splice(0)) w.reject(e);
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(e);
    }
  }

  async close(): Promise<void> {
    this.failure ??= new AnalysisPoolError('the analysis pool is closed');
    for (const w of this.readyWaiters.splice(0)) w.reject(this.failure);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
