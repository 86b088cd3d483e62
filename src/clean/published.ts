/**
 * The publication time: always ISO 8601 with an offset.
 *
 * - A stated offset is kept as stated; an ambiguous zone abbreviation ("CST", "IST") is read by
 *   the agency's or the dateline city's zone, and marked inferred.
 * - A local time without a zone gets the agency's home zone (TASS -> Europe/Moscow), else the
 *   dateline city's zone, else UTC; `publishedZoneInferred` says so.
 * - A date without a time (CSV `2019-01-04`, "Friday, January 4, 2019") becomes midnight of that
 *   day in the same inferred zone, with `publishedPrecision: 'day'`.
 *
 * Either way the value is written in local time with its own offset, so its first ten characters
 * are always the local publication date: the reference date the times stage needs.
 */
import { agencyZone, cityZone, formatIso, offsetForLocal, outletRegion, urlZone, type LocalTime } from './zones.js';
import { settleAbbreviation, usualOffset, type Stamp } from './timestamp.js';

export interface Published {
  published: string;
  zone?: string;
  zoneInferred?: boolean;
  precision?: 'day';
}

export interface ZoneHints {
  /** The zone the source's format implies; wins over the agency and the place. */
  zone?: string | undefined;
  agency?: string | undefined;
  place?: string | undefined;
  /**
   * Outlets the page names besides the agency (its site name, bylines' outlets) and its address:
   * evidence for which zone a shared abbreviation ("IST", "CST") means, never a zone of their own.
   */
  outlets?: ReadonlyArray<string | undefined> | undefined;
  url?: string | undefined;
  /** The city a byline names ("Jane Doe, New Delhi"): the weakest such evidence. */
  bylinePlace?: string | undefined;
}

export function inferZone(hints: ZoneHints): string {
  return hints.zone ?? agencyZone(hints.agency) ?? cityZone(hints.place) ?? 'UTC';
}

export function resolveStamp(stamp: Stamp, hints: ZoneHints): Published {
  const t: LocalTime = { y: stamp.y, mo: stamp.mo, d: stamp.d, h: stamp.time?.h ?? 0, mi: stamp.time?.mi ?? 0, s: stamp.time?.s ?? 0 };
  const out: Published = { published: '' };
  if (stamp.zone) {
    // A stated zone without its DST state ("ET"): stated, not inferred; the date gives the offset.
    out.published = formatIso(t, offsetForLocal(stamp.zone, t));
    out.zone = stamp.zone;
  } else if (stamp.offset !== undefined) {
    const home = agencyZone(hints.agency);
    // An abbreviation of several zones ("CST", "IST") is read by the source's home: the agency's,
    // the outlets' the page names, its address's country, the dateline city's. One that nothing
    // settles and that has no usual reading is left out rather than guessed: the printed time is
    // then kept as a local time in UTC, marked inferred.
    const evidence = stamp.ambiguousZone
      ? [hints.zone, outletRegion(hints.agency), ...(hints.outlets ?? []).map(outletRegion), urlZone(hints.url), cityZone(hints.place), cityZone(hints.bylinePlace)]
      : [];
    const settled = stamp.ambiguousZone ? settleAbbreviation(stamp.ambiguousZone, evidence) : stamp.offset;
    const offset = settled ?? 0;
    out.published = formatIso(t, offset);
    // A zone whose offset agrees with the stated one tells later stages the local rules: the agency's
    // home, the dateline city's, the region the abbreviation names ("MSK", "KST", "BST").
    const zone = settled === undefined ? undefined
      : [home, ...evidence, cityZone(hints.place), stamp.abbreviationZone].find((z) => z && offsetForLocal(z, t) === offset);
    if (zone) out.zone = zone;
    // A reading the source's home chose, or none, is inferred; the usual reading of a stated "BST" is not.
    if (stamp.ambiguousZone && (settled === undefined || settled !== usualOffset(stamp.ambiguousZone))) out.zoneInferred = true;
  } else {
    const zone = inferZone(hints);
    out.published = formatIso(t, offsetForLocal(zone, t));
    out.zone = zone;
    out.zoneInferred = true;
  }
  if (!stamp.time) out.precision = 'day';
  return out;
}
