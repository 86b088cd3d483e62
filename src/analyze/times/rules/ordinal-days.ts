/**
 * Days of a month written as ordinals around the month name, which chrono reads only in part:
 * "the second of August", "the twenty-second of June 2017", "June the 28th", "August
 * twenty-first". The year, when absent, comes from tense as for "June 12".
 */
import { fmtDate, isValidDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import { resolveMonthDay } from '../resolve.js';
import { withoutLeadingBoundary } from '../prefilter.js';

const UNITS_ORD: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
const TEENS_ORD: Record<string, number> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};

export const WORD_ORD = String.raw`(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)`;
const ORD = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|${WORD_ORD})`;

/** "the second of August", "the 4th of July, 1995". */
const ORD_OF_MONTH = new RegExp(String.raw`\b(?:the\s+)?(${ORD})\s+of\s+(${MONTH_RE})(?:,?\s+((?:19|20)\d\d))?(?![\w'])`, 'giu');
/** "June the 28th", "August twenty-first": a word ordinal, or a digit one after "the". */
const MONTH_ORD = new RegExp(String.raw`\b(${MONTH_RE})\s+(?:the\s+(${ORD})|(${WORD_ORD}))(?:,?\s+((?:19|20)\d\d))?(?![\w'])`, 'giu');

/** Pre-tests without the leading \b (slow under `u` at every position): most texts skip the scans. */
/** For ORD_OF_MONTH, the "of August" it has: starting with a literal, V8 skips ahead to it. */
const OF_MONTH = new RegExp(String.raw`of\s+${MONTH_RE}`, 'iu');
const MONTH_ORD_ANYWHERE = withoutLeadingBoundary(MONTH_ORD);

/** The day an ordinal names, or undefined. */
export function ordinalDay(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/gu, ' ');
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(w);
  if (digits) return Number(digits[1]);
  const compound = /^(twenty|thirty)[- ](\w+)$/u.exec(w);
  if (compound) {
    const unit = UNITS_ORD[compound[2] ?? ''];
    return unit === undefined ? undefined : (compound[1] === 'twenty' ? 20 : 30) + unit;
  }
  return UNITS_ORD[w] ?? TEENS_ORD[w];
}

export const ordinalDaysRule: Rule = {
  name: 'ordinal-days',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    if (!/\b[A-Z][a-z]+\b/u.test(text)) return out;
    const push = (s: number, e: number, monthWord: string, dayWord: string, year: string | undefined) => {
      // A month is capitalized in news: "may" and "march" in lower case are other words.
      if (!/^[A-Z]/u.test(monthWord)) return;
      const month = monthNumber(monthWord);
      const day = ordinalDay(dayWord);
      if (!month || !day) return;
      if (year) {
        if (isValidDate(Number(year), month, day)) out.push(cand('ordinal-days', s, e, 'DATE', fmtDate({ year: Number(year), month, day }), { priority: 2 }));
        return;
      }
      if (day > 31) return;
      const r = resolveMonthDay(month, day, ref, tenseAt(s, e));
      out.push(cand('ordinal-days', s, e, 'DATE', r.value, { inferred: r.inferred, priority: 2 }));
    };
    for (const m of OF_MONTH.test(text) ? text.matchAll(ORD_OF_MONTH) : []) push(m.index, m.index + m[0].length, m[2] ?? '', m[1] ?? '', m[3]);
    for (const m of MONTH_ORD_ANYWHERE.test(text) ? text.matchAll(MONTH_ORD) : []) {
      // "May the first ...": a wish, unless a preposition makes it the month.
      if (/^may$/iu.test(m[1] ?? '') && !/\b(?:on|of|since|until|by|from|to|before|after|till)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      push(m.index, m.index + m[0].length, m[1] ?? '', m[2] ?? m[3] ?? '', m[4]);
    }
    return out;
  },
};
