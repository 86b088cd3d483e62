/**
 * One pair of countries over time — the classic event-data chart: cooperation and conflict from A
 * to B and from B to A, per month. The pair defaults to the busiest one in the filtered events.
 */
import { exportUrl, get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { ChartView, COLORS } from '../components/Chart.js';
import { DownloadCsv } from '../components/download.js';
import type { Filters } from '../pages/Events.js';
import { setQuery } from '../router.js';
import type { DyadPoint, Network } from '../types.js';

/** The busiest country pair among the network's edges. */
function busiestPair(n: Network): [string, string] | undefined {
  const country = new Map(n.nodes.map((x) => [x.id, x.country]));
  const pairs = new Map<string, number>();
  for (const e of n.edges) {
    const a = country.get(e.source);
    const b = country.get(e.target);
    if (!a || !b || a === b) continue;
    const k = [a, b].sort().join('-');
    pairs.set(k, (pairs.get(k) ?? 0) + e.cooperation + e.conflict);
  }
  const best = [...pairs.entries()].sort((x, y) => y[1] - x[1])[0];
  return best ? (best[0].split('-') as [string, string]) : undefined;
}

/** Every month between the first and the last, so that quiet months show as zero. */
function fillMonths(points: DyadPoint[]): DyadPoint[] {
  const first = points[0]?.period;
  const last = points[points.length - 1]?.period;
  if (!first || !last || first.length !== 7) return points;
  const by = new Map(points.map((p) => [p.period, p]));
  const out: DyadPoint[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const period = `${y}-${String(m).padStart(2, '0')}`;
    out.push(by.get(period) ?? { period, abCooperation: 0, abConflict: 0, baCooperation: 0, baConflict: 0 });
    if (period === last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export function DyadView(props: { filters: Filters; a?: string; b?: string }) {
  const pick = useLoad(async () => {
    if (props.a && props.b) return [props.a.toUpperCase(), props.b.toUpperCase()] as [string, string];
    return busiestPair(await get<Network>('/network', { ...props.filters, edges: 500 }));
  }, [props.a, props.b, JSON.stringify(props.filters)]);
  const pair = pick.data;
  const res = useLoad(async () => (pair ? get<{ points: DyadPoint[] }>('/dyad', { ...props.filters, country: undefined, a: pair[0], b: pair[1] }) : undefined),
    [pair?.join('-'), JSON.stringify(props.filters)]);
  const pts = fillMonths(res.data?.points ?? []);
  const [a, b] = pair ?? ['', ''];
  return (
    <section>
      <form class="filters" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget as HTMLFormElement);
        setQuery({ ...props.filters, view: 'dyad', a: String(f.get('a') ?? '').toUpperCase(), b: String(f.get('b') ?? '').toUpperCase() });
      }} key={`${a}-${b}`}>
        <label>country A <input name="a" value={a} size={4} maxLength={3} required pattern="[A-Za-z]{3}" /></label>
        <label>country B <input name="b" value={b} size={4} maxLength={3} required pattern="[A-Za-z]{3}" /></label>
        <button type="submit">Show</button>
        {pair && <DownloadCsv name={`dateline-dyad-${a}-${b}`} label="Download series (CSV)" rows={pts.map((p) => ({ ...p }))} />}
        {pair && <a class="button subtle" href={exportUrl('events', 'csv', { ...props.filters, country: a })}>Export {a}'s events</a>}
      </form>
      <Problem error={pick.error ?? res.error} />
      {!pair && !pick.loading && <p class="muted">No pair of countries acts on each other in these events.</p>}
      {pair && (
        <ChartView label={`${a} and ${b}: cooperation and conflict`} height={320} config={{
          type: pts.length > 3 ? 'line' : 'bar',
          data: {
            labels: pts.map((p) => p.period),
            datasets: [
              { label: `${a}→${b} cooperation`, data: pts.map((p) => p.abCooperation), borderColor: COLORS.cooperation, backgroundColor: COLORS.cooperation },
              { label: `${a}→${b} conflict`, data: pts.map((p) => p.abConflict), borderColor: COLORS.conflict, backgroundColor: COLORS.conflict },
              { label: `${b}→${a} cooperation`, data: pts.map((p) => p.baCooperation), borderColor: COLORS.coopLight, backgroundColor: COLORS.coopLight, borderDash: [5, 4] },
              { label: `${b}→${a} conflict`, data: pts.map((p) => p.baConflict), borderColor: COLORS.conflictLight, backgroundColor: COLORS.conflictLight, borderDash: [5, 4] },
            ],
          },
          options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
        }} />
      )}
    </section>
  );
}
