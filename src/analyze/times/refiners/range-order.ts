/**
 * The two ends of a range run forward: in "from Nov. 3 to Jan. 10" the January is the next year's,
 * and in "from March to May" both months are of one year. Each end took its year from tense on its
 * own; when the second ends up before the first, the year the text did not give is moved: the
 * first end's back if it had been pushed past the reference year, else the second end's forward.
 */
import { addDays, fmtDate } from '../calendar.js';
import type { Candidate, Refiner } from '../candidate.js';
import { WEEKDAY_RE } from '../lexicon.js';
import { refDate } from '../resolve.js';

/** Range connectors only: "June 12 and May 3" may be a list in any order. */
const GLUE = /^\s*(?:[-–—]|to|through|until|till)\s*$/u;
const MONTH_OR_DAY = /^\d{4}-\d\d(?:-\d\d)?$/u;

const WEEKDAY = new RegExp(`^${WEEKDAY_RE}$`, 'iu');

function shiftDays(value: string, n: number): string {
  return fmtDate(addDays({ year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) }, n));
}

function withYear(value: string, year: number): string {
  return String(year).padStart(4, '0') + value.slice(4);
}

export const rangeOrderRefiner: Refiner = {
  name: 'range-order',
  refine(cands, { text, ref }) {
    if (!ref) return cands;
    const dates = cands.filter((c) => c.type === 'DATE' && c.inferred && MONTH_OR_DAY.test(c.value)).sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < dates.length; i++) {
      const a: Candidate | undefined = dates[i];
      const b: Candidate | undefined = dates[i + 1];
      if (!a || !b || b.start < a.end || !GLUE.test(text.slice(a.end, b.start))) continue;
      const ya = Number(a.value.slice(0, 4));
      const yb = Number(b.value.slice(0, 4));
      // Only ends of the same precision compare ("March" with "May", "Nov. 3" with "Jan. 10").
      if (a.value.length !== b.value.length || b.value.slice(4) === a.value.slice(4)) continue;
      if (b.value >= a.value) continue;
      // "Monday to Friday": weekdays are a week apart at most; move one end by a week, not a year.
      if (WEEKDAY.test(text.slice(a.start, a.end)) && WEEKDAY.test(text.slice(b.start, b.end)) && a.value.length === 10) {
        if (a.value > fmtDate(refDate(ref))) b.value = shiftDays(b.value, 7);
        else a.value = shiftDays(a.value, -7);
        continue;
      }
      if (ya > ref.year && withYear(a.value, ya - 1) <= b.value) a.value = withYear(a.value, ya - 1);
      else if (withYear(b.value, yb + 1) > a.value && yb + 1 - ya <= 1) b.value = withYear(b.value, yb + 1);
    }
    return cands;
  },
};
