/**
 * Anchor what the anaphora rule found ("that year", "the following month", "the next day") on the
 * nearest earlier time that is precise enough: a year needs a year, a month a month, a day a day.
 * Without one, "the following year" stays relative to the reference and "that day" is dropped (it
 * points at an undated event). Runs after overlaps, on the survivors in text order.
 */
import { addDays, addMonths, fmtDate, fmtMonth, fmtYear } from '../calendar.js';
import type { Candidate, Refiner } from '../candidate.js';
import { anaphorShift, ANAPHORA_RULE } from '../rules/anaphora.js';

const DAY = /^(\d{4})-(\d\d)-(\d\d)/u;
const MONTH = /^(\d{4})-(\d\d)(?!\d)/u;
const YEAR = /^(\d{4})(?!\d)/u;
const PART_OF_DAY = /(?:morning|afternoon|evening|night)$/u;

export const anaphoraRefiner: Refiner = {
  name: 'anaphora',
  refine(cands, { text }) {
    const ordered = [...cands].sort((a, b) => a.start - b.start);
    let day: RegExpExecArray | null = null;
    let month: RegExpExecArray | null = null;
    let year: RegExpExecArray | null = null;
    const out: Candidate[] = [];
    for (const c of ordered) {
      if (c.rule === ANAPHORA_RULE) {
        const phrase = text.slice(c.start, c.end).toLowerCase();
        const n = anaphorShift(phrase);
        if (/year$/u.test(phrase) && year) c.value = fmtYear(Number(year[1]) + n);
        else if (/month$/u.test(phrase) && month) {
          const m = addMonths(Number(month[1]), Number(month[2]), n);
          c.value = fmtMonth(m.year, m.month);
        } else if (/day$/u.test(phrase) && day) {
          c.value = fmtDate(addDays({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }, n));
        } else if (PART_OF_DAY.test(phrase) && day) {
          // "that night" is (on) the day last named, "the next morning" the day after it.
          c.value = fmtDate(addDays({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }, n));
        } else if (PART_OF_DAY.test(phrase) || !/^the\s+(?:following|previous|prior|next)\b/u.test(phrase)) {
          // "that day" (or "the next morning") with no dated day before it points at an undated event: no value to give.
          continue;
        }
      }
      out.push(c);
      if (c.type !== 'DATE' && c.type !== 'TIME') continue;
      const d = DAY.exec(c.value);
      const m = MONTH.exec(c.value);
      const y = YEAR.exec(c.value);
      // A coarser time replaces the finer anchors it does not contain ("June 12 ... In 1995 ... that day").
      if (d) day = d;
      else if (m || y) day = null;
      if (m || d) month = m ?? d;
      else if (y) month = null;
      if (y) year = y;
    }
    return out;
  },
};
