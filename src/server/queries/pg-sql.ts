/** The analytic queries' Db over the PostgreSQL store: `?` placeholders become `$1`, `$2`, ... */
import type { PgStore } from '../../store/postgres/index.js';
import type { Db } from './db.js';
import { POSTGRES } from '../../store/sql/dialect.js';
import { numbered } from '../../store/sql/placeholders.js';

export function pgSql(store: PgStore): Db {
  const texts = new Map<string, string>();
  return {
    dialect: POSTGRES,
    all: async <T>(sql: string, params: readonly unknown[] = []) => {
      let text = texts.get(sql);
      if (text === undefined) {
        text = numbered(sql);
        // The queries are built from a bounded set of fragments; the cap only guards against a leak.
        if (texts.size < 500) texts.set(sql, text);
      }
      return store.sqlRows<T>(text, params);
    },
  };
}
