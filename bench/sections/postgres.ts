/**
 * Section: the same corpora into PostgreSQL and into SQLite, store-bound (no analysis: what the
 * engines themselves cost) and with full analysis on two threads (what a user sees). Target:
 * PostgreSQL at least half SQLite's rate. Also the queue: the round trip of enqueue → worker → store
 * for the same articles. Needs a server: DATELINE_BENCH_PG (or DATELINE_TEST_PG) names one; the
 * section creates and drops its own database there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ingest, type IngestSummary } from '../../src/ingest.js';
import type { Article, AnalyzedArticle } from '../../src/model.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { corpusInputs } from '../lib/corpora.js';
import { fmt, peakRssMb, report, seconds } from '../lib/measure.js';

const server = process.env.DATELINE_BENCH_PG ?? process.env.DATELINE_TEST_PG;
const title = 'postgres: ingest into PostgreSQL vs SQLite, and the queue round trip';
if (!server) {
  report({ title, rows: [], problems: ['no PostgreSQL server: set DATELINE_BENCH_PG=postgres://user@host/db (any database; the section makes its own)'] });
  process.exit(0);
}

const inputs = corpusInputs();
const rows: Array<[string, string]> = [['load average', loadavg().map((l) => fmt(l, 1)).join(' ')]];
const problems: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'dateline-pgbench-'));

async function withDatabase<T>(name: string, fn: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server!);
  url.pathname = `/${name}`;
  try {
    return await fn(url.href);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const noAnalysis = (a: Article): AnalyzedArticle => ({ ...a, entities: [], times: [], quotes: [], events: [] });

/** CPU seconds the server's backends serving this store have used (a local server only: read from /proc). */
async function serverCpu(store: Store): Promise<number | undefined> {
  if (!(store instanceof PgStore)) return 0;
  const pids = (await store.pool.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'dateline'")).rows.map((r) => r.pid);
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
    } catch {
      return undefined; // the server is elsewhere
    }
  }
  return ticks / 100;
}

async function timed(store: Store, opts: Parameters<typeof ingest>[2]): Promise<{ rate: number; secs: number; cpu?: number; s: IngestSummary }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await ingest(store, inputs, { ...opts, onFailure: (i, r) => problems.push(`${store.description}: ${i}: ${r}`) });
  const secs = seconds(t0);
  const own = process.cpuUsage(cpu0);
  // The pool's connections live as long as the store: their CPU is this ingest's (and the schema's).
  const server = await serverCpu(store);
  return { rate: s.read / secs, secs, s, ...(server === undefined ? {} : { cpu: (own.user + own.system) / 1e6 + server }) };
}

try {
  const compare = async (label: string, opts: Parameters<typeof ingest>[2]): Promise<void> => {
    const lite = SqliteStore.open(join(dir, `${label}.db`));
    const l = await timed(lite, opts);
    await lite.close();
    const p = await withDatabase(`dateline_bench_${label.replace(/-/gu, '_')}`, async (url) => {
      const store = await PgStore.open(url);
      try {
        return await timed(store, opts);
      } finally {
        await store.close();
      }
    });
    const ratio = p.rate / l.rate;
    const perCpu = (x: { s: IngestSummary; cpu?: number }): string => (x.cpu ? `; ${fmt(x.s.read / x.cpu)} per CPU-second, client and server` : '');
    rows.push([`${label}: SQLite`, `${fmt(l.rate)} articles/s (${l.s.read} in ${fmt(l.secs, 1)} s; ${l.s.new} new, ${l.s.duplicate} duplicate${perCpu(l)})`]);
    rows.push([`${label}: PostgreSQL`, `${fmt(p.rate)} articles/s (${p.s.read} in ${fmt(p.secs, 1)} s; ${p.s.new} new, ${p.s.duplicate} duplicate${perCpu(p)})`]);
    rows.push([`${label}: ratio`, `PostgreSQL at ${fmt(ratio, 2)}× SQLite's rate (target ≥ 0.5)` +
      (l.cpu && p.cpu ? `; ${fmt((p.s.read / p.cpu) / (l.s.read / l.cpu), 2)}× per CPU-second` : '')]);
    if (ratio < 0.5) problems.push(`${label}: PostgreSQL at ${fmt(ratio, 2)}× SQLite's rate, under half`);
    if (p.s.new !== l.s.new || p.s.duplicate !== l.s.duplicate) problems.push(`${label}: the engines disagree (new ${p.s.new}/${l.s.new}, duplicate ${p.s.duplicate}/${l.s.duplicate})`);
  };
  await compare('store-only', { analyzer: noAnalysis });
  await compare('full-analysis', { jobs: 2 });

  // The queue: enqueue everything, then one worker (in this process) analyzes nothing and stores all.
  await withDatabase('dateline_bench_queue', async (url) => {
    const { enqueue } = await import('../../src/queue/enqueue.js');
    const { runWorker } = await import('../../src/queue/worker.js');
    const t0 = performance.now();
    const e = await enqueue(url, inputs, {});
    const tEnq = seconds(t0);
    const t1 = performance.now();
    const w = await runWorker(url, { exitWhenIdle: true, analyzer: noAnalysis, batchSize: 100, pollingIntervalSeconds: 0.5 });
    const tWork = seconds(t1);
    rows.push(['queue: enqueue', `${fmt(e.enqueued / tEnq)} articles/s (${e.enqueued} in ${fmt(tEnq, 1)} s: read, clean, send)`]);
    rows.push(['queue: one worker, store only', `${fmt((w.new + w.duplicate) / tWork)} articles/s (${w.new} new, ${w.duplicate} duplicate in ${fmt(tWork, 1)} s, idle checks included)`]);
  });
  rows.push(['peak RSS', `${fmt(peakRssMb())} MB`]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
report({ title, rows, problems });
