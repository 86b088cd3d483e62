/**
 * Full-text matching, the one part of the analytic queries that is not the same SQL on both engines:
 * SQLite has an FTS5 table ranked by bm25 with snippet(); PostgreSQL a tsvector column ranked by
 * ts_rank with ts_headline. Both weigh a headline match five times a body match and fold accents.
 * The ranks are the engines' own, so hits with words can come in a different order on each.
 */
import { toTsQuery, HEADLINE_OPTIONS, markSnippet, TS_CONFIG } from '../../store/postgres/ts-query.js';
import { toFtsQuery } from '../../store/sqlite/fts-query.js';
import type { Dialect } from '../../store/sql/dialect.js';

export interface Fts {
  /** The engine's query for what a person typed; undefined when there is nothing to search for. */
  query(typed: string): string | undefined;
  /** Article keys (as `r`) matching the query (first parameter), narrowed by `filter` (AND ..., over `a`), best first. */
  candidates(filter: string, limit: number): string;
  /** Snippets (`r`, `s`) of the articles whose keys are the second parameter, for the query (first parameter). */
  snippets(): string;
  /** The engine's snippet text with the matches between `open` and `close`. */
  marked(s: string, open: string, close: string): string;
}

export function ftsOf(d: Dialect, open: string, close: string): Fts {
  if (d.name === 'sqlite') {
    return {
      query: toFtsQuery,
      candidates: (filter, limit) => `SELECT a.rowid AS r FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? ${filter} ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ${limit}`,
      snippets: () => `SELECT rowid AS r, snippet(articles_fts, 1, '${open}', '${close}', '…', 24) AS s FROM articles_fts
        WHERE articles_fts MATCH ? AND ${d.inKeys('rowid')}`,
      marked: (s) => s,
    };
  }
  return {
    query: toTsQuery,
    // Weights {D, C, B, A}: the headline is A, the body D. Ties (equal rank) newest key first.
    candidates: (filter, limit) => `SELECT a.pk AS r FROM articles a, to_tsquery('${TS_CONFIG}', ?) q
        WHERE a.search @@ q ${filter} ORDER BY ts_rank('{0.2, 0.2, 0.2, 1.0}', a.search, q) DESC, a.pk LIMIT ${limit}`,
    snippets: () => `SELECT a.pk AS r, ts_headline('${TS_CONFIG}', substr(a.text, a.body_start + 1), q, '${HEADLINE_OPTIONS}') AS s
        FROM articles a, to_tsquery('${TS_CONFIG}', ?) q WHERE ${d.inKeys('a.pk')} AND a.search @@ q`,
    marked: (s) => markSnippet(s, { start: open, end: close }),
  };
}
