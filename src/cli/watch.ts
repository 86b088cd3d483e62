/** `dateline watch FEED... --every 10m`: fetch feeds on a schedule and ingest what is new, until stopped. */
import { DEFAULT_MAX_BYTES } from '../ingest.js';
import { UsageError } from '../errors.js';
import { DEFAULT_DB, openStore, StoreError } from '../store/index.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: `database file (default ${DEFAULT_DB}), or postgres://user@host/db` },
  every: { value: true, description: 'pause between rounds: 30s, 10m, 1h (default 10m)' },
  once: { value: false, description: 'fetch every feed once and stop' },
  state: { value: true, description: 'file keeping each feed\'s ETag/Last-Modified between runs (default DB.watch.json for a file database)' },
  timeout: { value: true, description: 'seconds for each request, body included (default 30)' },
  retries: { value: true, description: 'tries after the first for network errors, 5xx and 429 (default 3)' },
  'host-delay': { value: true, description: 'seconds between two requests to the same host (default 2)' },
  'max-bytes': { value: true, description: `largest article in bytes (default ${DEFAULT_MAX_BYTES}); a feed may be 40 times that` },
  'allow-private': { value: false, description: 'allow feeds on loopback, private and link-local addresses (refused by default)' },
  jobs: { value: true, description: 'analysis threads (default 1)' },
  help: { value: false, description: 'show this help' },
};

export const WATCH_USAGE = usageText('watch', 'FEED_URL... [--every 10m] [--db PATH] [--once]', SPEC);

export async function watchCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'watch');
  if (args.options.has('help')) {
    process.stdout.write(`${WATCH_USAGE}\n`);
    return 0;
  }
  const { parseInterval, watch } = await import('../watch/watcher.js');
  if (args.positional.length === 0) throw new UsageError(`watch: name at least one feed URL\n${WATCH_USAGE}`);
  for (const f of args.positional) {
    if (!/^https?:\/\//iu.test(f)) throw new UsageError(`watch: "${f}" is not an http(s) URL`);
  }
  const every = parseInterval(optString(args, 'every') ?? '10m');
  if (every === undefined || every < 1000) throw new UsageError('watch: --every must be a duration of at least 1s, like 30s, 10m or 1h');
  const db = optString(args, 'db') ?? DEFAULT_DB;
  const isPg = /^postgres(?:ql)?:\/\//iu.test(db);
  const statePath = optString(args, 'state') ?? (isPg ? undefined : `${db}.watch.json`);
  let store;
  try {
    store = await openStore(db);
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const s = await watch(store, args.positional, {
      everyMs: every,
      ...(args.options.has('once') ? { rounds: 1 } : {}),
      ...(statePath ? { statePath } : {}),
      timeoutMs: optInt(args, 'timeout', 30) * 1000,
      retries: optInt(args, 'retries', 3),
      hostDelayMs: optInt(args, 'host-delay', 2) * 1000,
      maxBytes: optInt(args, 'max-bytes', DEFAULT_MAX_BYTES),
      allowPrivate: args.options.has('allow-private'),
      jobs: Math.max(1, optInt(args, 'jobs', 1)),
      skip: [db],
      signal: stop.signal,
      onFailure: (input, reason) => process.stderr.write(`dateline: ${input}: ${reason}\n`),
      onFeed: (feed, o) => {
        const at = new Date().toISOString();
        if (o.status === 'ingested') {
          const x = o.summary;
          process.stdout.write(`${at} ${feed}: ${x.read} read, ${x.new} new, ${x.duplicate} duplicate, ${x.unchanged} unchanged, ${x.failed} failed\n`);
        } else if (o.status === 'not-modified') process.stdout.write(`${at} ${feed}: not modified\n`);
      },
    });
    process.stdout.write(`${s.rounds} round${s.rounds === 1 ? '' : 's'}: ${s.fetched} fetched, ${s.notModified} not modified, ` +
      `${s.failedFetches} failed fetches; ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed → ${store.description}\n`);
    return s.failedFetches + s.failed > 0 ? 1 : 0;
  } catch (e) {
    process.stderr.write(`dateline: watch stopped: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
