/**
 * What differs between SQLite and PostgreSQL in the analytic queries, and nothing else: the article
 * key, case-insensitive matching, byte-order text comparison, lists of article keys as a parameter,
 * and SQLite's planner hints. Full-text matching differs more and lives in ./fts.ts.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** The articles table's integer key, which every derived table's `article` column refers to. */
  readonly key: 'rowid' | 'pk';
  /** `col <op> ? ESCAPE '\'` matches case-insensitively (SQLite's LIKE folds ASCII; PostgreSQL needs ILIKE). */
  readonly like: 'LIKE' | 'ILIKE';
  /** A join SQLite must not reorder (its CROSS JOIN); PostgreSQL plans it itself. */
  readonly fixedJoin: 'CROSS JOIN' | 'JOIN';
  /** `expr` equals the next parameter, ignoring case. */
  ieq(expr: string): string;
  /**
   * Text compared and ordered by bytes (code points), as SQLite does: PostgreSQL would otherwise
   * follow the database's locale, and the two engines would order names differently.
   */
  bin(expr: string): string;
  /** A column SQLite must not pick an index for (unary +); no-op in PostgreSQL. */
  noIndex(expr: string): string;
  /** `expr` is one of the article keys passed as the next parameter (see keys()). */
  inKeys(expr: string): string;
  /** A one-column table `(r)` of the article keys passed as the next parameter. */
  keyTable(): string;
  /** The parameter value for inKeys()/keyTable(). */
  keys(ids: readonly number[]): unknown;
}

export const SQLITE: Dialect = {
  name: 'sqlite',
  key: 'rowid',
  like: 'LIKE',
  fixedJoin: 'CROSS JOIN',
  ieq: (e) => `${e} = ? COLLATE NOCASE`,
  bin: (e) => e,
  noIndex: (e) => `+${e}`,
  inKeys: (e) => `${e} IN (SELECT value FROM json_each(?))`,
  keyTable: () => 'SELECT value AS r FROM json_each(?)',
  keys: (ids) => JSON.stringify(ids),
};

export const POSTGRES: Dialect = {
  name: 'postgres',
  key: 'pk',
  like: 'ILIKE',
  fixedJoin: 'JOIN',
  ieq: (e) => `lower(${e}) = lower(?::text)`,
  bin: (e) => `(${e}) COLLATE "C"`,
  noIndex: (e) => e,
  inKeys: (e) => `${e} = ANY(?::bigint[])`,
  keyTable: () => 'SELECT unnest(?::bigint[]) AS r',
  keys: (ids) => [...ids],
};
