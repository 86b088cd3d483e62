/**
 * The embedded store: SQLite through better-sqlite3.
 *
 * Durability: the database runs in WAL mode with synchronous=NORMAL. A commit appends the transaction
 * to the write-ahead log with write(2) before `putArticle` returns, so once an ingest is acknowledged
 * the article survives the process being killed (kill -9, a crash): the data is in the operating
 * system's cache and the log is replayed on the next open. What NORMAL does not promise is survival of
 * a power cut or kernel crash in the instant after commit (the log is synced at checkpoints, not at
 * every commit); `durability: 'power'` (synchronous=FULL) pays an fsync per article for that.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AnalyzedArticle } from '../../model.js';
import type {
  ArticleSummary, EntityQuery, EntityStat, EventCluster, EventQuery, EventRow, Page, PutItem, PutMeta, PutResult, QuoteQuery, QuoteRow,
  SearchHit, SearchOptions, Store, StoreStats, StoredArticle, TimeRange,
} from '../store.js';
import { StoreError } from '../store.js';
import { migrate } from './migrate.js';
import { Reader } from './read.js';
import { readEventClusters } from './read-clusters.js';
import { ArticleWriter, type WriterOptions } from './write.js';

export interface SqliteOptions extends WriterOptions {
  /** Create the database when the file does not exist (default true); false gives a StoreError instead. */
  create?: boolean;
  /** 'process' (default): acknowledged articles survive a killed process; 'power': also a power cut. */
  durability?: 'process' | 'power';
}

export class SqliteStore implements Store {
  readonly description: string;
  private readonly writer: ArticleWriter;
  private readonly reader: Reader;

  private constructor(readonly db: Database.Database, readonly location: string, opts: SqliteOptions) {
    this.description = `sqlite ${location}`;
    this.writer = new ArticleWriter(db, opts);
    this.reader = new Reader(db);
  }

  /** Open (and create, and migrate) the database at `path`; ':memory:' for a throwaway one. */
  static open(path: string, opts: SqliteOptions = {}): SqliteStore {
    const memory = path === ':memory:';
    if (!memory && opts.create === false && !existsSync(path)) {
      throw new StoreError(`no database at ${path} — run "dateline ingest PATH --db ${path}" first, or name another with --db`);
    }
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (e) {
      throw new StoreError(`cannot open the database at ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      db.pragma('journal_mode = WAL');
      db.pragma(`synchronous = ${opts.durability === 'power' ? 'FULL' : 'NORMAL'}`);
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
      // Bigger page cache than the 2 MB default: FTS merges and index inserts stay in memory.
      db.pragma('cache_size = -32000');
      db.pragma('temp_store = MEMORY');
      // Checkpoint (copy the log into the database, with an fsync) every ~40 MB of log instead of every
      // ~4 MB: the fsyncs, not the writes, are what a per-article commit pays for.
      db.pragma('wal_autocheckpoint = 10000');
      migrate(db, path);
    } catch (e) {
      db.close();
      if (e instanceof StoreError) throw e;
      const msg = e instanceof Error ? e.message : String(e);
      throw new StoreError(`${path} is not a usable dateline database (${msg})`);
    }
    return new SqliteStore(db, path, opts);
  }

  async putArticle(record: AnalyzedArticle, meta?: PutMeta): Promise<PutResult> {
    return this.writer.putArticle(record, meta);
  }

  async putArticles(items: readonly PutItem[]): Promise<Array<PutResult | Error>> {
    return this.writer.putArticles(items);
  }

  /** The synchronous forms, for bulk loops and benchmarks that want to skip a promise per call. */
  putArticleSync(record: AnalyzedArticle, meta?: PutMeta): PutResult {
    return this.writer.putArticle(record, meta);
  }

  putArticlesSync(items: readonly PutItem[]): Array<PutResult | Error> {
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

  async eventClusters(q?: EventQuery): Promise<EventCluster[]> {
    return readEventClusters(this.db, q);
  }

  async stats(): Promise<StoreStats> {
    return this.reader.stats();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
