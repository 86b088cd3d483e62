/**
 * Dates in the knowledge base: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known. A partial
 * start counts from the first day of its month or year, a partial end to the last, so a term given
 * as "2018" covers all of 2018. ISO strings compare correctly as strings once padded.
 */
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export function isKbDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return y !== undefined && y > 0;
}

export function startOf(s: string): string {
  if (s.length === 4) return `${s}-01-01`;
  if (s.length === 7) return `${s}-01`;
  return s;
}

export function endOf(s: string): string {
  if (s.length === 4) return `${s}-12-31`;
  if (s.length === 7) return `${s}-31`;
  return s;
}

/** The calendar date (YYYY-MM-DD) of an ISO 8601 reference as printed in its own offset. */
export function referenceDate(reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(reference);
  return m?.[1];
}

/** True when `date` (YYYY-MM-DD) falls within [start, end]; an open end means "still in office". */
export function within(date: string, start: string | undefined, end: string | undefined): boolean {
  if (start && date < startOf(start)) return false;
  if (end && date > endOf(end)) return false;
  return true;
}
