/**
 * A date followed by a part of the day becomes a time of that day: "Wednesday night" →
 * `2018-06-13TNI`, "June 12 morning", "yesterday afternoon".
 */
import type { Refiner } from '../candidate.js';
import { PARTS_OF_DAY } from '../lexicon.js';

const AFTER = /^\s+(morning|afternoon|evening|night|overnight)\b/i;

export const partOfDayRefiner: Refiner = {
  name: 'part-of-day',
  refine(cands, { text }) {
    for (const c of cands) {
      if (c.type !== 'DATE' || !/^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$|^XXXX-WXX-\d$/u.test(c.value)) continue;
      const m = AFTER.exec(text.slice(c.end, c.end + 20));
      if (!m) continue;
      c.end += m[0].length;
      c.value = `${c.value}T${PARTS_OF_DAY[(m[1] ?? '').toLowerCase()] ?? 'NI'}`;
      c.type = 'TIME';
    }
    return cands;
  },
};
