/**
 * A clock time next to the day it happens on is one expression: "10 p.m. Wednesday", "9 a.m.
 * Tuesday", "4 a.m. EDT Thursday". The time takes the day's date instead of the reference's. A
 * short parenthesis between them ("10:35 a.m. (0735 GMT) Friday") still gives the time its day,
 * but the two keep their own spans.
 */
import type { Candidate, Refiner } from '../candidate.js';

const GLUE = /^(?:,\s*|\s+(?:on\s+)?|\s*\([^()]{1,24}\),?\s+(?:on\s+)?)$/u;
const FULL_DATE = /^\d{4}-\d\d-\d\d$/u;

export const timeWithDateRefiner: Refiner = {
  name: 'time-with-date',
  refine(cands, { text }) {
    const sorted = [...cands].sort((a, b) => a.start - b.start);
    const drop = new Set<Candidate>();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const t = sorted[i];
      let j = i + 1;
      // Skip what a parenthesis right after the time holds (the same moment in another zone).
      const paren = t ? /^\s*\([^()]{1,24}\)/u.exec(text.slice(t.end, t.end + 30)) : null;
      while (t && paren && (sorted[j]?.end ?? Infinity) <= t.end + paren[0].length) j++;
      const d = sorted[j];
      if (!t || !d || t.type !== 'TIME' || d.type !== 'DATE' || !FULL_DATE.test(d.value) || d.start < t.end) continue;
      if (!GLUE.test(text.slice(t.end, d.start))) continue;
      const clock = /T\d\d:\d\d$/u.exec(t.value);
      if (!clock) continue;
      t.value = d.value + clock[0];
      if (!d.inferred) delete t.inferred;
      // Across a parenthesis the two stay separate expressions; only the date carries over, to
      // the time inside the parenthesis too.
      if (paren) {
        for (let k = i + 1; k < j; k++) {
          const inner = sorted[k];
          const innerClock = inner?.type === 'TIME' ? /T\d\d:\d\d$/u.exec(inner.value) : null;
          if (inner && innerClock) inner.value = d.value + innerClock[0];
        }
        continue;
      }
      t.end = d.end;
      drop.add(d);
    }
    return cands.filter((c) => !drop.has(c));
  },
};
