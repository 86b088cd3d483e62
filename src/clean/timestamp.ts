/**
 * Timestamps as sources print them: ISO 8601, RFC 822 (feeds), Reuters-21578's `26-FEB-1987
 * 15:01:01.79`, and free text ("June 14, 2018, 16:10", "Friday, January 4, 2019", "14 June 2018
 * 4:10 pm MSK", "16/08/2020 - 18:55 GMT", "Sun 16 Aug 2020 18.55 BST", "16 Aug 2020 18:55 (GMT+3)").
 * What is stated (an offset) is kept apart from what is missing (no time, no zone), and a numeric
 * date whose day/month order is open is marked so (date-order.ts settles it). A zone named by its
 * city ("16:10 Moscow time") is that city's.
 */
import { cityZone } from './zones.js';

export interface Stamp {
  y: number;
  mo: number;
  d: number;
  /** Absent when only a date was printed. */
  time?: { h: number; mi: number; s: number };
  /** UTC offset in minutes, only when the source stated one (Z, +03:00, GMT, EST …). */
  offset?: number;
  /**
   * A zone abbreviation that names several zones ("CST": US Central or China). `offset` holds its
   * most common reading; the source's home settles which one it is, and an abbreviation with no
   * usual reading that nothing settles is left out (see `settleAbbreviation`).
   */
  ambiguousZone?: string;
  /** A zone named without its DST state ("9:15 a.m. ET"): the offset follows from the date. */
  zone?: string;
  /** The zone a stated abbreviation names ("MSK": Europe/Moscow), when it names one region. */
  abbreviationZone?: string;
  /**
   * A numeric date whose order the figures do not settle ("05/06/2020": both parts 12 or less).
   * `mo` and `d` hold the day-first reading; the month-first reading swaps them. The source's
   * convention or the dateline decides (see `settleOrder` in date-order.ts).
   */
  ambiguousOrder?: boolean;
}

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  // Russian sources (TASS, RIA, Interfax in Russian) print the genitive: "14 июня".
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12,
};

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/u, '')];
}

/** Zone abbreviations wire copy uses, with their offsets in minutes. */
const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Z: 0, UT: 0, UTC: 0, GMT: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  TRT: 180, EAT: 180, SAST: 120, GST: 240, CAT: 120, WAT: 60, IRST: 210, PKT: 300, IST: 330, ICT: 420, WIB: 420, AST: 180,
  HKT: 480, SGT: 480, PHT: 480, KST: 540, JST: 540, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/**
 * Abbreviations several zones share. Each reading is taken when the source's home (its outlet, its
 * address, the dateline city) lies in one of the reading's zones. `usual` is the reading when
 * nothing points elsewhere (BST is British unless the source is Bangladeshi); an abbreviation
 * without one ("IST": India, Israel or Ireland; "CST": US Central or China) is left out rather than
 * guessed when nothing settles it.
 */
