/**
 * The value forms a learned ranker may choose among for one candidate, each named by a label that
 * means the same thing in every document ("the same period a year back, as a quarter"), so a model
 * trained on some articles applies to others. `keep` is the rules' own value; `drop` unmarks the
 * expression. Forms that do not apply to a candidate's value are absent.
 */
import { addDays, fmtDate, pad, quarterOf, weekdayOf, type CivilDate } from '../calendar.js';
import type { Candidate } from '../candidate.js';
import type { Reference } from '../reference.js';
import { WEEKDAYS } from '../lexicon.js';

export const KEEP = 'keep';
export const DROP = 'drop';
/** A training label only: the expression is a time, but none of its forms is the right value. */
export const WRONG = 'wrong';

/** Every label a model can hold, in the order ties are broken (earlier wins). */
export const LABELS = [
  KEEP, DROP, WRONG,
  'week:XX', 'dur:P1W', 'month', 'month:XX', 'year',
  'quarter:last', 'quarter:this', 'quarter:XX', 'dur:P1Q',
  'same:day', 'same:month',
  'year-1', 'year+1',
  'weekday:back', 'weekday:ahead',
  'PAST_REF', 'PRESENT_REF', 'FUTURE_REF',
] as const;
export type Label = (typeof LABELS)[number];

const WEEK = /^(\d{4})-W\d\d$/u;
const DAY = /^(\d{4})-(\d\d)-\d\d$/u;
const MONTH = /^\d{4}-\d\d$/u;
const YEAR = /^(\d{4})$/u;
const QUARTER = /^(\d{4})-Q[1-4X]$/u;
const LEADING_YEAR = /^(\d{4})(?=-|$)/u;
const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;

/** The last calendar quarter that has ended by the reference: what a results story reports. */
function lastQuarter(ref: Reference): { year: number; q: number } {
  const q = quarterOf(ref.month) - 1;
  return q === 0 ? { year: ref.year - 1, q: 4 } : { year: ref.year, q };
}

function weekdayNear(weekday: number, ref: CivilDate, dir: -1 | 1): string {
  const refWd = weekdayOf(ref);
  const n = dir < 0 ? -((refWd - weekday + 7) % 7) : (weekday - refWd + 7) % 7;
  return fmtDate(addDays(ref, n));
}

/** label → value for the forms that apply to `c`; always holds `keep`. */
export function formsOf(c: Pick<Candidate, 'value' | 'start' | 'end'>, text: string, ref: Reference | undefined): Map<Label, string> {
  const v = c.value;
  const out = new Map<Label, string>([[KEEP, v]]);
  const add = (label: Label, value: string) => { if (!out.has(label) && value !== v) out.set(label, value); };
  for (const r of ['PAST_REF', 'PRESENT_REF', 'FUTURE_REF'] as const) add(r, r);
  const week = WEEK.exec(v);
  if (week) {
    add('week:XX', `${week[1]}-WXX`);
    add('dur:P1W', 'P1W');
    if (ref && Number(week[1]) === ref.year) add('month', `${ref.year}-${pad(ref.month)}`);
    if (ref && Number(week[1]) === ref.year) add('month:XX', `${ref.year}-${pad(ref.month)}-XX`);
  }
  const day = DAY.exec(v);
  if (day) {
    add('month', `${day[1]}-${day[2]}`);
    add('year', day[1] ?? '');
    const wd = WEEKDAY_WORD.exec(text.slice(c.start, c.end));
    const weekday = wd ? WEEKDAYS[(wd[1] ?? '').toLowerCase()] : undefined;
    if (ref && weekday !== undefined) {
      add('weekday:back', weekdayNear(weekday, ref, -1));
      add('weekday:ahead', weekdayNear(weekday, ref, 1));
    }
  }
  if (MONTH.test(v)) add('year', v.slice(0, 4));
  const year = YEAR.exec(v) ?? QUARTER.exec(v);
  if (year && ref) {
    const y = year[1] ?? '';
    const last = lastQuarter(ref);
    add('quarter:last', `${y}-Q${last.q}`);
    add('quarter:this', `${y}-Q${quarterOf(ref.month)}`);
    add('quarter:XX', `${y}-QX`);
    add('same:day', `${y}-${pad(ref.month)}-${pad(ref.day)}`);
    add('same:month', `${y}-${pad(ref.month)}`);
    if (QUARTER.exec(v)) { add('year', y); add('dur:P1Q', 'P1Q'); }
  }
  const lead = LEADING_YEAR.exec(v);
  if (lead && !week) {
    const y = Number(lead[1]);
    add('year-1', `${pad(y - 1, 4)}${v.slice(4)}`);
    add('year+1', `${pad(y + 1, 4)}${v.slice(4)}`);
  }
  return out;
}

/** The TIMEX3 type that goes with a form's value: a period is a duration, the rest keep theirs. */
export function typeFor(value: string, fallback: Candidate['type']): Candidate['type'] {
  if (value.startsWith('P')) return 'DURATION';
  if (value.endsWith('_REF')) return 'DATE';
  return fallback;
}
