/** Events with every filter, their participants and place, a page at a time; newest first. */
import type { Participant, PloverType } from '../../model.js';
import { clean, type Db } from './db.js';
import { ARTICLE_JOIN, eventWhere, type EventFilter } from './event-filter.js';
import { QUAD, type Quad } from './quad.js';

export interface EventPlace {
  name: string;
  country?: string;
  kb?: string;
}

export interface EventItem {
  article: string;
  headline: string;
  published?: string;
  agency?: string;
  /** Index of the event in its article's record. */
  index: number;
  type: PloverType;
  quad: Quad;
  mode?: string;
  cameo?: string;
  status: string;
  date?: string;
  day?: string;
  reported: boolean;
  place?: EventPlace;
  actor: Participant[];
  recipient: Participant[];
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface Paged<T> {
  total: number;
  items: T[];
}

export function listEvents(db: Db, f: EventFilter, limit: number, offset: number): Paged<EventItem> {
  const w = eventWhere(f);
  const from = `FROM events v ${ARTICLE_JOIN}`;
  const total = db.prepare(`SELECT count(*) FROM events v ${w.join} ${w.sql}`).pluck().get(...w.params) as number;
  const rows = db.prepare(`SELECT v.article AS rowid, v.idx AS "index", a.id AS article, a.headline, a.published,
      a.dateline_agency AS agency, v.type, v.mode, v.cameo, v.status, v.date, v.day, v.reported,
      v.evidence, v.evidence_start AS evidenceStart, v.evidence_end AS evidenceEnd,
      e.name AS placeName, e.country AS placeCountry, e.kb AS placeKb
    ${from}
    LEFT JOIN entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql}
    ORDER BY v.day DESC NULLS LAST, a.rowid DESC, v.idx LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Array<Record<string, unknown> & { rowid: number; index: number }>;
  const parts = db.prepare(`SELECT role, entity_id AS entity, coalesce(name, text) AS text, code, country FROM event_participants
    WHERE article = ? AND event_idx = ? ORDER BY role, pos`);
  const items = rows.map(({ rowid, placeName, placeCountry, placeKb, reported, ...r }) => {
    const ps = parts.all(rowid, r.index) as Array<Record<string, unknown> & { role: string }>;
    const pick = (role: string): Participant[] => ps.filter((p) => p.role === role).map(({ role: _r, ...p }) => clean<Participant>(p));
    const base = clean<Omit<EventItem, 'actor' | 'recipient' | 'quad' | 'reported' | 'place'>>(r);
    const place = typeof placeName === 'string'
      ? clean<EventPlace>({ name: placeName, country: placeCountry ?? null, kb: placeKb ?? null }) : undefined;
    return {
      ...base, quad: QUAD[base.type], reported: reported === 1,
      ...(place ? { place } : {}), actor: pick('actor'), recipient: pick('recipient'),
    };
  });
  return { total, items };
}
