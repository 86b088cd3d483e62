/**
 * Search folds accents on PostgreSQL as SQLite's FTS5 index does: "Nausėda" and "Nauseda" find the
 * same articles, on the store's search and on the server's faceted search; punctuated words ("U.S.",
 * "£5bn", host names) are read as FTS5 reads them. Migration 2 folds the
 * vectors stored before it, can run again, and without the unaccent extension (here: a role that may
 * not create extensions) the store still opens, says so in one line, and searches without folding.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyzedArticle } from '../../src/model.js';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS } from '../../src/server/config.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { record } from '../store/records.js';
import { freshDatabase, SKIP_PG } from './pg.js';

/** Our own sentences: one name with its accents, the same name typed without them, and a control. */
function stories(): AnalyzedArticle[] {
  return [
    record('Lithuanian president Nausėda opens the harbour season', ['Gitanas Nausėda cut a ribbon at the port on Monday and spoke briefly about fishing quotas.']),
    record('Nauseda meets fishermen in Klaipeda', ['The president, written Nauseda in this wire copy, listened to complaints about fuel prices.']),
    record('Turkish leader Erdoğan visits a shipyard', ['Recep Tayyip Erdoğan toured the dry dock and praised the workers.']),
    record('Erdogan to attend regional summit', ['Officials said Erdogan would travel on Thursday.']),
    record('Harbour cranes replaced', ['New cranes arrived at the container terminal this week.']),
    record('Budget talks stall', ['The U.S. delegation offered £5bn, the ministry’s site budget.example.org said, a 10.5% rise on “last year’s” offer.']),
  ];
}

async function idsFor(store: Store, q: string): Promise<string[]> {
  return (await store.search(q, { limit: 50 })).map((h) => h.id).sort();
}

describe.skipIf(SKIP_PG)('PostgreSQL search folds accents like SQLite', () => {
  let db: { url: string; drop: () => Promise<void> };
  let dir: string;
  let pgStore: PgStore;
  let lite: SqliteStore;
  const records = stories();
  const id = (headline: string): string => records.find((r) => r.headline.startsWith(headline))!.id;

  beforeAll(async () => {
    db = await freshDatabase('accents');
    dir = mkdtempSync(join(tmpdir(), 'dateline-accents-'));
    pgStore = await PgStore.open(db.url);
    lite = SqliteStore.open(join(dir, 'a.db'));
    for (const r of records) {
      await pgStore.putArticle(r);
      await lite.putArticle(r);
    }
  });
  afterAll(async () => {
    await pgStore?.close();
    await lite?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds a name with and without its accents, by word, prefix and phrase, as SQLite does', async () => {
    expect(pgStore.foldsAccents).toBe(true);
    const lithuania = [id('Lithuanian'), id('Nauseda meets')].sort();
    const turkey = [id('Turkish'), id('Erdogan to')].sort();
    for (const [q, want] of [['Nausėda', lithuania], ['Nauseda', lithuania], ['nausėda', lithuania], ['NAUSEDA', lithuania],
      ['Erdoğan', turkey], ['Erdogan', turkey], ['erdog*', turkey], ['"Tayyip Erdogan"', [id('Turkish')]], ['Erdogan NOT shipyard', [id('Erdogan to')]]] as const) {
      expect(await idsFor(pgStore, q), q).toEqual([...want].sort());
      expect(await idsFor(lite, q), `${q} (SQLite)`).toEqual([...want].sort());
    }
  });

  it('reads punctuated words as SQLite does: "U.S.", "£5bn", a host name, curly apostrophes and quotes', async () => {
    const budget = [id('Budget')];
    for (const q of ['U.S.', 'US', '5bn', '£5bn', 'budget.example.org', '"example org"', 'ministry’s', "ministry's", 'ministry', '10.5%', '"last year"', 'year']) {
      const want = await idsFor(lite, q);
      expect(await idsFor(pgStore, q), q).toEqual(want);
      if (q !== 'US') expect(want, q).toEqual(budget);
    }
  });

  it('marks the accented word in the snippet when the query has none', async () => {
    const [hit] = await pgStore.search('Erdogan shipyard', { highlight: { start: '[', end: ']' } });
    expect(hit?.id).toBe(id('Turkish'));
    expect(hit?.snippet).toContain('[Erdoğan]');
  });

  it('the server\'s faceted search finds the same articles on both engines', async () => {
    const apps = [createApp({ store: lite, config: DEFAULTS }), createApp({ store: pgStore, config: DEFAULTS })];
    for (const q of ['Nauseda', 'Erdoğan']) {
      const [x, y] = await Promise.all(apps.map(async (app) => (await (await app.request(`/api/search?q=${encodeURIComponent(q)}`)).json()) as { total: number; hits: Array<{ id: string }> }));
      expect(x!.total, q).toBe(2);
      expect(y!.total, q).toBe(2);
      expect(y!.hits.map((h) => h.id).sort()).toEqual(x!.hits.map((h) => h.id).sort());
    }
  });
});

