/** Reading merged events: one row per event cluster with its reports (see Store.eventClusters). */
import type Database from 'better-sqlite3';
import type { PloverType } from '../../model.js';
import type { EventCluster, EventQuery, EventReport, EventRow, ParticipantRow } from '../store.js';
import { clean, page } from '../sql/rows.js';
import { eventWhere } from './read.js';

interface ClusterHead {
  id: number;
  date: string | null;
  day_lo: string | null;
  day_hi: string | null;
  inferred: number;
}

export function readEventClusters(db: Database.Database, q: EventQuery = {}): EventCluster[] {
  const [limit, offset] = page(q);
  const { sql: where, params } = eventWhere(q);
  const heads = db.prepare(`SELECT c.id, c.date, c.day_lo, c.day_hi, c.inferred FROM event_clusters c
    WHERE c.id IN (SELECT m.cluster FROM events v JOIN articles a ON a.rowid = v.article
      JOIN event_cluster_members m ON m.article = v.article AND m.event_idx = v.idx
      ${where})
    ORDER BY c.day_hi DESC NULLS LAST, c.id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as ClusterHead[];
  const membersOf = db.prepare(`SELECT m.article AS rowid, m.event_idx AS idx, m.why, a.id AS article, a.headline, a.published,
      a.source_url AS url, a.source_path AS path, a.dateline_agency AS agency,
      v.type, v.mode, v.cameo, v.status, v.date, v.day, v.evidence,
      EXISTS (SELECT 1 FROM event_participants p WHERE p.article = m.article AND p.event_idx = m.event_idx
        AND p.entity_id IS NOT NULL) AS named
    FROM event_cluster_members m JOIN events v ON v.article = m.article AND v.idx = m.event_idx
      JOIN articles a ON a.rowid = m.article
    WHERE m.cluster = ? ORDER BY m.article, m.event_idx`);
  const partsOf = db.prepare(`SELECT role, entity_id AS entity, text, name, code, country FROM event_participants
    WHERE article = ? AND event_idx = ? ORDER BY role, pos`);
  const sourcesOf = db.prepare(`SELECT count(*) FROM article_sources WHERE article IN
    (SELECT DISTINCT article FROM event_cluster_members WHERE cluster = ?)`).pluck();
  const out: EventCluster[] = [];
  for (const h of heads) {
    const members = membersOf.all(h.id) as Array<Record<string, unknown> & { rowid: number; idx: number; why: string; named: number }>;
    // The event is shown as its first report that names its participants (a headline may name no one).
    const first = members.find((m) => m.named === 1) ?? members[0];
    if (!first) continue;
    const ps = partsOf.all(first.rowid, first.idx) as Array<Record<string, unknown> & { role: string }>;
    const pick = (role: string): ParticipantRow[] => ps.filter((p) => p.role === role).map(({ role: _r, ...p }) => clean<ParticipantRow>(p));
    const { rowid: _row, idx: _idx, why: _why, url: _url, path: _path, agency: _agency, named: _named, ...head } = first;
    const row = clean<Omit<EventRow, 'actor' | 'recipient'> & { type: PloverType }>(head);
    const reports = members.map((m): EventReport => clean<EventReport>({
      article: m.article, headline: m.headline, published: m.published, url: m.url, path: m.path, agency: m.agency,
      index: m.idx, evidence: m.evidence, why: m.why,
    }));
    const cluster: EventCluster = {
      ...row,
      actor: pick('actor'),
      recipient: pick('recipient'),
      cluster: h.id,
      mentions: members.length,
      articles: new Set(members.map((m) => m.rowid)).size,
      sources: sourcesOf.get(h.id) as number,
      reports,
    };
    // The event's best date, which a later, more precise report may have given it.
    if (h.date !== null) cluster.date = h.date;
    if (h.day_lo !== null && h.day_lo === h.day_hi) cluster.day = h.day_lo;
    if (h.inferred === 1) cluster.dateInferred = true;
    out.push(cluster);
  }
  return out;
}
