/**
 * Analysis on every core: a pool of worker threads, each running the whole pipeline, and optionally
 * the caller's own thread beside them (callerShares). Analysis is CPU-bound (a few milliseconds an
 * article) and pure, so articles are spread over the analysers and the answers come back as
 * promises; the caller keeps its own order (ingest stores in input order, from the main thread, so
 * writes stay one at a time).
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { AnalyzedArticle, Article } from '../model.js';
import { adoptTaggerWeightsIfUnloaded, sharedTaggerWeights } from '../ner/index.js';
import { rememberFingerprint, type Fingerprint } from '../store/minhash.js';
import { sameShape, warmArticle } from './article-shape.js';

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
}

interface Slot {
  worker: Worker;
  /**
   * Articles sent to the thread that it has not finished, counted down by the thread itself, in
   * shared memory: a caller analyzing articles one after another does not read the threads'
   * answers in between (they wait in its event loop), so a count kept from the answers would say a
   * thread is still full long after it ran dry.
   */
  queued: Int32Array;
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
  /** The thread's count of articles sent and not yet finished (one Int32 in shared memory); see Slot. */
  queued?: Int32Array;
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

/** How the pool's analyses are spread. */
export interface PoolOptions {
  /**
   * The calling thread is one of the `size` analysers: the pool starts `size - 1` threads and analyzes
   * here whenever they all have enough work queued. For bulk ingest, whose thread also reads, cleans
   * and stores: with a thread per core besides it, three busy threads share two cores, and each
   * analysis took some 15% more CPU than in a thread alone (4.5 ms against 3.9 ms an article on the
   * scaling benchmark), which held two cores to 1.64× one. With the caller analyzing a share (some
   * 40% on two cores) there are as many busy threads as cores: 1.94× on the same benchmark. The
   * caller is blocked for one analysis at a time (a few milliseconds): right for a batch job, not for
   * a server.
   */
  callerShares?: boolean;
}

/**
 * With the caller sharing, each thread keeps this many articles queued before the caller takes one
 * itself: enough to keep the thread busy (some 150 ms of work) while the caller commits a batch
 * (up to 200 articles, some 80 ms), so that the thread never waits for the caller.
 */
const QUEUE_BEFORE_CALLER = 32;

type AnalyzeHere = (article: Article) => AnalyzedArticle;

export class AnalyzePool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: AnalysisPoolError | undefined;
  private readyCount = 0;
  private readonly readyWaiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];

  /** Set once the pipeline is loaded in this thread (callerShares only; see ready()). */
  private here: AnalyzeHere | undefined;
  private readonly hereLoading: Promise<void> | undefined;
  /** Articles analyzed in the calling thread, and by the threads: for tests and benchmarks. */
  readonly counts = { caller: 0, threads: 0 };

  constructor(readonly size: number, opts: PoolOptions = {}) {
    const threads = opts.callerShares ? size - 1 : size;
    if (opts.callerShares) {
      // This thread reads the same shared tables as the threads, rather than a copy of its own.
      if (threads > 0) adoptTaggerWeightsIfUnloaded(sharedThreadData().nerWeights);
      this.hereLoading = import('../analyze/pipeline.js').then(({ analyze }) => {
        this.here = (article) => {
          // The record as the pipeline's toRecord builds it from the article as given; the analysis
          // sees the one-shape copy, as in the threads (see sameShape).
          const { entities, times, quotes, events } = analyze(sameShape(article));
          return { ...article, entities, times, quotes, events };
        };
      });
      // A failed load shows in ready() and in the first analyze(); not as an unhandled rejection.
      this.hereLoading.catch(() => undefined);
    }
    for (let i = 0; i < threads; i++) {
      const queued = new Int32Array(new SharedArrayBuffer(4));
      const slot: Slot = { worker: startThread({ ...sharedThreadData(), queued }), queued };
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
  async ready(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.hereLoading) {
      await this.hereLoading;
      // The pipeline loads its models on its first article: here too, before the caller times anything.
      this.here?.(warmArticle());
    }
    if (this.readyCount >= this.slots.length) return;
    await new Promise<void>((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  private threadReady(): void {
    this.readyCount++;
    if (this.readyCount < this.slots.length) return;
    for (const w of this.readyWaiters.splice(0)) w.resolve();
  }

  analyze(article: Article): Promise<AnalyzedArticle> {
    if (this.failure) return Promise.reject(this.failure);
    // The least busy thread: threads finish articles at different speeds.
    let slot = this.slots[0];
    let least = slot ? Atomics.load(slot.queued, 0) : 0;
    for (const s of this.slots) {
      const n = Atomics.load(s.queued, 0);
      if (n < least) { slot = s; least = n; }
    }
    if (this.here && (!slot || least >= QUEUE_BEFORE_CALLER)) return this.analyzeHere(this.here, article);
    if (!slot) return this.hereLoading!.then(() => this.analyze(article));
    this.counts.threads++;
    const id = this.next++;
    Atomics.add(slot.queued, 0, 1);
    return new Promise<AnalyzedArticle>((resolve, reject) => {
      this.pending.set(id, { article, resolve, reject });
      slot.worker.postMessage({ id, article } satisfies ThreadRequest);
    });
  }

  /**
   * How many articles a caller that keeps its results in input order should have in flight to keep
   * every analyser busy. Threads alone: 64 each (some 300 ms of work), to ride out the caller's
   * pauses. With the caller sharing, far more: an article queued behind a thread's 32 comes back
   * only after the caller has analyzed some 40 more itself, and a caller whose window is full of
   * finished articles waits, idle, for the thread's oldest.
   */
  get window(): number {
    return this.hereLoading ? Math.max(64 * this.size, 4 * QUEUE_BEFORE_CALLER * this.size) : 64 * this.size;
  }

  private analyzeHere(here: AnalyzeHere, article: Article): Promise<AnalyzedArticle> {
    this.counts.caller++;
    try {
      return Promise.resolve(here(article));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private settle(r: ThreadReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
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
