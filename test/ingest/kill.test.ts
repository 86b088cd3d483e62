/**
 * kill -9 in the middle of a bulk ingest: the database opens cleanly, holds every article whose
 * ingest was acknowledged, and holds no article without everything derived from it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/model.js';
import { BANDS } from '../../src/store/minhash.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { prng, syntheticStory, vocabulary } from './stories.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(ROOT, 'test', 'ingest', 'kill-child.ts');
const FILES = 1500;

let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-kill-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const rand = prng(20260614);
  const vocab = vocabulary(3000, rand);
  for (let i = 0; i < FILES; i++) writeFileSync(join(corpus, `${String(i).padStart(5, '0')}.txt`), syntheticStory(i, vocab, rand));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run the child; kill it with SIGKILL once it has acknowledged `killAfter` articles (never, if undefined). */
function runChild(db: string, killAfter?: number): Promise<{ acked: string[]; killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, corpus], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buf = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('ack ')) acked.push(line.slice(4));
        if (!killed && killAfter !== undefined && acked.length >= killAfter) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('close', () => resolve({ acked, killed, stderr }));
  });
}

/** Check the database after a kill; returns the ids it holds. */
function verify(dbPath: string, acked: readonly string[]): Set<string> {
  const store = SqliteStore.open(dbPath);
  const db = store.db;
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    // FTS5's own check: the index agrees with the articles it indexes.
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    const ids = new Set(db.prepare('SELECT id FROM articles').pluck().all() as string[]);
    for (const id of acked) expect(ids.has(id), `acknowledged article ${id} is missing`).toBe(true);

    // Every stored article has all its derived rows: as many as its record says, for each kind.
    const rows = db.prepare(`SELECT a.rowid, a.record,
        (SELECT count(*) FROM entities WHERE article = a.rowid) AS entities,
        (SELECT count(*) FROM mentions WHERE article = a.rowid) AS mentions,
        (SELECT count(*) FROM times WHERE article = a.rowid) AS times,
        (SELECT count(*) FROM quotes WHERE article = a.rowid) AS quotes,
        (SELECT count(*) FROM events WHERE article = a.rowid) AS events,
        (SELECT count(*) FROM event_participants WHERE article = a.rowid) AS participants,
        (SELECT count(*) FROM article_sources WHERE article = a.rowid) AS sources,
        (SELECT count(*) FROM lsh_bands WHERE article = a.rowid) AS bands
      FROM articles a`).all() as Array<Record<string, number> & { record: string }>;
    const wrong: string[] = [];
    for (const r of rows) {
      const rec = JSON.parse(r.record) as AnalyzedArticle;
      const want = {
        entities: rec.entities.length,
        mentions: rec.entities.reduce((n, e) => n + e.mentions.length, 0),
        times: rec.times.length,
        quotes: rec.quotes.length,
        events: rec.events.length,
        participants: rec.events.reduce((n, e) => n + e.actor.length + e.recipient.length, 0),
        sources: 1,
        bands: BANDS,
      };
      if (want.entities === 0 || want.quotes === 0 || want.events === 0) wrong.push(`${rec.id}: the made-up analysis found nothing`);
      for (const [k, v] of Object.entries(want)) if (r[k] !== v) wrong.push(`${rec.id}: ${k} ${r[k]} rows, record says ${v}`);
    }
    expect(wrong).toEqual([]);
    const orphans = db.prepare(`SELECT
        (SELECT count(*) FROM entities WHERE article NOT IN (SELECT rowid FROM articles)) +
        (SELECT count(*) FROM quotes WHERE article NOT IN (SELECT rowid FROM articles)) +
        (SELECT count(*) FROM events WHERE article NOT IN (SELECT rowid FROM articles)) +
        (SELECT count(*) FROM lsh_bands WHERE article NOT IN (SELECT rowid FROM articles))`).pluck().get();
    expect(orphans).toBe(0);
    return ids;
  } finally {
    db.close();
  }
}

describe('kill -9 during a bulk ingest', () => {
  it('keeps every acknowledged article, whole, through repeated kills, and finishes on the next run', async () => {
    const dbPath = join(dir, 'killed.db');
    const rand = prng(7);
    const allAcked = new Set<string>();
    let held = 0;
    for (let round = 0; round < 3; round++) {
      // Kill at a random point after some acknowledgements: mid-batch, mid-commit or between.
      const killAfter = held + 50 + Math.floor(rand() * 400);
      const run = await runChild(dbPath, killAfter);
      expect(run.stderr).toBe('');
      expect(run.killed, `child finished before ${killAfter} acknowledgements`).toBe(true);
      run.acked.forEach((id) => allAcked.add(id));
      const ids = verify(dbPath, [...allAcked]);
      expect(ids.size).toBeGreaterThanOrEqual(allAcked.size);
      held = ids.size;
    }
    const finish = await runChild(dbPath);
    expect(finish.killed).toBe(false);
    const ids = verify(dbPath, [...allAcked, ...finish.acked]);
    expect(ids.size).toBe(FILES);
  }, 120_000);
});

describe('two processes ingesting the same corpus at once', () => {
  it('store each article once, and every article either acknowledges is there', async () => {
    const dbPath = join(dir, 'shared.db');
    const [a, b] = await Promise.all([runChild(dbPath), runChild(dbPath)]);
    expect(a.stderr + b.stderr).toBe('');
    // Each saw every file; between them each article was new exactly once.
    expect(a.acked).toHaveLength(FILES);
    expect(b.acked).toHaveLength(FILES);
    const ids = verify(dbPath, [...a.acked, ...b.acked]);
    expect(ids.size).toBe(FILES);
  }, 120_000);
});
