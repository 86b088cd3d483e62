/**
 * Calendar arithmetic on plain civil dates (no time zones: the reference is already local), and the
 * TIMEX3 spellings of dates, weeks, quarters and seasons.
 */

/** A civil date; month 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}

export function fmtDate(d: CivilDate): string {
  return `${fmtYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

function toDays(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromDays(days: number): CivilDate {
  const t = new Date(days * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CivilDate, n: number): CivilDate {
  return fromDays(toDays(d) + n);
}

/** Month arithmetic on (year, month) only. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12 + 12) % 12 + 1 };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekdayOf(d: CivilDate): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week number and its year. */
export function isoWeek(d: CivilDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor((toDays(thursday) - toDays(jan1)) / 7) + 1 };
}

export function fmtWeek(d: CivilDate): string {
  const w = isoWeek(d);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The last quarter completed by a day's month: in October 1989 the third of 1989, in February the fourth of the year before. */
export function lastCompletedQuarter(d: { year: number; month: number }): { year: number; q: number } {
  const q = quarterOf(d.month) - 1;
  return q === 0 ? { year: d.year - 1, q: 4 } : { year: d.year, q };
}

export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toDays(b) - toDays(a);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}
