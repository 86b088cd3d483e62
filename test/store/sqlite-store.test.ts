import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { StoreError } from '../../src/store/store.js';
import { HARBOUR, record } from './records.js';
import { describeStoreContract, treatyRecord } from './contract.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  store = SqliteStore.open(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function count(table: string): number {
  return (store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
}

const DERIVED = ['articles', 'article_sources', 'entities', 'mentions', 'times', 'quotes', 'events', 'event_participants', 'lsh_bands', 'articles_fts'];

describe('SqliteStore: schema', () => {
  it('applies every migration once, records it, and opens in WAL mode', async () => {
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    await store.close();
    store = SqliteStore.open(join(dir, 'test.db'));
    expect(store.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.length);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
  });

  it('refuses a database from a newer dateline, and a file that is not a database', async () => {
    store.db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    await store.close();
    expect(() => SqliteStore.open(join(dir, 'test.db'))).toThrow(/newer than this dateline knows/u);
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just some words in a file that is long enough to look like one '.repeat(20));
    expect(() => SqliteStore.open(junk)).toThrow(StoreError);
    store = SqliteStore.open(':memory:');
  });

  it('says what to do when told not to create a missing database', () => {
    const missing = join(dir, 'missing.db');
    expect(() => SqliteStore.open(missing, { create: false })).toThrow(/no database at .*missing\.db — run "dateline ingest/u);
  });
});

describe('SqliteStore: all-or-nothing writes', () => {
  it('leaves no row behind when a write fails at any statement, and stores the article on retry', async () => {
    const r = treatyRecord();
    const dbPath = join(dir, 'faults.db');
    let k = 1;
    for (; k < 200; k++) {
      const faulty = SqliteStore.open(dbPath, { failAt: k });
      let failed = false;
      try {
        await faulty.putArticle(r);
      } catch (e) {
        failed = true;
        expect(String(e)).toMatch(/injected store fault/u);
      }
      const counts = DERIVED.map((t) => faulty.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
      await faulty.close();
      if (!failed) {
        expect(counts.every((c) => (c as number) > 0)).toBe(true);
        break;
      }
      expect(counts).toEqual(DERIVED.map(() => 0));
    }
    // Every statement of the write was a fault point before the first clean run.
    expect(k).toBeGreaterThan(10);
  });

  it('changes no row at all when the same article comes again', async () => {
    const r = treatyRecord();
    await store.putArticle(r);
    const before = DERIVED.map(count);
    expect((await store.putArticle(structuredClone(r))).status).toBe('unchanged');
    expect(DERIVED.map(count)).toEqual(before);
  });
});

describe('SqliteStore: a second connection sees only committed articles', () => {
  it('reads what another connection committed', async () => {
    const path = join(dir, 'shared.db');
    const writer = SqliteStore.open(path);
    await writer.putArticle(record('Harbour to close piers', HARBOUR));
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    reader.close();
    await writer.close();
  });
});

describeStoreContract('SQLite', async () => SqliteStore.open(':memory:'));
