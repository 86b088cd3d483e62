/** `dateline ingest PATH|URL...`: read, clean, analyze and store articles; a summary at the end. */
import { DEFAULT_MAX_BYTES, ingest, type IngestSummary } from '../ingest.js';
import { DEFAULT_DB, openStore, StoreError } from '../store/index.js';
import { UsageError } from '../errors.js';
import { shorten } from '../query/format.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';
import { createProgress } from './progress.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: `database file (default ${DEFAULT_DB}), or postgres://user@host/db` },
  published: { value: true, description: 'publication time (ISO 8601) for inputs that carry none' },
  'input-format': { value: true, description: 'skip detection: wire-text, html, rss, atom, jsonl, csv, reuters-sgml' },
  'max-bytes': { value: true, description: `largest article accepted, in bytes (default ${DEFAULT_MAX_BYTES}); files may be 40 times that` },
  timeout: { value: true, description: 'seconds to wait for each URL (default 30)' },
  batch: { value: true, description: 'articles per commit (default 200; 1 commits each alone); each is stored whole or not at all' },
  durable: { value: false, description: 'sync every commit to disk: acknowledged articles also survive a power cut (slower)' },
  jobs: { value: true, description: 'analysis threads, this one included (default 1; the number of cores uses them all)' },
  queue: { value: false, description: 'only read and clean here; send the articles to the queue for "dateline worker" (PostgreSQL --db)' },
  expire: { value: true, description: 'with --queue: seconds a worker may hold an article before it is given to another (default 300)' },
  'no-analyze': { value: false, description: 'store articles without analysis (for measuring raw speed)' },
  verbose: { value: false, description: 'print one line per article on stdout: status, id, headline' },
  help: { value: false, description: 'show this help' },
};

export const INGEST_USAGE = usageText('ingest', 'PATH|URL... [--db PATH] [--published ISO] [--max-bytes N]', SPEC);

export function summaryLine(s: IngestSummary, where: string): string {
  return `${s.read} read, ${s.new} new, ${s.duplicate} duplicate, ${s.unchanged} unchanged, ${s.failed} failed ` +
    `(${s.inputs} input${s.inputs === 1 ? '' : 's'}) → ${where}`;
}

export async function ingestCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'ingest');
  if (args.options.has('help')) {
    process.stdout.write(`${INGEST_USAGE}\n`);
    return 0;
  }
  if (args.positional.length === 0) throw new UsageError(`ingest: name a file, folder or URL to ingest\n${INGEST_USAGE}`);
  const published = optString(args, 'published');
  if (published !== undefined && Number.isNaN(Date.parse(published))) {
    throw new UsageError(`ingest: --published "${published}" is not an ISO 8601 time`);
  }
  const maxBytes = optInt(args, 'max-bytes', DEFAULT_MAX_BYTES);
  const timeout = optInt(args, 'timeout', 30);
  const batchSize = optInt(args, 'batch', 200);
  if (batchSize < 1) throw new UsageError('ingest: --batch must be at least 1');
  const inputFormat = optString(args, 'input-format');
  const dbPath = optString(args, 'db') ?? DEFAULT_DB;
  const verbose = args.options.has('verbose');
  const jobs = optInt(args, 'jobs', 1);
  if (jobs < 1) throw new UsageError('ingest: --jobs must be at least 1');
  if (args.options.has('queue')) return enqueueCommand(args.positional, dbPath, { maxBytes, timeoutMs: timeout * 1000, expire: optInt(args, 'expire', 300), published, inputFormat });

  let store;
  try {
    store = await openStore(dbPath, { durability: args.options.has('durable') ? 'power' : 'process' });
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const progress = createProgress(process.stderr);
  const started = Date.now();
  let summary: IngestSummary;
  try {
    summary = await ingest(store, args.positional, {
      maxBytes,
      timeoutMs: timeout * 1000,
      batchSize,
      skip: [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`],
      analyze: !args.options.has('no-analyze'),
      jobs,
      ...(published ? { published } : {}),
      ...(inputFormat ? { inputFormat } : {}),
      onFailure: (input, reason) => progress.log(`dateline: ${input}: ${reason}`),
      onArticle: verbose
        ? (r, rec) => process.stdout.write(`${r.status}\t${rec.id}${rec.id === r.id ? '' : ` (copy of ${r.id})`}\t${shorten(rec.headline, 100)}\n`)
        : undefined,
      onProgress: (p) => {
        const secs = (Date.now() - started) / 1000;
        const rate = secs > 0 ? Math.round((p.new + p.duplicate + p.unchanged) / secs) : 0;
        progress.update(p.inputsDone, p.inputsTotal, `inputs · ${p.read} articles · ${p.new} new · ${p.failed} failed · ${rate}/s`);
      },
    });
  } catch (e) {
    progress.done();
    process.stderr.write(`dateline: ingest stopped, the database is intact up to the last stored article: ${e instanceof Error ? e.message : String(e)}\n`);
    await store.close();
    return 1;
  }
  progress.done();
  await store.close();
  process.stdout.write(`${summaryLine(summary, dbPath.replace(/(\/\/[^:@/]*):[^@/]*@/u, '$1:…@'))}\n`);
  return summary.failed > 0 ? 1 : 0;
}

/** `ingest --queue`: read and clean here, send each article to the queue for `dateline worker`. */
async function enqueueCommand(names: readonly string[], db: string, o: {
  maxBytes: number; timeoutMs: number; expire: number; published: string | undefined; inputFormat: string | undefined;
}): Promise<number> {
  const { isPostgresUrl, redact } = await import('../store/postgres/index.js');
  if (!isPostgresUrl(db)) throw new UsageError('ingest: --queue needs a PostgreSQL database: --db postgres://user@host/db');
  const { enqueue } = await import('../queue/enqueue.js');
  try {
    const s = await enqueue(db, names, {
      maxBytes: o.maxBytes,
      timeoutMs: o.timeoutMs,
      expireInSeconds: o.expire,
      ...(o.published ? { published: o.published } : {}),
      ...(o.inputFormat ? { inputFormat: o.inputFormat } : {}),
      onFailure: (input, reason) => process.stderr.write(`dateline: ${input}: ${reason}\n`),
    });
    process.stdout.write(`${s.read} read, ${s.enqueued} queued, ${s.failed} failed (${s.inputs} input${s.inputs === 1 ? '' : 's'}) → ${redact(db)}; ` +
      'run "dateline worker --db …" to analyze and store them\n');
    return s.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
