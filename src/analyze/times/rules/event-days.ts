/**
 * "The day after his death", "the week before the vote", "he had arrived the day before": a day,
 * week, month or year counted from an event rather than from a date. The words alone give no
 * calendar value; the anaphora refiner dates them from the story's last dated time, or drops them.
 * "The day after June 12" is the day-anchored refiner's (the date is named), "the day after
 * tomorrow" the relative rule's.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';

export const EVENT_DAYS_RULE = 'event-days';

const EVENT_DAY = /\bthe\s+(day|week|month|year)\s+(before|after)\b/giu;
/** What may not follow: a date ("June 12", "Monday", "1998"), or a word the other rules read ("the week after next"). */
const NAMED_AFTER = /^\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:next|last|this|tomorrow|yesterday|today|tonight)\b)/iu;
/** "the week after the week", "more than the year before": a comparison or a duration, not a date. */
const COMPARED_BEFORE = /\b(?:than|from|over|to|as|versus|vs\.?)\s+$/iu;
/** "the second quarter of the year after good sales": "after" belongs to the clause, not the year. */
const OF_BEFORE = /\bof\s+$/iu;
/** "later in the day before returning home": the day itself, and "before" opens a clause. */
const IN_THE = /\b(?:later|earlier|early|late)\s+in\s+$/iu;

/** "the year before" → -1 (years), "the day after" → +1 (days). */
export function eventDayShift(phrase: string): { unit: 'D' | 'W' | 'M' | 'Y'; n: number } | undefined {
  const m = /^the\s+(day|week|month|year)\s+(before|after)$/iu.exec(phrase.replace(/\s+/gu, ' '));
  if (!m) return undefined;
  const unit = ({ day: 'D', week: 'W', month: 'M', year: 'Y' } as const)[(m[1] ?? '').toLowerCase() as 'day' | 'week' | 'month' | 'year'];
  return { unit, n: (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1 };
}

export const eventDaysRule: Rule = {
  name: EVENT_DAYS_RULE,
  find({ text }) {
    const out: Candidate[] = [];
    // The pre-test drops EVENT_DAY's leading \b: V8 then skips to each "the" instead of trying \b everywhere.
    if (!/the\s+(?:day|week|month|year)\s+(?:before|after)\b/iu.test(text)) return out;
    for (const m of text.matchAll(EVENT_DAY)) {
      const end = m.index + m[0].length;
      if (NAMED_AFTER.test(text.slice(end, end + 16))) continue;
      // "sales fell from the year before": a comparison with last year's figure, which the story
      // dates by its period, not a time of its own.
      if (COMPARED_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      if (IN_THE.test(text.slice(Math.max(0, m.index - 12), m.index)) || OF_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // The whole phrase is the candidate (the refiner needs "before"/"after"); no value yet.
      out.push(cand(EVENT_DAYS_RULE, m.index, end, 'DATE', 'XXXX-XX-XX', { priority: 2 }));
    }
    return out;
  },
};
