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
import { sourceKey } from '../sqlite/write.js';
import type { PutItem, PutMeta, PutResult } from '../store.js';
import { RefusedStatement, writeBatch } from './batch.js';
import { isPgFailure, isRefusal } from './failure.js';
import { INSERT_NEW, NewRows } from './rows.js';

export { isPgFailure } from './failure.js';
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

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);


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

  /**
   * Several articles in one transaction (see Store.putArticles). Each article writes with one
   * statement, so it is all-or-nothing by itself, and an article refused before its statement (bad
   * data) leaves the transaction clean: no savepoint is needed. Only when PostgreSQL itself refuses
   * an article's statement (which aborts the transaction) is the batch done again with a savepoint
   * per article, so that article alone is undone.
   */
  async putArticles(items: readonly PutItem[]): Promise<Array<PutResult | Error>> {
    const fps = items.map((it) => fingerprint(it.record));
    try {
      return await this.transaction(async (c) => writeBatch(c, items, fps, this.opts));
    } catch (e) {
      if (!(e instanceof RefusedStatement)) throw e;
      return this.transaction(async (c) => this.batch(c, items, fps, true));
    }
  }

  /** The careful way: one article at a time, each in a savepoint, so a refused one is undone alone. */
  private async batch(c: pg.PoolClient, items: readonly PutItem[], fps: readonly Fingerprint[], careful: boolean): Promise<Array<PutResult | Error>> {
    const out: Array<PutResult | Error> = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (careful) await c.query('SAVEPOINT article');
      try {
        out.push(await this.write(c, it.record, it.meta ?? {}, fps[i]!));
        if (careful) await c.query('RELEASE SAVEPOINT article');
      } catch (e) {
        if (isPgFailure(e)) throw e;
        // If even the rollback fails, the connection is gone: that is the store's failure, not the article's.
        if (isRefusal(e)) await c.query('ROLLBACK TO SAVEPOINT article');
        out.push(e instanceof Error ? e : new Error(String(e)));
      }
    }
    return out;
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

    // One round trip: the same text again (from here or elsewhere), a copy already linked as a
    // duplicate, or else the stored articles sharing an LSH band with this one (near-duplicate candidates).
    await this.step();
    const bands = fp.bands.length === BANDS ? fp.bands : [];
    // Named statements are planned once per connection: planning these costs more than running them.
    const found = (await c.query<Known & { has: boolean | null; text: string | null; record: string | null }>({ name: 'dateline-lookup', text: `WITH k AS (
        (SELECT pk, id, 1::float8 AS similarity FROM articles WHERE id = $1)
        UNION ALL
        (SELECT s.article, a.id, s.similarity FROM article_sources s JOIN articles a ON a.pk = s.article WHERE s.variant_id = $1 LIMIT 1)
        LIMIT 1)
      SELECT k.pk, k.id, k.similarity, EXISTS (SELECT 1 FROM article_sources s WHERE s.article = k.pk AND s.source_key = $2) AS has,
        NULL AS text, NULL AS record FROM k
      UNION ALL
      (SELECT a.pk, a.id, NULL, NULL, a.text, a.record FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM k) AND a.pk IN (SELECT article FROM lsh_bands WHERE key = ANY($3::bigint[])) ORDER BY a.pk)`,
    values: [record.id, key, bands] })).rows;
    const known = found[0]?.has !== null && found[0]?.has !== undefined ? found[0] : undefined;
    if (known) {
      if (known.has) return { status: 'unchanged', id: known.id };
      await this.addSource(c, known, key, source, record, at);
      return { status: 'duplicate', id: known.id, duplicateOf: known.id, similarity: known.similarity };
    }

    const near = this.nearDuplicate(fp, found);
    if (near) {
      await this.addSource(c, near, key, source, record, at);
      return { status: 'duplicate', id: near.id, duplicateOf: near.id, similarity: near.similarity };
    }

    await this.step();
    const rows = new NewRows();
    rows.add(record, source, at, fp);
    const inserted = await c.query({ name: 'dateline-insert', text: INSERT_NEW, values: rows.values() });
    // Under the write lock nobody else can have stored this id since the check above.
    if (inserted.rowCount === 0) throw new Error(`article ${record.id} was stored by another writer at the same time`);
    return { status: 'new', id: record.id };
  }

  /** The best stored candidate sharing an LSH band, confirmed on exact shingle sets. */
  private nearDuplicate(fp: Fingerprint, rows: ReadonlyArray<{ pk: string; id: string; text: string | null; record: string | null }>): Known | undefined {
    let best: Known | undefined;
    const threshold = this.opts.threshold ?? DEFAULT_THRESHOLD;
    for (const row of rows) {
      if (row.text === null || row.record === null) continue;
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
