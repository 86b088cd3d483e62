/**
 * The record that flows through Dateline: the contract in ../shared/contract/, typed.
 *
 * Every `start`/`end` is an offset into `Article.text` in UTF-16 code units, `end` exclusive, and
 * `text.slice(start, end) === span.text` for every span. Stages add to the record; none rewrites what
 * an earlier stage said.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type PartKind = 'headline' | 'lead' | 'subheading' | 'paragraph';

export interface Part {
  kind: PartKind;
  start: number;
  end: number;
}

export interface Dateline {
  /** The place as printed, in title case ("MOSCOW" -> "Moscow"). */
  place?: string;
  /** ISO date (YYYY-MM-DD) when the year is known, otherwise as printed ("June 14"). */
  date?: string;
  /** The agency, without its punctuation ("/TASS/" -> "TASS"). */
  agency?: string;
  /** Where the dateline stands in `text`. */
  span?: Span;
}

export interface SourceInfo {
  path?: string;
  url?: string;
  /** wire-text, html, rss, atom, jsonl, csv, reuters-sgml */
  format: string;
  /** An identifier the source gave the article (feed guid, JSON Lines id, Reuters NEWID). */
  sourceId?: string;
}

/** A clean article: what read + clean produce, before any language analysis. */
export interface Article {
  /** Stable across runs: derived from the normalized text. */
  id: string;
  source: SourceInfo;
  text: string;
  parts: Part[];
  headline: string;
  section?: string;
  /** ISO 8601 with offset. */
  published?: string;
  /** True when the source printed a local time and the zone was inferred (the agency's home zone). */
  publishedZoneInferred?: boolean;
  /** IANA zone the publication time is expressed in, when known (e.g. Europe/Moscow). */
  publishedZone?: string;
  /**
   * 'day' when the source gave only a date: `published` is then midnight of that day (local, with
   * its offset), a placeholder time. The local date is always `published.slice(0, 10)`.
   */
  publishedPrecision?: 'day';
  dateline?: Dateline;
  language?: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'EVENT' | 'GROUP' | 'OTHER';

export interface Mention extends Span {
  /**
   * How the mention names the entity: a `name` as printed, a `title`+name ("Russian President
   * Vladimir Putin"), a `description` ("the Russian leader"), or a `pronoun` ("he").
   */
  form?: 'name' | 'title' | 'description' | 'pronoun';
  /** True when the link to the entity was inferred (coreference) rather than stated by the name. */
  resolved?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  kb?: string;
  /** The KB's name of the `kb` entry when `name` is the article's own spelling ("Sergei Lavrov" for "Sergey Lavrov"). */
  kbName?: string;
  country?: string;
  code?: string;
  role?: string;
  /** Titles the article gives the entity ("Russian President", "North Korean leader"). */
  titles?: string[];
  mentions: Mention[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimeType;
  /** TIMEX3 value: 2018-06-12, 2018-09, 2018-W24, 2018-SU, P3D, PAST_REF, XXXX-06-12 ... */
  value: string;
  /** True when part of the value (usually the year) was inferred from the reference time. */
  inferred?: boolean;
  /** Words such as "every" for a SET, "approx" for vague values, as TIMEX3's mod. */
  mod?: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  /** Entity id of the speaker. */
  speaker?: string;
  /** The speaker as the text names it at the cue ("Putin", "he", "the senior North Korean official"). */
  speakerText?: string;
  /** True when the speaker was resolved through coreference (pronoun, description, distant cue). */
  speakerResolved?: boolean;
  addressee?: string;
  addresseeText?: string;
  /** The speech verb phrase ("Putin said", "he added", "According to Putin"). */
  cue?: string;
  cueSpan?: Span;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type EventStatus = 'occurred' | 'planned' | 'possible' | 'negated' | 'demanded';

export interface Participant {
  /** Entity id in this record. */
  entity?: string;
  text: string;
  code?: string;
  country?: string;
}

export interface PoliticalEvent {
  id?: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  actor: Participant[];
  recipient: Participant[];
  /** TIMEX3 value of the event's own date. */
  date?: string;
  /** True when the date was not stated for the event but taken from the reporting day. */
  dateInferred?: boolean;
  /** Entity id of the place. */
  location?: string;
  status: EventStatus;
  evidence: Span;
  /** True when the event is reported by a speaker (inside a quote) rather than stated by the writer. */
  reported?: boolean;
  /** An event this one is about (an invitation to a visit; a demand for a ceasefire). */
  about?: Omit<PoliticalEvent, 'evidence' | 'about'> & { evidence?: Span };
}

/** What `dateline analyze` prints: one per article. */
export interface AnalyzedArticle extends Article {
  entities: Entity[];
  times: TimeExpression[];
  quotes: Quote[];
  events: PoliticalEvent[];
}
