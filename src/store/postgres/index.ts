/**
 * The PostgreSQL store, for many writers on many machines: `--db postgres://user@host/db`.
 *
 * Same guarantees as the SQLite store (see ../store.ts): one transaction per article (a savepoint per
 * article in a batch), acknowledged only after COMMIT, idempotent re-puts, near-duplicates linked to
 * the first copy. Writers serialize on one advisory lock (./write.ts); readers never wait for them.
 * Full-text search is a tsvector column (headline weight A, body weight D) with a GIN index, ranked by
 * ts_rank and shown with ts_headline snippets; accents are folded through the unaccent extension when
 * the server has it (migration 2). The server's analytic queries run on the same tables (sqlRows).
 */
import pg from 'pg';
import type { AnalyzedArticle } from '../../model.js';
import type {
  ArticleSummary, EntityQuery, EntityStat, EventQuery, EventRow, Page, PutItem, PutMeta, PutResult, QuoteQuery, QuoteRow,
  SearchHit, SearchOptions, Store, StoreStats, StoredArticle, TimeRange,
} from '../store.js';
import { StoreError } from '../store.js';
import { migrate } from './migrate.js';
import { numericRows } from './numeric-rows.js';
import { PgReader } from './read.js';
import { TS_CONFIG } from './ts-query.js';
import { PgWriter, type PgWriterOptions } from './write.js';
export { isPostgresUrl, redact } from '../location.js';
import { redact } from '../location.js';

export interface PgOptions extends PgWriterOptions {
  /** Connections kept open (default 4). */
  poolSize?: number;
}

/** Whether the search configuration removes accents (migration 2 sets it up when unaccent is available). */
async function foldsAccents(client: pg.PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ folds: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_ts_config_map m
      JOIN pg_ts_config c ON c.oid = m.mapcfg JOIN pg_ts_dict d ON d.oid = m.mapdict
      WHERE c.cfgname = $1 AND d.dictname = 'unaccent') AS folds`, [TS_CONFIG]);
  return rows[0]?.folds === true;
}

export class PgStore implements Store {
  readonly description: string;
  private readonly writer: PgWriter;
  private readonly reader: PgReader;
  private closed = false;

  private constructor(readonly pool: pg.Pool, readonly location: string, opts: PgOptions, readonly foldsAccents: boolean) {
    this.description = `postgres ${redact(location)}`;
    this.writer = new PgWriter(pool, opts);
    this.reader = new PgReader(pool);
  }

  /** Connect, and create or migrate the schema. */
  static async open(url: string, opts: PgOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 4, application_name: 'dateline' });
    // An idle connection the server drops must not crash the process: the next query reconnects.
    pool.on('error', () => undefined);
    let client: pg.PoolClient | undefined;
    let folds = false;
    try {
      client = await pool.connect();
      await migrate(client, redact(url));
      folds = await foldsAccents(client);
    } catch (e) {
      client?.release(true);
      client = undefined;
      await pool.end().catch(() => undefined);
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the PostgreSQL database at ${redact(url)}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      client?.release();
    }
    if (!folds) {
      process.stderr.write(`dateline: ${redact(url)} cannot use the unaccent extension (not installed, or no right to create it); search will not fold accents\n`);
    }
    return new PgStore(pool, url, opts, folds);
  }

  async putArticle(record: AnalyzedArticle, meta?: PutMeta): Promise<PutResult> {
    return this.writer.putArticle(record, meta);
  }

  async putArticles(items: readonly PutItem[]): Promise<Array<PutResult | Error>> {
    return this.writer.putArticles(items);
  }

  async contains(id: string): Promise<boolean> {
    return this.reader.contains(id);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.reader.getArticle(id);
  }

  async findIds(prefix: string, limit?: number): Promise<string[]> {
    return this.reader.findIds(prefix, limit);
  }

  async search(query: string, opts?: SearchOptions): Promise<SearchHit[]> {
    return this.reader.search(query, opts);
  }

  async listArticles(opts?: Page & TimeRange): Promise<ArticleSummary[]> {
    return this.reader.listArticles(opts);
  }

  async entities(q?: EntityQuery): Promise<EntityStat[]> {
    return this.reader.entities(q);
  }

  async quotes(q?: QuoteQuery): Promise<QuoteRow[]> {
    return this.reader.quotes(q);
  }

  async events(q?: EventQuery): Promise<EventRow[]> {
    return this.reader.events(q);
  }

  /** Rows of a read-only query (`$1` placeholders), counts as numbers: the server's analytic queries. */
  async sqlRows<T>(text: string, values: readonly unknown[]): Promise<T[]> {
    return numericRows<T>(this.pool, text, values);
  }

  async stats(): Promise<StoreStats> {
    return this.reader.stats();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
