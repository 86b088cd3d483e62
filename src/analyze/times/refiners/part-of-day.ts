/**
 * A date followed by a part of the day takes it into its span: "Wednesday night", "June 12
 * morning", "yesterday afternoon". A day word ("yesterday") becomes a time of that day
 * (`2018-06-13TAF`); a named day keeps its plain date, as TimeBank annotates "Wednesday night"
 * (and as an event's date is most useful: a day, not a fuzzy part of one), except its evening.
 */
import type { Refiner } from '../candidate.js';
import { PARTS_OF_DAY } from '../lexicon.js';

const AFTER = /^\s+(morning|afternoon|evening|night|overnight)\b/i;
/**
 * "Friday evening" is the evening of that Friday (`TEV`), as TimeBank marks it throughout; its
 * "Friday night" and "Friday morning" are as often the plain day as the part, so those stay the day.
 */
const SUFFIXED_AFTER_NAMED_DAY = new Set(['evening']);
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$|^XXXX-WXX-\d$/u;

export const partOfDayRefiner: Refiner = {
  name: 'part-of-day',
  refine(cands, { text }) {
    for (const c of cands) {
      if (c.type !== 'DATE' || !DAY_VALUE.test(c.value)) continue;
      const m = AFTER.exec(text.slice(c.end, c.end + 20));
      if (!m) continue;
      c.end += m[0].length;
      const part = (m[1] ?? '').toLowerCase();
      if (c.rule === 'chrono' && !SUFFIXED_AFTER_NAMED_DAY.has(part)) continue;
      c.value = `${c.value}T${PARTS_OF_DAY[part] ?? 'NI'}`;
      c.type = 'TIME';
    }
    return cands;
  },
};
