/** Where and when: the time expression and the place named in an event's own clause. */
import type { TimeExpression } from '../../model.js';
import { mentionsIn, type CoderContext } from './context.js';
import type { ParsedSentence } from './parse.js';

const PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** The first calendar time expression inside [start, end): a day, month, year or week, not "recently". */
export function dateIn(c: CoderContext, start: number, end: number): TimeExpression | undefined {
  for (const t of c.doc.times) {
    if (t.start < start || t.end > end) continue;
    // (A decade or a century too: "during the 1990s" is 199.)
    if ((t.type === 'DATE' || t.type === 'TIME') && /^(?:\d{4}|XXXX|\d{2,3}$)/.test(t.value)) return t;
  }
  return undefined;
}

/** The place of "in Moscow", "at a meeting in Moscow" among the window's chunks: an entity id. */
export function placeIn(c: CoderContext, ps: ParsedSentence, window: readonly number[]): string | undefined {
  for (let i = 0; i + 1 < window.length; i++) {
    const prep = ps.chunks[window[i]!]!;
    const np = ps.chunks[window[i + 1]!]!;
    if (prep.kind !== 'PREP' || np.kind !== 'NP' || !PLACE_PREPS.has(ps.toks[prep.from]!.lower)) continue;
    const head = ps.toks[np.head]!;
    const m = mentionsIn(c, head.start, head.end).find((x) => x.entity.type === 'PLACE');
    if (m) return m.entity.id;
  }
  return undefined;
}

/**
 * Whether a TIMEX3 value lies wholly after the day `day` (YYYY-MM-DD): a later day, a later month,
 * a week that starts after it ("2014-W27" is no later than 10 July 2014, whatever the strings say).
 */
export function laterThan(value: string, day: string): boolean {
  const d = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (d) return d[1]! > day;
  const m = /^(\d{4}-\d{2})$/.exec(value);
  if (m) return m[1]! > day.slice(0, 7);
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) {
    // ISO week 1 holds 4 January; its Monday, then the week's.
    const jan4 = Date.UTC(Number(w[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(w[2]) - 1) * 7 * 86400000;
    return monday > Date.parse(`${day}T00:00:00Z`);
  }
  const y = /^(\d{4})$/.exec(value);
  if (y) return y[1]! > day.slice(0, 4);
  return false;
}
