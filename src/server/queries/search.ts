/**
 * Search with facets. Words are matched by the full-text index (best first); without words the
 * newest articles are browsed. Facet filters narrow the hits (date range, an actor named in the
 * article, a country, an event type, the agency, the section), and the facet counts are taken over
 * the narrowed set, at most CANDIDATES articles, so a query stays fast on a large store.
 */
import { toFtsQuery } from '../../store/sqlite/fts-query.js';
import type { Store } from '../../store/store.js';
import { like, type Db } from './db.js';

export const CANDIDATES = 2000;

/** Private-use marks around matched words in FTS snippets; never in clean article text. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

export interface SearchFilter {
  q?: string;
  since?: string;
  until?: string;
  actor?: string;
  country?: string;
  type?: string;
  agency?: string;
  section?: string;
}

export interface SnippetPart {
  text: string;
  match?: boolean;
}

export interface FacetedHit {
  id: string;
  headline: string;
  published?: string;
  section?: string;
  agency?: string;
  snippet: SnippetPart[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  /** True when more articles matched than the facets were counted over. */
  capped: boolean;
  hits: FacetedHit[];
  facets: Record<'section' | 'agency' | 'type' | 'country' | 'actor' | 'year', FacetValue[]>;
}

function msBound(v: string, end: boolean): number {
  const s = end && /^\d{4}-\d{2}-\d{2}$/u.test(v) ? `${v}T23:59:59.999Z` : v;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`"${v}" is not an ISO 8601 date or time`);
  return ms;
}

