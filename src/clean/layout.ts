/**
 * The wire layout of an article's blocks: headline; a section line that may carry the timestamp;
 * the lead; the dateline paragraph; subheadings between paragraphs. Markup hints from the readers
 * (HTML <h2>, a standfirst class) win over the shape rules used for plain text.
 */
import type { PartKind } from '../model.js';
import type { RawBlock } from '../read/types.js';
import { isNameLine, isRoleLine } from './credits.js';
import { parseDateline, parseDatelineBlock, titleCase, type ParsedDateline } from './dateline.js';
import { compareKey, endsSentence, mayBeSame, wordCount } from './normalize.js';
import { isLabel, parseSectionLine, type SectionLine } from './section-line.js';
import type { Stamp } from './timestamp.js';
import { isTopicLabel } from './topics.js';

export interface LaidOutPart {
  kind: PartKind;
  text: string;
}

export interface Layout {
  headline: string;
  section?: string;
  /** The timestamp printed on the section line (kept out of the text: it is metadata). */
  stamp?: Stamp;
  /** The stamp is an update's ("Updated: …"): a publication stamp on a later header line replaces it. */
  stampUpdated?: boolean;
  /** Stamps of header lines after the first one's (an "Updated" line): evidence for an open day/month order. */
  otherStamps?: Stamp[];
  /** An agency the section line credits. */
  agency?: string;
  /** The city a header line's byline names ("Jane Doe, New Delhi | …"). */
  bylinePlace?: string;
  /**
   * A dateline joined to a header line's stamp ("NEW DELHI, FEBRUARY 26, 2019 19:42 IST"): the place
   * and the stamp's date. The line is metadata, so it has no span in the text.
   */
  headerDateline?: { place: string; date: { mo: number; d: number; y: number; text: string } };
  /** Body parts in order, headline excluded. */
  parts: LaidOutPart[];
  /** Index into `parts` of the paragraph that opens with the dateline. */
  datelineAt?: number;
  dateline?: ParsedDateline;
}

/** Section, stamp and agency from a header line, each unless an earlier line gave it. */
function takeHeader(layout: Layout, sl: SectionLine): void {
  if (sl.section) layout.section ??= sl.section;
  if (layout.stamp && layout.stampUpdated && !sl.updated) {
    // "Updated: …" on the first line, "Published: …" on the next: the publication is the stamp.
    (layout.otherStamps ??= []).push(layout.stamp);
    layout.stamp = sl.stamp;
    delete layout.stampUpdated;
  } else if (layout.stamp) {
    (layout.otherStamps ??= []).push(sl.stamp);
  } else {
    layout.stamp = sl.stamp;
    if (sl.updated) layout.stampUpdated = true;
  }
  if (sl.others) (layout.otherStamps ??= []).push(...sl.others);
  if (sl.agency) layout.agency ??= sl.agency;
  if (sl.place) layout.bylinePlace ??= sl.place;
  if (sl.datelinePlace && !layout.headerDateline) {
    const { y, mo, d } = sl.stamp;
    layout.headerDateline = { place: sl.datelinePlace, date: { y, mo, d, text: '' } };
  }
}

