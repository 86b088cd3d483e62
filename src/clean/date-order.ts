/**
 * Day/month order of a numeric date that the figures leave open ("05/06/2020"). The dateline's
 * date (printed with a month name, so never ambiguous) decides when it agrees with one reading
 * only; otherwise the outlet's convention: US outlets print month first, the rest of the world day
 * first. An outlet we do not know has none. When nothing decides, the date is not read at all: a
 * publication date a month off is worse than none.
 */
import { agencyNamed } from './agencies.js';
import type { Stamp } from './timestamp.js';
import { agencyZone } from './zones.js';

/** US outlets and agencies, as site names and credits print them (month first). */
const US_OUTLETS = /\b(?:AP|AP News|Associated Press|UPI|United Press International|Bloomberg|CNN|CNBC|NPR|PBS|Fox News|NBC News|CBS News|ABC News|New York Times|NYT|Washington Post|Wall Street Journal|WSJ|USA Today|Politico|The Hill|Axios|Voice of America|VOA|Los Angeles Times|Chicago Tribune|Newsweek|Forbes|Business Insider|RFE\/RL|Radio Free Europe|Radio Free Asia)\b/u;

/** Outlets outside the US that are no agency in agencies.ts (day first). */
const OTHER_OUTLETS = /\b(?:Guardian|Independent|Telegraph|Financial Times|The Times|Sky News|Deutsche Welle|DW|France 24|RFI|Euronews|Times of India|Hindustan Times|The Hindu|NDTV|Dawn|South China Morning Post|SCMP|Straits Times|Japan Times|Korea Herald|Korea Times|Moscow Times|Kyiv Independent|Hurriyet|Daily Sabah|Arab News|Gulf News|Haaretz|Times of Israel|Jerusalem Post|ABC Australia|Sydney Morning Herald)\b/iu;

export type DateOrder = 'dm' | 'md';

/** The order an outlet prints numeric dates in, if we know it. */
export function outletOrder(outlet: string | undefined): DateOrder | undefined {
  if (!outlet) return undefined;
  if (US_OUTLETS.test(outlet)) return 'md';
  if (agencyNamed(outlet) || agencyZone(outlet) || OTHER_OUTLETS.test(outlet)) return 'dm';
  return undefined;
}

/** Days between a date and a month-day pair (the dateline, in the year around it that is nearest). */
function dayGap(y: number, a: { mo: number; d: number }, b: { mo: number; d: number }): number {
  const at = Date.UTC(y, a.mo - 1, a.d);
  return Math.min(...[y - 1, y, y + 1].map((by) => Math.abs(at - Date.UTC(by, b.mo - 1, b.d)))) / 86_400_000;
}

/** A dateline's date and the publication date differ by a day or two at most (time zones, late filing). */
const MAX_DATELINE_GAP_DAYS = 2;

export interface OrderHints {
  /** The outlet that printed the stamp (site name, header-line credit, dateline credit). */
  outlet?: string | undefined;
  /** The dateline's date, printed with a month name. */
  dateline?: { mo: number; d: number } | undefined;
}

/**
 * The stamp with its day and month settled; undefined when nothing settles them. A stamp that
 * was never ambiguous comes back as it is.
 */
export function settleOrder(stamp: Stamp, hints: OrderHints): Stamp | undefined {
  if (!stamp.ambiguousOrder) return stamp;
  const { ambiguousOrder: _settled, ...rest } = stamp;
  const dayFirst: Stamp = rest;
  const monthFirst: Stamp = { ...rest, mo: stamp.d, d: stamp.mo };
  // The dateline is the story's own word on the day: when it agrees with one reading only, that
  // reading stands even against the outlet's habit (a US story on a British site).
  const dl = hints.dateline;
  if (dl) {
    const nearDayFirst = dayGap(stamp.y, dayFirst, dl) <= MAX_DATELINE_GAP_DAYS;
    const nearMonthFirst = dayGap(stamp.y, monthFirst, dl) <= MAX_DATELINE_GAP_DAYS;
    if (nearDayFirst !== nearMonthFirst) return nearDayFirst ? dayFirst : monthFirst;
  }
  const order = outletOrder(hints.outlet);
  if (order) return order === 'dm' ? dayFirst : monthFirst;
  return undefined;
}
