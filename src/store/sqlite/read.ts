/** Reading from the SQLite store: records, search, lists and the entity/quote/event queries. */
import type Database from 'better-sqlite3';
import type { AnalyzedArticle, PloverType, QuoteKind } from '../../model.js';
import type {
  ArticleSource, ArticleSummary, EntityQuery, EntityStat, EventQuery, EventRow, Page, ParticipantRow, QuoteQuery, QuoteRow,
  SearchHit, SearchOptions, StoreStats, StoredArticle, TimeRange,
} from '../store.js';
import { SQLITE } from '../sql/dialect.js';
import { eventWhere as eventWhereOf } from '../sql/event-where.js';
import { clean, like, msBound, page } from '../sql/rows.js';
import { toFtsQuery } from './fts-query.js';

/** WHERE fragments over `a.published_ms` for a time range. */
function publishedRange(r: TimeRange, where: string[], params: unknown[]): void {
  if (r.since) {
    where.push('a.published_ms >= ?');
    params.push(msBound(r.since, 'since'));
  }
  if (r.until) {
    where.push('a.published_ms <= ?');
    params.push(msBound(r.until, 'until'));
  }
}

/** The WHERE clause of an event query over `events v JOIN articles a` (shared by events and clusters). */
export function eventWhere(q: EventQuery): { sql: string; params: unknown[] } {
  if (q.since) msBound(q.since, 'since');
  if (q.until) msBound(q.until, 'until');
  return eventWhereOf(SQLITE, q);
}

