/**
 * Ingest: the one place that runs read → clean → analyze → store. The CLI calls it; the server and
 * queue workers will too.
 *
 * A failure is reported once, as (input, reason), and the batch goes on: an unreadable file, a bad
 * feed, or one article of a feed that cannot be cleaned. Only a failure of the store itself (disk
 * full, database corrupt or locked) stops the batch, since every later article would fail the same way.
 * An article counts as stored only once the store has committed it: articles are handed to the store
 * in small batches (one commit for many articles, each article still all-or-nothing inside it), and
 * `onArticle`, the acknowledgement, is called after that commit.
 */
import { resolve } from 'node:path';
import { cleanArticle } from './clean/index.js';
import { InputError } from './errors.js';
import type { AnalyzePool } from './ingest/analyze-pool.js';
import { describeFsError, expandPaths, fileInput, isUrl, stdinInput, urlInput, type Input } from './ingest/inputs.js';
import type { AnalyzedArticle, Article } from './model.js';
import { readInput } from './read/index.js';
import type { PutResult, Store } from './store/store.js';
import { StoreError } from './store/store.js';

export const DEFAULT_MAX_BYTES = 5_000_000;
/** A file may hold many articles (a feed, a Reuters SGML archive): it may be this many times the per-article limit. */
export const FILE_LIMIT_FACTOR = 40;

export interface IngestOptions {
  /** Publication time (ISO 8601) for articles whose input carries none. */
  published?: string;
  /** Largest article accepted, in bytes (default 5 MB); files and fetched bodies may be 40 times that. */
  maxBytes?: number;
  /** Skip format detection. */
  inputFormat?: string;
  /** Run the analysis stages (default true). false stores articles with empty entities/times/quotes/events. */
  analyze?: boolean;
  /** The analysis to run (default: the pipeline). Tests inject their own. */
  analyzer?: (article: Article) => AnalyzedArticle | Promise<AnalyzedArticle>;
  /** Analyze on this many worker threads (default 1: in this thread). Stores stay in input order. */
  jobs?: number;
  /**
   * Analyze on this pool of threads, already started (it is left open): for callers that ingest many
   * batches, or time one without counting thread start-up. Overrides `jobs`.
   */
  pool?: AnalyzePool;
  /** Files not to ingest when met inside a folder (the database's own files); absolute or relative paths. */
  skip?: readonly string[];
  /** Time budget per fetched URL in milliseconds (default 30 s). */
  timeoutMs?: number;
  onFailure?: (input: string, reason: string) => void;
  /** Called after each article is committed (or recognized as stored): the acknowledgement. */
  onArticle?: (result: PutResult, record: AnalyzedArticle, input: string) => void;
  onProgress?: (p: IngestProgress) => void;
  /**
   * Articles committed together (default 200; 1 commits each article alone). Each article is still
   * stored whole or not at all; acknowledgements (onArticle) come after the commit.
   */
  batchSize?: number;
  /** Commit a batch at the latest this long after its first article (default 250 ms), so acknowledgements never lag far. */
  batchMs?: number;
}

export interface IngestSummary {
  /** Inputs (files, URLs) attempted. */
  inputs: number;
  /** Articles read from them. */
  read: number;
  new: number;
  duplicate: number;
  unchanged: number;
  /** Inputs and articles that failed, each reported once through onFailure. */
  failed: number;
}

export interface IngestProgress extends IngestSummary {
  inputsDone: number;
  inputsTotal: number;
}

function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.reason;
  if ((e as { code?: string }).code && !(e instanceof StoreError)) return describeFsError(e);
  return e instanceof Error ? e.message : String(e);
}

function emptyAnalysis(article: Article): AnalyzedArticle {
  return { ...article, entities: [], times: [], quotes: [], events: [] };
}

