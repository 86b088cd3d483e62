/**
 * Writing one article to PostgreSQL: the decision (new, unchanged, duplicate) and every row derived
 * from it. The rows go in with one statement (data-modifying CTEs over unnest()ed arrays), so an
 * article costs a handful of round trips, not one per entity.
 *
 * Every write transaction first takes one advisory lock, so writers on any number of machines store
 * articles one at a time: the duplicate checks and the inserts see one state, and two workers given
 * near-copies of a story at the same moment cannot both store it. Analysis, the expensive part, runs
 * outside the lock; a write holds it for a few milliseconds.
 */
import type pg from 'pg';
import type { AnalyzedArticle, SourceInfo } from '../../model.js';
import { BANDS, DEFAULT_THRESHOLD, fingerprint, fingerprintBody, jaccard, shingles, type Fingerprint } from '../minhash.js';
import { bodyStartOf, recordJson, sourceKey } from '../sqlite/write.js';
import type { PutItem, PutMeta, PutResult } from '../store.js';
import { StoreError } from '../store.js';

/** Any constant: the advisory lock every dateline writer takes for its write transaction. */
export const WRITE_LOCK = 0x646c7772; // "dlwr"

export interface PgWriterOptions {
  /** Jaccard resemblance from which a body is a near-duplicate (default 0.7). */
  threshold?: number;
  /**
   * Test hook, called before each statement of an article's write with its number (1-based); whatever
   * it throws fails the write there, to prove writes are all-or-nothing.
   */
  fault?: (step: number) => void;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function publishedMs(published: string | undefined): number | null {
  if (!published) return null;
  const ms = Date.parse(published);
  return Number.isNaN(ms) ? null : ms;
}

function publishedDay(published: string | undefined): string | null {
  const day = published?.slice(0, 10);
  return day && FULL_DATE.test(day) ? day : null;
}

/** Code points in `s`: PostgreSQL's substr() counts characters, JavaScript offsets count UTF-16 units. */
function codePoints(s: string): number {
  let count = 0;
  for (const _ of s) count++;
  return count;
}

/**
 * Errors of the database or the connection rather than of one article (SQLSTATE classes 08 connection,
 * 53 resources, 57 operator intervention, 58 system, XX internal; or no SQLSTATE at all, as when the
 * socket closes): the transaction is gone, so the batch is given up.
 */
export function isPgFailure(e: unknown): boolean {
  if (e instanceof StoreError) return true;
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return /Connection terminated|connection|ECONNRESET|ECONNREFUSED|not queryable/iu.test(String(e));
  return /^(?:08|53|57|58|XX)/u.test(code) || /^E[A-Z]+$/u.test(code);
}

const INSERT_ARTICLE = `
WITH a AS (
  INSERT INTO articles (id, headline, section, published, published_ms, language, dateline_place, dateline_date,
    dateline_agency, source_format, source_path, source_url, source_id, text, body_start, record, ingested_at, search)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
    setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $18), 'D'))
  ON CONFLICT (id) DO NOTHING
  RETURNING pk
), s AS (
  INSERT INTO article_sources (article, source_key, variant_id, format, path, url, source_id, headline, similarity, ingested_at)
  SELECT pk, $19, $1, $20, $21, $22, $23, $2, 1, $17 FROM a
), e AS (
  INSERT INTO entities (article, idx, entity_id, type, name, kb, country, code, role, mentions)
  SELECT a.pk, u.* FROM a, unnest($24::int[], $25::text[], $26::text[], $27::text[], $28::text[], $29::text[], $30::text[],
    $31::text[], $32::int[]) AS u
), m AS (
  INSERT INTO mentions (article, entity_idx, idx, start, "end", form, resolved)
  SELECT a.pk, u.* FROM a, unnest($33::int[], $34::int[], $35::int[], $36::int[], $37::text[], $38::bool[]) AS u
), t AS (
  INSERT INTO times (article, idx, start, "end", type, value, inferred)
  SELECT a.pk, u.* FROM a, unnest($39::int[], $40::int[], $41::int[], $42::text[], $43::text[], $44::bool[]) AS u
), q AS (
  INSERT INTO quotes (article, idx, start, "end", kind, text, speaker_entity, speaker, addressee_entity, cue)
  SELECT a.pk, u.* FROM a, unnest($45::int[], $46::int[], $47::int[], $48::text[], $49::text[], $50::text[], $51::text[],
    $52::text[], $53::text[]) AS u
), v AS (
  INSERT INTO events (article, idx, type, mode, cameo, status, date, day, location, evidence_start, evidence_end, evidence, reported)
  SELECT a.pk, u.* FROM a, unnest($54::int[], $55::text[], $56::text[], $57::text[], $58::text[], $59::text[], $60::text[],
    $61::text[], $62::int[], $63::int[], $64::text[], $65::bool[]) AS u
), p AS (
  INSERT INTO event_participants (article, event_idx, role, pos, entity_id, text, name, code, country)
  SELECT a.pk, u.* FROM a, unnest($66::int[], $67::text[], $68::int[], $69::text[], $70::text[], $71::text[], $72::text[],
    $73::text[]) AS u
), b AS (
  INSERT INTO lsh_bands (key, article) SELECT k, a.pk FROM a, unnest($74::bigint[]) AS k ON CONFLICT DO NOTHING
)
SELECT pk FROM a`;

/** The parameters of INSERT_ARTICLE: the article's columns, then one array per column of each derived table. */
function insertParams(r: AnalyzedArticle, first: SourceInfo, at: string, fp: Fingerprint): unknown[] {
  const bodyStart = bodyStartOf(r);
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const col = <T, V>(xs: readonly T[], f: (x: T, i: number) => V): V[] => xs.map(f);
  const mentions = r.entities.flatMap((e, i) => e.mentions.map((m, j) => ({ i, j, m })));
  const pubDay = publishedDay(r.published);
  const parties = r.events.flatMap((ev, i) => [
    ...ev.actor.map((p, pos) => ({ i, role: 'actor', pos, p })),
    ...ev.recipient.map((p, pos) => ({ i, role: 'recipient', pos, p })),
  ]);
  const src = r.source;
  return [
    r.id, r.headline, n(r.section), n(r.published), publishedMs(r.published), n(r.language),
    n(r.dateline?.place), n(r.dateline?.date), n(r.dateline?.agency),
    src.format, n(src.path), n(src.url), n(src.sourceId),
    r.text, codePoints(r.text.slice(0, bodyStart)), recordJson(r), at, r.text.slice(bodyStart),
    // $19–$23: where this first copy came from
    sourceKey(first), first.format, n(first.path), n(first.url), n(first.sourceId),
    // $24–$32 entities
    col(r.entities, (_, i) => i), col(r.entities, (e) => e.id), col(r.entities, (e) => e.type), col(r.entities, (e) => e.name),
    col(r.entities, (e) => n(e.kb)), col(r.entities, (e) => n(e.country)), col(r.entities, (e) => n(e.code)),
    col(r.entities, (e) => n(e.role)), col(r.entities, (e) => e.mentions.length),
    // $33–$38 mentions
    col(mentions, (x) => x.i), col(mentions, (x) => x.j), col(mentions, (x) => x.m.start), col(mentions, (x) => x.m.end),
    col(mentions, (x) => n(x.m.form)), col(mentions, (x) => x.m.resolved === true),
    // $39–$44 times
    col(r.times, (_, i) => i), col(r.times, (t) => t.start), col(r.times, (t) => t.end), col(r.times, (t) => t.type),
    col(r.times, (t) => t.value), col(r.times, (t) => t.inferred === true),
    // $45–$53 quotes
    col(r.quotes, (_, i) => i), col(r.quotes, (q) => q.start), col(r.quotes, (q) => q.end), col(r.quotes, (q) => q.kind),
    col(r.quotes, (q) => q.text), col(r.quotes, (q) => n(q.speaker)),
    col(r.quotes, (q) => n((q.speaker ? names.get(q.speaker) : undefined) ?? q.speakerText)),
    col(r.quotes, (q) => n(q.addressee)), col(r.quotes, (q) => n(q.cue)),
    // $54–$65 events
    col(r.events, (_, i) => i), col(r.events, (e) => e.type), col(r.events, (e) => n(e.mode)), col(r.events, (e) => n(e.cameo)),
    col(r.events, (e) => e.status), col(r.events, (e) => n(e.date)),
    col(r.events, (e) => (e.date && FULL_DATE.test(e.date) ? e.date : pubDay)), col(r.events, (e) => n(e.location)),
    col(r.events, (e) => e.evidence.start), col(r.events, (e) => e.evidence.end), col(r.events, (e) => e.evidence.text),
    col(r.events, (e) => e.reported === true),
    // $66–$73 participants
    col(parties, (x) => x.i), col(parties, (x) => x.role), col(parties, (x) => x.pos), col(parties, (x) => n(x.p.entity)),
    col(parties, (x) => x.p.text), col(parties, (x) => n(x.p.entity ? names.get(x.p.entity) : undefined)),
    col(parties, (x) => n(x.p.code)), col(parties, (x) => n(x.p.country)),
    // $74 bands
    fp.bands.length === BANDS ? fp.bands : [],
  ];
}

interface Known {
  pk: string;
  id: string;
  similarity: number;
}

export class PgWriter {
  private steps = 0;

