/**
 * The Store: where analyzed articles are kept and queried. SQLite (src/store/sqlite/) is the embedded
 * default; a PostgreSQL store will implement the same interface, so every method is async even where
 * SQLite answers synchronously underneath.
 *
 * Guarantees every implementation gives:
 * - `putArticle` is one transaction (`putArticles`: one savepoint per article): the article is stored with everything derived from it (entities,
 *   mentions, times, quotes, events, search index, duplicate fingerprints) or not at all, and the
 *   promise resolves only after commit ("acknowledged").
 * - Re-putting an article already stored (same `Article.id`, same source) changes nothing.
 * - A near-duplicate of a stored article (the same story with small edits, another headline, another
 *   site's chrome) is not stored as a second story: it is recorded as another source of the first copy.
 */
import type { AnalyzedArticle, EntityType, Participant, PloverType, QuoteKind, SourceInfo } from '../model.js';

export type PutStatus = 'new' | 'unchanged' | 'duplicate';

export interface PutResult {
  status: PutStatus;
  /** The id the article is stored under: its own for `new`, the first copy's for `duplicate`/`unchanged`. */
  id: string;
  /** For `duplicate`: the stored article this one is a copy of (equals `id`). */
  duplicateOf?: string;
  /** For `duplicate`: estimated resemblance to the first copy (1 for an identical text). */
  similarity?: number;
}

export interface PutMeta {
  /** Where this copy came from; defaults to `record.source`. */
  source?: SourceInfo;
  /** ISO 8601 time of ingest; the store uses the clock when absent. */
  ingestedAt?: string;
}

export interface PutItem {
  record: AnalyzedArticle;
  meta?: PutMeta;
}

/** One place an article was found: the first copy, an identical copy, or a near-duplicate. */
export interface ArticleSource extends SourceInfo {
  /** `Article.id` of this copy's own text (differs from the stored id for a near-duplicate). */
  variantId: string;
  headline: string;
  /** 1 for the first copy and identical copies; the measured resemblance for near-duplicates. */
  similarity: number;
  ingestedAt: string;
}

