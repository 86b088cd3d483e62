/**
 * Distributed ingest: one process enqueues, three workers analyze and store; one worker is killed
 * (SIGKILL) right after it has committed its first batch, before pg-boss hears the jobs are done. Its
 * jobs expire and are delivered again; the final database equals a single-process ingest of the same
 * inputs, and every article is stored exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { prng, syntheticStory, vocabulary } from '../ingest/stories.js';
import { freshDatabase, SKIP_PG } from '../postgres/pg.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'test', 'queue', 'cli-child.ts');
const VICTIM = join(ROOT, 'test', 'queue', 'victim-worker.ts');
const FILES = 160;

function dateline(args: string[], script = CLI): { child: ChildProcess; done: Promise<{ code: number | null; out: string; err: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => { out += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { err += c; });
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
  return { child, done };
}

/** Everything a database holds, in a comparable form: each article's whole record and its sources. */
async function snapshot(url: string): Promise<{ stats: unknown; articles: Record<string, unknown> }> {
  const store = await PgStore.open(url);
  try {
    const ids = (await store.pool.query<{ id: string }>('SELECT id FROM articles ORDER BY id')).rows.map((r) => r.id);
    const articles: Record<string, unknown> = {};
    for (const id of ids) {
      const got = await store.getArticle(id);
      articles[id] = { record: got?.record, sources: got?.sources.map(({ ingestedAt: _t, ...s }) => s) };
    }
    return { stats: await store.stats(), articles };
  } finally {
    await store.close();
  }
}

describe.skipIf(SKIP_PG)('three queue workers, one killed mid-run', () => {
  let dir: string;
  let corpus: string;
  const dbs: Array<{ url: string; drop: () => Promise<void> }> = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-queue-'));
    corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const rand = prng(4242);
    const vocab = vocabulary(2500, rand);
    for (let i = 0; i < FILES; i++) writeFileSync(join(corpus, `${String(i).padStart(4, '0')}.txt`), syntheticStory(i, vocab, rand));
  });
  afterAll(async () => {
    for (const db of dbs) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every article exactly once, and the database equals a single-process ingest', async () => {
    const queued = await freshDatabase('queue');
    const single = await freshDatabase('single');
    dbs.push(queued, single);

    const enq = await dateline(['ingest', '--queue', corpus, '--db', queued.url, '--expire', '5']).done;
    expect(enq.err).toBe('');
    expect(enq.out).toMatch(new RegExp(`${FILES} read, ${FILES} queued, 0 failed`, 'u'));

    const workerArgs = ['worker', '--db', queued.url, '--exit-when-idle', '--batch', '8', '--maintenance-interval', '1', '--verbose'];
    // The victim commits its first batch and hangs before the jobs are marked done; it is killed then.
    const victim = dateline([queued.url], VICTIM);
    let killed = false;
    victim.child.stdout!.on('data', (c: string) => {
      if (!killed && /^new\t/mu.test(c)) killed = victim.child.kill('SIGKILL');
    });
    const others = [dateline(workerArgs), dateline(workerArgs)];
    const [v, ...rest] = await Promise.all([victim.done, ...others.map((w) => w.done)]);
    expect(killed, 'the victim stored nothing before the others finished').toBe(true);
    expect(v!.code).toBeNull(); // killed by the signal
    for (const r of rest) {
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
    // The victim's batch (8) was committed; the survivors stored every other article as new exactly
    // once, and met the victim's batch again as unchanged (and, on a slow machine, any job of their
    // own that outlived its expiry: at least once, never twice stored).
    const count = (status: string): number => rest.reduce((n, r) => n + r.out.split('\n').filter((l) => l.startsWith(`${status}\t`)).length, 0);
    expect(count('new')).toBe(FILES - 8);
    expect(count('unchanged')).toBeGreaterThanOrEqual(8);

    // pg-boss delivered some job twice (after the kill), and nothing is left undone.
    const c = new pg.Client({ connectionString: queued.url });
    await c.connect();
    const jobs = (await c.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE retry_count > 0)::int AS retried,
      count(*) FILTER (WHERE state <> 'completed')::int AS open FROM pgboss.job WHERE name = 'dateline-articles'`)).rows[0];
    await c.end();
    expect(jobs).toMatchObject({ n: FILES, open: 0 });
    expect(jobs.retried).toBeGreaterThan(0);

    const store = await PgStore.open(single.url);
    const summary = await ingest(store, [corpus]);
    await store.close();
    expect(summary).toMatchObject({ new: FILES, failed: 0 });

    const [a, b] = await Promise.all([snapshot(queued.url), snapshot(single.url)]);
    expect(Object.keys(a.articles)).toHaveLength(FILES);
    expect(a.stats).toEqual(b.stats);
    expect(a.articles).toEqual(b.articles);
  }, 150_000);
});
