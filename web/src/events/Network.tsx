/**
 * The actor network: actors as circles sized by their events, an arrow from actor to recipient,
 * green for cooperation and red for conflict, laid out by d3-force (run to rest before drawing, so
 * the picture does not move). Clicking an actor opens its page.
 */
import {
  forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum,
} from 'd3-force';
import { useMemo } from 'preact/hooks';
import { exportUrl, get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { COLORS } from '../components/Chart.js';
import { DownloadCsv } from '../components/download.js';
import type { Filters } from '../pages/Events.js';
import { actorHref, navigate } from '../router.js';
import type { Network } from '../types.js';

const W = 960;
const H = 600;

interface Node extends SimulationNodeDatum { id: string; events: number; country?: string }
interface Edge extends SimulationLinkDatum<Node> { cooperation: number; conflict: number }

function layout(n: Network): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = n.nodes.map((x) => ({ ...x }));
  const edges: Edge[] = n.edges.map((e) => ({ ...e }));
  // Weak pulls toward the centre keep separate groups of actors on the page.
  const sim = forceSimulation(nodes)
    .force('link', forceLink<Node, Edge>(edges).id((d) => d.id).distance(70))
    .force('charge', forceManyBody().strength(-160))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('collide', forceCollide(28))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Then scale the drawing to fit the frame, keeping its proportions.
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((W - 160) / Math.max(1, x1 - x0), (H - 60) / Math.max(1, y1 - y0), 2);
  for (const d of nodes) {
    d.x = W / 2 + ((d.x ?? 0) - (x0 + x1) / 2) * k;
    d.y = H / 2 + ((d.y ?? 0) - (y0 + y1) / 2) * k;
  }
  return { nodes, edges };
}

export function NetworkView(props: { filters: Filters }) {
  const res = useLoad(() => get<Network>('/network', { ...props.filters, edges: 80 }), [JSON.stringify(props.filters)]);
  const g = useMemo(() => (res.data ? layout(res.data) : undefined), [res.data]);
  const maxEvents = Math.max(1, ...(g?.nodes.map((n) => n.events) ?? []));
  return (
    <section>
      <Problem error={res.error} />
      {g && g.edges.length === 0 && <p class="muted">No actor acts on another in these events.</p>}
      {g && g.edges.length > 0 && (
        <svg class="network" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="actor network" data-testid="network">
          <defs>
            <marker id="arrow-coop" viewBox="0 0 10 10" refX="20" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill={COLORS.cooperation} /></marker>
            <marker id="arrow-conflict" viewBox="0 0 10 10" refX="20" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill={COLORS.conflict} /></marker>
          </defs>
          {g.edges.map((e) => {
            const s = e.source as Node;
            const t = e.target as Node;
            const conflict = e.conflict > e.cooperation;
            return (
              <line x1={s.x} y1={s.y} x2={t.x} y2={t.y} class={conflict ? 'edge conflict' : 'edge coop'}
                stroke-width={1 + Math.min(6, e.cooperation + e.conflict)} marker-end={`url(#arrow-${conflict ? 'conflict' : 'coop'})`}>
                <title>{`${s.id} → ${t.id}: ${e.cooperation} cooperative, ${e.conflict} conflictual`}</title>
              </line>
            );
          })}
          {g.nodes.map((n) => (
            <g class="node" transform={`translate(${n.x ?? 0},${n.y ?? 0})`} onClick={() => navigate(actorHref(n.id))}>
              <circle r={5 + 10 * Math.sqrt(n.events / maxEvents)} />
              <text y={-12} text-anchor="middle">{n.id}</text>
              <title>{`${n.id}${n.country ? ` (${n.country})` : ''}: ${n.events} events`}</title>
            </g>
          ))}
        </svg>
      )}
      <p class="muted">Green: mostly cooperation; red: mostly conflict; width: events.{' '}
        <DownloadCsv name="dateline-network" label="Download edges (CSV)" rows={res.data?.edges ?? []} />{' '}
        <a href={exportUrl('events', 'csv', props.filters)}>Export these events</a></p>
    </section>
  );
}
