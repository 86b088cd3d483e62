/** Event counts over time: per period (day, month, year) and per PLOVER type, for any event filter. */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from './event-filter.js';
import { COOPERATIVE_SQL } from './quad.js';

export type Interval = 'day' | 'month' | 'year';

const WIDTH: Record<Interval, number> = { day: 10, month: 7, year: 4 };

export interface TimelinePoint {
  period: string;
  total: number;
  cooperation: number;
  conflict: number;
  /** Events per PLOVER type in the period. */
  types: Record<string, number>;
}

export function timeline(db: Db, f: EventFilter, interval: Interval): TimelinePoint[] {
  const w = eventWhere(f);
  const rows = db.prepare(`SELECT substr(v.day, 1, ${WIDTH[interval]}) AS period, v.type, count(*) AS n,
      sum(v.type IN (${COOPERATIVE_SQL})) AS coop
    FROM events v ${w.join} ${w.sql} ${w.sql ? 'AND' : 'WHERE'} v.day IS NOT NULL
    GROUP BY period, v.type ORDER BY period`).all(...w.params) as Array<{ period: string; type: string; n: number; coop: number }>;
  const out = new Map<string, TimelinePoint>();
  for (const r of rows) {
    let p = out.get(r.period);
    if (!p) {
      p = { period: r.period, total: 0, cooperation: 0, conflict: 0, types: {} };
      out.set(r.period, p);
    }
    p.total += r.n;
    p.cooperation += r.coop;
    p.conflict += r.n - r.coop;
    p.types[r.type] = r.n;
  }
  return [...out.values()];
}