/** Turn command-line style names (files, folders, URLs, "-") into inputs; bad names are reported. */
export function resolveInputs(names: readonly string[], opts: IngestOptions, fail: (input: string, reason: string) => void): Input[] {
  const perArticle = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const perInput = perArticle * FILE_LIMIT_FACTOR;
  const skip = new Set((opts.skip ?? []).map((p) => resolve(p)));
  const inputs: Input[] = [];
  for (const name of names) {
    if (isUrl(name)) {
      inputs.push(urlInput(name, { maxBytes: perInput, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) }));
    } else if (name === '-') {
      inputs.push(stdinInput());
    } else {
      for (const f of expandPaths([name], fail, skip)) inputs.push(fileInput(f, perInput));
    }
  }
  return inputs;
}

/** Where an article came from, for messages: the input, and the item's id or number within it. */
export interface CleanedArticle {
  article: Article;
  where: string;
}

/** Counters and reports shared by ingest and the queue's enqueue (src/queue/). */
export interface ReadHooks {
  fail: (input: string, reason: string) => void;
  /** Articles read from an input (before cleaning). */
  onRead?: (n: number) => void;
  /** An input has been read completely (or failed). */
  onInputDone?: () => void;
}

/**
 * Read and clean everything the inputs hold, one article at a time. Failures (an unreadable input, an
 * article that cannot be cleaned) are reported through `hooks.fail` and skipped.
 */
export async function* cleanArticles(inputs: readonly Input[], opts: IngestOptions, hooks: ReadHooks): AsyncGenerator<CleanedArticle> {
  const readOpts = { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, ...(opts.inputFormat ? { format: opts.inputFormat } : {}) };
  const cleanOpts = opts.published ? { published: opts.published } : {};
  for (const input of inputs) {
    let raws;
    try {
      // A bad item (one JSON Lines line, one feed entry) is reported alone; the input's other items go on.
      raws = readInput(await input.load(), input.name, { ...readOpts, onItemError: (e) => hooks.fail(e.input, e.reason) });
    } catch (e) {
      hooks.fail(input.name, reasonOf(e));
      hooks.onInputDone?.();
      continue;
    }
    hooks.onRead?.(raws.length);
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      if (!raw) continue;
      const where = raw.sourceId ? `${input.name}#${raw.sourceId}` : raws.length > 1 ? `${input.name}#${i + 1}` : input.name;
      let article: Article;
      try {
        article = cleanArticle(raw, cleanOpts);
      } catch (e) {
        hooks.fail(where, reasonOf(e));
        continue;
      }
      yield { article, where };
    }
    hooks.onInputDone?.();
  }
}

/** Ingest everything `names` point at into `store`. Resolves with the counts once the batch is done. */
export async function ingest(store: Store, names: readonly string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  let failedEarly = 0;
  const inputs = resolveInputs(names, opts, (input, reason) => {
    failedEarly++;
    opts.onFailure?.(input, reason);
  });
  return ingestInputs(store, inputs, opts, failedEarly);
}

/**
 * Ingest inputs already resolved (files, URLs, or bytes a feed watcher fetched). `failedEarly` counts
 * inputs that failed while resolving, already reported.
 */