export function splitSnippet(s: string): SnippetPart[] {
  const out: SnippetPart[] = [];
  let rest = s;
  while (rest.length > 0) {
    const open = rest.indexOf(OPEN);
    if (open < 0) {
      out.push({ text: rest });
      break;
    }
    if (open > 0) out.push({ text: rest.slice(0, open) });
    const close = rest.indexOf(CLOSE, open + 1);
    const end = close < 0 ? rest.length : close;
    out.push({ text: rest.slice(open + 1, end), match: true });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return out.filter((p) => p.text.length > 0);
}

/**
 * The same answer from any Store (no SQL): the store's own search or newest articles, with the time
 * range; no facets and no facet filters. For stores without the SQL this module needs.
 */
export async function plainSearch(store: Store, f: SearchFilter, limit: number, offset: number): Promise<SearchResult> {
  const empty = { section: [], agency: [], type: [], country: [], actor: [], year: [] };
  if (f.q) {
    const hits = await store.search(f.q, { limit, offset, highlight: { start: OPEN, end: CLOSE } });
    return {
      total: offset + hits.length, capped: false, facets: empty,
      hits: hits.map((h) => ({
        id: h.id, headline: h.headline, ...(h.published ? { published: h.published } : {}), ...(h.section ? { section: h.section } : {}),
        snippet: splitSnippet(h.snippet),
      })),
    };
  }
  const list = await store.listArticles({ limit, offset, ...(f.since ? { since: f.since } : {}), ...(f.until ? { until: f.until } : {}) });
  return {
    total: offset + list.length, capped: false, facets: empty,
    hits: list.map((a) => ({
      id: a.id, headline: a.headline, ...(a.published ? { published: a.published } : {}), ...(a.section ? { section: a.section } : {}), snippet: [],
    })),
  };
}

export function facetedSearch(db: Db, f: SearchFilter, limit: number, offset: number): SearchResult {
  const empty = { section: [], agency: [], type: [], country: [], actor: [], year: [] };
  const match = f.q ? toFtsQuery(f.q) : undefined;
  if (f.q && !match) return { total: 0, capped: false, hits: [], facets: empty };
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.since) {
    where.push('a.published_ms >= ?');
    params.push(msBound(f.since, false));
  }
  if (f.until) {
    where.push('a.published_ms <= ?');
    params.push(msBound(f.until, true));
  }
  if (f.agency) {
    where.push('a.dateline_agency = ? COLLATE NOCASE');
    params.push(f.agency);
  }
  if (f.section) {
    where.push('a.section = ?');
    params.push(f.section);
  }
  // The unary + keeps SQLite on each article's own rows (primary key) instead of an index over
  // every article's entities or events of that country or type.
  if (f.actor) {
    where.push("EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid AND e.name LIKE ? ESCAPE '\\')");
    params.push(like(f.actor));
  }
  if (f.country) {
    where.push('EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid AND +e.country = ?)');
    params.push(f.country.toUpperCase());
  }
  if (f.type) {
    where.push('EXISTS (SELECT 1 FROM events v WHERE v.article = a.rowid AND +v.type = ?)');
    params.push(f.type);
  }
  const filter = where.length ? `AND ${where.join(' AND ')}` : '';
  // The candidates, best first (FTS rank when searching, newest first when browsing), as rowids.
  const candidates = (match
    ? db.prepare(`SELECT a.rowid FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? ${filter} ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ${CANDIDATES + 1}`).pluck().all(match, ...params)
    : db.prepare(`SELECT a.rowid FROM articles a WHERE 1 ${filter}
        ORDER BY a.published_ms DESC NULLS LAST, a.rowid DESC LIMIT ${CANDIDATES + 1}`).pluck().all(...params)) as number[];
  const capped = candidates.length > CANDIDATES;
  const top = candidates.slice(0, CANDIDATES);
  const page = top.slice(offset, offset + limit);
  const rows = new Map((db.prepare(`SELECT a.rowid AS r, a.id, a.headline, a.published, a.section, a.dateline_agency AS agency,
      substr(a.text, a.body_start + 1, 240) AS lead
    FROM articles a WHERE a.rowid IN (SELECT value FROM json_each(?))`).all(JSON.stringify(page)) as Array<Record<string, string | number | null>>)
    .map((r) => [Number(r.r), r]));
  // Snippets are the costly part of a full-text query: only for the page shown.
  const snippets = new Map<number, string>(match
    ? (db.prepare(`SELECT rowid AS r, snippet(articles_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS s FROM articles_fts
        WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`).all(match, JSON.stringify(page)) as Array<{ r: number; s: string }>)
      .map((x) => [x.r, x.s])
    : []);
  const hits = page.map((rowid) => {
    const r = rows.get(rowid) ?? {};
    return {
      id: String(r.id ?? ''), headline: String(r.headline ?? ''),
      ...(r.published ? { published: String(r.published) } : {}), ...(r.section ? { section: String(r.section) } : {}),
      ...(r.agency ? { agency: String(r.agency) } : {}),
      snippet: splitSnippet(snippets.get(rowid) || String(r.lead ?? '')),
    };
  });
  const ids = JSON.stringify(top);
  const facet = (sql: string): FacetValue[] =>
    db.prepare(`WITH top(r) AS (SELECT value FROM json_each(?)) ${sql}`).all(ids) as FacetValue[];
  const facets = {
    section: facet('SELECT a.section AS value, count(*) AS count FROM top JOIN articles a ON a.rowid = top.r WHERE a.section IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT 20'),
    agency: facet('SELECT a.dateline_agency AS value, count(*) AS count FROM top JOIN articles a ON a.rowid = top.r WHERE a.dateline_agency IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT 20'),
    year: facet('SELECT substr(a.published, 1, 4) AS value, count(*) AS count FROM top JOIN articles a ON a.rowid = top.r WHERE a.published IS NOT NULL GROUP BY value ORDER BY value DESC LIMIT 40'),
    type: facet('SELECT v.type AS value, count(DISTINCT v.article) AS count FROM top JOIN events v ON v.article = top.r GROUP BY value ORDER BY count DESC, value'),
    country: facet('SELECT e.country AS value, count(DISTINCT e.article) AS count FROM top JOIN entities e ON e.article = top.r WHERE +e.country IS NOT NULL GROUP BY value ORDER BY count DESC, value LIMIT 20'),
    actor: facet("SELECT e.name AS value, count(DISTINCT e.article) AS count FROM top JOIN entities e ON e.article = top.r WHERE e.type IN ('PERSON', 'ORG') GROUP BY value ORDER BY count DESC, value LIMIT 20"),
  };
  return { total: top.length, capped, hits, facets };
}
