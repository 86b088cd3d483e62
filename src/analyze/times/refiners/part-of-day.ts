/**
 * A date followed by a part of the day takes it into its span: "Wednesday night", "June 12
 * morning", "yesterday afternoon". A day word ("yesterday") becomes a time of that day
 * (`2018-06-13TAF`); a named day keeps its plain date, as TimeBank annotates "Wednesday night"
 * (and as an event's date is most useful: a day, not a fuzzy part of one), except its evening.
 */
import type { Candidate, Refiner } from '../candidate.js';
import { PARTS_OF_DAY, WEEKDAYS } from '../lexicon.js';

const AFTER = /^\s+(morning|afternoon|evening|night|overnight)\b/i;
/**
 * "Friday evening" is the evening of that Friday (`TEV`), as TimeBank marks it throughout; its
 * "Friday night" and "Friday morning" are as often the plain day as the part, so those stay the day.
 */
const SUFFIXED_AFTER_NAMED_DAY = new Set(['evening']);
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$|^XXXX-WXX-\d$/u;

/** A weekday with a plural part of the day: "Friday evenings", "Monday and Tuesday nights". */
const PLURAL_AFTER = /^\s+(mornings|afternoons|evenings|nights)\b/iu;
/** What joins two weekdays that share the plural part after the second: "Monday and", "Monday or". */
const COORDINATED = /^\s*(?:,|and|or|,\s*and)\s*$/u;

/**
 * "flights leave on Monday and Tuesday nights": a weekday with a plural part of the day recurs
 * every week (`XXXX-WXX-2TNI`), and so does a weekday joined to it by "and" or "or".
 */
function recurringParts(cands: Candidate[], text: string): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  for (const [i, c] of sorted.entries()) {
    const weekday = WEEKDAYS[text.slice(c.start, c.end).toLowerCase()];
    const m = weekday ? PLURAL_AFTER.exec(text.slice(c.end, c.end + 16)) : null;
    if (!weekday || !m) continue;
    const part = PARTS_OF_DAY[(m[1] ?? '').toLowerCase().slice(0, -1)] ?? 'NI';
    c.end += m[0].length;
    c.type = 'SET';
    c.value = `XXXX-WXX-${weekday}T${part}`;
    delete c.inferred;
    const prev = sorted[i - 1];
    const prevDay = prev ? WEEKDAYS[text.slice(prev.start, prev.end).toLowerCase()] : undefined;
    if (prev && prevDay && COORDINATED.test(text.slice(prev.end, c.start))) {
      prev.type = 'SET';
      prev.value = `XXXX-WXX-${prevDay}T${part}`;
      delete prev.inferred;
    }
  }
}

export const partOfDayRefiner: Refiner = {
  name: 'part-of-day',
  refine(cands, { text }) {
    recurringParts(cands, text);
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
