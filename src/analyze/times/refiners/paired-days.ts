/**
 * Two days of one month said once: "on April 24 and 25", "March 3 or 4", "24 and 25 April". The
 * bare number is a date of the month beside it (chrono reads "24-25" and "24 to 25" as ranges
 * already, but not "and"/"or"). A number with a noun after it ("April 24 and 25 leaders") is a count.
 */
import { isValidDate } from '../calendar.js';
import { cand, type Candidate, type Refiner } from '../candidate.js';

const FULL_DATE = /^(\d{4}|XXXX)-(\d\d)-\d\d$/u;
/** After the first day: "and 25" and what may follow a date (punctuation, a preposition, a clause). */
const SECOND_AFTER = /^\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[.,;:)!?"'”]|$)|\s+(?:in|at|on|when|while|as|after|before|but|and|for|to|with|during)\b)/u;
/** Before a day-month date: "24 and " in "24 and 25 April". */
const FIRST_BEFORE = /(?:^|[^\w.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|or|&)\s+$/u;

function dayValue(c: Candidate, day: number): string | undefined {
  const m = FULL_DATE.exec(c.value);
  if (!m) return undefined;
  const year = m[1] === 'XXXX' ? 2000 : Number(m[1]);
  if (!isValidDate(year, Number(m[2]), day)) return undefined;
  return `${m[1]}-${m[2]}-${String(day).padStart(2, '0')}`;
}

export const pairedDaysRefiner: Refiner = {
  name: 'paired-days',
  refine(cands, { text }) {
    const added: Candidate[] = [];
    for (const c of cands) {
      if (c.type !== 'DATE' || !FULL_DATE.test(c.value)) continue;
      const span = text.slice(c.start, c.end);
      const extra = c.inferred ? { inferred: true, priority: 2 } : { priority: 2 };
      if (/\d(?:st|nd|rd|th)?$/u.test(span)) {
        const m = SECOND_AFTER.exec(text.slice(c.end, c.end + 40));
        const value = m ? dayValue(c, Number(m[1])) : undefined;
        if (m && value) {
          const s = c.end + m[0].lastIndexOf(m[1] ?? '');
          added.push(cand('paired-days', s, c.end + m[0].length, 'DATE', value, extra));
        }
      }
      if (/^\d/u.test(span)) {
        const before = text.slice(Math.max(0, c.start - 16), c.start);
        const m = FIRST_BEFORE.exec(before);
        const value = m ? dayValue(c, Number(m[1])) : undefined;
        if (m && value) {
          const s = c.start - before.length + m.index + m[0].indexOf(m[1] ?? '');
          added.push(cand('paired-days', s, s + (m[1] ?? '').length, 'DATE', value, extra));
        }
      }
    }
    return added.length ? [...cands, ...added] : cands;
  },
};
