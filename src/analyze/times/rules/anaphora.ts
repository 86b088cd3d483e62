/**
 * Times that point back at a time the story already named: "that year", "later that year", "the
 * following year", "the previous month", "that day", "the next day", "that night", "the next
 * morning". TimeML anchors them on that
 * earlier time ("on the same day" is the day last named), not on the publication date ("In 1995 it fell; the following year it rose" →
 * `1996`). This rule finds them with a value relative to the reference as a fallback; the anaphora
 * refiner re-anchors them on the nearest time before them.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';
import { shifted } from './relative.js';

export const ANAPHORA_RULE = 'anaphora';

const ANAPHOR = /\b(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(that(?:\s+same)?|the\s+same|the\s+following|the\s+previous|the\s+prior|the\s+next)\s+(year|month|week|day|morning|afternoon|evening|night)\b(?!-|['’]s\b|\s+(?:ago|earlier|later|before|after|or)\b)/gi;
/** A cheap test, same flags, for the "that day", "the next year" every ANAPHOR match ends with; no \b at every position. */
const ANAPHOR_UNIT = /(?:that|same|following|previous|prior|next)\s+(?:year|month|week|day|morning|afternoon|evening|night)\b/i;

/** How far the phrase moves from its anchor, in its unit. */
export function anaphorShift(phrase: string): number {
  if (/following|next/iu.test(phrase)) return 1;
  if (/previous|prior/iu.test(phrase)) return -1;
  return 0;
}

export const anaphoraRule: Rule = {
  name: ANAPHORA_RULE,
  find({ text, ref }) {
    const out: Candidate[] = [];
    for (const m of ANAPHOR_UNIT.test(text) ? text.matchAll(ANAPHOR) : []) {
      const det = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      // "the next year", "the next month" count from the publication date, as "next year" does
      // ("over the next week" is a span ahead).
      if (det.startsWith('the next') && (unit === 'year' || unit === 'month' || unit === 'week')) continue;
      // "the previous evening" counts back from the story's moment, which is seldom the day last named
      // ("the visit began on Monday ... talks the previous evening" were Monday's): left out.
      const part = /^(?:morning|afternoon|evening|night)$/u.test(unit);
      if (part && /previous|prior/u.test(det)) continue;
      const code = unit === 'year' ? 'Y' : unit === 'month' ? 'M' : unit === 'week' ? 'W' : 'D';
      // "that night", "the next morning" are dated by their day, as a named day's night is
      // ("Wednesday night": see the part-of-day refiner), and as TimeBank dates "the next morning".
      const fallback = ref ? shifted(ref, code, anaphorShift(det)) : code === 'Y' ? 'XXXX' : code === 'M' ? 'XXXX-XX' : code === 'W' ? 'XXXX-WXX' : 'XXXX-XX-XX';
      // Above the relative and duration readings of the same words ("the following year").
      out.push(cand(ANAPHORA_RULE, m.index, m.index + m[0].length, 'DATE', fallback, { inferred: !!ref, priority: 4 }));
    }
    return out;
  },
};
