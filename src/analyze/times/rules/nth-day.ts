/**
 * "Today is the eighth day of the blockade", "It's the second day of an offensive": a count of days
 * said in the present names the reference day itself.
 */
import { fmtDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { WORD_ORD } from './ordinal-days.js';
import { withoutLeadingBoundary } from '../prefilter.js';

const NTH_DAY = new RegExp(String.raw`\b(?:[Tt]oday|[Ii]t)\s*(?:is|'s|’s)\s+(the\s+(?:${WORD_ORD}|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day)\b`, 'gu');
/** NTH_DAY without its leading \b (slow under `u` at every position): a pre-test, most texts skip the scan. */
const NTH_DAY_ANYWHERE = withoutLeadingBoundary(NTH_DAY);

export const nthDayRule: Rule = {
  name: 'nth-day',
  find({ text, ref }) {
    const out: Candidate[] = [];
    if (!ref || !text.includes(' day')) return out;
    for (const m of NTH_DAY_ANYWHERE.test(text) ? text.matchAll(NTH_DAY) : []) {
      const s = m.index + m[0].length - (m[1] ?? '').length;
      out.push(cand('nth-day', s, m.index + m[0].length, 'DATE', fmtDate({ year: ref.year, month: ref.month, day: ref.day }), { inferred: true, priority: 2 }));
    }
    return out;
  },
};
