/**
 * The header line under a wire story's headline: a site's or agency's stamp naming the section and
 * the publication time. It comes in many shapes:
 *
 *   Issued on: 12/12/2015 - 21:51 Modified: 13/12/2015 - 09:10   (France 24)
 *   NEW DELHI, FEBRUARY 26, 2019 19:42 IST                     (The Hindu: a dateline joined to the stamp)
 *
 *   Russian Politics & Diplomacy June 14, 2018, 16:10        (TASS)
 *   KYODO NEWS - Mar 16, 2023 - 21:40 | Politics              (Kyodo)
 *   Updated 4:02 PM EDT, March 25, 2024                       (AP)
 *   Source: Xinhua    Editor: huaxia    2024-12-18 21:30:12   (Xinhua)
 *   March 14, 2018 / 1:02 PM / Updated 6 years ago            (Reuters web)
 *   Posted : 2023-05-20 14:05                                 (Yonhap)
 *   Published On 25 Mar 2024 · Middle East                    (Al Jazeera)
 *   03.05.2023 - Update : 03.05.2023                          (Anadolu)
 *   Jane Doe | 07.11.2024                                     (an author beside the date)
 *   Jane Doe, Nairobi | Published 07 Nov 2024, 14:30 EAT     (an author and a place)
 *
 * Read as: the first printed date (with a time printed after or before it) is the stamp; the rest
 * is split into fields at separators ("|", " - ", "·", " / ", "Label:" keys) and each field is
 * classified: a stamp label (Updated, Published on …), an age ("6 years ago"), a reading time, a
 * second stamp, an agency credit, an editor, the author (a byline: never the section; topics.ts
 * tells "Middle East" from "Jane Doe"), or the section name ("World | Asia" as printed). A field that is none of these
 * (a clause of prose) means the line is not a header. The line is metadata: the layout keeps it
 * out of the text.
 */
import { agencyAtStart } from './agencies.js';
import { isBoilerplate } from './boilerplate.js';
import { readAuthorField } from './credits.js';
import { hasTopicWord, isTopic } from './topics.js';
import { endsSentence, wordCount } from './normalize.js';
import { findStamp, MONTH_ALT, type Stamp } from './timestamp.js';
import { cityZone } from './zones.js';
import { titleCase } from './dateline.js';

export interface SectionLine {
  section?: string;
  stamp: Stamp;
  /** An agency the line credits ("Source: Xinhua", "KYODO NEWS"). */
  agency?: string;
  /**
   * The line says it is a stamp: a time, an agency credit, or a label ("Updated", "Source:").
   * A bare date with a few words could be a headline ("Election results, November 5, 2024").
   */
  strong: boolean;
  /** Stamps printed after the first one ("Published: … | Updated: …"): evidence for an open day/month order. */
  others?: Stamp[];
  /** The line names its author ("Jane Doe | 07.11.2024"). */
  byline?: boolean;
  /** The city a byline on the line names ("Jane Doe, New Delhi | …"): evidence for a shared zone abbreviation. */
  place?: string;
  /** The stamp is labeled an update ("Updated: …"): a publication stamp printed elsewhere wins. */
  updated?: boolean;
  /**
   * The line is a dateline joined to the stamp ("NEW DELHI, FEBRUARY 26, 2019 19:42 IST", as The
   * Hindu prints it): the city it opens with, in title case. Never the section.
   */
  datelinePlace?: string;
}

const MAX_LINE_CHARS = 200;
const MAX_SECTION_WORDS = 8;
const MAX_CREDIT_WORDS = 5;

