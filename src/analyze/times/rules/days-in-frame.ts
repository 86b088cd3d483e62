/**
 * A day named inside a frame the text also names, resolved as one date: a weekday in a named week
 * ("Friday next week", "Sunday of last week", "next week on Tuesday"), the n-th weekday of a month
 * ("the second Monday of March", "the last Friday of next month"), a weekday with its day of the
 * month ("Friday the 15th"), and a count of days or weeks from a day word ("two days from
 * tomorrow", "three weeks from today"), a day of a named month ("the 20th of next month") or
 * of the reference's ("on the 18th"). Apart, the pieces resolve wrongly: "Friday" alone is the
 * nearest Friday, not the one in the week named after it.
 */
import { addDays, addMonths, daysBetween, fmtDate, isValidDate, weekdayOf, type CivilDate } from '../calendar.js';
import { cand, type Candidate, type Rule } from '../candidate.js';
import { MONTH_RE, monthNumber, NUMBER_RE, numberValue, WEEKDAYS, WEEKDAY_RE } from '../lexicon.js';
import type { Reference } from '../reference.js';
import { ordinalDay, WORD_ORD } from './ordinal-days.js';
import { refDate, resolveMonth } from '../resolve.js';
import { withoutLeadingBoundary } from '../prefilter.js';

const WEEK_MOD = String.raw`(?:next|last|this|previous|the\s+following|the\s+previous|the\s+coming)`;
const WEEKDAY_THEN_WEEK = new RegExp(String.raw`\b(${WEEKDAY_RE}),?\s+(?:of\s+)?(${WEEK_MOD})\s+week\b`, 'giu');
const WEEK_THEN_WEEKDAY = new RegExp(String.raw`\b(${WEEK_MOD})\s+week(?:\s+on|,)?\s+(${WEEKDAY_RE})\b`, 'giu');

const NTH = String.raw`(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)`;
const NTH_WEEKDAY = new RegExp(
  String.raw`\b(?:the\s+)?(${NTH})\s+(${WEEKDAY_RE})\s+(?:of|in)\s+(?:(next|last|this|previous|the\s+following|the\s+previous)\s+month|(${MONTH_RE})(?:,?\s+(\d{4}))?)(?![\w-])`,
  'giu',
);
const NTH_VALUE: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, last: -1 };

/**
 * "Friday the 15th", "Friday, the 15th": the weekday fixes which month's 15th. Not before a word the
 * ordinal could number ("Friday, the fourth straight day").
 */
const WEEKDAY_THE_DAY = new RegExp(String.raw`\b(${WEEKDAY_RE}),?\s+the\s+(\d{1,2}(?:st|nd|rd|th)|${WORD_ORD})\b(?![\s-]+(?!(?:of|at|in|and|or)\b)[a-z])`, 'giu');

/** "the 20th of next month", "the 15th day of this month", "the 21st this month". */
const DAY_OF_MONTH_REL = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?:\s+day)?\s+(?:of\s+)?(next|this|last|previous|the\s+following|the\s+previous)\s+month\b/giu;
/**
 * "on the 18th", "by the 4th.": a day of the month alone, after a preposition and before no word
 * it could number ("the 15th century", "on the 5th floor").
 */
const THE_DAY = /\b(?:on|by|until|till|since|before|after|from|for|through)\s+(the\s+(\d{1,2})(?:st|nd|rd|th))(?=\s*(?:$|[.,;:!?)]|\s(?:at|when|to|till|until)\b))/giu;

/** "two days from tomorrow", "three weeks from today", "four days before yesterday". */
const FROM_DAY = new RegExp(String.raw`\b(${NUMBER_RE})[\s-](days?|weeks?)\s+(from|after|before)\s+(today|tomorrow|yesterday)\b`, 'giu');

/** Pre-tests without the leading \b (slow under `u` at every position): most texts skip most scans. */
const ANYWHERE = {
  WEEKDAY_THEN_WEEK: withoutLeadingBoundary(WEEKDAY_THEN_WEEK),
  WEEK_THEN_WEEKDAY: withoutLeadingBoundary(WEEK_THEN_WEEKDAY),
  NTH_WEEKDAY: withoutLeadingBoundary(NTH_WEEKDAY),
  WEEKDAY_THE_DAY: withoutLeadingBoundary(WEEKDAY_THE_DAY),
  DAY_OF_MONTH_REL: withoutLeadingBoundary(DAY_OF_MONTH_REL),
  // Tighter and cheaper than the scan without its \b: a part each match has, starting with a literal.
  THE_DAY: /the\s+\d{1,2}(?:st|nd|rd|th)/iu,
  FROM_DAY: /(?:from|after|before)\s+(?:today|tomorrow|yesterday)\b/iu,
};

const norm = (s: string) => s.toLowerCase().replace(/\s+/gu, ' ');

function weekShift(mod: string): number {
  return /next|following|coming/u.test(mod) ? 1 : /last|previous/u.test(mod) ? -1 : 0;
}

/** The date of ISO weekday `wd` in the week `shift` weeks from the reference's. */
function weekdayInWeek(ref: Reference, wd: number, shift: number): CivilDate {
  const monday = addDays(refDate(ref), 1 - ref.weekday);
  return addDays(monday, shift * 7 + wd - 1);
}

/** The n-th (or, for -1, the last) weekday `wd` of a month; undefined when there is none. */
export function nthWeekday(year: number, month: number, wd: number, n: number): CivilDate | undefined {
  if (n > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    const day = 1 + ((wd - first + 7) % 7) + (n - 1) * 7;
    return isValidDate(year, month, day) ? { year, month, day } : undefined;
  }
  const next = addMonths(year, month, 1);
  const lastDay = addDays({ year: next.year, month: next.month, day: 1 }, -1);
  return addDays(lastDay, -((weekdayOf(lastDay) - wd + 7) % 7));
}

