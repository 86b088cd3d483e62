/**
 * Proof under faults: a child process ingesting a corpus is killed with SIGKILL at random moments,
 * twenty times over, into SQLite and into PostgreSQL. After each kill the database passes its
 * integrity checks, holds every article whose ingest was acknowledged, and holds no article without
 * all its entities, mentions, times, quotes, events, sources and near-duplicate bands. A last run
 * finishes the corpus.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/model.js';
import { BANDS } from '../../src/store/minhash.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { prng, syntheticStory, vocabulary } from '../ingest/stories.js';
import { freshDatabase, SKIP_PG } from '../postgres/pg.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(ROOT, 'test', 'faults', 'kill-child.ts');
const SYNTHETIC = 2500;

let dir: string;
let corpus: string;
let expectedArticles = 0;

/** The examples (every format), variations of the wire examples (new headline and edits: near-duplicates), and many distinct stories. */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-faults-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  for (const sub of ['wire', 'web', 'feeds', 'data']) {
    const from = join(ROOT, 'examples', sub);
    for (const f of readdirSync(from)) copyFileSync(join(from, f), join(corpus, `0-${sub}-${f}`));
  }
  const wire = join(ROOT, 'examples', 'wire');
  for (const f of readdirSync(wire)) {
    const text = readFileSync(join(wire, f), 'utf8');
    const lines = text.split('\n');
    lines[0] = `Update: ${lines[0] ?? ''}`;
    writeFileSync(join(corpus, `1-variant-${f}`), `${lines.join('\n').replace(/ said /u, ' told reporters ')}\nThis story has been updated.\n`);
  }
  const rand = prng(99);
  const vocab = vocabulary(3000, rand);
  for (let i = 0; i < SYNTHETIC; i++) writeFileSync(join(corpus, `2-${String(i).padStart(5, '0')}.txt`), syntheticStory(i, vocab, rand));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * When to kill the child: `delayMs` after it has acknowledged `afterNew` articles not among `known`
 * (those earlier rounds stored, which it only re-confirms). Counting new work, not time, keeps every
 * round a kill however fast the machine is.
 */
interface KillPlan {
  afterNew: number;
  delayMs: number;
  known: ReadonlySet<string>;
}

/** Run the child; SIGKILL it as `kill` says (never, if undefined). */
function runChild(db: string, kill?: KillPlan): Promise<{ acked: string[]; killed: boolean; finished: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, corpus], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: string[] = [];
    let buf = '';
    let stderr = '';
    let killed = false;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    let fresh = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('ack ')) {
          const id = line.slice(4);
          acked.push(id);
          if (kill && !kill.known.has(id)) fresh++;
        }
        if (line === 'done') finished = true;
      }
      if (kill && !timer && fresh >= kill.afterNew) {
        timer = setTimeout(() => {
          killed = child.kill('SIGKILL');
        }, kill.delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ acked, killed: killed && !finished, finished, stderr });
    });
  });
}

interface Row {
  id: string;
  record: string;
  [k: string]: number | string;
}

/** What each stored article must have, from its own record. */
function checkRows(rows: Row[]): string[] {
  const wrong: string[] = [];
  for (const r of rows) {
    const rec = JSON.parse(r.record) as AnalyzedArticle;
    const want: Record<string, number> = {
      entities: rec.entities.length,
      mentions: rec.entities.reduce((n, e) => n + e.mentions.length, 0),
      times: rec.times.length,
      quotes: rec.quotes.length,
      events: rec.events.length,
      participants: rec.events.reduce((n, e) => n + e.actor.length + e.recipient.length, 0),
      bands: BANDS,
    };
    if (want.entities === 0 || want.quotes === 0) wrong.push(`${r.id}: the made-up analysis found nothing`);
    for (const [k, v] of Object.entries(want)) if (Number(r[k]) !== v) wrong.push(`${r.id}: ${k} ${r[k]} rows, record says ${v}`);
    if (Number(r.sources) < 1) wrong.push(`${r.id}: no source`);
  }
  return wrong;
}

const PER_ARTICLE = (key: string): string => `
  (SELECT count(*) FROM entities WHERE article = a.${key}) AS entities,
  (SELECT count(*) FROM mentions WHERE article = a.${key}) AS mentions,
  (SELECT count(*) FROM times WHERE article = a.${key}) AS times,
  (SELECT count(*) FROM quotes WHERE article = a.${key}) AS quotes,
  (SELECT count(*) FROM events WHERE article = a.${key}) AS events,
  (SELECT count(*) FROM event_participants WHERE article = a.${key}) AS participants,
  (SELECT count(*) FROM article_sources WHERE article = a.${key}) AS sources,
  (SELECT count(*) FROM lsh_bands WHERE article = a.${key}) AS bands`;

/**
 * The same counts in one grouped pass per table, for PostgreSQL: a count per article by subquery
 * would scan lsh_bands (keyed by band, not article) once per article, quadratic in the store's size.
 */
