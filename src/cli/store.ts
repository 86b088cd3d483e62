/** Opening the database for the commands that read it. */
import { openStore, StoreError, type Store } from '../store/index.js';

/**
 * Open an existing store, run `use`, close the store. A store that cannot be opened (no database at
 * the path, a newer schema, a PostgreSQL server that refuses) is a one-line error and status 1.
 */
export async function withStore(location: string, use: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openStore(location, { create: false });
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