/** The day `day` of the reference's month or a neighbour, by tense: past looks back, future ahead. */
function monthDayByTense(ref: Reference, day: number, tense: string): CivilDate | undefined {
  const here = { year: ref.year, month: ref.month, day };
  const prev = { ...addMonths(ref.year, ref.month, -1), day };
  const next = { ...addMonths(ref.year, ref.month, 1), day };
  const valid = (d: CivilDate) => isValidDate(d.year, d.month, d.day);
  const back = day <= ref.day ? here : prev;
  const ahead = day >= ref.day ? here : next;
  let pick: CivilDate;
  if (tense === 'past' || tense === 'present') pick = back;
  else if (tense === 'future' || tense === 'modal') pick = ahead;
  else pick = Math.abs(daysBetween(refDate(ref), back)) <= Math.abs(daysBetween(refDate(ref), ahead)) ? back : ahead;
  return valid(pick) ? pick : undefined;
}

/** The nearest month (this, the last or the next) whose `day` falls on weekday `wd`. */
function monthDayOnWeekday(ref: Reference, day: number, wd: number): CivilDate | undefined {
  for (const k of [0, -1, 1, -2, 2]) {
    const m = addMonths(ref.year, ref.month, k);
    if (isValidDate(m.year, m.month, day) && weekdayOf({ ...m, day }) === wd) return { ...m, day };
  }
  return undefined;
}

export const daysInFrameRule: Rule = {
  name: 'days-in-frame',
  find(input) {
    const { text, ref } = input;
    const out: Candidate[] = [];
    if (!ref) return out;
    const push = (s: number, e: number, d: CivilDate) =>
      out.push(cand('days-in-frame', s, e, 'DATE', fmtDate(d), { inferred: true, priority: 4 }));
    // Every pattern names a weekday or a day word; most texts can skip them all.
    if (!/day|tomorrow|\d(?:st|nd|rd|th)\b/iu.test(text)) return out;
    for (const m of ANYWHERE.WEEKDAY_THEN_WEEK.test(text) ? text.matchAll(WEEKDAY_THEN_WEEK) : []) {
      const wd = WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 1;
      push(m.index, m.index + m[0].length, weekdayInWeek(ref, wd, weekShift(norm(m[2] ?? ''))));
    }
    for (const m of ANYWHERE.WEEK_THEN_WEEKDAY.test(text) ? text.matchAll(WEEK_THEN_WEEKDAY) : []) {
      const wd = WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 1;
      push(m.index, m.index + m[0].length, weekdayInWeek(ref, wd, weekShift(norm(m[1] ?? ''))));
    }
    for (const m of ANYWHERE.NTH_WEEKDAY.test(text) ? text.matchAll(NTH_WEEKDAY) : []) {
      const s = m.index;
      const e = s + m[0].length;
      const n = NTH_VALUE[(m[1] ?? '').toLowerCase()] ?? 1;
      const wd = WEEKDAYS[(m[2] ?? '').toLowerCase()] ?? 1;
      let ym: { year: number; month: number } | undefined;
      if (m[3]) ym = addMonths(ref.year, ref.month, weekShift(norm(m[3])));
      else {
        const month = monthNumber(m[4] ?? '');
        // "may" and "mar" written small are other words.
        if (!month || !/^[A-Z]/u.test(m[4] ?? '')) continue;
        if (m[5]) ym = { year: Number(m[5]), month };
        else {
          const [y] = resolveMonth(month, ref, input.tenseAt(s, e)).value.split('-');
          ym = { year: Number(y), month };
        }
      }
      const d = nthWeekday(ym.year, ym.month, wd, n);
      if (d) push(s, e, d);
    }
    for (const m of ANYWHERE.WEEKDAY_THE_DAY.test(text) ? text.matchAll(WEEKDAY_THE_DAY) : []) {
      const wd = WEEKDAYS[(m[1] ?? '').toLowerCase()] ?? 1;
      const day = ordinalDay(m[2] ?? '');
      const d = day ? monthDayOnWeekday(ref, day, wd) : undefined;
      if (d) push(m.index, m.index + m[0].length, d);
    }
    for (const m of ANYWHERE.DAY_OF_MONTH_REL.test(text) ? text.matchAll(DAY_OF_MONTH_REL) : []) {
      const ym = addMonths(ref.year, ref.month, weekShift(norm(m[2] ?? '')));
      const day = Number(m[1]);
      if (isValidDate(ym.year, ym.month, day)) push(m.index, m.index + m[0].length, { ...ym, day });
    }
    for (const m of ANYWHERE.THE_DAY.test(text) ? text.matchAll(THE_DAY) : []) {
      const s = m.index + m[0].indexOf(m[1] ?? '');
      const e = s + (m[1] ?? '').length;
      const d = monthDayByTense(ref, Number(m[2]), input.tenseAt(s, e));
      if (d) push(s, e, d);
    }
    for (const m of ANYWHERE.FROM_DAY.test(text) ? text.matchAll(FROM_DAY) : []) {
      const n = numberValue(m[1] ?? '');
      if (n === undefined || !Number.isInteger(n)) continue;
      const per = /^w/iu.test(m[2] ?? '') ? 7 : 1;
      const anchor = norm(m[4] ?? '');
      const base = anchor === 'tomorrow' ? 1 : anchor === 'yesterday' ? -1 : 0;
      const dir = norm(m[3] ?? '') === 'before' ? -1 : 1;
      push(m.index, m.index + m[0].length, addDays(refDate(ref), base + dir * n * per));
    }
    return out;
  },
};
