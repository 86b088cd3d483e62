/**
 * Clock times with a stated zone, which chrono reads without it: "16:10 Moscow time", "10 a.m.
 * local time", "1800 GMT". The value is the wall time as printed (TIMEX3 has no zone names); the
 * date is the reference's, marked inferred.
 */
import { fmtDate, pad } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { refDate } from '../resolve.js';

/** A zone named in words must end in "time" ("Moscow time"); capitalized words alone are not a zone. */
const ZONE = String.raw`(?:[A-Z][a-z]+\s+){1,2}time|local\s+time|GMT|UTC|[ECMP][SD]T|MSK|CET|CEST|BST|JST|IST|KST`;
const CLOCK = new RegExp(
  String.raw`\b(?:(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?|(\d{1,2})\s*([ap])\.?m\.?|([01]\d|2[0-3])([0-5]\d))\s+\(?(${ZONE})\)?`,
  'gu',
);

/** "4 in the morning", "10 o'clock at night": an hour with its part of the day instead of a.m./p.m. */
/** A cheap test, same flags, for a word HOUR_IN_PART needs: most texts have none, and skip its scan. */
const PART_WORD = /morning|afternoon|evening|night/iu;
const HOUR_IN_PART = /\b(\d{1,2})(?:[:.](\d\d))?\s+(?:o'clock\s+)?(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b(?!\s+(?:session|trading|edition|papers?|news|show|shift)\b)/giu;

/** Named times of day: "noon Thursday" is 12:00, "midnight" the end of the day (TIMEX3 T24:00). */
const NAMED = /\b(noon|midday|midnight)\b/gi;
const NAMED_VALUE: Record<string, string> = { noon: 'T12:00', midday: 'T12:00', midnight: 'T24:00' };

export const clockRule: Rule = {
  name: 'clock',
  find({ text, ref }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(CLOCK)) {
      let hour = Number(m[1] ?? m[4] ?? m[6]);
      const minute = Number(m[2] ?? m[7] ?? 0);
      const ampm = (m[3] ?? m[5] ?? '').toLowerCase();
      if (ampm === 'p' && hour < 12) hour += 12;
      if (ampm === 'a' && hour === 12) hour = 0;
      if (hour > 23 || minute > 59) continue;
      const date = ref ? fmtDate(refDate(ref)) : 'XXXX-XX-XX';
      // A closing parenthesis belongs to the span only with its opening one: "(GMT)".
      const end = m.index + m[0].length - (m[0].endsWith(')') && !m[0].includes('(') ? 1 : 0);
      out.push(cand('clock', m.index, end, 'TIME', `${date}T${pad(hour)}:${pad(minute)}`, { inferred: !!ref, priority: 2 }));
    }
    for (const m of PART_WORD.test(text) ? text.matchAll(HOUR_IN_PART) : []) {
      let hour = Number(m[1]);
      const minute = Number(m[2] ?? 0);
      const part = (m[3] ?? m[4] ?? '').toLowerCase();
      if (hour < 1 || hour > 12 || minute > 59) continue;
      // "4 in the afternoon" is 16:00; "12 at night" midnight's hour 0; "11 at night" 23:00.
      if (part === 'morning') hour %= 12;
      else if (part === 'night') hour = hour === 12 ? 0 : hour < 5 ? hour : hour + 12;
      else hour = hour === 12 ? 12 : hour + 12;
      const date = ref ? fmtDate(refDate(ref)) : 'XXXX-XX-XX';
      out.push(cand('clock', m.index, m.index + m[0].length, 'TIME', `${date}T${pad(hour)}:${pad(minute)}`, { inferred: !!ref, priority: 2 }));
    }
    for (const m of text.matchAll(NAMED)) {
      // "High Noon", "high noon comes today": the idiom for a showdown, not a clock time.
      if (/\bhigh\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
      const date = ref ? fmtDate(refDate(ref)) : 'XXXX-XX-XX';
      out.push(cand('clock', m.index, m.index + m[0].length, 'TIME', date + (NAMED_VALUE[(m[1] ?? '').toLowerCase()] ?? 'T12:00'), { inferred: !!ref, priority: 2 }));
    }
    return out;
  },
};
