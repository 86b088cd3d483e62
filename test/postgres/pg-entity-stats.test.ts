/**
 * PostgreSQL's entity totals (`entity_stats`, migration 4, kept by a trigger) equal a GROUP BY over
 * the entity rows however articles arrive (one by one, in a batch with a refused article, stored
 * before the migration), and the entity listing answers as SQLite's does for the same articles.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/model.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { entity, HARBOUR, ORCHARD, record, TREATY } from '../store/records.js';
import { freshDatabase, SKIP_PG, truncateAll } from './pg.js';

/** Distinct articles naming Norland (KB link in half), Sudmark, Ada Lind, one naming Norland twice, one naming no one. */
function articles(): AnalyzedArticle[] {
  const pool = [...TREATY, ...HARBOUR, ...ORCHARD];
  const out: AnalyzedArticle[] = [];
  for (let i = 0; i < 6; i++) {
    const names = ['Norland', ...(i % 2 === 1 ? ['Sudmark'] : []), ...(i % 3 === 0 ? ['Ada Lind'] : [])];
    const base = record(`Bulletin ${i} on the northern coast`, [pool[(2 * i + 1) % pool.length] ?? '', `This bulletin names ${names.join(' and ')}.`]);
    const entities = [
      entity(base.text, 'e1', 'Norland', 'PLACE', i % 2 === 0 ? { kb: 'country:NRL', country: 'NRL', code: 'NRL' } : {}),
      entity(base.text, 'e2', 'Sudmark', 'PLACE', i === 3 ? { country: 'SDM' } : {}),
      entity(base.text, 'e4', 'Ada Lind', 'PERSON', { country: 'NRL' }),
    ];
    if (i === 4) entities.push(entity(base.text, 'e3', 'Norland', 'PLACE', { kb: 'country:NRZ' }));
    out.push({ ...base, entities: entities.filter((e) => e.mentions.length > 0) });
  }
  out.push(record('Harbour to close two piers', HARBOUR));
  return out;
}

const GROUPED = `SELECT name, type, max(kb COLLATE "C") AS kb, max(country COLLATE "C") AS country, max(code COLLATE "C") AS code,
    count(DISTINCT article)::int AS articles, sum(mentions)::int AS mentions
  FROM entities GROUP BY name, type ORDER BY name COLLATE "C", type COLLATE "C"`;
const TOTALS = 'SELECT name, type, kb, country, code, articles, mentions FROM entity_stats ORDER BY name, type';

describe.skipIf(SKIP_PG)('PostgreSQL entity totals', () => {
  let db: { url: string; drop: () => Promise<void> };
  let store: PgStore;
  beforeAll(async () => {
    db = await freshDatabase('entity_stats');
    store = await PgStore.open(db.url);
  });
  beforeEach(async () => truncateAll(db.url));
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const rows = async (sql: string): Promise<unknown[]> => (await store.pool.query(sql)).rows;

  it('match the entity rows one by one and in batches, and list as SQLite lists them', async () => {
    const list = articles();
    for (const a of list.slice(0, 3)) await store.putArticle(a);
    await store.putArticles(list.slice(3).map((record) => ({ record })));
    await store.putArticle(list[0]!); // the same text again changes nothing
    expect(await rows(TOTALS)).toEqual(await rows(GROUPED));
    expect((await rows(TOTALS)).length).toBe(3);
    const dir = mkdtempSync(join(tmpdir(), 'dateline-pg-stats-'));
    const lite = SqliteStore.open(join(dir, 'a.db'));
    try {
      for (const a of list) await lite.putArticle(a);
      for (const q of [{}, { type: 'PLACE' as const }, { name: 'norland' }, { limit: 1, offset: 1 }, { country: 'NRL' }]) {
        expect(await store.entities(q), JSON.stringify(q)).toEqual(await lite.entities(q));
      }
      expect((await store.entities({ name: 'norland' }))[0]).toMatchObject({ kb: 'country:NRZ', country: 'NRL', articles: 6 });
    } finally {
      await lite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leave out an article refused inside a batch', async () => {
    const list = articles();
    const bad = { ...list[1]!, events: [null as never] };
    const results = await store.putArticles([list[0]!, ...list.slice(2), bad].map((record) => ({ record })));
    expect(results.at(-1)).toBeInstanceOf(Error);
    expect(await rows(TOTALS)).toEqual(await rows(GROUPED));
    expect((await store.entities({ type: 'PLACE' })).map((e) => e.articles)).toEqual([5, 2]);
  });

  it('are filled from the entities stored before migration 4, and again the same when it is reapplied', async () => {
    const fresh = await freshDatabase('entity_stats_backfill');
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    try {
      const early = await PgStore.open(fresh.url);
      for (const a of articles()) await early.putArticle(a);
      await early.close();
      const expected = (await c.query(GROUPED)).rows;
      // As if the store had been written before migration 4: no totals, no trigger.
      await c.query('DROP TRIGGER entity_stats_add ON entities; DROP TABLE entity_stats; DELETE FROM schema_migrations WHERE version = 4');
      const later = await PgStore.open(fresh.url);
      expect((await later.pool.query(TOTALS)).rows).toEqual(expected);
      await c.query(PG_MIGRATIONS.find((m) => m.version === 4)!.sql);
      expect((await later.pool.query(TOTALS)).rows).toEqual(expected);
      await later.close();
    } finally {
      await c.end();
      await fresh.drop();
    }
  });
});