interface SharedAbbreviation {
  usual?: number;
  readings: ReadonlyArray<{ offset: number; zones: RegExp }>;
}
const SHARED_ABBREVIATIONS: Readonly<Record<string, SharedAbbreviation>> = {
  IST: {
    readings: [
      { offset: 330, zones: /^Asia\/(?:Kolkata|Calcutta)$/u },
      { offset: 120, zones: /^Asia\/(?:Jerusalem|Tel_Aviv)$/u },
      { offset: 60, zones: /^Europe\/Dublin$/u },
    ],
  },
  CST: {
    readings: [
      { offset: -360, zones: /^America\/(?!Havana)/u },
      { offset: 480, zones: /^Asia\/(?:Shanghai|Hong_Kong|Taipei|Macau|Chongqing|Urumqi)$/u },
      { offset: -300, zones: /^America\/Havana$/u },
    ],
  },
  // Arabia Standard Time (Riyadh, Baghdad, Kuwait, Doha) or Atlantic Standard Time (Halifax, Puerto Rico).
  AST: {
    readings: [
      { offset: 180, zones: /^Asia\/(?:Riyadh|Baghdad|Kuwait|Qatar|Bahrain|Aden)$/u },
      { offset: -240, zones: /^America\/(?:Halifax|Puerto_Rico|Santo_Domingo|Barbados|Moncton)$/u },
    ],
  },
  BST: { usual: 60, readings: [{ offset: 60, zones: /^Europe\/London$/u }, { offset: 360, zones: /^Asia\/Dhaka$/u }] },
  // Pakistan Standard Time beside US Pacific; Malaysia Standard Time beside US Mountain.
  PST: { usual: -480, readings: [{ offset: -480, zones: /^America\//u }, { offset: 300, zones: /^Asia\/Karachi$/u }] },
  MST: { usual: -420, readings: [{ offset: -420, zones: /^America\//u }, { offset: 480, zones: /^Asia\/Kuala_Lumpur$/u }] },
};

/** The region an abbreviation names, so the record can carry a zone with its rules (DST). */
const ABBREVIATION_ZONES: Readonly<Record<string, string>> = {
  BST: 'Europe/London', MSK: 'Europe/Moscow', GST: 'Asia/Dubai', TRT: 'Europe/Istanbul', IRST: 'Asia/Tehran', PKT: 'Asia/Karachi',
  IST: 'Asia/Kolkata', ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta', HKT: 'Asia/Hong_Kong', SGT: 'Asia/Singapore',
  PHT: 'Asia/Manila', KST: 'Asia/Seoul', JST: 'Asia/Tokyo', AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', EST: 'America/New_York', EDT: 'America/New_York',
  CST: 'America/Chicago', CDT: 'America/Chicago', MST: 'America/Denver', MDT: 'America/Denver',
  PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles', SAST: 'Africa/Johannesburg',
  // Universal time: the record's zone when no agency or city zone agrees with the offset (London in winter).
  Z: 'UTC', UT: 'UTC', UTC: 'UTC', GMT: 'UTC',
};

/** The zone an abbreviation names, if it names one region ("CET" names many). */
export function abbreviationZone(abbr: string): string | undefined {
  return ABBREVIATION_ZONES[abbr.toUpperCase()];
}

/** US sites name the zone without saying standard or daylight time ("ET"): the date decides. */
const GENERIC_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
};

/** The reading a shared abbreviation has when nothing points elsewhere; undefined when it has none ("IST"). */
export function usualOffset(abbr: string): number | undefined {
  return SHARED_ABBREVIATIONS[abbr.toUpperCase()]?.usual;
}

/**
 * The offset a shared abbreviation has for a source whose home is among `zones` (most telling
 * first): the first zone a reading names settles it; else the usual reading, if the abbreviation
 * has one; else undefined (left out, not guessed).
 */
export function settleAbbreviation(abbr: string, zones: ReadonlyArray<string | undefined>): number | undefined {
  const shared = SHARED_ABBREVIATIONS[abbr.toUpperCase()];
  if (!shared) return parseOffset(abbr);
  for (const z of zones) {
    const reading = z ? shared.readings.find((r) => r.zones.test(z)) : undefined;
    if (reading) return reading.offset;
  }
  return shared.usual;
}

/** Month names for patterns: English full and short, and Russian genitive. */
export const MONTH_ALT = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec'
  + '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?$/iu;
const RFC822 = new RegExp(`^(?:[a-z]{3,9},? )?(\\d{1,2}) (${MONTH_ALT})\\.?,? (\\d{2,4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?: ?([+-]\\d{4}|[a-z]{1,4}))?$`, 'iu');
const REUTERS = new RegExp(`^(\\d{1,2})-(${MONTH_ALT})-(\\d{4}) (\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?$`, 'iu');
/** A time after a printed date: ", 16:10", " at 4:10 pm", " 16:10 MSK". */
const TIME_AFTER = /^(?:,| at| @| -| \|| \/| [·•–—]|:)? ?(\d{1,2})([:.h])(\d{2})(?::(\d{2}))?(?: ?(?:hrs|hours|uhr)\b\.?)?(?: ?([ap])\.?m\b\.?)?(?: ?\(?((?:GMT|UTC) ?[+-]\d{1,2}(?::?\d{2})?|Z|UTC|GMT|[A-Z]{2,4}|[+-]\d{2}:?\d{2})\)?)?/iu;
/** What may follow a time printed with a dot or an h ("18.55 BST", "18h55"): the end of the line or a field separator, not "2.50 million". */
const AFTER_DOTTED_TIME = /^(?:$|[\s,;|·•)/–—-](?![\d\p{Ll}]))/u;
const MONTH_FIRST = new RegExp(`\\b(${MONTH_ALT})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'iu');
/**
 * "14 June 2018", "25 Mar. 2024", "08-Mar-2024", "16th August 2020", "16th of August 2020", and Al
 * Arabiya's "07 November ,2024" (the comma before the year).
 */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ -](?:of )?(${MONTH_ALT})(?:\\.?,?[ -]| ,)(\\d{4})\\b`, 'iu');
/** "2024-12-18 21:30:12", "2024/12/18", "2024.12.18", Jiji's "2024/12/18-21:30" (year first is never ambiguous). */
const ISO_IN_TEXT = /\b(\d{4})([-/.])(\d{2})\2(\d{2})(?:[T -](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?(?!\d)/u;
/**
 * Numeric dates: "03.05.2023", "16/08/2020", "16-08-2020". Dotted dates are day first wherever they
 * are printed (Anadolu, dpa, ANSA); with a slash or a dash the order is the source's convention.
 */
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/u;

/** Day and month of a numeric date; undefined when neither order is a date. */
function numericDate(a: number, b: number, sep: string): { d: number; mo: number; ambiguous: boolean } | undefined {
  if (a > 12 && b > 12) return undefined;
  if (a > 12) return { d: a, mo: b, ambiguous: false };
  if (b > 12) return { d: b, mo: a, ambiguous: false };
  return { d: a, mo: b, ambiguous: sep !== '.' && a !== b };
}

function valid(s: Stamp): Stamp | undefined {
  if (s.mo < 1 || s.mo > 12 || s.d < 1 || s.d > 31 || s.y < 1000 || s.y > 9999) return undefined;
  if (s.time && (s.time.h > 23 || s.time.mi > 59 || s.time.s > 60)) return undefined;
  return s;
}

/** Sets the offset a zone token states (and flags an ambiguous abbreviation); false if it states none. */
function applyZone(st: Stamp, z: string | undefined): boolean {
  const generic = z ? GENERIC_ZONES[z.toUpperCase()] : undefined;
  if (generic) {
    st.zone = generic;
    return true;
  }
  const off = parseOffset(z);
  if (off === undefined) return false;
  st.offset = off;
  const up = z!.toUpperCase();
  if (up in SHARED_ABBREVIATIONS) st.ambiguousZone = up;
  const region = abbreviationZone(up);
  if (region) st.abbreviationZone = region;
  return true;
}

function parseOffset(z: string | undefined): number | undefined {
  if (!z) return undefined;
  const up = z.toUpperCase();
  if (Object.hasOwn(ZONE_ABBREVIATIONS, up)) return ZONE_ABBREVIATIONS[up];
  // "+03:00", "+0300", and "GMT+3" / "UTC+05:30" as sites print them.
  const m = /^(?:GMT|UTC)? ?([+-])(\d{1,2}):?(\d{2})?$/iu.exec(z);
  if (!m) return undefined;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -mins : mins;
}

function year(s: string): number {
  const n = Number(s);
  return s.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

function to24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase() === 'p';
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}

/** Parse a whole string as a timestamp; undefined when it is not one. */
export function parseStamp(input: string): Stamp | undefined {
  const s = input.trim().replace(/\s+/gu, ' ');
  let m = ISO.exec(s);
  if (m) {
    const st: Stamp = { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) };
    if (m[4] !== undefined) st.time = { h: Number(m[4]), mi: Number(m[5]), s: Number(m[6] ?? 0) };
    if (st.time) applyZone(st, m[7]);
    return valid(st);
  }
  m = RFC822.exec(s);
  if (m) {
    const st: Stamp = { y: year(m[3]!), mo: monthNumber(m[2]!)!, d: Number(m[1]) };
    if (m[4] !== undefined) st.time = { h: Number(m[4]), mi: Number(m[5]), s: Number(m[6] ?? 0) };
    if (st.time) applyZone(st, m[7]);
    return valid(st);
  }
  // Seconds (or milliseconds) since the epoch, as JSON exports often give: an instant in UTC.
  if (/^\d{10}(?:\d{3})?$/u.test(s)) {
    const d = new Date(s.length === 13 ? Number(s) : Number(s) * 1000);
    return valid({ y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), time: { h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() }, offset: 0 });
  }
  m = REUTERS.exec(s);
  if (m) {
    return valid({ y: Number(m[3]), mo: monthNumber(m[2]!)!, d: Number(m[1]), time: { h: Number(m[4]), mi: Number(m[5]), s: Number(m[6]) } });
  }
  const found = findStamp(s);
  // Free text counts as a timestamp only when the date is nearly all of it ("Friday, January 4, 2019").
  if (found && s.length - (found.end - found.start) <= 12) return found.stamp;
  return undefined;
}

export interface FoundStamp {
  stamp: Stamp;
  start: number;
  end: number;
}

/** A zone printed after an ISO date-time ("2024-03-25 16:02 GMT"): capitals only, so a word is not one. */
const ZONE_AFTER = /^ ?\(?((?:GMT|UTC) ?[+-]\d{1,2}(?::?\d{2})?|Z|[A-Z]{2,4}|[+-]\d{2}:?\d{2})\)?(?![\p{L}\d])/u;
/** A time printed before the date ("4:02 PM EDT, March 25, 2024", "16:10, January 15, 2024", "2:30 PM GMT+3, November 7, 2024"). */
const TIME_BEFORE = /(?:^|[\s,|(])(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])\.?m\.?)?(?: \(?((?:GMT|UTC) ?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,4})\)?)? ?[,|·•/–—-]? ?$/iu;
/** "Moscow time", "(Beijing time)", "New Delhi time" after a time. */
const CITY_TIME = /^,? ?\(?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) [Tt]ime\)?/u;
/** How far before a date a time printed before it may start. */
const TIME_BEFORE_WINDOW = 32;

/** The first printed date (with its time and zone, printed right after or right before it) inside a line. */
export function findStamp(line: string): FoundStamp | undefined {
  let best: { m: RegExpExecArray; kind: 'mf' | 'df' | 'iso' | 'num' } | undefined;
  for (const [re, kind] of [[MONTH_FIRST, 'mf'], [DAY_FIRST, 'df'], [ISO_IN_TEXT, 'iso'], [NUMERIC, 'num']] as const) {
    const m = re.exec(line);
    if (m && (!best || m.index < best.m.index)) best = { m, kind };
  }
  if (!best) return undefined;
  const { m, kind } = best;
  let stamp: Stamp;
  if (kind === 'mf') stamp = { y: Number(m[3]), mo: monthNumber(m[1]!)!, d: Number(m[2]) };
  else if (kind === 'df') stamp = { y: Number(m[3]), mo: monthNumber(m[2]!)!, d: Number(m[1]) };
  else if (kind === 'num') {
    const dm = numericDate(Number(m[1]), Number(m[3]), m[2]!);
    if (!dm) return undefined;
    stamp = { y: Number(m[4]), mo: dm.mo, d: dm.d };
    if (dm.ambiguous) stamp.ambiguousOrder = true;
  }
  else {
    stamp = { y: Number(m[1]), mo: Number(m[3]), d: Number(m[4]) };
    if (m[5] !== undefined) stamp.time = { h: Number(m[5]), mi: Number(m[6]), s: Number(m[7] ?? 0) };
  }
  let start = m.index;
  let end = m.index + m[0].length;
  if (stamp.time) {
    const z = ZONE_AFTER.exec(line.slice(end));
    if (z && applyZone(stamp, z[1])) end += z[0].length;
  } else {
    const after = line.slice(end);
    let t = TIME_AFTER.exec(after);
    // "18.55" or "18h55" is a time only where a time can end (the Guardian's "16 August 2020 18.55 BST").
    // A word the pattern tried as a zone ("18.55 Updated: …") is what follows the time.
    if (t && t[2] !== ':') {
      const known = t[6] !== undefined && (parseOffset(t[6]) !== undefined || GENERIC_ZONES[t[6].toUpperCase()] !== undefined);
      const timeEnd = t[6] !== undefined && !known ? t[0].slice(0, t[0].lastIndexOf(t[6])).replace(/[\s(]+$/u, '').length : t[0].length;
      if (!AFTER_DOTTED_TIME.test(after.slice(timeEnd))) t = null;
    }
    if (t) {
      stamp.time = { h: to24(Number(t[1]), t[5]), mi: Number(t[3]), s: Number(t[4] ?? 0) };
      const stated = applyZone(stamp, t[6]);
      // An unknown capitalized word after the time is not a zone: leave it out of the match.
      end += stated || !t[6] ? t[0].length : t[0].length - t[6].length;
    } else {
      const from = Math.max(0, start - TIME_BEFORE_WINDOW);
      const b = TIME_BEFORE.exec(line.slice(from, start));
      // Only a known zone is taken with the time; an unknown word there is not part of the stamp.
      if (b && (!b[5] || parseOffset(b[5]) !== undefined || GENERIC_ZONES[b[5].toUpperCase()])) {
        stamp.time = { h: to24(Number(b[1]), b[4]), mi: Number(b[2]), s: Number(b[3] ?? 0) };
        applyZone(stamp, b[5]);
        start = from + b.index + (/^[\s,|(]/u.test(b[0]) ? 1 : 0);
      }
    }
  }
  // A zone named by its city ("16:10 Moscow time", "21:30 (Beijing time)"): that city's zone, with its rules.
  if (stamp.time && stamp.offset === undefined && !stamp.zone) {
    const named = CITY_TIME.exec(line.slice(end));
    const zone = named ? cityZone(named[1]) : undefined;
    if (zone) {
      stamp.zone = zone;
      end += named![0].length;
    }
  }
  const ok = valid(stamp);
  return ok ? { stamp: ok, start, end } : undefined;
}
