/**
 * Writing one article: the decision (new, unchanged, duplicate) and every row derived from it, in one
 * transaction with prepared statements.
 */
import type Database from 'better-sqlite3';
import type { AnalyzedArticle, Participant, SourceInfo } from '../../model.js';
import { BANDS, DEFAULT_THRESHOLD, fingerprint, fingerprintBody, jaccard, shingles, type Fingerprint } from '../minhash.js';
import type { PutItem, PutMeta, PutResult } from '../store.js';
import { ClusterWriter } from './event-clusters.js';
import { EntityStatsWriter } from './entity-stats.js';
import { FULL_DATE, publishedDay, publishedMs } from '../published.js';

/** A source's identity within one story: where it came from, plus the id the source gave it. */
export function sourceKey(s: SourceInfo): string {
  return `${s.url ?? s.path ?? ''}#${s.sourceId ?? ''}`;
}

/**
 * The record as stored in `articles.record`: everything but the text, which has its own column. The
 * key stays (empty) so that the record comes back with its fields in their original order.
 */
export function recordJson(record: AnalyzedArticle): string {
  return JSON.stringify({ ...record, text: '' });
}


/** Where the body begins: after a headline that opens the text, and the blank lines after it. */
export function bodyStartOf(r: Pick<AnalyzedArticle, 'text' | 'parts'>): number {
  const first = r.parts[0];
  if (!first || first.kind !== 'headline' || first.start !== 0) return 0;
  let i = first.end;
  while (i < r.text.length && /\s/u.test(r.text.charAt(i))) i++;
  return i;
}

