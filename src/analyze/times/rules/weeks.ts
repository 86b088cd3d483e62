/**
 * Weeks and weekends as ISO weeks: "last week" → `2018-W23`, "this week", "next week", "earlier
 * this week", "the weekend" → `2018-W23-WE` (the latest one, or the coming one in future tense),
 * "the first week of 2019" → `2019-W01`, "the last week of 2016" → `2016-W52`.
 */
import { addDays, fmtWeek, isoWeek } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { refDate } from '../resolve.js';

const WEEK = /\b(last|this\s+past|this\s+coming|this|next|the\s+coming|the\s+following|the\s+previous|earlier\s+this|later\s+this|(?:late|early)\s+(?:last|this|next)|the)\s+(week|weekend)\b(?!\s*-|\s+of\s+(?:the\s+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|year|month)\b)|\s+(?:ended|ending|earlier|ago)\b)/gi;
/**
 * "the last week of the campaign" is its final week; "the arrest last week of an employee" is the
 * past week, its "of" the arrest's. Only a bare "last"/"this"/"next" reads through "of".
 */
const OF_AFTER = /^\s+of\b/u;
const THE_BEFORE = /\b(?:the|its|his|her|their|a|this|that)\s+$/iu;
/**
 * "the week before the vote", "the following week after talks": a week counted from an event. After
 * "last", "this" or "next" the word starts a clause instead ("agreed last week after Germany ...").
 */
const ANCHORED_AFTER = /^\s+(?:before|after)\b/iu;

/** "the week after next": two weeks on. */
const WEEK_AFTER_NEXT = /\bthe\s+week\s+after\s+next\b(?!\s+(?:month|year|week|quarter|season|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)/gi;
const NTH_WEEK_OF_YEAR = /\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+((?:19|20)\d\d)\b/gi;
/** A cheap test, same flags, for the word every pattern here needs: most texts lack it, and skip the scans. */
const WEEK_WORD = /week/i;
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** ISO week `n` of `year`, or its last week for n = -1. */
function weekOfYear(year: number, n: number): string {
  const week = n > 0 ? n : isoWeek({ year, month: 12, day: 28 }).week;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export const weeksRule: Rule = {
  name: 'weeks',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    const weekWord = WEEK_WORD.test(text);
    for (const m of weekWord ? text.matchAll(WEEK) : []) {
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      // "This Week" in title case is a programme or a headline, not a week.
      if (/^[A-Z]/.test(m[2] ?? '')) continue;
      const weekend = (m[2] ?? '').toLowerCase() === 'weekend';
      // "the week" alone is a duration or vague; only "the weekend" reads as a date.
      if (mod === 'the' && !weekend) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (/^(?:the|the\s+\w+)$/u.test(mod) && ANCHORED_AFTER.test(text.slice(end, end + 8))) continue;
      if (OF_AFTER.test(text.slice(end, end + 4)) && (!/^(?:last|this|next)$/u.test(mod) || THE_BEFORE.test(text.slice(Math.max(0, start - 8), start)))) continue;
      const suffix = weekend ? '-WE' : '';
      if (!ref) {
        out.push(cand('weeks', start, end, 'DATE', `XXXX-WXX${suffix}`, { priority: 2 }));
        continue;
      }
      let shift = 0;
      if (/last|previous|past/u.test(mod)) shift = -1;
      else if (/next|coming|following/u.test(mod)) shift = 1;
      // "this coming weekend" on a weekday is the one at the end of this ISO week.
      if (weekend && /coming/u.test(mod)) shift = ref.weekday >= 6 ? 1 : 0;
      // "This weekend, thousands marched" on a Monday: the weekend just gone.
      if (weekend && mod === 'this' && ref.weekday < 6 && tenseAt(start, end) === 'past') shift = -1;
      if (weekend && mod === 'the') {
        // The latest weekend in the past tense (the current one from Saturday on), else the coming one.
        const future = tenseAt(start, end) === 'future';
        shift = future || ref.weekday >= 6 ? 0 : -1;
      }
      const value = fmtWeek(addDays(refDate(ref), shift * 7)) + suffix;
      out.push(cand('weeks', start, end, 'DATE', value, { inferred: true, priority: 2 }));
    }
    for (const m of weekWord ? text.matchAll(WEEK_AFTER_NEXT) : []) {
      const value = ref ? fmtWeek(addDays(refDate(ref), 14)) : 'XXXX-WXX';
      out.push(cand('weeks', m.index, m.index + m[0].length, 'DATE', value, { inferred: !!ref, priority: 2 }));
    }
    for (const m of weekWord ? text.matchAll(NTH_WEEK_OF_YEAR) : []) {
      const n = NTH[(m[1] ?? '').toLowerCase()] ?? -1;
      out.push(cand('weeks', m.index, m.index + m[0].length, 'DATE', weekOfYear(Number(m[2]), n), { priority: 2 }));
    }
    return out;
  },
};