export interface StoredArticle {
  record: AnalyzedArticle;
  sources: ArticleSource[];
  ingestedAt: string;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface SearchOptions extends Page {
  /** Markers around matched words in snippets (default « and »). */
  highlight?: { start: string; end: string };
}

export interface SearchHit {
  id: string;
  headline: string;
  published?: string;
  section?: string;
  /** Smaller is better is an engine detail; here larger is better. */
  score: number;
  snippet: string;
}

export interface ArticleSummary {
  id: string;
  headline: string;
  published?: string;
  section?: string;
  format: string;
  path?: string;
  url?: string;
  /** How many places the story was found (1 + its duplicates). */
  sources: number;
  entities: number;
  quotes: number;
  events: number;
}

export interface TimeRange {
  /** Inclusive lower bound, ISO date or date-time. */
  since?: string;
  /** Inclusive upper bound (a bare date includes the whole day). */
  until?: string;
}

export interface EntityQuery extends Page {
  /** Case-insensitive substring of the entity's name. */
  name?: string;
  type?: EntityType;
  /** ISO 3166-1 alpha-3. */
  country?: string;
  /** CAMEO actor code, exact. */
  code?: string;
  /** Only entities mentioned in this article. */
  article?: string;
}

/** An entity across the whole store: grouped by name and type. */
export interface EntityStat {
  name: string;
  type: EntityType;
  kb?: string;
  country?: string;
  code?: string;
  /** Articles mentioning it. */
  articles: number;
  mentions: number;
}

export interface QuoteQuery extends Page, TimeRange {
  /** Case-insensitive substring of the speaker's name (or the text naming the speaker). */
  speaker?: string;
  kind?: QuoteKind;
  article?: string;
}

export interface QuoteRow {
  article: string;
  headline: string;
  published?: string;
  kind: QuoteKind;
  text: string;
  /** The speaker's entity name when resolved, otherwise as the text names it. */
  speaker?: string;
  /**
   * The addressee's entity name when the quote's addressee was resolved to an entity ("he told him":
   * the entity "him" is). An addressee that is no entity is only in the record (`addresseeText`).
   */
  addressee?: string;
  cue?: string;
}

export interface EventQuery extends Page, TimeRange {
  /** Case-insensitive substring of an actor's name, text or code. */
  actor?: string;
  recipient?: string;
  /** ISO 3166-1 alpha-3 of an actor or recipient. */
  country?: string;
  type?: PloverType;
  article?: string;
}

/** A participant as listings give it: the record's participant and, when it is an entity, that entity's name. */
export interface ParticipantRow extends Participant {
  /**
   * The resolved entity's name (its knowledge-base name when linked), however the text refers to it:
   * "Anton Keller" for a participant written "He". Absent when the participant is not an entity.
   * `text` stays the words of the text. Show `name ?? text`.
   */
  name?: string;
}

export interface EventRow {
  article: string;
  headline: string;
  published?: string;
  type: PloverType;
  mode?: string;
  cameo?: string;
  status: string;
  /** The event's own date (TIMEX3) when known. */
  date?: string;
  /** The day used for time-range filtering: the event's date when it is a full date, else the article's. */
  day?: string;
  actor: ParticipantRow[];
  recipient: ParticipantRow[];
  evidence: string;
}

/** One article's report of a merged event (see `Store.eventClusters`). */
export interface EventReport {
  article: string;
  headline: string;
  published?: string;
  url?: string;
  path?: string;
  /** The wire agency from the article's dateline ("Reuters", "TASS"). */
  agency?: string;
  /** The event's index in the article's `events`. */
  index: number;
  evidence: string;
  /** Why this report joined the event: 'first report', 'same date', 'one date inside the other', ... */
  why: string;
}

/**
 * One real-world event however many articles report it (src/store/events-merge.ts says when reports
 * are one event). The EventRow fields are the first report's that names a participant as an entity
 * (else the first report's), except `date`/`day`, which are the
 * event's best date: the most precise one stated by any report.
 */
export interface EventCluster extends EventRow {
  /** The cluster's id in this store. */
  cluster: number;
  /** True when no report states the date: it is the first report's day. */
  dateInferred?: boolean;
  /** Reports of the event (GDELT NumMentions): an article may report it twice (headline and body). */
  mentions: number;
  /** Distinct stored articles reporting it (GDELT NumArticles). */
  articles: number;
  /** Places those articles were found, near-duplicate copies included (GDELT NumSources). */
  sources: number;
  /** Every report, first first. */
  reports: EventReport[];
}

export interface StoreStats {
  articles: number;
  /** Places articles were found, first copies included. */
  sources: number;
  /** Sources that were near-duplicates or identical copies of a stored article. */
  duplicates: number;
  entities: number;
  mentions: number;
  times: number;
  quotes: number;
  events: number;
  /** Oldest and newest publication time. */
  firstPublished?: string;
  lastPublished?: string;
}

export interface Store {
  /** Engine name and location, for messages ("sqlite ./dateline.db"). */
  readonly description: string;
  putArticle(record: AnalyzedArticle, meta?: PutMeta): Promise<PutResult>;
  /**
   * Several articles, committed together: each is still all-or-nothing (an article that fails is
   * undone alone and its Error stands in its place), and all are acknowledged at the one commit. A
   * failure of the store itself rejects the promise and stores none of them.
   */
  putArticles(items: readonly PutItem[]): Promise<Array<PutResult | Error>>;
  /**
   * Whether a text with this `Article.id` is stored, as an article or as a copy of one. Putting such a
   * text again only records its source, so callers may skip analyzing it.
   */
  contains(id: string): Promise<boolean>;
  /** By exact id, or by the id of a duplicate copy (the stored first copy is returned). */
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Ids of stored articles starting with `prefix` (at most `limit`), for short ids typed by people. */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  /** Full-text search, best first. `query` is plain words; "quoted phrases", OR and NOT are understood. */
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  /** Newest first. */
  listArticles(opts?: Page & TimeRange): Promise<ArticleSummary[]>;
  /** Most-mentioned first. */
  entities(q?: EntityQuery): Promise<EntityStat[]>;
  /** Newest first. */
  quotes(q?: QuoteQuery): Promise<QuoteRow[]>;
  /** Newest first. */
  events(q?: EventQuery): Promise<EventRow[]>;
  /**
   * Events merged across articles: one row per real-world event with its reports, newest first. An
   * event is listed when any of its reports matches the query. Optional: a store without event
   * clusters leaves it out (callers fall back to `events`).
   */
  eventClusters?(q?: EventQuery): Promise<EventCluster[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Something went wrong with the store itself (not with an input): no such database, newer schema. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}
