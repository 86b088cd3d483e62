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
  /** Events on the edges shown (as actor or recipient). */
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
  const rows = db.prepare(`SELECT coalesce(x.name, x.text) AS source, coalesce(y.name, y.text) AS target,
      max(x.country) AS sourceCountry, max(x.code) AS sourceCode, max(y.country) AS targetCountry, max(y.code) AS targetCode,
      sum(v.type IN (${COOPERATIVE_SQL})) AS cooperation,
      count(*) AS n
    FROM event_participants x
    JOIN event_participants y ON y.article = x.article AND y.event_idx = x.event_idx AND y.role = 'recipient'
    JOIN events v ON v.article = x.article AND v.idx = x.event_idx ${w.join}
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} x.role = 'actor' AND coalesce(x.name, x.text) <> coalesce(y.name, y.text)
    GROUP BY source, target ORDER BY n DESC, source, target LIMIT ?`)
    .all(...w.params, maxEdges) as Array<{
      source: string; target: string; sourceCountry: string | null; sourceCode: string | null;
      targetCountry: string | null; targetCode: string | null; cooperation: number; n: number;
    }>;
  const nodes = new Map<string, NetworkNode>();
  const node = (id: string, country: string | null, code: string | null, n: number): void => {
    const have = nodes.get(id);
    if (have) have.events += n;
    else nodes.set(id, { id, events: n, ...(country ? { country } : {}), ...(code ? { code } : {}) });
  };
  const edges = rows.map((r) => {
    node(r.source, r.sourceCountry, r.sourceCode, r.n);
    node(r.target, r.targetCountry, r.targetCode, r.n);
    return { source: r.source, target: r.target, cooperation: r.cooperation, conflict: r.n - r.cooperation };
  });
  return { nodes: [...nodes.values()], edges };
}