  constructor(private readonly pool: pg.Pool, private readonly opts: PgWriterOptions = {}) {}

  /** One article, one transaction. */
  async putArticle(record: AnalyzedArticle, meta: PutMeta = {}): Promise<PutResult> {
    const fp = fingerprint(record);
    return this.transaction(async (c) => this.write(c, record, meta, fp));
  }

  /** Several articles in one transaction, each inside its own savepoint (see Store.putArticles). */
  async putArticles(items: readonly PutItem[]): Promise<Array<PutResult | Error>> {
    const fps = items.map((it) => fingerprint(it.record));
    return this.transaction(async (c) => {
      const out: Array<PutResult | Error> = [];
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        await c.query('SAVEPOINT article');
        try {
          out.push(await this.write(c, it.record, it.meta ?? {}, fps[i]!));
          await c.query('RELEASE SAVEPOINT article');
        } catch (e) {
          if (isPgFailure(e)) throw e;
          // If even the rollback fails, the connection is gone: that is the store's failure, not the article's.
          await c.query('ROLLBACK TO SAVEPOINT article');
          out.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
      return out;
    });
  }

  private async transaction<T>(body: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (e) {
      throw new StoreError(`cannot reach the database: ${e instanceof Error ? e.message : String(e)}`);
    }
    let broken = false;
    // The server may close the connection while it is checked out (a restart, pg_terminate_backend):
    // the pending query then fails, and this listener keeps the 'error' event from crashing the process.
    const onError = (): void => { broken = true; };
    c.on('error', onError);
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const out = await body(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => { broken = true; });
      if (isPgFailure(e) && !(e instanceof StoreError)) {
        broken = true;
        throw new StoreError(`the database failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      throw e;
    } finally {
      c.off('error', onError);
      // A connection whose transaction could not be closed is not given back to the pool.
      c.release(broken);
    }
  }

  private async step(): Promise<void> {
    this.opts.fault?.(++this.steps);
  }

  private async write(c: pg.PoolClient, record: AnalyzedArticle, meta: PutMeta, fp: Fingerprint): Promise<PutResult> {
    this.steps = 0;
    const source = meta.source ?? record.source;
    const key = sourceKey(source);
    const at = meta.ingestedAt ?? new Date().toISOString();

    // The same text again (from here or from elsewhere), or a copy already linked as a duplicate.
    await this.step();
    const known = (await c.query<Known & { has: boolean }>(`WITH k AS (
        (SELECT pk, id, 1::float8 AS similarity FROM articles WHERE id = $1)
        UNION ALL
        (SELECT s.article, a.id, s.similarity FROM article_sources s JOIN articles a ON a.pk = s.article WHERE s.variant_id = $1 LIMIT 1)
        LIMIT 1)
      SELECT k.pk, k.id, k.similarity, EXISTS (SELECT 1 FROM article_sources s WHERE s.article = k.pk AND s.source_key = $2) AS has FROM k`,
    [record.id, key])).rows[0];
    if (known) {
      if (known.has) return { status: 'unchanged', id: known.id };
      await this.addSource(c, known, key, source, record, at);
      return { status: 'duplicate', id: known.id, duplicateOf: known.id, similarity: known.similarity };
    }

    const near = await this.nearDuplicate(c, fp);
    if (near) {
      await this.addSource(c, near, key, source, record, at);
      return { status: 'duplicate', id: near.id, duplicateOf: near.id, similarity: near.similarity };
    }

    await this.step();
    const params = insertParams(record, source, at, fp);
    const inserted = await c.query(INSERT_ARTICLE, params);
    // Under the write lock nobody else can have stored this id since the check above.
    if (inserted.rowCount === 0) throw new Error(`article ${record.id} was stored by another writer at the same time`);
    return { status: 'new', id: record.id };
  }

  /** The best stored candidate sharing an LSH band, confirmed on exact shingle sets. */
  private async nearDuplicate(c: pg.PoolClient, fp: Fingerprint): Promise<Known | undefined> {
    if (fp.bands.length !== BANDS) return undefined;
    await this.step();
    const rows = (await c.query<{ pk: string; id: string; text: string; record: string }>(
      `SELECT a.pk, a.id, a.text, a.record FROM articles a
       WHERE a.pk IN (SELECT article FROM lsh_bands WHERE key = ANY($1::bigint[])) ORDER BY a.pk`, [fp.bands])).rows;
    let best: Known | undefined;
    const threshold = this.opts.threshold ?? DEFAULT_THRESHOLD;
    for (const row of rows) {
      const parts = (JSON.parse(row.record) as Pick<AnalyzedArticle, 'parts'>).parts;
      const sim = jaccard(fp.shingles, shingles(fingerprintBody({ text: row.text, parts })));
      if (sim >= threshold && (!best || sim > best.similarity)) best = { pk: row.pk, id: row.id, similarity: sim };
    }
    return best;
  }

  private async addSource(c: pg.PoolClient, to: Known, key: string, s: SourceInfo, r: AnalyzedArticle, at: string): Promise<void> {
    await this.step();
    // A source already recorded for the story can come back with a revised text: it then points at its latest version.
    await c.query(`INSERT INTO article_sources (article, source_key, variant_id, format, path, url, source_id, headline, similarity, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
      ON CONFLICT (article, source_key) DO UPDATE SET variant_id = excluded.variant_id, headline = excluded.headline,
        similarity = excluded.similarity, ingested_at = excluded.ingested_at`,
    [to.pk, key, r.id, s.format, n(s.path), n(s.url), n(s.sourceId), r.headline, to.similarity, at]);
  }
}
