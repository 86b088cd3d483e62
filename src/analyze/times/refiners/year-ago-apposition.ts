/**
 * A year-ago period named again in apposition: "in the comparable year-ago quarter, the second
 * quarter ended Oct. 31, it lost $12 million". The appositive is that quarter a year back, so it
 * takes the year-ago year (and gives its ordinal to the year-ago phrase), and so does the day it
 * "ended". Then "that quarter" later on is the period just named.
 */
import type { Candidate, Refiner } from '../candidate.js';
import { cand } from '../candidate.js';

/** "the year-ago quarter", "the comparable year-earlier period", "the quarter a year ago". */
const YEAR_AGO = /^the\s+(?:(?:comparable|corresponding|same)\s+)?(?:year-earlier|year-ago|comparable|corresponding|same|year-before)\s+(?:quarter|period)$|^the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before)$/iu;
/** "the second quarter", "its fiscal fourth quarter", "the second fiscal quarter". */
const ORDINAL = /^(?:the\s+|its\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-](?:fiscal[\s-])?quarter$/iu;
const QUARTER = /^(\d{4})-(Q[1-4])$/u;
const DAY = /^\d{4}(-\d\d-\d\d)$/u;
const THAT_QUARTER = /\bthat\s+quarter\b(?!-)/giu;

export const yearAgoAppositionRefiner: Refiner = {
  name: 'year-ago-apposition',
  refine(cands, { text }) {
    const sorted = [...cands].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
    const startingAt = (pos: number) => sorted.find((c) => c.start === pos);
    for (const a of sorted) {
      if (a.rule !== 'quarters' || !YEAR_AGO.test(text.slice(a.start, a.end))) continue;
      const year = QUARTER.exec(a.value)?.[1];
      const comma = /^,\s+/u.exec(text.slice(a.end, a.end + 4));
      if (!year || !comma) continue;
      const b = startingAt(a.end + comma[0].length);
      const q = b && ORDINAL.test(text.slice(b.start, b.end)) ? QUARTER.exec(b.value)?.[2] : undefined;
      if (!b || !q) continue;
      a.value = `${year}-${q}`;
      b.value = a.value;
      // "..., the second quarter ended Oct. 31": that day closed the year-ago quarter.
      const ended = /^\s+(?:ended|ending)\s+/u.exec(text.slice(b.end, b.end + 12));
      const d = ended ? startingAt(b.end + ended[0].length) : undefined;
      const day = d ? DAY.exec(d.value)?.[1] : undefined;
      if (d && day) d.value = `${year}${day}`;
    }
    const out: Candidate[] = [...cands];
    for (const m of /that\s+quarter/iu.test(text) ? text.matchAll(THAT_QUARTER) : []) {
      const s = m.index;
      const e = s + m[0].length;
      let named: Candidate | undefined;
      for (const c of sorted) if (c.end <= s && QUARTER.test(c.value)) named = c;
      if (named) out.push(cand('quarters', s, e, 'DATE', named.value, { inferred: true, priority: 2 }));
    }
    return out;
  },
};
