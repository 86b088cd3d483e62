/** Publication-time columns both engines store: the instant for ordering, the local day for filters. */

export const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Milliseconds since the epoch, or null when absent or unreadable. */
export function publishedMs(published: string | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : ms;
}

/** The published date as written (the local day of publication), not shifted to UTC. */
export function publishedDay(published: string | undefined): string | null {
  const day = published?.slice(0, 10);
  return day && FULL_DATE.test(day) ? day : null;
}
