/**
 * The analytic queries (faceted search, event filters, timelines, dyads, networks, places) are SQL
 * over the embedded store's tables: answered in the database they stay fast on large stores. A
 * store without SQL underneath (the future PostgreSQL one) needs its own versions; until then the
 * routes that need them answer 501.
 */
import type Database from 'better-sqlite3';
import { SqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/store.js';

export type Db = Database.Database;

export function sqlOf(store: Store): Db | undefined {
  return store instanceof SqliteStore ? store.db : undefined;
}

/** LIKE pattern for a case-insensitive substring, with the wildcards escaped (use ESCAPE '\'). */
export function like(s: string): string {
  return `%${s.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}

/** Drop SQL NULLs so optional fields are absent, as in the record types. */
export function clean<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null) out[k] = v;
  return out as T;
}
