/** Choosing a store from a location: a file path is SQLite; postgres://… is PostgreSQL. */
import { SqliteStore, type SqliteOptions } from './sqlite/index.js';
import type { Store } from './store.js';

export type { Store } from './store.js';
export { StoreError } from './store.js';

export const DEFAULT_DB = './dateline.db';

export type OpenOptions = SqliteOptions;

export async function openStore(location: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    // Loaded only when asked for: SQLite users never load the PostgreSQL client.
    const { PgStore } = await import('./postgres/index.js');
    return PgStore.open(location);
  }
  return SqliteStore.open(location, opts);
}
