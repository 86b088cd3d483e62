/** Reading from the PostgreSQL store: records, search, lists and the entity/quote/event queries. */
import type pg from 'pg';
import type { AnalyzedArticle, PloverType, QuoteKind } from '../../model.js';
import type {
  ArticleSource, ArticleSummary, EntityQuery, EntityStat, EventQuery, EventRow, Page, ParticipantRow, QuoteQuery, QuoteRow,
  SearchHit, SearchOptions, StoreStats, StoredArticle, TimeRange,
} from '../store.js';
import { POSTGRES } from '../sql/dialect.js';
import { eventWhere } from '../sql/event-where.js';
import { numbered } from '../sql/placeholders.js';
import { clean, like, msBound, page } from '../sql/rows.js';
import { HEADLINE_OPTIONS, markSnippet, toTsQuery, TS_CONFIG } from './ts-query.js';

/** Numbered parameters built up beside a WHERE list. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function publishedRange(r: TimeRange, where: string[], p: Params): void {
  if (r.since) where.push(`a.published_ms >= ${p.add(msBound(r.since, 'since'))}`);
  if (r.until) where.push(`a.published_ms <= ${p.add(msBound(r.until, 'until'))}`);
}

const whereSql = (where: string[]): string => (where.length ? `WHERE ${where.join(' AND ')}` : '');

export class PgReader {
  constructor(private readonly pool: pg.Pool) {}

  private async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  private asked: Array<{ id: string; resolve: (yes: boolean) => void; reject: (e: unknown) => void }> = [];

  /**
   * Questions asked together (ingest keeps several articles in flight) share one query: a round trip
   * per article would cost more than the rest of its ingest.
   */
  contains(id: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.asked.push({ id, resolve, reject });
      if (this.asked.length === 1) setImmediate(() => void this.answer());
    });
  }

  private async answer(): Promise<void> {
    const batch = this.asked;
    this.asked = [];
    try {
      const ids = batch.map((b) => b.id);
      const found = new Set((await this.rows<{ id: string }>(`SELECT id FROM articles WHERE id = ANY($1::text[])
        UNION SELECT variant_id FROM article_sources WHERE variant_id = ANY($1::text[])`, [ids])).map((r) => r.id));
      for (const b of batch) b.resolve(found.has(b.id));
    } catch (e) {
      for (const b of batch) b.reject(e);
    }
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const [row] = await this.rows<{ pk: string; text: string; record: string; ingested_at: string }>(`
      (SELECT pk, text, record, ingested_at FROM articles WHERE id = $1)
      UNION ALL
      (SELECT a.pk, a.text, a.record, a.ingested_at FROM article_sources s JOIN articles a ON a.pk = s.article
        WHERE s.variant_id = $1 LIMIT 1)
      LIMIT 1`, [id]);
    if (!row) return undefined;
    const record = JSON.parse(row.record) as AnalyzedArticle;
    record.text = row.text;
    const sources = (await this.rows(`SELECT variant_id AS "variantId", format, path, url, source_id AS "sourceId", headline,
        similarity, ingested_at AS "ingestedAt" FROM article_sources WHERE article = $1 ORDER BY ingested_at, source_key COLLATE "C"`,
    [row.pk])).map((r) => clean<ArticleSource>(r));
    return { record, sources, ingestedAt: row.ingested_at };
  }

  async findIds(prefix: string, limit = 10): Promise<string[]> {
    // ids use the "C" collation, so the range is a plain scan of the unique index.
    return (await this.rows<{ id: string }>('SELECT id FROM articles WHERE id >= $1 AND id < $2 ORDER BY id LIMIT $3',
      [prefix, `${prefix}\uffff`, limit])).map((r) => r.id);
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const tsq = toTsQuery(query);
    if (!tsq) return [];
    const [limit, offset] = page(opts);
    // Weights {D, C, B, A}: a headline (A) match counts five times a body (D) match, as in the SQLite store.
    // ts_headline is costly, so it runs only on the page of hits, from the body (the headline is printed beside it).
    const rows = await this.rows(`WITH q AS (SELECT to_tsquery('${TS_CONFIG}', $1) AS q),
      hits AS (
        SELECT a.pk, a.id, a.headline, a.published, a.section, ts_rank('{0.2, 0.2, 0.2, 1.0}', a.search, q.q) AS score
        FROM articles a, q WHERE a.search @@ q.q ORDER BY score DESC, a.pk LIMIT $2 OFFSET $3)
      SELECT h.id, h.headline, h.published, h.section, h.score::float8 AS score,
        ts_headline('${TS_CONFIG}', substr(a.text, a.body_start + 1), q.q, '${HEADLINE_OPTIONS}') AS snippet
      FROM hits h JOIN articles a ON a.pk = h.pk, q ORDER BY h.score DESC, h.pk`, [tsq, limit, offset]);
    const hl = opts.highlight ?? { start: '«', end: '»' };
    return rows.map((r) => clean<SearchHit>({ ...r, snippet: markSnippet(String(r.snippet ?? ''), hl) }));
  }

  async listArticles(opts: Page & TimeRange = {}): Promise<ArticleSummary[]> {
    const [limit, offset] = page(opts);
    const where: string[] = [];
    const p = new Params();
    publishedRange(opts, where, p);
    const rows = await this.rows(`SELECT a.id, a.headline, a.published, a.section, a.source_format AS format,
        a.source_path AS path, a.source_url AS url,
        (SELECT count(*) FROM article_sources s WHERE s.article = a.pk)::int AS sources,
        (SELECT count(*) FROM entities e WHERE e.article = a.pk)::int AS entities,
        (SELECT count(*) FROM quotes q WHERE q.article = a.pk)::int AS quotes,
        (SELECT count(*) FROM events v WHERE v.article = a.pk)::int AS events
      FROM articles a ${whereSql(where)}
      ORDER BY a.published_ms DESC NULLS LAST, a.pk DESC LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return rows.map((r) => clean<ArticleSummary>(r));
  }

  async entities(q: EntityQuery = {}): Promise<EntityStat[]> {
    // Country, code and article narrow the entity rows counted, so they group the rows themselves;
    // the whole list, by name or type, reads the running totals (migration 4), as SQLite does.
    if (!q.country && !q.code && !q.article) return this.entityTotals(q);
    const [limit, offset] = page(q);
    const where: string[] = [];
    const p = new Params();
    if (q.name) where.push(`e.name ILIKE ${p.add(like(q.name))} ESCAPE '\\'`);
    if (q.type) where.push(`e.type = ${p.add(q.type)}`);
    if (q.country) where.push(`e.country = ${p.add(q.country.toUpperCase())}`);
    if (q.code) where.push(`e.code = ${p.add(q.code.toUpperCase())}`);
    if (q.article) where.push(`e.article = (SELECT pk FROM articles WHERE id = ${p.add(q.article)})`);
    const rows = await this.rows(`SELECT e.name, e.type, max(e.kb) AS kb, max(e.country) AS country, max(e.code) AS code,
        count(DISTINCT e.article)::int AS articles, sum(e.mentions)::int AS mentions
      FROM entities e ${whereSql(where)}
      GROUP BY e.name, e.type ORDER BY articles DESC, mentions DESC, e.name COLLATE "C", e.type
      LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return rows.map((r) => clean<EntityStat>(r));
  }

  /** Entities across the store from `entity_stats`: the top of the list is a scan of its rank index. */
  private async entityTotals(q: EntityQuery): Promise<EntityStat[]> {
    const [limit, offset] = page(q);
    const where: string[] = [];
    const p = new Params();
    if (q.name) where.push(`name ILIKE ${p.add(like(q.name))} ESCAPE '\\'`);
    if (q.type) where.push(`type = ${p.add(q.type)}`);
    const rows = await this.rows(`SELECT name, type, kb, country, code, articles, mentions
      FROM entity_stats ${whereSql(where)}
      ORDER BY articles DESC, mentions DESC, name, type LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return rows.map((r) => clean<EntityStat>(r));
  }

  async quotes(q: QuoteQuery = {}): Promise<QuoteRow[]> {
    const [limit, offset] = page(q);
    const where: string[] = [];
    const p = new Params();
    if (q.speaker) where.push(`q.speaker ILIKE ${p.add(like(q.speaker))} ESCAPE '\\'`);
    if (q.kind) where.push(`q.kind = ${p.add(q.kind)}`);
    if (q.article) where.push(`a.id = ${p.add(q.article)}`);
    publishedRange(q, where, p);
    // The addressee's name is its entity's row in the same article (by the primary key's article prefix).
    const rows = await this.rows(`SELECT a.id AS article, a.headline, a.published, q.kind, q.text, q.speaker,
        CASE WHEN q.addressee_entity IS NOT NULL THEN (SELECT e.name FROM entities e WHERE e.article = q.article AND e.entity_id = q.addressee_entity) END AS addressee, q.cue
      FROM quotes q JOIN articles a ON a.pk = q.article ${whereSql(where)}
      ORDER BY a.published_ms DESC NULLS LAST, a.pk DESC, q.idx LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`, p.values);
    return rows.map((r) => clean<QuoteRow & { kind: QuoteKind }>(r));
  }

  async events(q: EventQuery = {}): Promise<EventRow[]> {
    const [limit, offset] = page(q);
    if (q.since) msBound(q.since, 'since');
    if (q.until) msBound(q.until, 'until');
    const w = eventWhere(POSTGRES, q);
    const rows = await this.rows<Record<string, unknown> & { pk: string; idx: number }>(numbered(`SELECT v.article AS pk, v.idx,
        a.id AS article, a.headline, a.published, v.type, v.mode, v.cameo, v.status, v.date, v.day, v.evidence
      FROM events v JOIN articles a ON a.pk = v.article ${w.sql}
      ORDER BY v.day DESC NULLS LAST, a.pk DESC, v.idx LIMIT ? OFFSET ?`), [...w.params, limit, offset]);
    if (rows.length === 0) return [];
    // All participants of the page's events in one query.
    const parts = await this.rows<Record<string, unknown> & { pk: string; event_idx: number; role: string }>(
      `SELECT p.article AS pk, p.event_idx, p.role, p.entity_id AS entity, p.text, p.name, p.code, p.country
       FROM event_participants p JOIN unnest($1::bigint[], $2::int[]) AS k(article, idx) ON p.article = k.article AND p.event_idx = k.idx
       ORDER BY p.role, p.pos`, [rows.map((r) => r.pk), rows.map((r) => r.idx)]);
    return rows.map(({ pk, idx, ...r }) => {
      const mine = parts.filter((x) => x.pk === pk && x.event_idx === idx);
      const pick = (role: string): ParticipantRow[] => mine.filter((x) => x.role === role)
        .map(({ pk: _p, event_idx: _e, role: _r, ...x }) => clean<ParticipantRow>(x));
      return { ...clean<Omit<EventRow, 'actor' | 'recipient'> & { type: PloverType }>(r), actor: pick('actor'), recipient: pick('recipient') };
    });
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.rows<Record<string, unknown> & { articles: number; sources: number }>(`SELECT
        (SELECT count(*) FROM articles)::int AS articles,
        (SELECT count(*) FROM article_sources)::int AS sources,
        (SELECT count(*) FROM entities)::int AS entities,
        (SELECT count(*) FROM mentions)::int AS mentions,
        (SELECT count(*) FROM times)::int AS times,
        (SELECT count(*) FROM quotes)::int AS quotes,
        (SELECT count(*) FROM events)::int AS events,
        (SELECT published FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms LIMIT 1) AS "firstPublished",
        (SELECT published FROM articles WHERE published_ms IS NOT NULL ORDER BY published_ms DESC LIMIT 1) AS "lastPublished"`);
    const row = r!;
    const { articles, sources, entities, mentions, times, quotes, events, ...range } = row;
    return {
      articles, sources, duplicates: sources - articles,
      entities: entities as number, mentions: mentions as number, times: times as number, quotes: quotes as number, events: events as number,
      ...clean<Pick<StoreStats, 'firstPublished' | 'lastPublished'>>(range),
    };
  }
}
