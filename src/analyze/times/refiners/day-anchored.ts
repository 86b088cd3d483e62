/**
 * Times named through a dated day: "the week of March 6" is the ISO week holding March 6
 * (`2000-W10`); "the day before last Tuesday's hearing" is the Monday; "the day after June 12" the
 * 13th. The phrase joins the date's span and takes the derived value.
 */
import { addDays, fmtDate, fmtWeek } from '../calendar.js';
import type { Refiner } from '../candidate.js';

const DAY = /^(\d{4})-(\d\d)-(\d\d)$/u;
const BEFORE = /(?:^|\W)(the\s+(week\s+of|day\s+before|day\s+after))\s+$/iu;

export const dayAnchoredRefiner: Refiner = {
  name: 'day-anchored',
  refine(cands, { text }) {
    for (const c of cands) {
      if (c.type !== 'DATE') continue;
      const d = DAY.exec(c.value);
      if (!d) continue;
      const m = BEFORE.exec(text.slice(Math.max(0, c.start - 20), c.start));
      if (!m || !m[1] || !m[2]) continue;
      const day = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
      const kind = m[2].toLowerCase().replace(/\s+/gu, ' ');
      c.start -= m[0].length - m[0].indexOf(m[1]);
      c.value = kind === 'week of' ? fmtWeek(day) : fmtDate(addDays(day, kind === 'day before' ? -1 : 1));
    }
    return cands;
  },
};
