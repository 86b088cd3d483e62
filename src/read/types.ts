/** What a reader produces: the article as the source gave it, before cleaning. */
import type { InputError } from '../errors.js';

export interface RawBlock {
  text: string;
  /** A hint from the source's markup (an HTML <h2> is a subheading); wire text leaves it to clean. */
  kind?: 'headline' | 'lead' | 'subheading' | 'paragraph';
}

export interface RawArticle {
  /** wire-text, html, rss, atom, jsonl, csv, reuters-sgml */
  format: string;
  /** The input's name: a file path or a URL. */
  input: string;
  url?: string;
  sourceId?: string;
  title?: string;
  /** Body blocks in reading order (for wire text: everything, headline line included). */
  blocks: RawBlock[];
  /** Publication time as the source gave it: ISO 8601, RFC 822, or free text such as "June 14, 2018, 16:10". */
  published?: string;
  section?: string;
  /** A dateline the source gave apart from the body (Reuters-21578's <DATELINE>). */
  dateline?: string;
  /** A byline or credit line the source gives apart from the body (an HTML page's byline element). */
  credit?: string;
  /** The agency, when the source says (site name, feed title). */
  agency?: string;
  /**
   * IANA zone of the source's timestamps printed without an offset, when the format itself says
   * (or a convention for it does); otherwise clean infers it from the agency or the dateline city.
   */
  publishedZone?: string;
  /** Language the source declares (`<html lang>`, a feed's `<language>`), as given. */
  language?: string;
}

export interface ReadOptions {
  /** Largest accepted article in bytes (default 5 MB). A single-article input larger than this is refused. */
  maxBytes?: number;
  /**
   * Largest accepted input in bytes for formats holding many articles (feeds, JSON Lines, CSV,
   * Reuters SGML). Default 40 × maxBytes (200 MB): anything larger is refused before it is decoded.
   */
  maxFileBytes?: number;
  /** The format, when the caller knows better than detection. */
  format?: string;
  /**
   * Called for each item of a many-article input that cannot be read (a bad JSON line, a CSV row
   * with the wrong number of fields, an empty feed item); the other items are still returned. The
   * error's `input` is the input, its `reason` starts with the item (`line 7: invalid JSON …`).
   * Without this callback the first such error is thrown, so nothing is lost silently.
   */
  onItemError?: (error: InputError) => void;
}
