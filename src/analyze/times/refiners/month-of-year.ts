/**
 * A month or season named before a year the rules read on their own, as broadcast transcripts
 * spell them: "January nineteen ninety-seven" → `1997-01`, "the winter of nineteen ninety-four" →
 * `1994-WI`. (With digits the months and seasons rules read both at once.) The longer candidate
 * wins in the overlaps refiner.
 */
import { fmtMonth } from '../calendar.js';
import { cand, type Candidate, type Refiner } from '../candidate.js';
import { MONTH_RE, monthNumber, SEASONS } from '../lexicon.js';

const YEAR = /^\d{4}$/u;
const BEFORE = new RegExp(String.raw`(?:^|[^\w.])(?:((?:${MONTH_RE}))|((?:the\s+)?(?:spring|summer|fall|autumn|winter)))(?:,|\s+of)?\s+$`, 'iu');

export const monthOfYearRefiner: Refiner = {
  name: 'month-of-year',
  refine(cands, { text }) {
    const added: Candidate[] = [];
    for (const y of cands) {
      if (y.type !== 'DATE' || !YEAR.test(y.value) || y.inferred) continue;
      const window = text.slice(Math.max(0, y.start - 24), y.start);
      const m = BEFORE.exec(window);
      if (!m) continue;
      const word = m[1] ?? m[2] ?? '';
      // A month is capitalized in news ("may", "march" are words).
      if (m[1] && !/^[A-Z]/u.test(word)) continue;
      const start = y.start - window.length + m.index + m[0].indexOf(word);
      const month = m[1] ? monthNumber(word) : undefined;
      const season = m[2] ? SEASONS[word.toLowerCase().replace(/^the\s+/u, '')] : undefined;
      if (month) added.push(cand('month-of-year', start, y.end, 'DATE', fmtMonth(Number(y.value), month), { priority: 3 }));
      else if (season) added.push(cand('month-of-year', start, y.end, 'DATE', `${y.value}-${season}`, { priority: 3 }));
    }
    return added.length ? [...cands, ...added] : cands;
  },
};
