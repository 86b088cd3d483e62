/**
 * Resolving what the text leaves open against the reference: the year of "June 12", the month of
 * "in May", the date of "Friday". Past tense looks back, future tense looks ahead, and without a
 * tense the nearest occurrence wins. Without a reference the open part stays X (`XXXX-06-12`).
 */
import { addDays, daysBetween, fmtDate, fmtMonth, pad, type CivilDate } from './calendar.js';
import type { Reference } from './reference.js';
import type { Tense } from './tense.js';

export interface Resolved {
  value: string;
  inferred: boolean;
}

function cmp(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const PAST_SLACK_DAYS = 60;
const FUTURE_SLACK_DAYS = 30;

/** The year of a month and day printed without one. */
export function yearForMonthDay(month: number, day: number, ref: Reference, tense: Tense): number {
  const same = { year: ref.year, month, day };
  const c = cmp(same, ref);
  if (c === 0) return ref.year;
  // Tense is read from nearby words and sometimes wrongly: a date just ahead of a past-tense verb
  // (or just behind a future one) is more likely this year's than one a year away.
  const days = daysBetween(ref, same);
  if (tense === 'past') return days > PAST_SLACK_DAYS ? ref.year - 1 : ref.year;
  if (tense === 'future' || tense === 'modal') return days < -FUTURE_SLACK_DAYS ? ref.year + 1 : ref.year;
  // No tense: the occurrence within half a year of the reference.
  const monthsAway = (month - ref.month) + (day - ref.day) / 31;
  if (monthsAway > 6) return ref.year - 1;
  if (monthsAway < -6) return ref.year + 1;
  return ref.year;
}

export function resolveMonthDay(month: number, day: number, ref: Reference | undefined, tense: Tense): Resolved {
  if (!ref) return { value: `XXXX-${pad(month)}-${pad(day)}`, inferred: false };
  return { value: fmtDate({ year: yearForMonthDay(month, day, ref, tense), month, day }), inferred: true };
}

export function resolveMonth(month: number, ref: Reference | undefined, tense: Tense): Resolved {
  if (!ref) return { value: `XXXX-${pad(month)}`, inferred: false };
  let year = ref.year;
  if (month !== ref.month) {
    // Past tense allows one month ahead ("told them of a cutback in September" in August: a past
    // verb, a coming month); two or more ahead is last year's ("sales rose in April" in February).
    if (tense === 'past') year = month > ref.month + 1 ? ref.year - 1 : ref.year;
    else if (tense === 'future') year = month < ref.month ? ref.year + 1 : ref.year;
    // A modal is often a plan seen from the past ("said it would vote in November", "was expected
    // in November" in a December story): the month just gone is still this year's.
    else if (tense === 'modal') year = month < ref.month - 1 ? ref.year + 1 : ref.year;
    else if (month - ref.month > 6) year = ref.year - 1;
    else if (ref.month - month > 6) year = ref.year + 1;
  }
  return { value: fmtMonth(year, month), inferred: true };
}

/**
 * The date of a weekday named alone: in the past tense the latest one on or before the reference,
 * in the future tense the next on or after it (the present tense counts as the past: news reports
 * what has happened), and without a clear tense the nearer of the two
 * (the past on a tie, since news mostly reports what happened).
 */
export function weekdayDate(weekday: number, ref: Reference, tense: Tense): CivilDate {
  if (weekday === ref.weekday) return { year: ref.year, month: ref.month, day: ref.day };
  const ahead = (weekday - ref.weekday + 7) % 7;
  const back = (ref.weekday - weekday + 7) % 7;
  if (tense === 'future') return addDays(ref, ahead);
  // "Thursday's closing price", "officials say Monday's vote ...": a weekday beside a present-tense
  // verb in news is a report of the days just gone far more often than an announcement.
  if (tense === 'past' || tense === 'present') return addDays(ref, -back);
  // No clear tense: the nearer one, the past on a tie.
  return ahead < back ? addDays(ref, ahead) : addDays(ref, -back);
}

export function resolveWeekday(weekday: number, ref: Reference | undefined, tense: Tense): Resolved {
  if (!ref) return { value: `XXXX-WXX-${weekday}`, inferred: false };
  return { value: fmtDate(weekdayDate(weekday, ref, tense)), inferred: true };
}

export function refDate(ref: Reference): CivilDate {
  return { year: ref.year, month: ref.month, day: ref.day };
}
