/**
 * Weeks and weekends as ISO weeks: "last week" → `2018-W23`, "this week", "next week", "earlier
 * this week", "the weekend" → `2018-W23-WE` (the latest one, or the coming one in future tense).
 */
import { addDays, fmtWeek } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { refDate } from '../resolve.js';

const WEEK = /\b(last|this|next|the\s+coming|the\s+following|the\s+previous|earlier\s+this|later\s+this|(?:late|early)\s+(?:last|this|next)|the)\s+(week|weekend)\b(?!\s*-|\s+of\b|\s+(?:ended|ending|before|after|earlier|ago)\b)/gi;

export const weeksRule: Rule = {
  name: 'weeks',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(WEEK)) {
      const mod = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      // "This Week" in title case is a programme or a headline, not a week.
      if (/^[A-Z]/.test(m[2] ?? '')) continue;
      const weekend = (m[2] ?? '').toLowerCase() === 'weekend';
      // "the week" alone is a duration or vague; only "the weekend" reads as a date.
      if (mod === 'the' && !weekend) continue;
      const start = m.index;
      const end = start + m[0].length;
      const suffix = weekend ? '-WE' : '';
      if (!ref) {
        out.push(cand('weeks', start, end, 'DATE', `XXXX-WXX${suffix}`, { priority: 2 }));
        continue;
      }
      let shift = 0;
      if (/last|previous/u.test(mod)) shift = -1;
      else if (/next|coming|following/u.test(mod)) shift = 1;
      if (weekend && mod === 'the') {
        // The latest weekend in the past tense (the current one from Saturday on), else the coming one.
        const future = tenseAt(start, end) === 'future';
        shift = future || ref.weekday >= 6 ? 0 : -1;
      }
      const value = fmtWeek(addDays(refDate(ref), shift * 7)) + suffix;
      out.push(cand('weeks', start, end, 'DATE', value, { inferred: true, priority: 2 }));
    }
    return out;
  },
};
