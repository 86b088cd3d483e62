/** Events with every filter, their participants and place, a page at a time; newest first. */
import type { PloverType } from '../../model.js';
import { clean } from '../../store/sql/rows.js';
import { count, type Db } from './db.js';
import { articleJoin, eventWhere, type EventFilter } from '../../store/sql/event-where.js';
import { QUAD, type Quad } from './quad.js';

export interface EventPlace {
  name: string;
  country?: string;
  kb?: string;
}

/**
 * A participant of a listed event. `text` is what it has always been here: the entity's name when the
 * participant is one, else the words of the text. `name` is the entity's name alone (as in the store's
 * `ParticipantRow`): present exactly when the participant was resolved to an entity, even through a
 * pronoun ("He" → "Anton Keller"). The words themselves are in the article's record.
 */
export interface EventParticipant {
  /** Entity id in the article's record. */
  entity?: string;
  text: string;
  name?: string;
  code?: string;
  country?: string;
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
  actor: EventParticipant[];
  recipient: EventParticipant[];
  evidence: string;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface Paged<T> {
  total: number;
  items: T[];
}

type Part = Record<string, unknown> & { article: number; event: number; role: string };

export async function listEvents(db: Db, f: EventFilter, limit: number, offset: number): Promise<Paged<EventItem>> {
  const d = db.dialect;
  const w = eventWhere(d, f);
  const total = await count(db, `SELECT count(*) AS n FROM events v ${w.join} ${w.sql}`, w.params);
  const rows = await db.all<Record<string, unknown> & { key: number; index: number }>(`SELECT v.article AS key, v.idx AS "index",
      a.id AS article, a.headline, a.published, a.dateline_agency AS agency, v.type, v.mode, v.cameo, v.status, v.date, v.day, v.reported,
      v.evidence, v.evidence_start AS "evidenceStart", v.evidence_end AS "evidenceEnd",
      e.name AS "placeName", e.country AS "placeCountry", e.kb AS "placeKb"
    FROM events v ${articleJoin(d)}
    LEFT JOIN entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql}
    ORDER BY v.day DESC NULLS LAST, v.article DESC, v.idx LIMIT ? OFFSET ?`, [...w.params, limit, offset]);
  // The participants of the whole page in one query (a round trip per event would dominate on a server).
  const keys = [...new Set(rows.map((r) => Number(r.key)))];
  const parts = keys.length === 0 ? [] : await db.all<Part>(`SELECT article, event_idx AS event, role, entity_id AS entity,
      coalesce(name, text) AS text, name, code, country FROM event_participants
    WHERE ${d.inKeys('article')} ORDER BY article, event_idx, role, pos`, [d.keys(keys)]);
  const byEvent = new Map<string, Part[]>();
  for (const p of parts) {
    const k = `${Number(p.article)}:${p.event}`;
    const list = byEvent.get(k);
    if (list) list.push(p);
    else byEvent.set(k, [p]);
  }
  const items = rows.map(({ key, placeName, placeCountry, placeKb, reported, ...r }) => {
    const ps = byEvent.get(`${Number(key)}:${r.index}`) ?? [];
    const pick = (role: string): EventParticipant[] => ps.filter((p) => p.role === role)
      .map(({ role: _r, article: _a, event: _e, ...p }) => clean<EventParticipant>(p));
    const base = clean<Omit<EventItem, 'actor' | 'recipient' | 'quad' | 'reported' | 'place'>>(r);
    const place = typeof placeName === 'string'
      ? clean<EventPlace>({ name: placeName, country: placeCountry ?? null, kb: placeKb ?? null }) : undefined;
    return {
      // SQLite stores the flag as 1/0, PostgreSQL as a boolean.
      ...base, quad: QUAD[base.type], reported: reported === 1 || reported === true,
      ...(place ? { place } : {}), actor: pick('actor'), recipient: pick('recipient'),
    };
  });
  return { total, items };
}
