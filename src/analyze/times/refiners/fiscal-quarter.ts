/**
 * In a quarterly results story, "a year earlier", "a year ago" and "year-earlier" compare with the
 * same quarter of the previous year: profit "rose from $5 million a year earlier" means 2017-Q3, not
 * 2017. A story is a results story when it names a quarter; the quarter meant is the one just
 * reported, the last completed at the reference.
 */
import { fmtYear, quarterOf } from '../calendar.js';
import type { Refiner } from '../candidate.js';

const YEAR_BACK = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:earlier|ago))$/i;
const QUARTERLY = /\b(?:quarter|period|third-quarter|fourth-quarter|second-quarter|first-quarter|quarterly)\b/i;
const RESULTS = /\b(?:quarter|third-quarter|fourth-quarter|second-quarter|first-quarter)\b/i;

export const fiscalQuarterRefiner: Refiner = {
  name: 'fiscal-quarter',
  refine(cands, { text, ref, sentences }) {
    if (!ref || !RESULTS.test(text)) return cands;
    const q = quarterOf(ref.month) - 1;
    const value = q === 0 ? `${fmtYear(ref.year - 2)}-Q4` : `${fmtYear(ref.year - 1)}-Q${q}`;
    for (const c of cands) {
      if (c.rule !== 'relative' || !YEAR_BACK.test(text.slice(c.start, c.end))) continue;
      // The comparison is with a quarter when this sentence or the one before talks of one.
      const i = sentences.findIndex(([s, e]) => s <= c.start && c.start < e);
      const from = sentences[Math.max(0, i - 1)]?.[0] ?? 0;
      const to = sentences[i]?.[1] ?? text.length;
      if (i < 0 || QUARTERLY.test(text.slice(from, to))) c.value = value;
    }
    return cands;
  },
};
