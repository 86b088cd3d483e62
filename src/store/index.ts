/** Choosing a store from a location: a file path is SQLite; postgres:// will be PostgreSQL (issue 9). */
import { SqliteStore, type SqliteOptions } from './sqlite/index.js';
import { StoreError, type Store } from './store.js';

export type { Store } from './store.js';
export { StoreError } from './store.js';

export const DEFAULT_DB = './dateline.db';

export type OpenOptions = SqliteOptions;

export async function openStore(location: string = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//iu.test(location)) {
    throw new StoreError(`PostgreSQL stores are not supported yet (${location.replace(/\/\/[^@/]*@/u, '//…@')}) — use a file path for SQLite`);
  }
  return SqliteStore.open(location, opts);
}
