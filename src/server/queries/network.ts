/**
 * The actor network: who acts on whom. Nodes are actors (by name, or by the text naming them when
 * unresolved); an edge joins an actor to a recipient of the same event, weighted by how many
 * cooperative and conflictual events they share. The heaviest edges are kept.
 */
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from '../../store/sql/event-where.js';
import { COOP } from './quad.js';

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

export async function network(db: Db, f: EventFilter, maxEdges: number): Promise<Network> {
  const d = db.dialect;
  const w = eventWhere(d, f);
  const source = 'coalesce(x.name, x.text)';
  const target = 'coalesce(y.name, y.text)';
  const rows = await db.all<{
    source: string; target: string; sourceCountry: string | null; sourceCode: string | null;
    targetCountry: string | null; targetCode: string | null; cooperation: number; n: number;
  }>(`SELECT ${source} AS source, ${target} AS target,
      max(${d.bin('x.country')}) AS "sourceCountry", max(${d.bin('x.code')}) AS "sourceCode",
      max(${d.bin('y.country')}) AS "targetCountry", max(${d.bin('y.code')}) AS "targetCode",
      sum(${COOP}) AS cooperation,
      count(*) AS n
    FROM event_participants x
    JOIN event_participants y ON y.article = x.article AND y.event_idx = x.event_idx AND y.role = 'recipient'
    JOIN events v ON v.article = x.article AND v.idx = x.event_idx ${w.join}
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} x.role = 'actor' AND ${source} <> ${target}
    GROUP BY 1, 2 ORDER BY n DESC, ${d.bin(source)}, ${d.bin(target)} LIMIT ?`, [...w.params, maxEdges]);
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
