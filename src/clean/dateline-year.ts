/**
 * The year of a dateline that prints none ("Caracas, Jan 23 (EFE).-") when the story carries no
 * stamp: wire copy as agencies file it. Without a year every weekday and month of the story stays
 * unresolved, so the year is read from the story's own evidence, and only when that evidence is
 * conclusive:
 *
 * - the weekday the lead gives the dateline day ("… on Wednesday swore himself in …"): one weekday,
 *   named without "last", "next", "since" and the like;
 * - the latest year the story names in a full date or with a month ("on Jan. 10, 2019", "in May
 *   2018"): the story is filed that year or the next one;
 * - the terms of the office holders it names with their title ("President Donald Trump": the
 *   story's day lies in one of his terms; office-years.ts).
 *
 * The year is taken when exactly one candidate year (both kinds of evidence must agree when both
 * are there) puts the dateline day on that weekday. Anything less (no weekday, no evidence, several
 * years or none fit) leaves the year unknown.
 */
import { MONTH_ALT } from './timestamp.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gu;
/**
 * Words before a weekday that move it off the dateline day ("since Tuesday", "next Friday"); a story
 * filed the next morning tells what happened "late Tuesday" or "overnight Tuesday".
 */
const OFF_DAY = /\b(?:last|next|since|until|till|by|before|after|from|previous|following|coming|this past|through|late|overnight)\s+$/iu;
/** A year printed with a month: "Jan. 10, 2019", "10 January 2019", "in May 2018", "January 2019". */
const DATED_YEAR = new RegExp(`\\b(?:${MONTH_ALT})\\.?(?: \\d{1,2}(?:st|nd|rd|th)?,?)? ((?:19|20)\\d{2})\\b|\\b\\d{1,2} (?:${MONTH_ALT})\\.?,? ((?:19|20)\\d{2})\\b`, 'giu');
const FUTURE_BEFORE = /\b(?:by|until|till|before|through|in time for|due in|next)\s+$/iu;
/** How much of the dateline paragraph is read for the weekday: its first sentence or so. */
const LEAD_CHARS = 400;

/** The one weekday (0 = Sunday) the lead gives the dateline day, or undefined. */
export function leadWeekday(lead: string): number | undefined {
  const head = lead.slice(0, LEAD_CHARS);
  const sentence = head.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? head;
  let found: number | undefined;
  for (const m of sentence.matchAll(WEEKDAY)) {
    if (OFF_DAY.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    const day = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    if (found !== undefined && found !== day) return undefined;
    found = day;
  }
  return found;
}

/** The latest year the text prints with a month, or undefined. */
export function latestDatedYear(text: string): number | undefined {
  let latest: number | undefined;
  for (const m of text.matchAll(DATED_YEAR)) {
    // A deadline or a target ("by January 2030") may lie after the filing year.
    if (FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const y = Number(m[1] ?? m[2]);
    if (latest === undefined || y > latest) latest = y;
  }
  return latest;
}

/**
 * The year of the dateline day `mo`/`d`, from the lead's weekday and the story's latest dated year;
 * undefined unless exactly one candidate year fits.
 */
export function datelineYear(date: { mo: number; d: number }, lead: string, text: string, inOffice?: (mo: number, d: number) => Set<number> | undefined): number | undefined {
  const weekday = leadWeekday(lead);
  if (weekday === undefined) return undefined;
  const latest = latestDatedYear(text);
  const dated = latest === undefined ? undefined : [latest, latest + 1];
  // Office holders' terms: asked only when the weekday is there to settle the year within them.
  const office = inOffice?.(date.mo, date.d);
  let candidates: number[];
  if (dated && office) candidates = dated.filter((y) => office.has(y));
  else if (dated) candidates = dated;
  else if (office) candidates = [...office];
  else return undefined;
  const fits = candidates.filter((y) => {
    const day = new Date(Date.UTC(y, date.mo - 1, date.d));
    // A day the month does not have (Feb 29 in a common year) rolls over: no fit.
    return day.getUTCDate() === date.d && day.getUTCDay() === weekday;
  });
  return fits.length === 1 ? fits[0] : undefined;
}
