/** Small helpers every SQL reader shares, on both engines: paging, NULLs, time bounds, LIKE patterns. */
import type { Page } from '../store.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 10_000;

/** LIMIT and OFFSET for a page: the limit clamped to 0..10,000 (20 when not given), the offset to ≥ 0. */
export function page(p: Page = {}): [number, number] {
  const limit = Math.min(Math.max(0, Math.trunc(p.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  return [limit, Math.max(0, Math.trunc(p.offset ?? 0))];
}

/** Drop SQL NULLs so optional fields are absent, as in the record types. */
export function clean<T>(row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null) out[k] = v;
  return out as T;
}

/**
 * A `since` or `until` bound in epoch milliseconds. A bare date as an upper bound means the whole
 * day. A value that is not an ISO 8601 date or time is a RangeError naming the option.
 */
export function msBound(v: string, which: 'since' | 'until'): number {
  const s = which === 'until' && /^\d{4}-\d{2}-\d{2}$/u.test(v) ? `${v}T23:59:59.999Z` : v;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`${which} "${v}" is not an ISO 8601 date or time`);
  return ms;
}

/** LIKE pattern for a case-insensitive substring, with the wildcards escaped (use ESCAPE '\'). */
export function like(s: string): string {
  return `%${s.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
}
