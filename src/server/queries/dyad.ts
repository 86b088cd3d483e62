/**
 * One pair of countries over time, the classic event-data chart: per period, how many events went
 * from A to B and from B to A, cooperative and conflictual. An event counts for A→B when one of its
 * actors is of country A and one of its recipients of country B.
 */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from './event-filter.js';
import { COOPERATIVE_SQL } from './quad.js';
import type { Interval } from './timeline.js';

const WIDTH: Record<Interval, number> = { day: 10, month: 7, year: 4 };

export interface DyadPoint {
  period: string;
  /** A→B */
  abCooperation: number;
  abConflict: number;
  /** B→A */
  baCooperation: number;
  baConflict: number;
}

export function dyad(db: Db, a: string, b: string, f: EventFilter, interval: Interval): DyadPoint[] {
  const w = eventWhere({ ...f, country: undefined });
  // From the participants of the two countries (indexed by country) to their events, not the reverse.
  const rows = db.prepare(`SELECT substr(v.day, 1, ${WIDTH[interval]}) AS period, x.country = ? AS ab,
      v.type IN (${COOPERATIVE_SQL}) AS coop, count(DISTINCT v.article || ':' || v.idx) AS n
    FROM event_participants x
    JOIN event_participants y ON y.article = x.article AND y.event_idx = x.event_idx AND y.role = 'recipient'
    JOIN events v ON v.article = x.article AND v.idx = x.event_idx ${w.join}
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} x.role = 'actor' AND v.day IS NOT NULL
      AND ((x.country = ? AND y.country = ?) OR (x.country = ? AND y.country = ?))
    GROUP BY period, ab, coop ORDER BY period`)
    .all(a, ...w.params, a, b, b, a) as Array<{ period: string; ab: number; coop: number; n: number }>;
  const out = new Map<string, DyadPoint>();
  for (const r of rows) {
    let p = out.get(r.period);
    if (!p) {
      p = { period: r.period, abCooperation: 0, abConflict: 0, baCooperation: 0, baConflict: 0 };
      out.set(r.period, p);
    }
    if (r.ab) p[r.coop ? 'abCooperation' : 'abConflict'] += r.n;
    else p[r.coop ? 'baCooperation' : 'baConflict'] += r.n;
  }
  return [...out.values()];
}
