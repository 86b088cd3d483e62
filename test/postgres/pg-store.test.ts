/** The PostgreSQL store: the engine-neutral Store contract, plus what is PostgreSQL's own. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { PgStore } from '../../src/store/postgres/index.js';
import { StoreError } from '../../src/store/store.js';
import { describeStoreContract, treatyRecord } from '../store/contract.js';
import { HARBOUR, ORCHARD, record } from '../store/records.js';
import { freshDatabase, SKIP_PG, truncateAll } from './pg.js';

const DERIVED = ['articles', 'article_sources', 'entities', 'mentions', 'times', 'quotes', 'events', 'event_participants', 'lsh_bands'];

describe.skipIf(SKIP_PG)('PostgreSQL store', () => {
  let db: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await freshDatabase('store');
  });
  afterAll(async () => {
    await db.drop();
  });

  async function counts(url: string): Promise<number[]> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const out: number[] = [];
      for (const t of DERIVED) out.push(Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n));
      return out;
    } finally {
      await c.end();
    }
  }

  describeStoreContract('PostgreSQL', async () => {
    await PgStore.open(db.url).then((s) => s.close());
    await truncateAll(db.url);
    return PgStore.open(db.url);
  });

  describe('PostgreSQL store: schema', () => {
    it('is chosen by a postgres:// location, applies every migration once, and refuses a newer schema', async () => {
      const store = await openStore(db.url);
      expect(store.description).toMatch(/^postgres postgres:\/\//u);
      await store.close();
      const again = await PgStore.open(db.url);
      const versions = (await again.pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
      expect(versions).toEqual(PG_MIGRATIONS.map((m) => m.version));
      await again.pool.query("INSERT INTO schema_migrations VALUES (999, 'future', 'x')");
      await again.close();
      await expect(PgStore.open(db.url)).rejects.toThrow(/newer than this dateline knows/u);
      const fix = new pg.Client({ connectionString: db.url });
      await fix.connect();
      await fix.query('DELETE FROM schema_migrations WHERE version = 999');
      await fix.end();
    });

    it('migrates once when several processes open a fresh database at the same moment', async () => {
      const fresh = await freshDatabase('race');
      try {
        const stores = await Promise.all([1, 2, 3, 4].map(() => PgStore.open(fresh.url)));
        const n = (await stores[0]!.pool.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n;
        expect(n).toBe(PG_MIGRATIONS.length);
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await fresh.drop();
      }
    });

    it('names the server in a clear StoreError when it cannot be reached, without the password', async () => {
      const err = await PgStore.open('postgres://someone:secret@127.0.0.1:1/nowhere').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(String(err)).toMatch(/cannot open the PostgreSQL database at postgres:\/\/someone:…@127\.0\.0\.1:1\/nowhere/u);
      expect(String(err)).not.toContain('secret');
    });
  });

  describe('PostgreSQL store: a batch decides as one-by-one writes would', () => {
    it('gives the same results and the same rows for copies, near-copies and revisions within one batch', async () => {
      const first = record('Harbour to close two piers', HARBOUR);
      const near = record('Old piers shut', [HARBOUR[0]!.replace('on Monday', 'on Monday afternoon'), ...HARBOUR.slice(1), 'Subscribe to our newsletter.'],
        { source: { format: 'html', url: 'https://coast.example/1' } });
      const copy = { ...structuredClone(first), source: { format: 'html', url: 'https://elsewhere.example/piers' } };
      const revised = { ...record('Harbour to close two piers', [HARBOUR[0]!.replace('Monday', 'Tuesday'), ...HARBOUR.slice(1)]), source: first.source };
      const other = record('Frost cuts valley apple harvest', ORCHARD);
      const items = [first, near, copy, structuredClone(copy), revised, other, treatyRecord(), structuredClone(other)].map((r) => ({ record: r }));
      const batchDb = await freshDatabase('batch');
      try {
        const single = await PgStore.open(db.url);
        await truncateAll(db.url);
        const one: unknown[] = [];
        for (const it of items) one.push(await single.putArticle(it.record));
        const together = await PgStore.open(batchDb.url);
        const many = await together.putArticles(items);
        expect(many).toEqual(one);
        const dump = async (s: PgStore): Promise<unknown> => {
          const ids = (await s.pool.query('SELECT id FROM articles ORDER BY id')).rows.map((r) => r.id as string);
          return Promise.all(ids.map(async (id) => {
            const got = await s.getArticle(id);
            // One batch shares one ingest time, so sources are compared regardless of their order.
            const sources = got?.sources.map(({ ingestedAt: _t, ...x }) => x).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
            return { record: got?.record, sources };
          }));
        };
        expect(await dump(together)).toEqual(await dump(single));
        expect(await together.stats()).toEqual(await single.stats());
        await single.close();
        await together.close();
      } finally {
        await batchDb.drop();
      }
    });
  });

  describe('PostgreSQL store: all-or-nothing writes under faults', () => {
    /** Put the treaty story with a fault at statement k ('once': only the first attempt; 'always': every later statement). */
    async function faultRun(k: number, mode: 'once' | 'always'): Promise<{ failed: boolean; rows: number[]; retried?: string }> {
      await truncateAll(db.url);
      let attempt = 0;
      const store = await PgStore.open(db.url, {
        fault: (step) => {
          if (step === 1) attempt++;
          if ((mode === 'once' && attempt === 1 && step === k) || (mode === 'always' && step >= k)) {
            throw new Error(`injected store fault at statement ${step}`);
          }
        },
      });
      try {
        const r = treatyRecord();
        let failed = false;
        try {
          await store.putArticle(r);
        } catch (e) {
          failed = true;
          expect(String(e)).toMatch(/injected store fault/u);
        }
        const rows = await counts(db.url);
        let retried: string | undefined;
        if (failed && mode === 'once') retried = (await store.putArticle(r)).status;
        return { failed, rows, ...(retried ? { retried } : {}) };
      } finally {
        await store.close();
      }
    }

    it('surfaces a fault at any statement, leaves no row behind, and stores the article on retry', async () => {
      for (const mode of ['once', 'always'] as const) {
        let k = 1;
        for (; k < 50; k++) {
          const run = await faultRun(k, mode);
          if (!run.failed) {
            expect(run.rows.every((c) => c > 0)).toBe(true);
            break;
          }
          expect(run.rows).toEqual(DERIVED.map(() => 0));
          if (mode === 'once') expect(run.retried).toBe('new');
        }
        expect(k).toBeGreaterThan(1);
      }
    });

    it('in a batch, a persistent fault fails every article and commits none of their rows', async () => {
      await truncateAll(db.url);
      const store = await PgStore.open(db.url, { fault: (step) => { if (step >= 2) throw new Error('injected store fault'); } });
      try {
        const results = await store.putArticles([{ record: record('Harbour to close piers', HARBOUR) }, { record: record('Valley frost', ORCHARD) }]);
        expect(results.every((r) => r instanceof Error)).toBe(true);
        expect(await counts(db.url)).toEqual(DERIVED.map(() => 0));
      } finally {
        await store.close();
      }
    });

    it('turns a failure of the database itself into a StoreError and keeps nothing of the interrupted batch', async () => {
      await truncateAll(db.url);
      let armed = true;
      const store = await PgStore.open(db.url, {
        poolSize: 1,
        fault: (step) => {
          // SQLSTATE 57P01 is what a server shutting down answers: not the article's fault, the batch is given up.
          if (step === 2 && armed) {
            armed = false;
            throw Object.assign(new Error('simulated: terminating connection due to administrator command'), { code: '57P01' });
          }
        },
      });
      try {
        const err = await store.putArticles([{ record: record('Harbour to close piers', HARBOUR) }, { record: record('Valley frost', ORCHARD) }])
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(StoreError);
        expect(await counts(db.url)).toEqual(DERIVED.map(() => 0));
        // The store still works afterwards.
        expect((await store.putArticle(record('Harbour to close piers', HARBOUR))).status).toBe('new');
      } finally {
        await store.close();
      }
    });

    it('survives the server terminating its connection: the write fails whole, the next one succeeds', async () => {
      await truncateAll(db.url);
      const store = await PgStore.open(db.url, { poolSize: 1 });
      const admin = new pg.Client({ connectionString: db.url });
      await admin.connect();
      try {
        await store.putArticle(record('Harbour to close piers', HARBOUR));
        await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dateline' AND pid <> pg_backend_pid()");
        const err = await store.putArticle(treatyRecord()).catch((e: unknown) => e);
        // Either the dead connection is noticed (StoreError) or the pool had already replaced it.
        if (err instanceof Error) expect(err).toBeInstanceOf(StoreError);
        expect((await store.putArticle(treatyRecord())).status).toMatch(/new|unchanged/u);
        expect((await store.stats()).articles).toBe(2);
      } finally {
        await admin.end();
        await store.close();
      }
    });
  });
});