describe.skipIf(SKIP_PG)('PostgreSQL search: migration 2', () => {
  it('folds the vectors of articles stored before it (and migration 5 remakes them from words), and can run again', async () => {
    const fresh = await freshDatabase('unaccent_backfill');
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(PG_MIGRATIONS[0]!.sql);
      await c.query("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
      await c.query("INSERT INTO schema_migrations VALUES (1, 'first', 'then')");
      // An article as version 1 stored it: a 'simple' vector, accents kept.
      await c.query(`INSERT INTO articles (id, headline, source_format, text, record, ingested_at, search)
        VALUES ('old1', 'Erdoğan meets U.S. envoys', 'wire-text', 'Erdoğan meets U.S. envoys', '{}', 'then',
          to_tsvector('simple', 'Erdoğan meets U.S. envoys'))`);
      await c.query('COMMIT');
      const store = await PgStore.open(fresh.url);
      expect(await store.search('Erdogan')).toHaveLength(1);
      // Migration 5 made it again from its words: "U.S." is "u" "s".
      expect(await store.search('U.S.')).toHaveLength(1);
      await store.close();
      // Applying it again (a repair by hand, or a half-upgraded fleet) changes nothing and fails nowhere.
      await c.query(PG_MIGRATIONS[1]!.sql);
      const again = await PgStore.open(fresh.url);
      expect((await again.search('Erdoğan')).map((h) => h.id)).toEqual(['old1']);
      await again.close();
    } finally {
      await c.end();
      await fresh.drop();
    }
  });

  it('without the unaccent extension: opens, says so in one line, and searches without folding', async () => {
    const fresh = await freshDatabase('unaccent_missing');
    const role = `dl_noext_${process.pid}`;
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    const spoken = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      // A role that may create tables but not extensions (no CREATE on the database).
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.query(`CREATE ROLE ${role} LOGIN`);
      await admin.query(`GRANT CREATE, USAGE ON SCHEMA public TO ${role}`);
      const url = new URL(fresh.url);
      url.username = role;
      const store = await PgStore.open(url.href);
      expect(store.foldsAccents).toBe(false);
      const said = spoken.mock.calls.map((c) => String(c[0])).filter((s) => s.includes('unaccent'));
      expect(said).toHaveLength(1);
      expect(said[0]!.trim().split('\n')).toHaveLength(1);
      for (const r of stories()) await store.putArticle(r);
      expect(await store.search('Erdoğan')).toHaveLength(1);
      expect(await store.search('Erdogan')).toHaveLength(1);
      expect((await store.search('harbour')).length).toBe(2);
      expect(await store.search('U.S.')).toHaveLength(1);
      await store.close();
    } finally {
      spoken.mockRestore();
      await admin.end();
      await fresh.drop();
      const c = new pg.Client({ connectionString: process.env.DATELINE_TEST_PG });
      await c.connect();
      await c.query(`DROP ROLE IF EXISTS ${role}`);
      await c.end();
    }
  });
});
