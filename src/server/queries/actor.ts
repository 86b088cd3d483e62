/**
 * One actor across the store, by its name as the analysis gives it ("Vladimir Putin"): what it is,
 * the roles articles gave it over time, its events as actor and as recipient per month, its quotes,
 * and the actors it deals with.
 */
import type { Db } from './db.js';
import { COOPERATIVE_SQL } from './quad.js';

export interface ActorRole {
  role: string;
  first: string;
  last: string;
  articles: number;
}

export interface ActorMonth {
  period: string;
  asActor: number;
  asRecipient: number;
  cooperation: number;
  conflict: number;
}

export interface ActorPartner {
  name: string;
  country?: string;
  /** Events with this actor as actor and the partner as recipient, and the other way round. */
  outgoing: number;
  incoming: number;
  cooperation: number;
  conflict: number;
}

export interface ActorQuote {
  article: string;
  headline: string;
  published?: string;
  kind: string;
  text: string;
  start: number;
  end: number;
}

export interface ActorProfile {
  name: string;
  type: string;
  kb?: string;
  country?: string;
  code?: string;
  articles: number;
  mentions: number;
  roles: ActorRole[];
  timeline: ActorMonth[];
  quotes: { total: number; items: ActorQuote[] };
  partners: ActorPartner[];
}

export function actorProfile(db: Db, name: string, quoteLimit: number): ActorProfile | undefined {
  const head = db.prepare(`SELECT e.name, e.type, max(e.kb) AS kb, max(e.country) AS country, max(e.code) AS code,
      count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions
    FROM entities e WHERE e.name = ? COLLATE NOCASE GROUP BY e.name, e.type ORDER BY articles DESC LIMIT 1`)
    .get(name) as Record<string, string | number | null> | undefined;
  if (!head) return undefined;
  const exact = String(head.name);
  const roles = db.prepare(`SELECT e.role, min(a.published) AS first, max(a.published) AS last, count(*) AS articles
    FROM entities e JOIN articles a ON a.rowid = e.article
    WHERE e.name = ? COLLATE NOCASE AND e.role IS NOT NULL AND a.published IS NOT NULL GROUP BY e.role ORDER BY first`)
    .all(exact) as ActorRole[];
  const timeline = db.prepare(`SELECT substr(v.day, 1, 7) AS period,
      count(DISTINCT CASE WHEN p.role = 'actor' THEN v.article || ':' || v.idx END) AS asActor,
      count(DISTINCT CASE WHEN p.role = 'recipient' THEN v.article || ':' || v.idx END) AS asRecipient,
      count(DISTINCT CASE WHEN v.type IN (${COOPERATIVE_SQL}) THEN v.article || ':' || v.idx END) AS cooperation,
      count(DISTINCT CASE WHEN v.type NOT IN (${COOPERATIVE_SQL}) THEN v.article || ':' || v.idx END) AS conflict
    FROM event_participants p JOIN events v ON v.article = p.article AND v.idx = p.event_idx
    WHERE p.name = ? AND v.day IS NOT NULL GROUP BY period ORDER BY period`).all(exact) as ActorMonth[];
  const quoteTotal = db.prepare('SELECT count(*) FROM quotes WHERE speaker = ? COLLATE NOCASE').pluck().get(exact) as number;
  const quotes = (db.prepare(`SELECT a.id AS article, a.headline, a.published, q.kind, q.text, q.start, q."end"
    FROM quotes q JOIN articles a ON a.rowid = q.article WHERE q.speaker = ? COLLATE NOCASE
    ORDER BY a.published_ms DESC NULLS LAST, a.rowid DESC, q.idx LIMIT ?`).all(exact, quoteLimit) as Array<ActorQuote & { published: string | null }>)
    .map(({ published, ...q }) => (published ? { ...q, published } : q));
  const partners = (db.prepare(`SELECT coalesce(o.name, o.text) AS name, max(o.country) AS country,
      sum(me.role = 'actor') AS outgoing, sum(me.role = 'recipient') AS incoming,
      sum(v.type IN (${COOPERATIVE_SQL})) AS cooperation, sum(v.type NOT IN (${COOPERATIVE_SQL})) AS conflict
    FROM event_participants me
    JOIN event_participants o ON o.article = me.article AND o.event_idx = me.event_idx AND o.role <> me.role
    JOIN events v ON v.article = me.article AND v.idx = me.event_idx
    WHERE me.name = ? AND coalesce(o.name, o.text) <> ?
    GROUP BY coalesce(o.name, o.text) ORDER BY count(*) DESC, name LIMIT 25`).all(exact, exact) as Array<ActorPartner & { country: string | null }>)
    .map(({ country, ...p }) => (country ? { ...p, country } : p));
  return {
    name: exact, type: String(head.type), articles: Number(head.articles), mentions: Number(head.mentions),
    ...(head.kb ? { kb: String(head.kb) } : {}), ...(head.country ? { country: String(head.country) } : {}),
    ...(head.code ? { code: String(head.code) } : {}),
    roles, timeline, quotes: { total: quoteTotal, items: quotes }, partners,
  };
}
