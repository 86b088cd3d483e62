/**
 * The analytic queries (faceted search, event filters, timelines, dyads, networks, places, actors)
 * are SQL over the store's tables: answered in the database they stay fast on large stores. Both
 * engines have the same tables, so each query is written once, with `?` placeholders, and the few
 * places where SQLite and PostgreSQL differ go through the store's Dialect (src/store/sql/dialect.ts).
 */
import type { PgStore } from '../../store/postgres/index.js';
import { SqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/store.js';
import { SQLITE, type Dialect } from '../../store/sql/dialect.js';
import { pgSql } from './pg-sql.js';

/** The SQL engine under a store: rows for a query with `?` placeholders. */
export interface Db {
  readonly dialect: Dialect;
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The first row, or undefined. */
export async function one<T = Record<string, unknown>>(db: Db, sql: string, params: readonly unknown[] = []): Promise<T | undefined> {
  return (await db.all<T>(sql, params))[0];
}

/** The first column of the first row, as a number (counts). */
export async function count(db: Db, sql: string, params: readonly unknown[] = []): Promise<number> {
  const row = await one(db, sql, params);
  return row ? Number(Object.values(row)[0] ?? 0) : 0;
}

export function sqliteDb(db: SqliteStore['db']): Db {
  return {
    dialect: SQLITE,
    all: async <T>(sql: string, params: readonly unknown[] = []) => db.prepare(sql).all(...params) as T[],
  };
}

/** Told by its method, not instanceof: the server must not load the PostgreSQL client for a SQLite store. */
function isPg(store: Store): store is PgStore {
  return typeof (store as Partial<PgStore>).sqlRows === 'function';
}

export function sqlOf(store: Store): Db | undefined {
  if (store instanceof SqliteStore) return sqliteDb(store.db);
  if (isPg(store)) return pgSql(store);
  return undefined;
}