export class Reader {
  private readonly containsStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.containsStmt = db.prepare(`SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)
      OR EXISTS (SELECT 1 FROM article_sources WHERE variant_id = ?)`).pluck();
  }

  contains(id: string): boolean {
    return this.containsStmt.get(id, id) === 1;
  }

  getArticle(id: string): StoredArticle | undefined {
    const row = (this.db.prepare('SELECT rowid, text, record, ingested_at FROM articles WHERE id = ?').get(id) ??
      this.db.prepare(`SELECT a.rowid, a.text, a.record, a.ingested_at FROM article_sources s
        JOIN articles a ON a.rowid = s.article WHERE s.variant_id = ? LIMIT 1`).get(id)) as
      { rowid: number; text: string; record: string; ingested_at: string } | undefined;
    if (!row) return undefined;
    const record = JSON.parse(row.record) as AnalyzedArticle;
    record.text = row.text;
    const sources = (this.db.prepare(`SELECT variant_id AS variantId, format, path, url, source_id AS sourceId, headline,
        similarity, ingested_at AS ingestedAt FROM article_sources WHERE article = ? ORDER BY ingested_at, source_key`)
      .all(row.rowid) as Array<Record<string, unknown>>).map((r) => clean<ArticleSource>(r));
    return { record, sources, ingestedAt: row.ingested_at };
  }

  findIds(prefix: string, limit = 10): string[] {
    // Range scan on the unique index rather than LIKE, which would not use it for a TEXT prefix.
    return this.db.prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?').pluck()
      .all(prefix, `${prefix}\uffff`, limit) as string[];
  }

  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const match = toFtsQuery(query);
    if (!match) return [];
    const [limit, offset] = page(opts);
    const hl = opts.highlight ?? { start: '«', end: '»' };
    // bm25 weights: a match in the headline counts five times one in the body. bm25 is lower-is-better.
    // The snippet comes from the body (column 1): the headline is printed beside it anyway.
    const rows = this.db.prepare(`SELECT a.id, a.headline, a.published, a.section,
        -bm25(articles_fts, 5.0, 1.0) AS score,
        snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ? OFFSET ?`)
      .all(hl.start, hl.end, match, limit, offset) as Array<Record<string, unknown>>;
    return rows.map((r) => clean<SearchHit>(r));
  }

  listArticles(opts: Page & TimeRange = {}): ArticleSummary[] {
    const [limit, offset] = page(opts);
    const where: string[] = [];
    const params: unknown[] = [];
    publishedRange(opts, where, params);
    const rows = this.db.prepare(`SELECT a.id, a.headline, a.published, a.section, a.source_format AS format,
        a.source_path AS path, a.source_url AS url,
        (SELECT count(*) FROM article_sources s WHERE s.article = a.rowid) AS sources,
        (SELECT count(*) FROM entities e WHERE e.article = a.rowid) AS entities,
        (SELECT count(*) FROM quotes q WHERE q.article = a.rowid) AS quotes,
        (SELECT count(*) FROM events v WHERE v.article = a.rowid) AS events
      FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.published_ms DESC NULLS LAST, a.rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<Record<string, unknown>>;
    return rows.map((r) => clean<ArticleSummary>(r));
  }

  entities(q: EntityQuery = {}): EntityStat[] {
    // Country, code and article narrow the entity rows counted, so they group the rows themselves;
    // the whole list, by name or type, reads the running totals.
    if (!q.country && !q.code && !q.article) return this.entityTotals(q);
    const [limit, offset] = page(q);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.name) {
      where.push("e.name LIKE ? ESCAPE '\\'");
      params.push(like(q.name));
    }
    if (q.type) {
      where.push('e.type = ?');
      params.push(q.type);
    }
    if (q.country) {
      where.push('e.country = ?');
      params.push(q.country.toUpperCase());
    }
    if (q.code) {
      where.push('e.code = ?');
      params.push(q.code.toUpperCase());
    }
    if (q.article) {
      where.push('e.article = (SELECT rowid FROM articles WHERE id = ?)');
      params.push(q.article);
    }
    const rows = this.db.prepare(`SELECT e.name, e.type, max(e.kb) AS kb, max(e.country) AS country, max(e.code) AS code,
        count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions
      FROM entities e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name, e.type LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<Record<string, unknown>>;
    return rows.map((r) => clean<EntityStat>(r));
  }

  /** Entities across the store from `entity_stats`: the top of the list is a scan of its rank index. */
  private entityTotals(q: EntityQuery): EntityStat[] {
    const [limit, offset] = page(q);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.name) {
      where.push("name LIKE ? ESCAPE '\\'");
      params.push(like(q.name));
    }
    if (q.type) {
      where.push('type = ?');
      params.push(q.type);
    }
    const rows = this.db.prepare(`SELECT name, type, kb, country, code, articles, mentions
      FROM entity_stats ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY articles DESC, mentions DESC, name, type LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<Record<string, unknown>>;
    return rows.map((r) => clean<EntityStat>(r));
  }

  quotes(q: QuoteQuery = {}): QuoteRow[] {
    const [limit, offset] = page(q);
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.speaker) {
      where.push("q.speaker LIKE ? ESCAPE '\\'");
      params.push(like(q.speaker));
    }
    if (q.kind) {
      where.push('q.kind = ?');
      params.push(q.kind);
    }
    if (q.article) {
      where.push('a.id = ?');
      params.push(q.article);
    }
    publishedRange(q, where, params);
    // The addressee's name is its entity's row in the same article (by the primary key's article prefix).
    const rows = this.db.prepare(`SELECT a.id AS article, a.headline, a.published, q.kind, q.text, q.speaker,
        CASE WHEN q.addressee_entity IS NOT NULL THEN (SELECT e.name FROM entities e WHERE e.article = q.article AND e.entity_id = q.addressee_entity) END AS addressee, q.cue
      FROM quotes q JOIN articles a ON a.rowid = q.article ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.published_ms DESC NULLS LAST, a.rowid DESC, q.idx LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<Record<string, unknown>>;
    return rows.map((r) => clean<QuoteRow & { kind: QuoteKind }>(r));
  }

  events(q: EventQuery = {}): EventRow[] {
    const [limit, offset] = page(q);
    const { sql: where, params } = eventWhere(q);
    const rows = this.db.prepare(`SELECT v.article AS rowid, v.idx, a.id AS article, a.headline, a.published, v.type, v.mode,
        v.cameo, v.status, v.date, v.day, v.evidence
      FROM events v JOIN articles a ON a.rowid = v.article ${where}
      ORDER BY v.day DESC NULLS LAST, a.rowid DESC, v.idx LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as Array<Record<string, unknown> & { rowid: number; idx: number }>;
    const partsOf = this.db.prepare(`SELECT role, entity_id AS entity, text, name, code, country FROM event_participants
      WHERE article = ? AND event_idx = ? ORDER BY role, pos`);
    return rows.map(({ rowid, idx, ...r }) => {
      const ps = (partsOf.all(rowid, idx) as Array<Record<string, unknown> & { role: string }>);
      const pick = (role: string): ParticipantRow[] => ps.filter((p) => p.role === role).map(({ role: _r, ...p }) => clean<ParticipantRow>(p));
      return { ...clean<Omit<EventRow, 'actor' | 'recipient'> & { type: PloverType }>(r), actor: pick('actor'), recipient: pick('recipient') };
    });
  }

  stats(): StoreStats {
    const count = (sql: string): number => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    const articles = count('SELECT count(*) FROM articles');
    const sources = count('SELECT count(*) FROM article_sources');
    const range = this.db.prepare(`SELECT
        (SELECT published FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms LIMIT 1) AS firstPublished,
        (SELECT published FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms DESC LIMIT 1) AS lastPublished`)
      .get() as Record<string, unknown>;
    return {
      articles,
      sources,
      duplicates: sources - articles,
      entities: count('SELECT count(*) FROM entities'),
      mentions: count('SELECT count(*) FROM mentions'),
      times: count('SELECT count(*) FROM times'),
      quotes: count('SELECT count(*) FROM quotes'),
      events: count('SELECT count(*) FROM events'),
      ...clean<Pick<StoreStats, 'firstPublished' | 'lastPublished'>>(range),
    };
  }
}