/** Field separators: bars and dots with or without spaces; dashes and slashes between spaces; tabs. */
const SEPARATOR = / ?[|·•\t] ?| [-–—/]{1,2} /u;
/** Keys of "Key: value" fields; a value runs to the next key. */
const KEY = /(?:^|\s)(source|editors?|author|by|photo|credit|reporter|written by|update|updated|last updated|published|posted|issued on|issued|date|modified|filed|time|section|category)\s?:/giu;
const STAMP_KEYS = new Set(['update', 'updated', 'last updated', 'published', 'posted', 'issued on', 'issued', 'date', 'modified', 'filed', 'time']);
/** Labels that introduce a stamp without a colon ("Updated 4:02 PM", "Published On 25 Mar 2024"). */
const STAMP_LABEL = /^(?:(?:first|last) )?(?:update|updated|published|posted|issued|modified|filed|created|edited|date)(?: (?:on|at))?\b/iu;
const STAMP_WORD = /\b(?:update|updated|published|posted|issued|modified|source)\b/iu;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/iu;
/** "6 years ago", "2 hours ago", "an hour ago". */
const AGE = /^(?:\d{1,4}|an?|one) (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?) ago$/iu;
/** A reading time printed beside the stamp: "6 min read", "3 minute read". */
const READING_TIME = /^\d{1,3} ?(?:min(?:ute)?s?|m) read$/iu;
const BYLINE = /^[Bb]y \p{Lu}/u;
/** Labels right before a stamp: an update's, a publication's. */
const UPDATE_LABEL = /\b(?:updated|modified|last updated|update)(?: on| at)? ?:? ?$/iu;
const PUBLISH_LABEL = /\b(?:published|posted|issued|first published|created)(?: on| at)? ?:? ?$/iu;
const LABEL_WINDOW = 24;
const BY_LABEL = /^(?:written|posted|published|reported|words|text|story|report) by /iu;
const EDGES = /^[\s,;:|·•/–—-]+|[\s,;:|·•/–—-]+$/gu;
/** A field ending in one of these is a clause cut at a date ("The talks ended on"), not a section. */
const CLAUSE_END = /\b(?:on|in|at|of|for|with|as|since|until|by|from|to|before|after|and|the|was|were|is|are|that)$/iu;

/** A city the byline names after the author ("Jane Doe, New Delhi", "Jane Doe in Kyiv"), if a known one. */
function placeOf(field: string): string | undefined {
  const parts = field.split(/, ?| in (?=\p{Lu})/u).slice(1).map((p) => p.trim());
  return parts.find((p) => cityZone(p) !== undefined);
}

type Field = { kind: 'skip' } | { kind: 'author'; agency?: string | undefined; place?: string | undefined }
  | { kind: 'agency'; agency: string; rest: string }
  | { kind: 'section'; text: string } | { kind: 'prose' };

function trimEdges(text: string): string {
  return text.replace(EDGES, '');
}

/** One unkeyed field, stamp removed. */
function classify(raw: string): Field {
  let text = trimEdges(raw);
  // Labels and a weekday may open a field, in either order ("Updated Monday", "Mon. Updated").
  for (let i = 0; i < 2; i++) text = trimEdges(text.replace(STAMP_LABEL, '').replace(WEEKDAY, ''));
  if (!text || AGE.test(text) || READING_TIME.test(text)) return { kind: 'skip' };
  // A second stamp ("UPDATED: January 15, 2024, 17:20"): the first one is the publication.
  const again = findStamp(text);
  if (again && !trimEdges(text.slice(0, again.start).replace(STAMP_LABEL, '')) && !trimEdges(text.slice(again.end))) return { kind: 'skip' };
  // The author beside the date ("Jane Doe | 07.11.2024", "By Jane Doe, Nairobi —"): a byline, never
  // the section; the outlet it names is the line's credit.
  // "Written by Jane Doe on 7 November 2024": the label and the word before the date go with the names.
  const author = readAuthorField(text.replace(BY_LABEL, 'By ').replace(/ (?:on|at)$/u, ''));
  if (author) return { kind: 'author', agency: author.agency, place: placeOf(text) };
  if (BYLINE.test(text) && wordCount(text) <= 6) return { kind: 'skip' };
  const agency = agencyAtStart(text);
  if (agency) return { kind: 'agency', agency: agency.agency, rest: trimEdges(text.slice(agency.length)) };
  // The page's buttons beside the stamp ("Share", "Listen to this article", "Comments (12)").
  if (isBoilerplate(text)) return { kind: 'skip' };
  if (endsSentence(text) || wordCount(text) > MAX_SECTION_WORDS || CLAUSE_END.test(text) || /^\P{L}*$/u.test(text)) return { kind: 'prose' };
  return { kind: 'section', text };
}

