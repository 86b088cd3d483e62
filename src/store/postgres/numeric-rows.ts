/**
 * Rows with counts as numbers. count() and sum() are bigint or numeric in PostgreSQL, which
 * node-postgres returns as strings (they may exceed 2^53); the analytic queries' answers are numbers,
 * as SQLite gives them, and never come near 2^53. Set per query, so the store's own readers, which
 * keep bigint keys as strings, are unaffected.
 */
import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

const types = {
  getTypeParser: ((oid: number, format?: string) => (oid === INT8 || oid === NUMERIC
    ? (v: string) => Number(v)
    : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export async function numericRows<T>(pool: pg.Pool, text: string, values: readonly unknown[]): Promise<T[]> {
  return (await pool.query({ text, values: [...values], types })).rows as T[];
}
