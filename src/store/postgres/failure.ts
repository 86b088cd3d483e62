/** Telling a failure of the database from a failure of one article. */
import { StoreError } from '../store.js';

/**
 * Errors of the database or the connection rather than of one article (SQLSTATE classes 08 connection,
 * 53 resources, 57 operator intervention, 58 system, XX internal; or no SQLSTATE at all, as when the
 * socket closes): the transaction is gone, so the batch is given up.
 */
export function isPgFailure(e: unknown): boolean {
  if (e instanceof StoreError) return true;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return /Connection terminated|connection|ECONNRESET|ECONNREFUSED|not queryable/iu.test(String(e));
  return /^(?:08|53|57|58|XX)/u.test(code) || /^E[A-Z]+$/u.test(code);
}

/** PostgreSQL refused a statement (a constraint, bad data): the transaction is aborted but the database is fine. */
export function isRefusal(e: unknown): boolean {
  return (e as { severity?: unknown }).severity !== undefined && !isPgFailure(e);
}
