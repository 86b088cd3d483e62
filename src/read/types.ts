/** What a reader produces: the article as the source gave it, before cleaning. */

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
  /** The agency, when the source says (site name, feed title). */
  agency?: string;
}

export interface ReadOptions {
  /** Largest accepted input in bytes (default 5 MB per article, 200 MB per file is refused). */
  maxBytes?: number;
  /** The format, when the caller knows better than detection. */
  format?: string;
}
