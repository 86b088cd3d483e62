/** The WHERE clause every event query shares: time range, actor, recipient, country, type, status, source, article. */
import type { EventStatus, PloverType } from '../../model.js';
import { like } from './db.js';

export interface EventFilter {
  /** Inclusive, YYYY-MM-DD (a longer ISO time is cut to its day). */
  since?: string;
  until?: string;
  /** Substring of an actor's name or text, or its exact CAMEO code. */
  actor?: string;
  recipient?: string;
  /** Either side: substring of a participant's name or text, or its code. */
  party?: string;
  /** ISO alpha-3 of an actor or recipient. */
  country?: string;
  type?: PloverType;
  status?: EventStatus;
  /** The agency of the dateline (TASS, AP), or a substring of the source path or URL. */
  source?: string;
  article?: string;
}

export interface Where {
  sql: string;
  params: unknown[];
}

/** Over `events v JOIN articles a ON a.rowid = v.article`. */
export function eventWhere(f: EventFilter): Where {
  const where: string[] = [];
  const params: unknown[] = [];
  const party = (role: string | undefined, s: string): void => {
    where.push(`EXISTS (SELECT 1 FROM event_participants p WHERE p.article = v.article AND p.event_idx = v.idx
      ${role ? `AND p.role = '${role}'` : ''} AND (p.name LIKE ? ESCAPE '\\' OR p.text LIKE ? ESCAPE '\\' OR p.code = ?))`);
    params.push(like(s), like(s), s.toUpperCase());
  };
  if (f.actor) party('actor', f.actor);
  if (f.recipient) party('recipient', f.recipient);
  if (f.party) party(undefined, f.party);
  if (f.country) {
    where.push('EXISTS (SELECT 1 FROM event_participants p WHERE p.article = v.article AND p.event_idx = v.idx AND p.country = ?)');
    params.push(f.country.toUpperCase());
  }
  if (f.type) {
    where.push('v.type = ?');
    params.push(f.type);
  }
  if (f.status) {
    where.push('v.status = ?');
    params.push(f.status);
  }
  if (f.source) {
    where.push("(a.dateline_agency = ? COLLATE NOCASE OR a.source_path LIKE ? ESCAPE '\\' OR a.source_url LIKE ? ESCAPE '\\')");
    params.push(f.source, like(f.source), like(f.source));
  }
  if (f.article) {
    where.push('a.id = ?');
    params.push(f.article);
  }
  if (f.since) {
    where.push('v.day >= ?');
    params.push(f.since.slice(0, 10));
  }
  if (f.until) {
    where.push('v.day <= ?');
    params.push(f.until.slice(0, 10));
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
