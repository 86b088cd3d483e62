/** The analytic queries' Db over the PostgreSQL store: `?` placeholders become `$1`, `$2`, ... */
import type { PgStore } from '../../store/postgres/index.js';
import type { Db } from './db.js';
import { POSTGRES } from './dialect.js';

/** `?` outside quoted strings and identifiers becomes `$1`, `$2`, ... in order. */
export function numbered(sql: string): string {
  let n = 0;
  let quote: string | undefined;
  let out = '';
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else {
      out += ch === '?' ? `$${++n}` : ch;
    }
  }
  return out;
}

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
