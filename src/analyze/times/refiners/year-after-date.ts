/**
 * A year joined to a year-less date by "of" or "in" names that date's year: "July 4th of 1995" →
 * `1995-07-04`, "28 June in 2020" → `2020-06-28`. Apart, the date took its year from the
 * reference and the year stood alone.
 */
import type { Candidate, Refiner } from '../candidate.js';

const GLUE = /^,?\s+(?:of|in)\s+$/u;
const YEAR = /^\d{4}$/u;
const MONTH_DAY = /^\d{4}(-\d\d-\d\d)$/u;

export const yearAfterDateRefiner: Refiner = {
  name: 'year-after-date',
  refine(cands, { text }) {
    const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
    const drop = new Set<Candidate>();
    for (let i = 0; i < sorted.length; i++) {
      const d = sorted[i];
      if (!d || d.type !== 'DATE' || !d.inferred) continue;
      const md = MONTH_DAY.exec(d.value);
      if (!md) continue;
      // The first candidate after the date: the year.
      let j = i + 1;
      while (j < sorted.length && (sorted[j]?.start ?? 0) < d.end) j++;
      const y = sorted[j];
      if (!y || y.type !== 'DATE' || !YEAR.test(y.value) || !GLUE.test(text.slice(d.end, y.start))) continue;
      d.value = y.value + (md[1] ?? '');
      d.end = y.end;
      delete d.inferred;
      drop.add(y);
    }
    return drop.size ? cands.filter((c) => !drop.has(c)) : cands;
  },
};
