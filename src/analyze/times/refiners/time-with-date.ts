/**
 * A clock time next to the day it happens on is one expression: "10 p.m. Wednesday", "9 a.m.
 * Tuesday", "4 a.m. EDT Thursday". The time takes the day's date instead of the reference's.
 */
import type { Candidate, Refiner } from '../candidate.js';

const GLUE = /^(?:,\s*|\s+(?:on\s+)?)$/u;
const FULL_DATE = /^\d{4}-\d\d-\d\d$/u;

export const timeWithDateRefiner: Refiner = {
  name: 'time-with-date',
  refine(cands, { text }) {
    const sorted = [...cands].sort((a, b) => a.start - b.start);
    const drop = new Set<Candidate>();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const t = sorted[i];
      const d = sorted[i + 1];
      if (!t || !d || t.type !== 'TIME' || d.type !== 'DATE' || !FULL_DATE.test(d.value) || d.start < t.end) continue;
      if (!GLUE.test(text.slice(t.end, d.start))) continue;
      const clock = /T\d\d:\d\d$/u.exec(t.value);
      if (!clock) continue;
      t.value = d.value + clock[0];
      t.end = d.end;
      if (!d.inferred) delete t.inferred;
      drop.add(d);
    }
    return cands.filter((c) => !drop.has(c));
  },
};
