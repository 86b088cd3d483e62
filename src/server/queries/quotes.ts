/** Quotes with a topic: what a speaker said about something (every word of `q` in the quote), newest first. */
import { clean, like } from '../../store/sql/rows.js';
import type { Db } from './db.js';

export interface QuoteFilter {
  speaker?: string;
  kind?: string;
  article?: string;
  since?: string;
  until?: string;
  /** Words that must all appear in the quote (case-insensitive substrings). */
  q?: string;
}

export interface QuoteItem {
  article: string;
  headline: string;
  published?: string;
  kind: string;
  text: string;
  speaker?: string;
  /** The addressee's entity name, when the addressee was resolved to an entity (as in the store's QuoteRow). */
  addressee?: string;
  cue?: string;
  start: number;
  end: number;
}

function bound(v: string, end: boolean): number {
  const s = end && /^\d{4}-\d{2}-\d{2}$/u.test(v) ? `${v}T23:59:59.999Z` : v;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new RangeError(`"${v}" is not an ISO 8601 date or time`);
  return ms;
}

export async function listQuotes(db: Db, f: QuoteFilter, limit: number, offset: number): Promise<QuoteItem[]> {
  const d = db.dialect;
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.speaker) {
    where.push(`q.speaker ${d.like} ? ESCAPE '\\'`);
    params.push(like(f.speaker));
  }
  if (f.kind) {
    where.push('q.kind = ?');
    params.push(f.kind);
  }
  if (f.article) {
    where.push('a.id = ?');
    params.push(f.article);
  }
  if (f.since) {
    where.push('a.published_ms >= ?');
    params.push(bound(f.since, false));
  }
  if (f.until) {
    where.push('a.published_ms <= ?');
    params.push(bound(f.until, true));
  }
  for (const word of (f.q ?? '').split(/\s+/u).filter(Boolean).slice(0, 8)) {
    where.push(`q.text ${d.like} ? ESCAPE '\\'`);
    params.push(like(word));
  }
  const rows = await db.all(`SELECT a.id AS article, a.headline, a.published, q.kind, q.text, q.speaker,
      CASE WHEN q.addressee_entity IS NOT NULL THEN (SELECT e.name FROM entities e WHERE e.article = q.article AND e.entity_id = q.addressee_entity) END AS addressee, q.cue, q.start, q."end"
    FROM quotes q JOIN articles a ON a.${d.key} = q.article ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.published_ms DESC NULLS LAST, a.${d.key} DESC, q.idx LIMIT ? OFFSET ?`, [...params, limit, offset]);
  return rows.map((r) => clean<QuoteItem>(r));
}
