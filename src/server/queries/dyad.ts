/**
 * One pair of countries over time, the classic event-data chart: per period, how many events went
 * from A to B and from B to A, cooperative and conflictual. An event counts for A→B when one of its
 * actors is of country A and one of its recipients of country B.
 */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from '../../store/sql/event-where.js';
import { COOP } from './quad.js';
import { WIDTH, type Interval } from './timeline.js';

export interface DyadPoint {
  period: string;
  /** A→B */
  abCooperation: number;
  abConflict: number;
  /** B→A */
  baCooperation: number;
  baConflict: number;
}

export async function dyad(db: Db, a: string, b: string, f: EventFilter, interval: Interval): Promise<DyadPoint[]> {
  const d = db.dialect;
  const w = eventWhere(d, { ...f, country: undefined });
  const period = `substr(v.day, 1, ${WIDTH[interval]})`;
  // From the participants of the two countries (indexed by country) to their events, not the reverse.
  // An event is counted once per direction: by article and index (distinct pairs).
  const rows = await db.all<{ period: string; ab: number | boolean; coop: number; n: number }>(`SELECT ${period} AS period,
      CASE WHEN x.country = ? THEN 1 ELSE 0 END AS ab, ${COOP} AS coop, count(DISTINCT v.article || ':' || v.idx) AS n
    FROM event_participants x
    JOIN event_participants y ON y.article = x.article AND y.event_idx = x.event_idx AND y.role = 'recipient'
    JOIN events v ON v.article = x.article AND v.idx = x.event_idx ${w.join}
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} x.role = 'actor' AND v.day IS NOT NULL
      AND ((x.country = ? AND y.country = ?) OR (x.country = ? AND y.country = ?))
    GROUP BY 1, 2, 3 ORDER BY ${d.bin(period)}`, [a, ...w.params, a, b, b, a]);
  const out = new Map<string, DyadPoint>();
  for (const r of rows) {
    let p = out.get(r.period);
    if (!p) {
      p = { period: r.period, abCooperation: 0, abConflict: 0, baCooperation: 0, baConflict: 0 };
      out.set(r.period, p);
    }
    if (Number(r.ab)) p[r.coop ? 'abCooperation' : 'abConflict'] += r.n;
    else p[r.coop ? 'baCooperation' : 'baConflict'] += r.n;
  }
  return [...out.values()];
}
