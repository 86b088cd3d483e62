/** What every route handler needs: the store, its SQL handle for analytic queries, and the configuration. */
import type { Store } from '../store/store.js';
import type { ServerConfig } from './config.js';
import type { Analyzer } from './ingest-bytes.js';
import type { Db } from './queries/db.js';

export interface ServerDeps {
  store: Store;
  /** The SQL database under the store, when it has one (SQLite, PostgreSQL). */
  db?: Db;
  config: ServerConfig;
  /** The analysis for posted articles; loaded on first use unless given. */
  analyzer?: () => Promise<Analyzer>;
}