/** Looks like a subheading: short, no final punctuation, starts like a title. */
export function isSubheadingShape(text: string): boolean {
  if (text.length > 90 || wordCount(text) > 12 || /[,;]$/u.test(text)) return false;
  // A short question may be a subheading ("What comes next?"); other final punctuation ends a sentence.
  if (endsSentence(text) && !(text.endsWith('?') && text.length <= 60)) return false;
  if (!/^["“‘'(\p{Lu}\p{N}]/u.test(text)) return false;
  return /\p{L}{2}/u.test(text);
}

/** A paragraph of running text (what surrounds a subheading). */
function isProse(text: string): boolean {
  return text.length >= 40 && endsSentence(text);
}

const DATELINE_WINDOW = 3;
/** How far into the head a line that is nothing but a stamp is looked for. */
const HEADER_WINDOW = 5;
/** A topic label above a stamp further down the head is a few words ("Politics", "Conflicts"). */
const MAX_LABEL_WORDS = 4;
const MAX_HEADLINE_CHARS = 300;
/** A headline under a topic label says something: a few words at least. */
const MIN_HEADLINE_WORDS = 4;
/** The author's lines beside a stamp: a name, a role ("Jane Doe", "Politics Correspondent"). */
const MAX_BYLINE_LINES = 2;

/** A line of a byline printed without "By": the author's name or role. */
function isBylineLine(text: string): boolean {
  return isNameLine(text) || isRoleLine(text);
}

/** A given dateline the parser cannot read (typos: "NEW YORK, Narch 2 -"): its place, at least. */
function placeOnly(dateline: string): ParsedDateline | undefined {
  const place = (dateline.split(/[,(]| - /u)[0] ?? '').replace(/^\P{L}+|[^\p{L}.]+$/gu, '');
  return place ? { place: titleCase(place), length: dateline.length } : undefined;
}

export interface LayoutOptions {
  /**
   * The blocks come from a web page's markup: a paragraph at the head may be the page's header line
   * ("<p>Jane Doe | 07.11.2024</p>"), read as in plain text when it says it is one (a time, a label,
   * an author or an agency beside the date, or nothing but the date).
   */
  markup?: boolean;
}

export function layOut(blocks: RawBlock[], title: string | undefined, sourceDateline?: string, opts: LayoutOptions = {}): Layout {
  const rest = [...blocks];
  // Blocks the header rules read: plain text, and a page's paragraphs. A heading or a standfirst is
  // never a header line, nor is a Reuters SGML paragraph (its tables look like one).
  const plain = (b: RawBlock | undefined): b is RawBlock => b !== undefined && (!b.kind || (opts.markup === true && b.kind === 'paragraph'));
  // The author's lines beside a stamp; a page may set the name in bold ("<p><strong>Jane Doe</strong></p>").
  const bylineLine = (b: RawBlock | undefined): boolean => b !== undefined
    && (!b.kind || (opts.markup === true && (b.kind === 'paragraph' || b.kind === 'subheading'))) && isBylineLine(b.text);
  let headline = title;
  // A page copied from the top may print its stamp above the headline ("KYODO NEWS - Mar 16, 2023 - 21:40").
  let above: SectionLine | undefined;
  if (headline === undefined && rest.length > 1 && !rest[0]!.kind) {
    above = parseSectionLine(rest[0]!.text);
    if (above?.strong) rest.shift();
    else above = undefined;
  }
  // A page copied from the top may print its topic label above the headline ("Africa", then the
  // headline): the label is the section. The line after it must read as a headline, not as text.
  let topicAbove: string | undefined;
  const second = rest[1];
  if (headline === undefined && second && !rest[0]!.kind && !second.kind && isTopicLabel(rest[0]!.text) && wordCount(rest[0]!.text) <= MAX_LABEL_WORDS
    && wordCount(second.text) >= MIN_HEADLINE_WORDS && second.text.length <= MAX_HEADLINE_CHARS && !endsSentence(second.text)
    && !parseDateline(second.text) && !parseSectionLine(second.text)) {
    topicAbove = rest.shift()!.text;
  }
  if (headline === undefined) {
    // Plain text opens with its headline line, unless it opens straight into the story (a dateline,
    // a long paragraph): then there is no headline rather than a paragraph posing as one.
    const first = rest[0];
    headline = first && first.text.length <= MAX_HEADLINE_CHARS && !parseDateline(first.text) ? rest.shift()!.text : '';
  } else {
    // A page or feed item often repeats its title as the first block (an <h1>).
    const title = headline;
    const dup = rest.findIndex((b, i) => i < 3 && mayBeSame(b.text, title) && compareKey(b.text) === compareKey(title));
    if (dup !== -1) rest.splice(dup, 1);
    // A topic label printed right above it (a page's kicker, "World | Africa") is the section; the
    // title's copy may be gone (Readability drops it), so a standfirst or a stamp line after the
    // label places it at the head too.
    const kicker = rest[0];
    const next = rest[1];
    const atHead = dup === 1 || (dup === -1 && next !== undefined && (next.kind === 'lead' || parseSectionLine(next.text) !== undefined));
    if (atHead && plain(kicker) && isTopicLabel(kicker.text) && wordCount(kicker.text) <= MAX_LABEL_WORDS + 2) {
      topicAbove = kicker.text;
      rest.shift();
    }
  }
  const layout: Layout = { headline, parts: [] };
  if (topicAbove) layout.section = topicAbove;
  if (above) takeHeader(layout, above);

  // Section / timestamp line: one of the first two blocks, or a label followed by a date line. A
  // page may print a standfirst and a topic label first (DW: standfirst, "Politics", "11/07/2024",
  // the author's name): further down the head only a line that is nothing but a stamp counts.
  for (let i = 0; i < Math.min(HEADER_WINDOW, rest.length); i++) {
    const b = rest[i]!;
    if (!plain(b)) continue;
    const sl = parseSectionLine(b.text);
    if (!sl || (i >= 2 && sl.section)) continue;
    // A page's paragraph counts only when it says it is a header ("Election results, November 5,
    // 2024" in a <p> is text).
    if (b.kind && sl.section && !sl.strong && !isTopicLabel(sl.section)) continue;
    // The author's lines above the stamp ("Jane Doe", "Politics Correspondent"): a byline, not text;
    // a topic label above them is the section.
    let top = i;
    while (top >= 1 && i - top < MAX_BYLINE_LINES && bylineLine(rest[top - 1])) top--;
    const before = rest[top - 1];
    const labelBefore = top >= 1 && plain(before) && isLabel(before.text) && (top === 1 || wordCount(before.text) <= MAX_LABEL_WORDS)
      && !isBylineLine(before.text);
    let from = top;
    if (!sl.section && labelBefore) {
      layout.section ??= before.text;
      from = top - 1;
    }
    rest.splice(from, i + 1 - from);
    i = from;
    takeHeader(layout, sl);
    // A second stamp line right after the first ("Published: …" then "Updated: …") is metadata too.
    const next = rest[i];
    const second = plain(next) ? parseSectionLine(next.text) : undefined;
    if (second?.strong) {
      takeHeader(layout, second);
      rest.splice(i, 1);
    }
    // The author's lines below the stamp (no "By"): a byline too.
    for (let n = 0; n < MAX_BYLINE_LINES && bylineLine(rest[i]); n++) rest.splice(i, 1);
    break;
  }

  // Reuters-21578 gives the dateline apart from the body: it is printed at the head of the first
  // paragraph, and read leniently since the source vouches that it is one.
  let datelineAt = -1;
  if (sourceDateline) {
    let first = rest.findIndex((b) => !b.kind || b.kind === 'paragraph');
    if (first === -1) {
      rest.push({ text: sourceDateline, kind: 'paragraph' });
      first = rest.length - 1;
    } else {
      rest[first] = { ...rest[first]!, text: `${sourceDateline} ${rest[first]!.text}` };
    }
    const dl = parseDateline(sourceDateline, true) ?? placeOnly(sourceDateline);
    if (dl) {
      layout.dateline = { ...dl, length: sourceDateline.length };
      datelineAt = first;
    }
  }

  // Dateline paragraph: within the first few blocks.
  for (let i = 0; datelineAt === -1 && i < Math.min(DATELINE_WINDOW, rest.length); i++) {
    const b = rest[i]!;
    if (b.kind === 'subheading' || b.kind === 'headline') continue;
    // A dateline on a line of its own ("ANKARA"), right above the story it belongs to.
    const next = rest[i + 1];
    const dl = parseDateline(b.text) ?? (next && next.kind !== 'subheading' && isProse(next.text) ? parseDatelineBlock(b.text) : undefined);
    if (dl) {
      datelineAt = i;
      layout.dateline = dl;
      break;
    }
  }

  // The author's name on a line of its own above the dateline paragraph ("Jane Doe"): a byline, not
  // a section label nor a lead.
  for (let j = datelineAt - 1; j >= 0; j--) {
    if (rest[j]!.kind || !isBylineLine(rest[j]!.text)) continue;
    rest.splice(j, 1);
    datelineAt--;
  }

  // Lead: a standfirst hint; the block before the dateline paragraph; or an opening block that is
  // repeated later or reads as a standfirst (long, without final punctuation).
  let leadAt = rest.findIndex((b) => b.kind === 'lead');
  if (leadAt === -1) {
    if (datelineAt === 1 && !rest[0]!.kind) {
      // A few words without punctuation before the dateline are a section label, not a lead.
      if (!layout.section && isLabel(rest[0]!.text) && wordCount(rest[0]!.text) <= 4) {
        layout.section = rest[0]!.text;
        rest.splice(0, 1);
        datelineAt = 0;
      } else {
        leadAt = 0;
      }
    } else if (datelineAt === 2 && !rest[0]!.kind && !rest[1]!.kind && isLabel(rest[0]!.text) && !layout.section) {
      layout.section = rest[0]!.text;
      rest.splice(0, 1);
      datelineAt = 1;
      leadAt = 0;
    } else if (datelineAt === -1 && rest.length > 1 && (!rest[0]!.kind || rest[0]!.kind === 'paragraph') && !isSubheadingShape(rest[0]!.text)) {
      const first = rest[0]!.text;
      const repeated = rest.slice(1, 4).some((b) => mayBeSame(b.text, first) && compareKey(b.text) === compareKey(first));
      const standfirst = !endsSentence(rest[0]!.text) && wordCount(rest[0]!.text) >= 8 && isProse(rest[1]!.text);
      if (repeated || (standfirst && !rest[0]!.kind)) leadAt = 0;
    }
  }

  rest.forEach((b, i) => {
    let kind: PartKind;
    if (i === leadAt) kind = 'lead';
    else if (b.kind === 'subheading' || b.kind === 'headline') kind = 'subheading';
    else if (b.kind) kind = 'paragraph';
    else {
      const prev = rest[i - 1];
      const next = rest[i + 1];
      const between = prev !== undefined && i - 1 !== leadAt && next !== undefined && isProse(next.text) && isProse(prev.text);
      kind = i !== datelineAt && between && isSubheadingShape(b.text) ? 'subheading' : 'paragraph';
    }
    layout.parts.push({ kind, text: b.text });
  });
  if (datelineAt !== -1) layout.datelineAt = datelineAt;
  return layout;
}
