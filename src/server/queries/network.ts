/**
 * The actor network: who acts on whom. Nodes are actors (by name, or by the text naming them when
 * unresolved); an edge joins an actor to a recipient of the same event, weighted by how many
 * cooperative and conflictual events they share. The heaviest edges are kept.
 */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from './event-filter.js';
import { COOPERATIVE_SQL } from './quad.js';

export interface NetworkNode {
  id: string;
  country?: string;
  code?: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  cooperation: number;
  conflict: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export function network(db: Db, f: EventFilter, maxEdges: number): Network {
  const w = eventWhere(f);
  const edges = db.prepare(`SELECT coalesce(x.name, x.text) AS source, coalesce(y.name, y.text) AS target,
      sum(v.type IN (${COOPERATIVE_SQL})) AS cooperation, sum(v.type NOT IN (${COOPERATIVE_SQL})) AS conflict
    FROM events v JOIN articles a ON a.rowid = v.article
    JOIN event_participants x ON x.article = v.article AND x.event_idx = v.idx AND x.role = 'actor'
    JOIN event_participants y ON y.article = v.article AND y.event_idx = v.idx AND y.role = 'recipient'
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} coalesce(x.name, x.text) <> coalesce(y.name, y.text)
    GROUP BY source, target ORDER BY count(*) DESC, source, target LIMIT ?`)
    .all(...w.params, maxEdges) as NetworkEdge[];
  const nodes = new Map<string, NetworkNode>();
  const names = new Set<string>();
  for (const e of edges) {
    names.add(e.source);
    names.add(e.target);
  }
  if (names.size > 0) {
    const list = [...names];
    const rows = db.prepare(`SELECT coalesce(name, text) AS id, max(country) AS country, max(code) AS code, count(*) AS events
      FROM event_participants WHERE coalesce(name, text) IN (${list.map(() => '?').join(', ')}) GROUP BY id`)
      .all(...list) as Array<{ id: string; country: string | null; code: string | null; events: number }>;
    for (const r of rows) {
      nodes.set(r.id, { id: r.id, events: r.events, ...(r.country ? { country: r.country } : {}), ...(r.code ? { code: r.code } : {}) });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
