/** The WHERE clause every event query shares: time range, actor, recipient, country, type, status, source, article. */
import type { EventStatus, PloverType } from '../../model.js';
import { like } from './rows.js';
import type { Dialect } from './dialect.js';

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
  /** `JOIN articles a ON a.<key> = v.article` when a condition reads the article, else ''. */
  join: string;
}

export const articleJoin = (d: Dialect): string => `JOIN articles a ON a.${d.key} = v.article`;

/**
 * Over `events v` (with `a`, the article, when `join` is used). Participant conditions are written
 * as `(v.article, v.idx) IN (SELECT ...)`: one pass over the participants, several times faster than
 * a correlated EXISTS per event on a large store.
 */
export function eventWhere(d: Dialect, f: EventFilter): Where {
  const where: string[] = [];
  const params: unknown[] = [];
  const party = (role: string | undefined, s: string): void => {
    where.push(`(v.article, v.idx) IN (SELECT p.article, p.event_idx FROM event_participants p
      WHERE ${role ? `p.role = '${role}' AND ` : ''}(p.name ${d.like} ? ESCAPE '\\' OR p.text ${d.like} ? ESCAPE '\\' OR p.code = ?))`);
    params.push(like(s), like(s), s.toUpperCase());
  };
  if (f.actor) party('actor', f.actor);
  if (f.recipient) party('recipient', f.recipient);
  if (f.party) party(undefined, f.party);
  if (f.country) {
    where.push('(v.article, v.idx) IN (SELECT p.article, p.event_idx FROM event_participants p WHERE p.country = ?)');
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
    where.push(`(${d.ieq('a.dateline_agency')} OR a.source_path ${d.like} ? ESCAPE '\\' OR a.source_url ${d.like} ? ESCAPE '\\')`);
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
  const join = f.source || f.article ? articleJoin(d) : '';
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, join };
}
