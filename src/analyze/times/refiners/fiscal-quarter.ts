/**
 * "A year earlier" in a results story compares with the same period of the previous year: profit
 * "rose in the third quarter from $5 million a year earlier" means 2017-Q3, not 2017. The period
 * is the quarter or half named last in the same sentence or the one before; failing that, in a
 * story that talks of quarters, the quarter just reported (the last completed at the reference).
 */
import { fmtYear, quarterOf } from '../calendar.js';
import type { Candidate, Refiner } from '../candidate.js';

const YEAR_BACK = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|year-(?:earlier|ago))$/i;
const QUARTERLY = /\b(?:quarter|period|third-quarter|fourth-quarter|second-quarter|first-quarter|quarterly)\b/i;
const RESULTS = /\b(?:quarter|third-quarter|fourth-quarter|second-quarter|first-quarter)\b/i;
const PERIOD = /^(\d{4})-([QH]\d)$/u;

export const fiscalQuarterRefiner: Refiner = {
  name: 'fiscal-quarter',
  refine(cands, { text, ref, sentences }) {
    if (!ref) return cands;
    const periods = cands.filter((c) => PERIOD.test(c.value)).sort((a, b) => a.start - b.start);
    if (periods.length === 0 && !RESULTS.test(text)) return cands;
    const q = quarterOf(ref.month) - 1;
    const lastReported = q === 0 ? `${fmtYear(ref.year - 2)}-Q4` : `${fmtYear(ref.year - 1)}-Q${q}`;
    for (const c of cands) {
      if (c.rule !== 'relative' || !YEAR_BACK.test(text.slice(c.start, c.end))) continue;
      const i = sentences.findIndex(([s, e]) => s <= c.start && c.start < e);
      const from = sentences[Math.max(0, i - 1)]?.[0] ?? 0;
      const to = sentences[i]?.[1] ?? text.length;
      let named: Candidate | undefined;
      for (const p of periods) if (p.start >= from && p.start < c.start) named = p;
      const m = named ? PERIOD.exec(named.value) : null;
      // "a loss in the 1988 period. The year-ago results ...": a period already a year before the
      // latest one reported is the year-ago period itself, not one to count back from.
      // (The later period must be one already reported, not an outlook for next year's.)
      const later = m && Number(m[1]) + 1 <= ref.year ? `${fmtYear(Number(m[1]) + 1)}-${m[2]}` : '';
      if (m && named && later && periods.some((p) => p.start < c.start && p.value === later)) c.value = named.value;
      else if (m) c.value = `${fmtYear(Number(m[1]) - 1)}-${m[2]}`;
      else if (QUARTERLY.test(text.slice(from, to))) c.value = lastReported;
    }
    return cands;
  },
};
