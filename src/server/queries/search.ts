/**
 * Search with facets. Words are matched by the full-text index (best first); without words the
 * newest articles are browsed. Facet filters narrow the hits (date range, an actor named in the
 * article, a country, an event type, the agency, the section), and the facet counts are taken over
 * the narrowed set, at most CANDIDATES articles, so a query stays fast on a large store.
 */
import type { Store } from '../../store/store.js';
import { like, msBound } from '../../store/sql/rows.js';
import type { Db } from './db.js';
import { ftsOf } from './fts.js';

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

export async function facetedSearch(db: Db, f: SearchFilter, limit: number, offset: number): Promise<SearchResult> {
  const d = db.dialect;
  const fts = ftsOf(d, OPEN, CLOSE);
  const empty = { section: [], agency: [], type: [], country: [], actor: [], year: [] };
  const match = f.q ? fts.query(f.q) : undefined;
  if (f.q && !match) return { total: 0, capped: false, hits: [], facets: empty };
  const key = `a.${d.key}`;
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.since) {
    where.push('a.published_ms >= ?');
    params.push(msBound(f.since, 'since'));
  }
  if (f.until) {
    where.push('a.published_ms <= ?');
    params.push(msBound(f.until, 'until'));
  }
  if (f.agency) {
    where.push(d.ieq('a.dateline_agency'));
    params.push(f.agency);
  }
  if (f.section) {
    where.push('a.section = ?');
    params.push(f.section);
  }
  // noIndex keeps SQLite on each article's own rows (primary key) instead of an index over every
  // article's entities or events of that country or type.
  if (f.actor) {
    where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.article = ${key} AND e.name ${d.like} ? ESCAPE '\\')`);
    params.push(like(f.actor));
  }
  if (f.country) {
    where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.article = ${key} AND ${d.noIndex('e.country')} = ?)`);
    params.push(f.country.toUpperCase());
  }
  if (f.type) {
    where.push(`EXISTS (SELECT 1 FROM events v WHERE v.article = ${key} AND ${d.noIndex('v.type')} = ?)`);
    params.push(f.type);
  }
  const filter = where.length ? `AND ${where.join(' AND ')}` : '';
  // The candidates, best first (the engine's rank when searching, newest first when browsing), as keys.
  const candidates = (match
    ? await db.all<{ r: number }>(fts.candidates(filter, CANDIDATES + 1), [match, ...params])
    : await db.all<{ r: number }>(`SELECT ${key} AS r FROM articles a WHERE 1 = 1 ${filter}
        ORDER BY a.published_ms DESC NULLS LAST, ${key} DESC LIMIT ${CANDIDATES + 1}`, params)).map((x) => Number(x.r));
  const capped = candidates.length > CANDIDATES;
  const top = candidates.slice(0, CANDIDATES);
  const page = top.slice(offset, offset + limit);
  const rows = new Map((await db.all<Record<string, string | number | null>>(`SELECT ${key} AS r, a.id, a.headline, a.published,
      a.section, a.dateline_agency AS agency, substr(a.text, a.body_start + 1, 240) AS lead
    FROM articles a WHERE ${d.inKeys(key)}`, [d.keys(page)])).map((r) => [Number(r.r), r]));
  // Snippets are the costly part of a full-text query: only for the page shown.
  const snippets = new Map<number, string>(match && page.length > 0
    ? (await db.all<{ r: number; s: string }>(fts.snippets(), [match, d.keys(page)])).map((x) => [Number(x.r), fts.marked(x.s, OPEN, CLOSE)])
    : []);
  const hits = page.map((k) => {
    const r = rows.get(k) ?? {};
    return {
      id: String(r.id ?? ''), headline: String(r.headline ?? ''),
      ...(r.published ? { published: String(r.published) } : {}), ...(r.section ? { section: String(r.section) } : {}),
      ...(r.agency ? { agency: String(r.agency) } : {}),
      snippet: splitSnippet(snippets.get(k) || String(r.lead ?? '')),
    };
  });
  const ids = d.keys(top);
  const facet = (sql: string): Promise<FacetValue[]> => db.all<FacetValue>(`WITH top(r) AS (${d.keyTable()}) ${sql}`, [ids]);
  const joined = `FROM top JOIN articles a ON ${key} = top.r`;
  const year = 'substr(a.published, 1, 4)';
  const [section, agency, years, type, country, actor] = await Promise.all([
    facet(`SELECT a.section AS value, count(*) AS count ${joined} WHERE a.section IS NOT NULL
      GROUP BY a.section ORDER BY count DESC, ${d.bin('a.section')} LIMIT 20`),
    facet(`SELECT a.dateline_agency AS value, count(*) AS count ${joined} WHERE a.dateline_agency IS NOT NULL
      GROUP BY a.dateline_agency ORDER BY count DESC, ${d.bin('a.dateline_agency')} LIMIT 20`),
    facet(`SELECT ${year} AS value, count(*) AS count ${joined} WHERE a.published IS NOT NULL
      GROUP BY ${year} ORDER BY ${d.bin(year)} DESC LIMIT 40`),
    facet(`SELECT v.type AS value, count(DISTINCT v.article) AS count FROM top JOIN events v ON v.article = top.r
      GROUP BY v.type ORDER BY count DESC, ${d.bin('v.type')}`),
    facet(`SELECT e.country AS value, count(DISTINCT e.article) AS count FROM top JOIN entities e ON e.article = top.r
      WHERE ${d.noIndex('e.country')} IS NOT NULL GROUP BY e.country ORDER BY count DESC, ${d.bin('e.country')} LIMIT 20`),
    facet(`SELECT e.name AS value, count(DISTINCT e.article) AS count FROM top JOIN entities e ON e.article = top.r
      WHERE e.type IN ('PERSON', 'ORG') GROUP BY e.name ORDER BY count DESC, ${d.bin('e.name')} LIMIT 20`),
  ]);
  return { total: top.length, capped, hits, facets: { section, agency, year: years, type, country, actor } };
}
