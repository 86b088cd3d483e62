/**
 * "The quarter-to-quarter comparison", "year-to-year swings", "day-to-day running": a unit said
 * twice around "-to-" is a compound modifier (from one period to the next), no reference to any
 * one period. Whatever a rule found in it is dropped.
 */
import type { Refiner } from '../candidate.js';

/** The unit a candidate ends on, and the same unit after "-to-". */
const ENDS_ON_UNIT = /(day|week|month|quarter|year)$/iu;
const TO_SAME = /^-to-([a-z]+)/iu;
/** "-to-" before the candidate: the second half of the compound. */
const FROM_SAME = /([a-z]+)-to-$/iu;
const STARTS_ON_UNIT = /^(day|week|month|quarter|year)\b/iu;

export const unitCompoundsRefiner: Refiner = {
  name: 'unit-compounds',
  refine(cands, { text }) {
    if (!text.includes('-to-')) return cands;
    return cands.filter((c) => {
      const span = text.slice(c.start, c.end);
      const tail = ENDS_ON_UNIT.exec(span)?.[1]?.toLowerCase();
      if (tail && TO_SAME.exec(text.slice(c.end, c.end + 12))?.[1]?.toLowerCase() === tail) return false;
      const head = STARTS_ON_UNIT.exec(span)?.[1]?.toLowerCase();
      if (head && FROM_SAME.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[1]?.toLowerCase() === head) return false;
      return true;
    });
  },
};