function codePoints(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

const b = (v: boolean | undefined): number => (v ? 1 : 0);
const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

const DATABASE_FAILURE = /^SQLITE_(?:FULL|IOERR|CORRUPT|NOTADB|READONLY|BUSY|LOCKED|CANTOPEN|PERM|NOMEM|INTERRUPT)/u;

/** Errors after which SQLite may have rolled back the enclosing transaction (see "Response To Errors Within A Transaction"). */
export function isDatabaseFailure(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && DATABASE_FAILURE.test(code);
}

export interface WriterOptions {
  /** Jaccard resemblance from which a body is a near-duplicate (default 0.7). */
  threshold?: number;
  /** Test hook: throw before the k-th statement of a write (1-based), to prove writes are all-or-nothing. */
  failAt?: number;
}

export class ArticleWriter {
  private readonly byId: Database.Statement;
  private readonly byVariant: Database.Statement;
  private readonly hasSource: Database.Statement;
  private readonly insArticle: Database.Statement;
  private readonly insSource: Database.Statement;
  private readonly insEntity: Database.Statement;
  private readonly insMention: Database.Statement;
  private readonly insTime: Database.Statement;
  private readonly insQuote: Database.Statement;
  private readonly insEvent: Database.Statement;
  private readonly insParticipant: Database.Statement;
  private readonly insBand: Database.Statement;
  private readonly findBand: Database.Statement;
  private readonly candidate: Database.Statement;
  private readonly insFts: Database.Statement;
  private readonly clusters: ClusterWriter;
  private readonly entityStats: EntityStatsWriter;
  private readonly one: Database.Transaction<(record: AnalyzedArticle, meta: PutMeta, fp: Fingerprint) => PutResult>;
  private readonly many: Database.Transaction<(items: readonly PutItem[], fps: readonly Fingerprint[]) => Array<PutResult | Error>>;
  private steps = 0;

  constructor(private readonly db: Database.Database, private readonly opts: WriterOptions = {}) {
    this.byId = db.prepare('SELECT rowid FROM articles WHERE id = ?');
    this.byVariant = db.prepare(
      `SELECT s.article AS rowid, a.id AS id, s.similarity AS similarity FROM article_sources s JOIN articles a ON a.rowid = s.article
       WHERE s.variant_id = ? LIMIT 1`,
    );
    this.hasSource = db.prepare('SELECT 1 FROM article_sources WHERE article = ? AND source_key = ?');
    this.insArticle = db.prepare(`INSERT INTO articles (id, headline, section, published, published_ms, language,
      dateline_place, dateline_date, dateline_agency, source_format, source_path, source_url, source_id, text, body_start,
      record, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // A source already recorded for the story can come back with a revised text (a corrected typo, an
    // updated paragraph): the source then points at its latest version.
    this.insSource = db.prepare(`INSERT INTO article_sources (article, source_key, variant_id, format, path, url, source_id,
      headline, similarity, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (article, source_key) DO UPDATE SET variant_id = excluded.variant_id, headline = excluded.headline,
        similarity = excluded.similarity, ingested_at = excluded.ingested_at`);
    this.insEntity = db.prepare(`INSERT INTO entities (article, idx, entity_id, type, name, kb, country, code, role, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insMention = db.prepare('INSERT INTO mentions (article, entity_idx, idx, start, "end", form, resolved) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insTime = db.prepare('INSERT INTO times (article, idx, start, "end", type, value, inferred) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insQuote = db.prepare(`INSERT INTO quotes (article, idx, start, "end", kind, text, speaker_entity, speaker, addressee_entity, cue)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insEvent = db.prepare(`INSERT INTO events (article, idx, type, mode, cameo, status, date, day, location,
      evidence_start, evidence_end, evidence, reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insParticipant = db.prepare(`INSERT INTO event_participants (article, event_idx, role, pos, entity_id, text, name, code, country)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    // One statement for all bands, each way: a statement costs more than the rows it touches here.
    this.insBand = db.prepare(`INSERT OR IGNORE INTO lsh_bands (key, article) VALUES ${Array(BANDS).fill('(?, ?)').join(', ')}`);
    this.findBand = db.prepare(`SELECT DISTINCT article FROM lsh_bands WHERE key IN (${Array(BANDS).fill('?').join(', ')})`).pluck();
    this.candidate = db.prepare('SELECT id, text, record FROM articles WHERE rowid = ?');
    this.insFts = db.prepare('INSERT INTO articles_fts (rowid, headline, body) VALUES (?, ?, ?)');
    this.clusters = new ClusterWriter(db, () => this.step());
    this.entityStats = new EntityStatsWriter(db);
    // IMMEDIATE takes the write lock at BEGIN, so the duplicate checks and the inserts see one state.
    // Called inside the batch transaction below, the same function runs as a SAVEPOINT instead.
    this.one = db.transaction((record: AnalyzedArticle, meta: PutMeta, fp: Fingerprint) => {
      this.steps = 0;
      return this.write(record, meta, fp);
    });
    this.many = db.transaction((items: readonly PutItem[], fps: readonly Fingerprint[]) =>
      items.map((it, i): PutResult | Error => {
        try {
          return this.one(it.record, it.meta ?? {}, fps[i] ?? fingerprint(it.record));
        } catch (e) {
          // A failure of the database itself has already undone the whole transaction: give up the batch.
          if (isDatabaseFailure(e)) throw e;
          return e instanceof Error ? e : new Error(String(e));
        }
      }));
  }

  /** Store one article in its own transaction; the fingerprint is computed first, to keep the write lock short. */
  putArticle(record: AnalyzedArticle, meta: PutMeta = {}): PutResult {
    return this.one.immediate(record, meta, fingerprint(record));
  }

  /**
   * Store several articles in one transaction, each inside its own savepoint: every article is still
   * all-or-nothing (a failing one is rolled back alone and its Error returned in its place), and all
   * become durable at the single commit. One commit instead of one per article is what makes bulk
   * ingest fast: a commit writes every page the article touched (search index, band index) to the log.
   */
  putArticles(items: readonly PutItem[]): Array<PutResult | Error> {
    return this.many.immediate(items, items.map((it) => fingerprint(it.record)));
  }

  private step(): void {
    if (this.opts.failAt !== undefined && ++this.steps === this.opts.failAt) {
      throw new Error(`injected store fault at statement ${this.steps}`);
    }
  }

  private write(record: AnalyzedArticle, meta: PutMeta, fp: Fingerprint): PutResult {
    const source = meta.source ?? record.source;
    const key = sourceKey(source);
    const at = meta.ingestedAt ?? new Date().toISOString();

    // The same text again (from here or from elsewhere), or a copy already linked as a duplicate.
    this.step();
    const same = this.byId.get(record.id) as { rowid: number } | undefined;
    const known = same
      ? { rowid: same.rowid, id: record.id, similarity: 1 }
      : (this.byVariant.get(record.id) as { rowid: number; id: string; similarity: number } | undefined);
    if (known) {
      this.step();
      if (this.hasSource.get(known.rowid, key)) return { status: 'unchanged', id: known.id };
      this.addSource(known.rowid, key, source, record, known.similarity, at);
      return { status: 'duplicate', id: known.id, duplicateOf: known.id, similarity: known.similarity };
    }

    const near = this.nearDuplicate(fp);
    if (near) {
      this.addSource(near.rowid, key, source, record, near.similarity, at);
      return { status: 'duplicate', id: near.id, duplicateOf: near.id, similarity: near.similarity };
    }

    const bodyStart = bodyStartOf(record);
    const rowid = this.insertArticle(record, at, bodyStart);
    this.addSource(rowid, key, source, record, 1, at);
    this.insertDerived(rowid, record);
    this.step();
    this.insFts.run(rowid, record.headline, record.text.slice(bodyStart));
    if (fp.bands.length === BANDS) {
      this.step();
      this.insBand.run(fp.bands.flatMap((k) => [k, rowid]));
    }
    return { status: 'new', id: record.id };
  }

  /** The best stored candidate sharing an LSH band, confirmed on exact shingle sets. */
  private nearDuplicate(fp: Fingerprint): { rowid: number; id: string; similarity: number } | undefined {
    if (fp.bands.length !== BANDS) return undefined;
    this.step();
    const seen = this.findBand.all(fp.bands) as number[];
    let best: { rowid: number; id: string; similarity: number } | undefined;
    const threshold = this.opts.threshold ?? DEFAULT_THRESHOLD;
    for (const rowid of seen) {
      this.step();
      const c = this.candidate.get(rowid) as { id: string; text: string; record: string } | undefined;
      if (!c) continue;
      const parts = (JSON.parse(c.record) as Pick<AnalyzedArticle, 'parts'>).parts;
      const sim = jaccard(fp.shingles, shingles(fingerprintBody({ text: c.text, parts })));
      if (sim >= threshold && (!best || sim > best.similarity)) best = { rowid, id: c.id, similarity: sim };
    }
    return best;
  }

  private insertArticle(r: AnalyzedArticle, at: string, bodyStart: number): number {
    this.step();
    // SQLite's substr() counts code points, JavaScript offsets count UTF-16 units: convert.
    const bodyStartCp = codePoints(r.text.slice(0, bodyStart));
    const info = this.insArticle.run(
      r.id, r.headline, n(r.section), n(r.published), publishedMs(r.published), n(r.language),
      n(r.dateline?.place), n(r.dateline?.date), n(r.dateline?.agency),
      r.source.format, n(r.source.path), n(r.source.url), n(r.source.sourceId),
      r.text, bodyStartCp, recordJson(r), at,
    );
    return Number(info.lastInsertRowid);
  }

  private addSource(rowid: number, key: string, s: SourceInfo, r: AnalyzedArticle, similarity: number, at: string): void {
    this.step();
    this.insSource.run(rowid, key, r.id, s.format, n(s.path), n(s.url), n(s.sourceId), r.headline, similarity, at);
  }

  private insertDerived(rowid: number, r: AnalyzedArticle): void {
    const names = new Map<string, string>();
    r.entities.forEach((e, i) => {
      // Across articles an entity is grouped and shown by its KB name, however this article spells it.
      names.set(e.id, e.kbName ?? e.name);
      this.step();
      this.insEntity.run(rowid, i, e.id, e.type, e.kbName ?? e.name, n(e.kb), n(e.country), n(e.code), n(e.role), e.mentions.length);
      e.mentions.forEach((m, j) => {
        this.step();
        this.insMention.run(rowid, i, j, m.start, m.end, n(m.form), b(m.resolved));
      });
    });
    if (r.entities.length > 0) {
      this.step();
      this.entityStats.addArticle(rowid);
    }
    r.times.forEach((t, i) => {
      this.step();
      this.insTime.run(rowid, i, t.start, t.end, t.type, t.value, b(t.inferred));
    });
    r.quotes.forEach((q, i) => {
      this.step();
      const speaker = (q.speaker ? names.get(q.speaker) : undefined) ?? q.speakerText;
      this.insQuote.run(rowid, i, q.start, q.end, q.kind, q.text, n(q.speaker), n(speaker), n(q.addressee), n(q.cue));
    });
    const pubDay = publishedDay(r.published);
    r.events.forEach((e, i) => {
      this.step();
      const day = e.date && FULL_DATE.test(e.date) ? e.date : pubDay;
      this.insEvent.run(rowid, i, e.type, n(e.mode), n(e.cameo), e.status, n(e.date), day, n(e.location),
        e.evidence.start, e.evidence.end, e.evidence.text, b(e.reported));
      const party = (role: 'actor' | 'recipient', p: Participant, pos: number): void => {
        this.step();
        const name = p.entity ? names.get(p.entity) : undefined;
        this.insParticipant.run(rowid, i, role, pos, n(p.entity), p.text, n(name), n(p.code), n(p.country));
      };
      e.actor.forEach((p, j) => party('actor', p, j));
      e.recipient.forEach((p, j) => party('recipient', p, j));
      // The same event reported elsewhere (another outlet, this article's headline) joins its cluster.
      this.clusters.assign(rowid, i, e, r);
    });
  }
}
