/**
 * One actor across the store, by its name as the analysis gives it ("Vladimir Putin"): what it is,
 * the roles articles gave it over time, its events as actor and as recipient per month, its quotes,
 * and the actors it deals with.
 */
import { count, one, type Db } from './db.js';
import { COOP } from './quad.js';

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

export async function actorProfile(db: Db, name: string, quoteLimit: number): Promise<ActorProfile | undefined> {
  const d = db.dialect;
  const head = await one<Record<string, string | number | null>>(db, `SELECT e.name, e.type, max(${d.bin('e.kb')}) AS kb,
      max(${d.bin('e.country')}) AS country, max(${d.bin('e.code')}) AS code, count(DISTINCT e.article) AS articles, sum(e.mentions) AS mentions
    FROM entities e WHERE ${d.ieq('e.name')} GROUP BY e.name, e.type
    ORDER BY articles DESC, ${d.bin('e.name')}, ${d.bin('e.type')} LIMIT 1`, [name]);
  if (!head) return undefined;
  const exact = String(head.name);
  const roles = await db.all<ActorRole>(`SELECT e.role, min(${d.bin('a.published')}) AS first, max(${d.bin('a.published')}) AS last,
      count(*) AS articles
    FROM entities e JOIN articles a ON a.${d.key} = e.article
    WHERE ${d.ieq('e.name')} AND e.role IS NOT NULL AND a.published IS NOT NULL
    GROUP BY e.role ORDER BY first, ${d.bin('e.role')}`, [exact]);
  const event = "v.article || ':' || v.idx";
  const month = 'substr(v.day, 1, 7)';
  const timeline = await db.all<ActorMonth>(`SELECT ${month} AS period,
      count(DISTINCT CASE WHEN p.role = 'actor' THEN ${event} END) AS "asActor",
      count(DISTINCT CASE WHEN p.role = 'recipient' THEN ${event} END) AS "asRecipient",
      count(DISTINCT CASE WHEN ${COOP} = 1 THEN ${event} END) AS cooperation,
      count(DISTINCT CASE WHEN ${COOP} = 0 THEN ${event} END) AS conflict
    FROM event_participants p JOIN events v ON v.article = p.article AND v.idx = p.event_idx
    WHERE p.name = ? AND v.day IS NOT NULL GROUP BY ${month} ORDER BY ${d.bin(month)}`, [exact]);
  const quoteTotal = await count(db, `SELECT count(*) AS n FROM quotes q WHERE ${d.ieq('q.speaker')}`, [exact]);
  const quotes = (await db.all<ActorQuote & { published: string | null }>(`SELECT a.id AS article, a.headline, a.published, q.kind,
      q.text, q.start, q."end"
    FROM quotes q JOIN articles a ON a.${d.key} = q.article WHERE ${d.ieq('q.speaker')}
    ORDER BY a.published_ms DESC NULLS LAST, a.${d.key} DESC, q.idx LIMIT ?`, [exact, quoteLimit]))
    .map(({ published, ...q }) => (published ? { ...q, published } : q));
  const other = 'coalesce(o.name, o.text)';
  const partners = (await db.all<ActorPartner & { country: string | null }>(`SELECT ${other} AS name, max(${d.bin('o.country')}) AS country,
      sum(CASE WHEN me.role = 'actor' THEN 1 ELSE 0 END) AS outgoing, sum(CASE WHEN me.role = 'recipient' THEN 1 ELSE 0 END) AS incoming,
      sum(${COOP}) AS cooperation, sum(1 - ${COOP}) AS conflict
    FROM event_participants me
    JOIN event_participants o ON o.article = me.article AND o.event_idx = me.event_idx AND o.role <> me.role
    JOIN events v ON v.article = me.article AND v.idx = me.event_idx
    WHERE me.name = ? AND ${other} <> ?
    GROUP BY ${other} ORDER BY count(*) DESC, ${d.bin(other)} LIMIT 25`, [exact, exact]))
    .map(({ country, ...p }) => (country ? { ...p, country } : p));
  return {
    name: exact, type: String(head.type), articles: Number(head.articles), mentions: Number(head.mentions),
    ...(head.kb ? { kb: String(head.kb) } : {}), ...(head.country ? { country: String(head.country) } : {}),
    ...(head.code ? { code: String(head.code) } : {}),
    roles, timeline, quotes: { total: quoteTotal, items: quotes }, partners,
  };
}
