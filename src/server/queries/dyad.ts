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
  const sideOf = (role: string): string => `EXISTS (SELECT 1 FROM event_participants p WHERE p.article = v.article
    AND p.event_idx = v.idx AND p.role = '${role}' AND p.country = ?)`;
  const dir = `(${sideOf('actor')} AND ${sideOf('recipient')})`;
  const rows = db.prepare(`SELECT substr(v.day, 1, ${WIDTH[interval]}) AS period,
      ${dir} AS ab, ${dir} AS ba, v.type IN (${COOPERATIVE_SQL}) AS coop, count(*) AS n
    FROM events v JOIN articles a ON a.rowid = v.article ${w.sql} ${w.sql ? 'AND' : 'WHERE'} v.day IS NOT NULL
    GROUP BY period, ab, ba, coop HAVING ab OR ba ORDER BY period`)
    .all(a, b, b, a, ...w.params) as Array<{ period: string; ab: number; ba: number; coop: number; n: number }>;
  const out = new Map<string, DyadPoint>();
  for (const r of rows) {
    let p = out.get(r.period);
    if (!p) {
      p = { period: r.period, abCooperation: 0, abConflict: 0, baCooperation: 0, baConflict: 0 };
      out.set(r.period, p);
    }
    if (r.ab) p[r.coop ? 'abCooperation' : 'abConflict'] += r.n;
    if (r.ba) p[r.coop ? 'baCooperation' : 'baConflict'] += r.n;
  }
  return [...out.values()];
}
