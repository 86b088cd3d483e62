/**
 * Holidays news dates things by: "Thanksgiving Day", "Christmas", "New Year's Day", "Election
 * Day", "Easter", "Good Friday", "Memorial Day", "Bastille Day", "last Thanksgiving". Fixed-date
 * and computed (fourth Thursday of November; the Tuesday after the first Monday of November; Easter
 * by the Gregorian computus). The year comes from the text, else from the reference by tense and
 * nearness (see yearFor). Lunar holidays (Ramadan, Eid, Lunar New Year) need tables and are left out.
 */
import { addDays, daysBetween, fmtDate, fmtWeek, weekdayOf, type CivilDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import type { Reference } from '../reference.js';
import type { Tense } from '../tense.js';

type Rulebook = (year: number) => CivilDate;

function nthWeekday(year: number, month: number, weekday: number, n: number): CivilDate {
  const first = { year, month, day: 1 };
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}

/** The last `weekday` of a month (Memorial Day: the last Monday of May). */
function lastWeekday(year: number, month: number, weekday: number): CivilDate {
  const next = month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  const last = addDays(next, -1);
  return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
}

function easter(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const HOLIDAYS: Array<[RegExp, Rulebook]> = [
  [/^new\s+year's\s+day$/i, (y) => ({ year: y, month: 1, day: 1 })],
  [/^new\s+year's\s+eve$/i, (y) => ({ year: y, month: 12, day: 31 })],
  [/^christmas(?:\s+day)?$/i, (y) => ({ year: y, month: 12, day: 25 })],
  [/^christmas\s+eve$/i, (y) => ({ year: y, month: 12, day: 24 })],
  [/^independence\s+day$/i, (y) => ({ year: y, month: 7, day: 4 })],
  [/^halloween$/i, (y) => ({ year: y, month: 10, day: 31 })],
  [/^valentine's\s+day$/i, (y) => ({ year: y, month: 2, day: 14 })],
  [/^thanksgiving(?:\s+day)?$/i, (y) => nthWeekday(y, 11, 4, 4)],
  [/^election\s+day$/i, (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [/^easter(?:\s+sunday)?$/i, easter],
  [/^easter\s+monday$/i, (y) => addDays(easter(y), 1)],
  [/^good\s+friday$/i, (y) => addDays(easter(y), -2)],
  [/^boxing\s+day$/i, (y) => ({ year: y, month: 12, day: 26 })],
  [/^bastille\s+day$/i, (y) => ({ year: y, month: 7, day: 14 })],
  [/^veterans\s+day$/i, (y) => ({ year: y, month: 11, day: 11 })],
  [/^memorial\s+day$/i, (y) => lastWeekday(y, 5, 1)],
  [/^labor\s+day$/i, (y) => nthWeekday(y, 9, 1, 1)],
  [/^martin\s+luther\s+king(?:\s+jr\.?)?\s+day$/i, (y) => nthWeekday(y, 1, 1, 3)],
];

/** A holiday's name before an object or a place ("Christmas tree", "Easter Island") is no date. */
const HOLIDAY = /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Tt]he\s+previous|[Cc]oming|[Tt]he\s+coming|[Tt]his\s+coming|[Tt]his\s+past)\s+)?(New\s+Year's\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Independence\s+Day|Halloween|Valentine's\s+Day|Thanksgiving(?:\s+Day)?|Election\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Good\s+Friday|Boxing\s+Day|Bastille\s+Day|Veterans\s+Day|Memorial\s+Day|Labor\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day)(?:(?:,\s*|\s+)((?:19|20)\d\d)|\s+(last|this|next)\s+year)?\b(?!\s+(?:[Ii]sland|trees?|cards?|carols?|decorations|lights|ornaments?|stockings?|puddings?|cakes?|eggs?|bunny|lil(?:y|ies)|Rising|Offensive)\b)/gu;

/**
 * Words before a holiday that make it a goal still ahead of the action: "shoppers crowded the malls
 * ahead of Christmas" in December is this Christmas, past tense or not.
 */
const RUN_UP = /(?:\bahead\s+of|\bin\s+the\s+(?:run|lead)-up\s+to|\bin\s+time\s+for|\bleading\s+up\s+to)\s+$/iu;
/**
 * "in the new year", "after the New Year": the year about to begin when said in the second half of
 * a year, the one just begun in the first half.
 */
/** A cheap test, same flags, for the words NEW_YEAR needs: most texts lack them, and skip its scan. */
const YEAR_WORD = /new\s+year/iu;
const NEW_YEAR = /\b(?:in|into|after|until|till|by|early\s+in|early|over)\s+(the\s+new\s+year)\b(?!'s|\s+(?:holiday|celebrations?|festivities|period|break|party|parties|message|speech|address|eve|day)\b)/giu;

/** How far ahead a holiday may be and still be the one a past-tense run-up leads to. */
const RUN_UP_DAYS = 60;

const EASTER_WEEK = /\b(?:Easter\s+[Ww]eek|Holy\s+Week)\b/gu;

/**
 * The year of a holiday named without one. "last" and "next" pick the occurrence before or after
 * the reference day; a past or future tense too, except that the reference day itself counts as
 * either, and a past-tense run-up ("ahead of Christmas") leads to the one just ahead. With no
 * tense, or the present, the nearer one: "Christmas sales are up" in January is the Christmas just
 * gone, "before Christmas" in September the coming one.
 */
function yearFor(book: Rulebook, ref: Reference, mod: string, tense: Tense, runUp: boolean): number {
  const here = book(ref.year);
  const days = daysBetween(ref, here);
  if (mod === 'this') return ref.year;
  if (mod === 'last') return days >= 0 ? ref.year - 1 : ref.year;
  if (mod === 'next') return days <= 0 ? ref.year + 1 : ref.year;
  if (tense === 'past') {
    if (runUp && days > 0 && days <= RUN_UP_DAYS) return ref.year;
    return days > 0 ? ref.year - 1 : ref.year;
  }
  if (tense === 'future' || tense === 'modal') return days < 0 ? ref.year + 1 : ref.year;
  // The nearer occurrence: last year's when this year's is over half a year ahead, next year's
  // when this year's is over half a year behind.
  if (days > 183) return ref.year - 1;
  if (days < -183) return ref.year + 1;
  return ref.year;
}

/**
 * Every HOLIDAY match holds one of these (case-sensitive, like HOLIDAY): a text with none skips the
 * scan, which tries the optional "last"/"this"/... prefix at every word.
 */
/** A capitalized word before a holiday's name that makes it another day's ("Holocaust Memorial Day"). */
const OTHER_DAY_BEFORE = /\b(?:Holocaust|National|International|World|Armed|Forces|Heroes|Workers|Victory)\s+$/u;

const HOLIDAY_WORDS = ["Year's", 'Christmas', 'Day', 'Halloween', 'Thanksgiving', 'Easter', 'Friday'];

export const holidaysRule: Rule = {
  name: 'holidays',
  find({ text, ref, tenseAt }) {
    const out: Candidate[] = [];
    for (const m of HOLIDAY_WORDS.some((w) => text.includes(w)) ? text.matchAll(HOLIDAY) : []) {
      const name = (m[2] ?? '').replace(/\s+/gu, ' ');
      const book = HOLIDAYS.find(([re]) => re.test(name))?.[1];
      if (!book) continue;
      const start = m.index;
      const end = start + m[0].length;
      // "Holocaust Memorial Day" (January 27), "Armed Forces Day": another day than the name inside.
      if (!m[1] && OTHER_DAY_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      // "the previous Easter", "this past Christmas" are the last one; "the coming Easter" the next.
      const said = (m[1] ?? '').toLowerCase().replace(/\s+/gu, ' ');
      const mod = /previous|past/u.test(said) ? 'last' : /coming/u.test(said) ? 'next' : said;
      if (m[3]) {
        out.push(cand('holidays', start, end, 'DATE', fmtDate(book(Number(m[3]))), { priority: 2 }));
        continue;
      }
      // "Christmas last year", "Easter next year": the year is named after the holiday.
      const rel = (m[4] ?? '').toLowerCase();
      if (rel && ref) {
        const year = ref.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
        out.push(cand('holidays', start, end, 'DATE', fmtDate(book(year)), { inferred: true, priority: 2 }));
        continue;
      }
      if (!ref) {
        // A fixed date keeps its month and day; a moving one (Easter, Thanksgiving) has neither
        // without a year: any day written would be some other year's.
        const a = fmtDate(book(2001)).slice(5);
        const fixed = a === fmtDate(book(2002)).slice(5) && a === fmtDate(book(2003)).slice(5);
        out.push(cand('holidays', start, end, 'DATE', fixed ? `XXXX-${a}` : 'XXXX-XX-XX', { priority: 2 }));
        continue;
      }
      const runUp = RUN_UP.test(text.slice(Math.max(0, start - 30), start));
      const year = yearFor(book, ref, mod, tenseAt(start, end), runUp);
      out.push(cand('holidays', start, end, 'DATE', fmtDate(book(year)), { inferred: true, priority: 2 }));
    }
    // "as Easter week began", "during Holy Week": the week of Easter Sunday, the one under way or
    // just ahead whatever the tense (a week begun on Palm Sunday is this year's).
    for (const m of ref && (text.includes('Easter') || text.includes('Holy')) ? text.matchAll(EASTER_WEEK) : []) {
      if (!ref) break;
      const days = daysBetween(ref, easter(ref.year));
      const year = days >= -7 && days <= 7 ? ref.year : yearFor(easter, ref, '', tenseAt(m.index, m.index + m[0].length), false);
      out.push(cand('holidays', m.index, m.index + m[0].length, 'DATE', fmtWeek(easter(year)), { inferred: true, priority: 3 }));
    }
    for (const m of YEAR_WORD.test(text) ? text.matchAll(NEW_YEAR) : []) {
      const s = m.index + m[0].length - (m[1] ?? '').length;
      const year = ref ? String(ref.month >= 7 ? ref.year + 1 : ref.year) : 'XXXX';
      out.push(cand('holidays', s, m.index + m[0].length, 'DATE', year, { inferred: !!ref, priority: 2 }));
    }
    return out;
  },
};