const PER_ARTICLE_GROUPED = (() => {
  const tables: Array<[string, string]> = [['entities', 'entities'], ['mentions', 'mentions'], ['times', 'times'], ['quotes', 'quotes'],
    ['events', 'events'], ['participants', 'event_participants'], ['sources', 'article_sources'], ['bands', 'lsh_bands']];
  return `SELECT a.id, a.record, ${tables.map(([n]) => `coalesce(${n}.n, 0) AS ${n}`).join(', ')} FROM articles a
    ${tables.map(([n, t]) => `LEFT JOIN (SELECT article, count(*) AS n FROM ${t} GROUP BY article) ${n} ON ${n}.article = a.pk`).join('\n    ')}`;
})();

const ORPHANS = (key: string): string => ['entities', 'mentions', 'times', 'quotes', 'events', 'event_participants', 'article_sources', 'lsh_bands']
  .map((t) => `(SELECT count(*) FROM ${t} WHERE article NOT IN (SELECT ${key} FROM articles))`).join(' + ');

/** Check a SQLite database after a kill; the ids it holds (stored articles and linked copies). */
function verifySqlite(path: string, acked: readonly string[]): Set<string> {
  const store = SqliteStore.open(path);
  const db = store.db;
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
    const known = new Set([...(db.prepare('SELECT id FROM articles').pluck().all() as string[]),
      ...(db.prepare('SELECT variant_id FROM article_sources').pluck().all() as string[])]);
    const missing = acked.filter((id) => !known.has(id));
    expect(missing, 'acknowledged articles missing').toEqual([]);
    expect(checkRows(db.prepare(`SELECT a.id, a.record, ${PER_ARTICLE('rowid')} FROM articles a`).all() as Row[])).toEqual([]);
    expect(db.prepare(`SELECT ${ORPHANS('rowid')}`).pluck().get()).toBe(0);
    return new Set(db.prepare('SELECT id FROM articles').pluck().all() as string[]);
  } finally {
    db.close();
  }
}

async function verifyPg(url: string, acked: readonly string[]): Promise<Set<string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const known = new Set((await c.query<{ id: string }>('SELECT id FROM articles UNION SELECT variant_id FROM article_sources')).rows.map((r) => r.id));
    expect(acked.filter((id) => !known.has(id)), 'acknowledged articles missing').toEqual([]);
    expect(checkRows((await c.query<Row>(PER_ARTICLE_GROUPED)).rows)).toEqual([]);
    expect(Number((await c.query(`SELECT ${ORPHANS('pk')} AS n`)).rows[0].n)).toBe(0);
    // The search vector is there for every article.
    expect(Number((await c.query("SELECT count(*) AS n FROM articles WHERE search = ''::tsvector")).rows[0].n)).toBe(0);
    return new Set((await c.query<{ id: string }>('SELECT id FROM articles')).rows.map((r) => r.id));
  } finally {
    await c.end();
  }
}

async function killRounds(db: string, rounds: number, seed: number, verify: (acked: readonly string[]) => Promise<Set<string>>): Promise<void> {
  const rand = prng(seed);
  const allAcked = new Set<string>();
  let kills = 0;
  for (let round = 0; round < rounds; round++) {
    // A random moment after some new work was acknowledged: mid-analysis, mid-batch, mid-commit or between.
    const run = await runChild(db, { afterNew: 1 + Math.floor(rand() * 60), delayMs: Math.floor(rand() * 15), known: allAcked });
    expect(run.stderr).toBe('');
    if (run.killed) kills++;
    run.acked.forEach((id) => allAcked.add(id));
    await verify([...allAcked]);
  }
  const finish = await runChild(db);
  expect(finish.finished).toBe(true);
  finish.acked.forEach((id) => allAcked.add(id));
  const ids = await verify([...allAcked]);
  expect(kills).toBeGreaterThanOrEqual(rounds - 2); // a round whose child finished first is not a kill
  expect(ids.size).toBe(expectedArticles || ids.size);
  expectedArticles = ids.size;
}

describe('SIGKILL at random moments during a bulk ingest', () => {
  it('SQLite: twenty kills, each leaving a sound database with every acknowledged article whole', async () => {
    const path = join(dir, 'killed.db');
    await killRounds(path, 20, 7, async (acked) => verifySqlite(path, acked));
    // Everything of the corpus is in: the distinct stories at least, plus the examples.
    expect(expectedArticles).toBeGreaterThanOrEqual(SYNTHETIC + 10);
  }, 240_000);

  it.skipIf(SKIP_PG)('PostgreSQL: twenty kills, same guarantees, same final database size', async () => {
    const db = await freshDatabase('kill');
    try {
      await killRounds(db.url, 20, 11, async (acked) => verifyPg(db.url, acked));
    } finally {
      await db.drop();
    }
  }, 240_000);
});
