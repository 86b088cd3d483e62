/**
 * `dateline watch`: fetch feeds again and again, for months, and ingest what is new.
 *
 * Each round fetches every feed once: conditionally (the ETag and Last-Modified of the last answer are
 * kept, in a state file when one is named, so a restart does not refetch everything), with a time
 * budget and a size limit, retrying network trouble and 5xx/429 answers with exponential backoff and
 * jitter (a server's Retry-After is honoured), one request at a time per host with a pause between
 * them, and never to private, loopback or link-local addresses unless allowed (./fetch.ts). Feeds on
 * different hosts are fetched at the same time; what they bring is stored one feed at a time.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, FILE_LIMIT_FACTOR, ingestInputs, type IngestOptions, type IngestSummary } from '../ingest.js';
import type { Store } from '../store/store.js';
import type { AllowPrivate } from './address.js';
import { fetchFeed, FetchError, type FeedFetchResult } from './fetch.js';

export interface WatchOptions extends IngestOptions {
  /** Pause between the starts of two rounds, in ms. */
  everyMs: number;
  /** Stop after this many rounds (default: never; --once is 1). */
  rounds?: number;
  /** Tries after the first for a retryable failure (default 3). */
  retries?: number;
  /** First backoff in ms, doubled at each try (default 2 s). */
  backoffMs?: number;
  /** Pause between two requests to the same host, in ms (default 2 s). */
  hostDelayMs?: number;
  allowPrivate?: AllowPrivate;
  /** JSON file keeping each feed's validators between runs. */
  statePath?: string;
  signal?: AbortSignal;
  /** After each feed of each round. */
  onFeed?: (feed: string, outcome: FeedOutcome) => void;
}

export type FeedOutcome =
  | { status: 'not-modified' }
  | { status: 'ingested'; summary: IngestSummary }
  | { status: 'failed'; reason: string; tries: number };

interface FeedState {
  etag?: string;
  lastModified?: string;
  lastFetched?: string;
}

export interface WatchSummary {
  rounds: number;
  fetched: number;
  notModified: number;
  failedFetches: number;
  new: number;
  duplicate: number;
  unchanged: number;
  failed: number;
}

const MAX_WAIT_MS = 10 * 60_000;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function loadState(path: string | undefined): Record<string, FeedState> {
  if (!path) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { feeds?: Record<string, FeedState> };
    return parsed.feeds ?? {};
  } catch {
    return {}; // no state yet (or unreadable): every feed is fetched in full once
  }
}

function saveState(path: string | undefined, feeds: Record<string, FeedState>): void {
  if (!path) return;
  // Written aside and renamed: a crash mid-write never leaves half a file.
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ feeds }, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** One request at a time per host, with a pause between them. */
class HostGate {
  private readonly next = new Map<string, Promise<void>>();
  constructor(private readonly delayMs: number, private readonly signal?: AbortSignal) {}

  async run<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const before = this.next.get(host) ?? Promise.resolve();
    let release!: () => void;
    this.next.set(host, new Promise<void>((r) => { release = r; }));
    await before;
    try {
      return await fn();
    } finally {
      void sleep(this.delayMs, this.signal).then(release);
    }
  }
}

export async function watch(store: Store, feeds: readonly string[], opts: WatchOptions): Promise<WatchSummary> {
  const summary: WatchSummary = { rounds: 0, fetched: 0, notModified: 0, failedFetches: 0, new: 0, duplicate: 0, unchanged: 0, failed: 0 };
  const state = loadState(opts.statePath);
  const gate = new HostGate(opts.hostDelayMs ?? 2000, opts.signal);
  const retries = opts.retries ?? 3;
  const backoff = opts.backoffMs ?? 2000;
  const maxBytes = (opts.maxBytes ?? DEFAULT_MAX_BYTES) * FILE_LIMIT_FACTOR;
  let storing = Promise.resolve();

  const fetchWithRetries = async (feed: string): Promise<{ result: FeedFetchResult } | { reason: string; tries: number }> => {
    const host = new URL(feed).host;
    for (let attempt = 0; ; attempt++) {
      const known = state[feed] ?? {};
      try {
        const result = await gate.run(host, () => fetchFeed(feed, {
          ...(known.etag ? { etag: known.etag } : {}),
          ...(known.lastModified ? { lastModified: known.lastModified } : {}),
          timeoutMs: opts.timeoutMs ?? 30_000,
          maxBytes,
          ...(opts.allowPrivate !== undefined ? { allowPrivate: opts.allowPrivate } : {}),
        }));
        return { result };
      } catch (e) {
        const err = e instanceof FetchError ? e : new FetchError(e instanceof Error ? e.message : String(e), false);
        if (!err.retryable || attempt >= retries || opts.signal?.aborted) return { reason: err.message, tries: attempt + 1 };
        // Exponential backoff with jitter, so many watchers do not come back in step; Retry-After wins when longer.
        const wait = Math.min(MAX_WAIT_MS, Math.max(err.retryAfterMs ?? 0, backoff * 2 ** attempt * (0.5 + Math.random())));
        await sleep(wait, opts.signal);
      }
    }
  };

  const one = async (feed: string): Promise<void> => {
    const got = await fetchWithRetries(feed);
    if ('reason' in got) {
      summary.failedFetches++;
      opts.onFailure?.(feed, got.reason);
      opts.onFeed?.(feed, { status: 'failed', reason: got.reason, tries: got.tries });
      return;
    }
    const r = got.result;
    const fetchedAt = new Date().toISOString();
    if (r.status === 'not-modified') {
      summary.notModified++;
      state[feed] = { ...state[feed], lastFetched: fetchedAt };
      opts.onFeed?.(feed, { status: 'not-modified' });
      return;
    }
    summary.fetched++;
    // Stored one feed at a time, in the order they arrive.
    const turn = storing.then(async () => {
      const s = await ingestInputs(store, [{ name: feed, load: async () => r.body }], opts);
      summary.new += s.new;
      summary.duplicate += s.duplicate;
      summary.unchanged += s.unchanged;
      summary.failed += s.failed;
      // Validators are kept only once what they describe is stored: a crash before means a full refetch, not a lost item.
      state[feed] = { ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { lastModified: r.lastModified } : {}), lastFetched: fetchedAt };
      opts.onFeed?.(feed, { status: 'ingested', summary: s });
    });
    storing = turn.catch(() => undefined);
    await turn;
  };

  while (!opts.signal?.aborted && (opts.rounds === undefined || summary.rounds < opts.rounds)) {
    const started = Date.now();
    await Promise.all(feeds.map(one));
    summary.rounds++;
    saveState(opts.statePath, state);
    if (opts.rounds !== undefined && summary.rounds >= opts.rounds) break;
    await sleep(Math.max(0, opts.everyMs - (Date.now() - started)), opts.signal);
  }
  return summary;
}

/** "10m", "30s", "2h", "1d" or a number of seconds, in ms. */
export function parseInterval(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|[smhd])?$/u.exec(s.trim());
  if (!m?.[1]) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] ?? 's'] ?? 1000;
  return Number(m[1]) * unit;
}
