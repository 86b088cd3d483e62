/**
 * Recurring times (TIMEX3 SET): "every Monday" → `XXXX-WXX-1`, "annually" → `P1Y`, "daily",
 * "every two years" → `P2Y`, "each year", "twice a year", "on Mondays", "each July" → `XXXX-07`.
 */
import { cand, type Candidate, type Rule } from '../candidate.js';
import { withoutLeadingBoundary } from '../prefilter.js';
import { monthNumber, NUMBER_RE, numberValue, PARTS_OF_DAY, SEASONS, UNIT_RE, unitOf, WEEKDAYS, WEEKDAY_RE } from '../lexicon.js';

/** Full month names only: "each Jan." is rare and "every may" is a verb. */
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ADVERB: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', semiannually: 'P6M',
};
const ADVERBS = /\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|annually|yearly|biannually|semiannually)\b/gi;
const EVERY = new RegExp(String.raw`\b(every|each|per)\s+(?:(other)\s+)?(?:(${NUMBER_RE})\s+)?(${UNIT_RE}|${WEEKDAY_RE}|morning|afternoon|evening|night|weekend)\b`, 'gi');
/** "each July", "every May": kept apart from EVERY (a longer alternation there slows every scan). */
const EVERY_MONTH = new RegExp(String.raw`\b(?:[Ee]very|[Ee]ach)\s+(${MONTH_FULL})\b`, 'g');
const TIMES_A = /\b(once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per)\s+(day|week|month|year|decade)\b/gi;
const PLURAL_WEEKDAY = new RegExp(String.raw`\b(?:on\s+)(${WEEKDAY_RE})s\b`, 'gi');

/** "15 million instructions per second", "miles per hour": a unit of speed, not a recurrence. */
const SPEED_UNIT = /^(?:second|minute|hour)$/u;
const TIMES_BEFORE = /\b(?:times|once|twice)\s+$/iu;

/**
 * "the past three summers", "every winter": the season recurring, `XXXX-SU` (a count of seasons
 * is how often it came round, not one stretch of time).
 */
const SEASONS_RECURRING = /\b(?:the\s+(?:past|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(summers|winters|springs|autumns)|(?:every|each)\s+(summer|winter|spring|autumn|fall))\b/giu;
/** Pre-tests: the scans without their leading \b (tried at every position) or a literal part every match has. */
const SEASONS_RECURRING_ANYWHERE = withoutLeadingBoundary(SEASONS_RECURRING);
const EVERY_MONTH_ANYWHERE = withoutLeadingBoundary(EVERY_MONTH);
const TIMES_A_ANYWHERE = /(?:once|twice|times)\s+(?:a|an|per)\s+(?:day|week|month|year|decade)\b/i;
const EVERY_ANYWHERE = withoutLeadingBoundary(EVERY);
const PLURAL_WEEKDAY_ANYWHERE = withoutLeadingBoundary(PLURAL_WEEKDAY);
/** Every ADVERBS word ends with one of these ("biweekly", "fortnightly", "semiannually" too). */
const ADVERB_END = /(?:hour|dai|night|week|month|annual|year)ly\b/i;

export const setsRule: Rule = {
  name: 'sets',
  find({ text }) {
    const out: Candidate[] = [];
    for (const m of ADVERB_END.test(text) ? text.matchAll(ADVERBS) : []) {
      const word = (m[1] ?? '').toLowerCase();
      // "the daily", "a weekly" are newspapers, not recurrences.
      if (/\b(?:the|a)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) && /^\s+[A-Z]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      out.push(cand('sets', m.index, m.index + m[0].length, 'SET', ADVERB[word] ?? 'P1D', { priority: 2 }));
    }
    for (const m of EVERY_ANYWHERE.test(text) ? text.matchAll(EVERY) : []) {
      const what = (m[4] ?? '').toLowerCase();
      const n = m[3] ? numberValue(m[3]) : m[2] ? 2 : 1;
      let value: string | undefined;
      if (m[1]?.toLowerCase() === 'per' && SPEED_UNIT.test(what) && !TIMES_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const wd = WEEKDAYS[what];
      const unit = unitOf(what);
      const part = PARTS_OF_DAY[what];
      if (wd) value = `XXXX-WXX-${wd}`;
      else if (part) value = `XXXX-XX-XXT${part}`;
      else if (what === 'weekend') value = 'XXXX-WXX-WE';
      else if (unit && n !== undefined) value = `P${unit.time ? 'T' : ''}${n * unit.factor}${unit.code}`;
      if (!value) continue;
      out.push(cand('sets', m.index, m.index + m[0].length, 'SET', value, { priority: 2, mod: 'EVERY' }));
    }
    for (const m of EVERY_MONTH_ANYWHERE.test(text) ? text.matchAll(EVERY_MONTH) : []) {
      const month = monthNumber(m[1] ?? '');
      if (month) out.push(cand('sets', m.index, m.index + m[0].length, 'SET', `XXXX-${String(month).padStart(2, '0')}`, { priority: 2, mod: 'EVERY' }));
    }
    for (const m of SEASONS_RECURRING_ANYWHERE.test(text) ? text.matchAll(SEASONS_RECURRING) : []) {
      const season = SEASONS[(m[1] ?? m[2] ?? '').toLowerCase().replace(/s$/u, '')];
      if (season) out.push(cand('sets', m.index, m.index + m[0].length, 'SET', `XXXX-${season}`, { priority: 2 }));
    }
    for (const m of TIMES_A_ANYWHERE.test(text) ? text.matchAll(TIMES_A) : []) {
      const unit = unitOf(m[2] ?? '');
      if (!unit) continue;
      out.push(cand('sets', m.index, m.index + m[0].length, 'SET', `P1${unit.code}`, { priority: 2 }));
    }
    for (const m of PLURAL_WEEKDAY_ANYWHERE.test(text) ? text.matchAll(PLURAL_WEEKDAY) : []) {
      const wd = WEEKDAYS[(m[1] ?? '').toLowerCase()];
      if (!wd) continue;
      const start = m.index + m[0].length - (m[1] ?? '').length - 1;
      out.push(cand('sets', start, m.index + m[0].length, 'SET', `XXXX-WXX-${wd}`, { priority: 2 }));
    }
    return out;
  },
};