/** Split a stretch of the line into its fields: at separators, then at "Key:" keys. */
function fieldsOf(text: string): Array<{ key?: string; value: string }> {
  const out: Array<{ key?: string; value: string }> = [];
  for (const piece of text.split(SEPARATOR)) {
    let last = 0;
    let key: string | undefined;
    for (const m of piece.matchAll(KEY)) {
      const value = piece.slice(last, m.index);
      if (key !== undefined || value.trim()) out.push(key === undefined ? { value } : { key, value });
      key = m[1]!.toLowerCase();
      last = m.index + m[0].length;
    }
    const value = piece.slice(last);
    out.push(key === undefined ? { value } : { key, value });
  }
  return out;
}

/** A day and year with a time glued to the year: "7, 20242:30" is "7, 2024" and "2:30". */
const GLUED_YEAR_TIME = /(\b\d{1,2},? (?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)/u;

/**
 * Fields a page's markup set side by side without a space, as copied text and text read from
 * inline elements glue them: "Jane Doe7 Nov 2024", "Jane DoeNovember 7, 2024", "NairobiPublished 07
 * Nov", "EAT3 min read". A lower-case letter (or a zone's capitals) then the next field's start.
 */
/** Month names as printed in a header, capitalized ("7 Nov 2024", "7 NOV 2024" aside): a case-sensitive pattern. */
const CAPITALIZED_MONTHS = MONTH_ALT.split('|').map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`).join('|');
const GLUED_FIELDS: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`(\\p{Ll})(\\d{1,2}(?:st|nd|rd|th)? (?:${CAPITALIZED_MONTHS})\\b)`, 'gu'), '$1 $2'],
  [/(\p{Ll})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}\b)/gu, '$1 $2'],
  [/(\p{Ll})((?:Published|Updated|Posted|Last updated|First published)\b)/gu, '$1 | $2'],
  // "Issued on: 12/12/2015 - 21:51Modified: 12/12/2015 - 22:05": a label glued to the time before it.
  [/(\d)((?:Modified|Updated|Published|Issued on|Last updated)\s?:)/gu, '$1 | $2'],
  [/(\p{L})(\d{1,3} ?min(?:ute)?s? read)$/u, '$1 | $2'],
];

function unglue(line: string): string {
  let out = line;
  // A page copied as text glues the time to the year ("November 7, 20242:30 PM GMT+1Updated …",
  // Reuters' site).
  if (out.includes(':')) out = out.replace(GLUED_YEAR_TIME, '$1 $2');
  for (const [re, to] of GLUED_FIELDS) out = out.replace(re, to);
  return out;
}

/** A city in capitals (or a known city as printed) and a comma, right before the stamp: "NEW DELHI, ". */
const PLACE_BEFORE_STAMP = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}), ?$/u;

function datelinePlaceOf(head: string): string | undefined {
  const m = PLACE_BEFORE_STAMP.exec(head);
  if (!m) return undefined;
  const place = titleCase(m[1]!);
  return cityZone(place) !== undefined ? place : undefined;
}

/**
 * Header lines only one outlet prints, naming it when the line does not: Anadolu's web page sets
 * "17.10.2019 - Update : 17.10.2019" (dotted dates, a space before the colon) beside its bylines.
 */
const OUTLET_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b\d{2}\.\d{2}\.\d{4}(?: \d{2}:\d{2})? - Update : \d{2}\.\d{2}\.\d{4}\b/u, 'Anadolu Agency'],
];

function outletByShape(line: string): string | undefined {
  return OUTLET_SHAPES.find(([re]) => re.test(line))?.[1];
}

/** A header line -> section, stamp and agency; undefined if the line is not one. */
export function parseSectionLine(line: string): SectionLine | undefined {
  if (line.length > MAX_LINE_CHARS || /[.!?]$/u.test(line)) return undefined;
  // The line is metadata, never kept, so it is read with the spaces put back.
  const text = unglue(line);
  const found = findStamp(text);
  if (!found) return undefined;
  const out: SectionLine = { stamp: found.stamp, strong: Boolean(found.stamp.time) || STAMP_WORD.test(text) };
  // "NEW DELHI, FEBRUARY 26, 2019 19:42 IST": a known city, a comma, then the stamp: a dateline.
  const place = datelinePlaceOf(text.slice(0, found.start));
  if (place) {
    // Nothing but a known city and the stamp: a dateline, and the line says it is a header.
    out.datelinePlace = place;
    out.strong = true;
  }
  const fields = [...(place ? [] : fieldsOf(text.slice(0, found.start))), ...fieldsOf(text.slice(found.end))];
  for (const { key, value } of fields) {
    const v = trimEdges(value);
    if (key !== undefined) {
      // Credits and labels are a few words; a clause after "Source:" is a headline, not a header. A
      // stamp after "Updated:" may be longer ("4:02 PM EDT, March 25, 2024"): it is judged below.
      if ((wordCount(v) > MAX_CREDIT_WORDS && !STAMP_KEYS.has(key)) || endsSentence(v)) return undefined;
      if (key === 'source') {
        if (!out.agency && v) out.agency = agencyAtStart(v)?.agency ?? v;
      } else if ((key === 'section' || key === 'category') && v && !out.section) {
        out.section = v;
      } else if (STAMP_KEYS.has(key) && v && classify(v).kind !== 'skip') {
        // After "Updated:" only a stamp, a weekday or an age may stand.
        return undefined;
      }
      continue;
    }
    let f = classify(v);
    if (f.kind === 'author') {
      out.strong = true;
      out.byline = true;
      if (f.agency) out.agency ??= f.agency;
      if (f.place) out.place ??= f.place;
      continue;
    }
    if (f.kind === 'agency') {
      out.agency ??= f.agency;
      if (!f.rest) continue;
      f = classify(f.rest);
    }
    if (f.kind === 'prose' || f.kind === 'agency') return undefined;
    if (f.kind === 'section') {
      if (out.section) {
        // A section and its subsection ("World | Asia") are kept as printed; a second field of any
        // other kind makes the line a list of names ("Moscow | Beijing"), not a header.
        const at = hasTopicWord(out.section) && isTopic(f.text) ? text.indexOf(out.section) : -1;
        const end = at === -1 ? -1 : text.indexOf(f.text, at + out.section.length);
        if (end === -1 || end - at - out.section.length > 5) return undefined;
        out.section = text.slice(at, end + f.text.length);
        continue;
      }
      out.section = f.text;
    }
  }
  out.agency ??= outletByShape(text);
  if (out.agency) out.strong = true;
  const updated = UPDATE_LABEL.test(text.slice(Math.max(0, found.start - LABEL_WINDOW), found.start));
  if (updated) out.updated = true;
  for (let from = found.end, k = 0; k < 3; k++) {
    const more = findStamp(text.slice(from));
    if (!more) break;
    // "Updated: 8 Nov 2024 | Published: 7 Nov 2024": the publication is the stamp, the update evidence.
    if (out.updated && PUBLISH_LABEL.test(text.slice(Math.max(from, from + more.start - LABEL_WINDOW), from + more.start))) {
      (out.others ??= []).push(out.stamp);
      out.stamp = more.stamp;
      delete out.updated;
    } else {
      (out.others ??= []).push(more.stamp);
    }
    from += more.end;
  }
  return out;
}

/** A short label line ("World", "Russian Politics & Diplomacy"). */
export function isLabel(text: string): boolean {
  return text.length <= 60 && wordCount(text) <= 6 && !endsSentence(text) && !/,$/u.test(text);
}

