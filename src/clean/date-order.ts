/**
 * Day/month order of a numeric date that the figures leave open ("05/06/2020"), settled by
 * evidence: the dateline's date (printed with a month name, so never ambiguous) when it agrees with
 * one reading only; dates printed near the stamp (the page's address, an update stamp); the order
 * the page's other numeric dates show; the dates the story names ("on Thursday, November 7"); last
 * the outlet's convention (US outlets and DW print slashed dates month first, the rest of the world day first; an outlet
 * we do not know has none).
 * When nothing decides, the date is not read at all: a publication date a month off is worse than none.
 */
import { agencyNamed } from './agencies.js';
import type { Stamp } from './timestamp.js';
import { agencyZone, isUsOutlet } from './zones.js';

/** DW's English site prints slashed dates month first, as US outlets do ("02/24/2022"; its dotted dates, "24.02.2022", are day first, as every dotted date is). */
const MONTH_FIRST = /\b(?:Deutsche Welle|DW)\b/u;

/** Outlets outside the US that are no agency in agencies.ts (day first). */
const OTHER_OUTLETS = /\b(?:Guardian|Independent|Telegraph|Financial Times|The Times|Sky News|France 24|RFI|Euronews|Times of India|Hindustan Times|The Hindu|NDTV|Dawn|South China Morning Post|SCMP|Straits Times|Japan Times|Korea Herald|Korea Times|Moscow Times|Kyiv Independent|Hurriyet|Daily Sabah|Arab News|Gulf News|Haaretz|Times of Israel|Jerusalem Post|ABC Australia|Sydney Morning Herald)\b/iu;

export type DateOrder = 'dm' | 'md';

/** The order an outlet prints numeric dates in, if we know it. */
export function outletOrder(outlet: string | undefined): DateOrder | undefined {
  if (!outlet) return undefined;
  if (MONTH_FIRST.test(outlet) || isUsOutlet(outlet)) return 'md';
  if (agencyNamed(outlet) || agencyZone(outlet) || OTHER_OUTLETS.test(outlet)) return 'dm';
  return undefined;
}

/** Days between a date and a month-day pair (in the evidence's year, or the year around it that is nearest). */
function dayGap(y: number, a: { mo: number; d: number }, b: { y?: number | undefined; mo: number; d: number }): number {
  const at = Date.UTC(y, a.mo - 1, a.d);
  const years = b.y !== undefined ? [b.y] : [y - 1, y, y + 1];
  return Math.min(...years.map((by) => Math.abs(at - Date.UTC(by, b.mo - 1, b.d)))) / 86_400_000;
}

/** Signed days from a date to the evidence date (negative: the evidence is earlier), nearest year when it has none. */
function signedGap(y: number, a: { mo: number; d: number }, b: { y?: number | undefined; mo: number; d: number }): number {
  const at = Date.UTC(y, a.mo - 1, a.d);
  const years = b.y !== undefined ? [b.y] : [y - 1, y, y + 1];
  let best = Infinity;
  for (const by of years) {
    const g = (Date.UTC(by, b.mo - 1, b.d) - at) / 86_400_000;
    if (Math.abs(g) < Math.abs(best)) best = g;
  }
  return best;
}

/** A dateline's date and the publication date differ by a day or two at most (time zones, late filing). */
const MAX_DATELINE_GAP_DAYS = 2;
/**
 * The page's address date and its update stamps lie within days of publication. The two readings
 * of an open date are at least four weeks apart, so a week cannot fit both.
 */
const MAX_NEAR_GAP_DAYS = 7;
/** A story names the day of what it reports, or a day or two before: "on Thursday, November 7". */
const MAX_MENTION_DAYS_BEFORE = 3;

export interface OrderHints {
  /** The outlet that printed the stamp (site name, header-line credit, dateline credit, byline). */
  outlet?: string | undefined;
  /** The dateline's date, printed with a month name. */
  dateline?: { mo: number; d: number } | undefined;
  /**
   * Dates the page prints that lie within days of publication: the date in its address, its update
   * stamps. An update stamp whose own order is open is read in the same order as the stamp.
   */
  near?: ReadonlyArray<{ y?: number | undefined; mo: number; d: number; ambiguousOrder?: boolean | undefined }> | undefined;
  /** The order the page's other numeric dates show ("15/11/2024": day first). */
  pageOrder?: DateOrder | undefined;
  /** Dates the story names with a month ("November 7"). */
  mentioned?: ReadonlyArray<{ y?: number | undefined; mo: number; d: number }> | undefined;
}

/** Which of the two readings the evidence points to, when it points to one only. */
function oneOf(dayFirst: boolean, monthFirst: boolean): DateOrder | undefined {
  if (dayFirst === monthFirst) return undefined;
  return dayFirst ? 'dm' : 'md';
}

/**
 * The stamp with its day and month settled; undefined when nothing settles them. A stamp that
 * was never ambiguous comes back as it is. Evidence is weighed from the page's own word to habit:
 * the dateline, dates printed near the stamp (address, update), the order the page's other
 * numeric dates show, the dates the story names, and last the outlet's convention.
 */
export function settleOrder(stamp: Stamp, hints: OrderHints): Stamp | undefined {
  if (!stamp.ambiguousOrder) return stamp;
  const { ambiguousOrder: _settled, ...rest } = stamp;
  const dayFirst: Stamp = rest;
  const monthFirst: Stamp = { ...rest, mo: stamp.d, d: stamp.mo };
  const pick = (order: DateOrder | undefined): Stamp | undefined => (order === 'dm' ? dayFirst : order === 'md' ? monthFirst : undefined);
  // The dateline is the story's own word on the day: when it agrees with one reading only, that
  // reading stands even against the outlet's habit (a US story on a British site).
  const dl = hints.dateline;
  if (dl) {
    const order = oneOf(dayGap(stamp.y, dayFirst, dl) <= MAX_DATELINE_GAP_DAYS, dayGap(stamp.y, monthFirst, dl) <= MAX_DATELINE_GAP_DAYS);
    if (order) return pick(order);
  }
  if (hints.near?.length) {
    const fits = (reading: Stamp, order: DateOrder): boolean => hints.near!.some((n) => {
      // An update stamp printed the same way is read the same way ("11/07/2024 … Updated 12/07/2024").
      const date = n.ambiguousOrder && order === 'md' ? { y: n.y, mo: n.d, d: n.mo } : n;
      return dayGap(reading.y, reading, date) <= MAX_NEAR_GAP_DAYS;
    });
    const order = oneOf(fits(dayFirst, 'dm'), fits(monthFirst, 'md'));
    if (order) return pick(order);
  }
  if (hints.pageOrder) return pick(hints.pageOrder);
  if (hints.mentioned?.length) {
    // The story's dates are the day it reports or just before it ("on Thursday, November 7"): they
    // show the page's own order even against the outlet's habit. A date named for later (a vote "on
    // November 7") may sit on the other reading, so only a reading no other date supports is taken.
    const supports = (reading: Stamp): boolean => hints.mentioned!.some((m) => {
      const g = signedGap(reading.y, reading, m);
      return g <= 0 && g >= -MAX_MENTION_DAYS_BEFORE;
    });
    const byText = oneOf(supports(dayFirst), supports(monthFirst));
    if (byText) return pick(byText);
  }
  const habit = outletOrder(hints.outlet);
  if (habit) return pick(habit);
  return undefined;
}