export async function ingestInputs(store: Store, inputs: readonly Input[], opts: IngestOptions = {}, failedEarly = 0): Promise<IngestSummary> {
  const summary: IngestSummary = { inputs: inputs.length + failedEarly, read: 0, new: 0, duplicate: 0, unchanged: 0, failed: failedEarly };
  const fail = (input: string, reason: string): void => {
    summary.failed++;
    opts.onFailure?.(input, reason);
  };
  let inputsDone = failedEarly;
  const inputsTotal = summary.inputs;
  const progress = (): void => opts.onProgress?.({ ...summary, inputsDone, inputsTotal });

  let analyzer: (article: Article) => AnalyzedArticle | Promise<AnalyzedArticle> = emptyAnalysis;
  // A pool made here is closed here; one passed in belongs to the caller.
  let ownPool: AnalyzePool | undefined;
  let pool: AnalyzePool | undefined;
  const jobs = opts.pool ? opts.pool.size : Math.max(1, opts.jobs ?? 1);
  if (opts.analyzer) analyzer = opts.analyzer;
  else if (opts.analyze !== false && opts.pool) {
    const p = opts.pool;
    pool = p;
    analyzer = (a) => p.analyze(a);
  } else if (opts.analyze !== false && jobs > 1) {
    // Analysis on `jobs` threads, this one included: reading, cleaning and storing stay here, in
    // input order, and this thread analyzes whenever the others have work queued (see callerShares).
    const { AnalyzePool } = await import('./ingest/analyze-pool.js');
    const p = new AnalyzePool(jobs, { callerShares: true });
    pool = p;
    ownPool = p;
    analyzer = (a) => p.analyze(a);
  } else if (opts.analyze !== false) {
    // The pipeline (and its models) is loaded only when it will run: raw-speed runs stay small.
    const { analyze } = await import('./analyze/pipeline.js');
    analyzer = (a) => analyze(a);
  }

  const batchSize = Math.max(1, opts.batchSize ?? 200);
  const batchMs = opts.batchMs ?? 250;
  let pending: Array<{ record: AnalyzedArticle; where: string }> = [];
  let pendingSince = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // A rejection here is a failure of the store itself (disk full, database locked or corrupt): it
    // would repeat for every later article, so it ends the batch; nothing of this batch was stored.
    const results = batch.length === 1 && batch[0]
      ? [await store.putArticle(batch[0].record).catch((e: unknown) => { if (isStoreFailure(e)) throw e; return toError(e); })]
      : await store.putArticles(batch.map((b) => ({ record: b.record })));
    results.forEach((r, i) => {
      const item = batch[i];
      if (!item) return;
      if (r instanceof Error) {
        fail(item.where, `not stored: ${r.message}`);
        return;
      }
      summary[r.status]++;
      opts.onArticle?.(r, item.record, item.where);
    });
    progress();
  };

  // Analyses in flight, oldest first: with threads, several run at once; results are stored in order.
  // Without threads the window still lets a networked store answer several contains() at once.
  // With threads, enough to keep them busy while this thread reads a large file, commits a batch or
  // waits for a long article at the head of the line: 64 per thread is some 300 ms of analysis, for a
  // few MB in flight. With 32, whenever this thread was slowed (a busy machine, a profiler), threads ran
  // out of work three times as often: 1.5-2 s of thread time per pass of the scaling benchmark, not 0.5-1.4.
  const window = pool ? pool.window : 32;
  const inflight: Array<{ where: string; result: Promise<AnalyzedArticle> }> = [];
  const settleOldest = async (): Promise<void> => {
    const next = inflight.shift();
    if (!next) return;
    let record: AnalyzedArticle;
    try {
      record = await next.result;
    } catch (e) {
      // A dead analysis thread is not this article's fault: stop, as for a failing store.
      if ((e as Error).name === 'AnalysisPoolError') throw e;
      fail(next.where, reasonOf(e));
      return;
    }
    if (pending.length === 0) pendingSince = Date.now();
    pending.push({ record, where: next.where });
    if (pending.length >= batchSize || Date.now() - pendingSince >= batchMs) await flush();
  };

  const hooks: ReadHooks = {
    fail,
    onRead: (n) => { summary.read += n; },
    onInputDone: () => { inputsDone++; progress(); },
  };
  try {
    for await (const { article, where } of cleanArticles(inputs, opts, hooks)) {
      // A text already stored needs no analysis: the store will only note this source of it.
      const result = store.contains(article.id).then((stored) => (stored ? emptyAnalysis(article) : analyzer(article)));
      // Settled later, in order; a rejection is handled there, not reported as unhandled meanwhile.
      result.catch(() => undefined);
      inflight.push({ where, result });
      while (inflight.length >= window) await settleOldest();
    }
    while (inflight.length > 0) await settleOldest();
    await flush();
  } finally {
    await ownPool?.close();
  }
  return summary;
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/** A failure of the store, not of one article: it would repeat for every later article. */
function isStoreFailure(e: unknown): boolean {
  if (e instanceof StoreError) return true;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(?:FULL|IOERR|CORRUPT|NOTADB|READONLY|BUSY|LOCKED|CANTOPEN|PERM|NOMEM)/u.test(code);
}
