/** Event counts over time: per period (day, month, year) and per PLOVER type, for any event filter. */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from '../../store/sql/event-where.js';
import { COOP } from './quad.js';

export type Interval = 'day' | 'month' | 'year';

export const WIDTH: Record<Interval, number> = { day: 10, month: 7, year: 4 };

export interface TimelinePoint {
  period: string;
  total: number;
  cooperation: number;
  conflict: number;
  /** Events per PLOVER type in the period. */
  types: Record<string, number>;
}

export async function timeline(db: Db, f: EventFilter, interval: Interval): Promise<TimelinePoint[]> {
  const d = db.dialect;
  const w = eventWhere(d, f);
  const period = `substr(v.day, 1, ${WIDTH[interval]})`;
  const rows = await db.all<{ period: string; type: string; n: number; coop: number }>(`SELECT ${period} AS period, v.type, count(*) AS n,
      sum(${COOP}) AS coop
    FROM events v ${w.join} ${w.sql} ${w.sql ? 'AND' : 'WHERE'} v.day IS NOT NULL
    GROUP BY ${period}, v.type ORDER BY ${d.bin(period)}, ${d.bin('v.type')}`, w.params);
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
