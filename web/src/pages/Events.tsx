/** Events: filters (kept in the address), then a table, a timeline, a map, a dyad, a network — each exportable. */
import { exportUrl } from '../api.js';
import { DyadView } from '../events/Dyad.js';
import { EventMap } from '../events/Map.js';
import { NetworkView } from '../events/Network.js';
import { EventTable } from '../events/Table.js';
import { TimelineView } from '../events/Timeline.js';
import { Link, setQuery } from '../router.js';
import { PLOVER_TYPES, STATUSES } from '../types.js';
import { useTitle } from '../components/title.js';

export const FILTERS = ['since', 'until', 'actor', 'recipient', 'country', 'type', 'status', 'source'] as const;
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

const VIEWS = [['table', 'Table'], ['timeline', 'Timeline'], ['map', 'Map'], ['dyad', 'Dyad'], ['network', 'Network']] as const;

export function EventsPage(props: { params: URLSearchParams }) {
  const filters: Filters = {};
  for (const k of FILTERS) {
    const v = props.params.get(k);
    if (v) filters[k] = v;
  }
  const view = props.params.get('view') ?? 'table';
  useTitle(`Events · ${view}`);
  const rest = { a: props.params.get('a') ?? undefined, b: props.params.get('b') ?? undefined, page: props.params.get('page') ?? undefined };
  const here = (over: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, view, ...over })) if (v) p.set(k, v);
    return `/events?${p.toString()}`;
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const next: Record<string, string | undefined> = { view, a: rest.a, b: rest.b };
    for (const k of FILTERS) next[k] = String(f.get(k) ?? '').trim() || undefined;
    setQuery(next);
  };
  return (
    <div class="events-page">
      <form class="filters" onSubmit={submit} aria-label="event filters" key={JSON.stringify(filters)}>
        <label>from <input type="date" name="since" value={filters.since ?? ''} /></label>
        <label>to <input type="date" name="until" value={filters.until ?? ''} /></label>
        <label>actor <input name="actor" value={filters.actor ?? ''} placeholder="name or code" size={12} /></label>
        <label>recipient <input name="recipient" value={filters.recipient ?? ''} size={12} /></label>
        <label>country <input name="country" value={filters.country ?? ''} placeholder="RUS" size={4} maxLength={3} /></label>
        <label>type <select name="type" value={filters.type ?? ''}><option value="">any</option>{PLOVER_TYPES.map((t) => <option value={t}>{t}</option>)}</select></label>
        <label>status <select name="status" value={filters.status ?? ''}><option value="">any</option>{STATUSES.map((t) => <option value={t}>{t}</option>)}</select></label>
        <label>source <input name="source" value={filters.source ?? ''} placeholder="TASS" size={8} /></label>
        <button type="submit">Filter</button>
        {Object.keys(filters).length > 0 && <Link href={`/events?view=${view}`} class="button subtle">Clear</Link>}
      </form>
      <nav class="tabs" aria-label="views">
        {VIEWS.map(([k, label]) => <Link href={here({ view: k, page: undefined })} class={view === k ? 'active' : ''}>{label}</Link>)}
        <span class="spacer" />
        <a class="button subtle" href={exportUrl('events', 'csv', filters)} download>Export CSV</a>
        <a class="button subtle" href={exportUrl('events', 'jsonl', filters)} download>JSON Lines</a>
        <a class="button subtle" href={exportUrl('events', 'plover', filters)} download title="PLOVER/POLECAT JSON Lines">PLOVER</a>
        <a class="button subtle" href={exportUrl('events', 'gdelt', filters)} download title="GDELT 2.0 event rows">GDELT</a>
      </nav>
      {view === 'table' && <EventTable filters={filters} page={Number(rest.page ?? 0) || 0} pageHref={(p) => here({ page: String(p) })} />}
      {view === 'timeline' && <TimelineView filters={filters} />}
      {view === 'map' && <EventMap filters={filters} />}
      {view === 'dyad' && <DyadView filters={filters} a={rest.a} b={rest.b} />}
      {view === 'network' && <NetworkView filters={filters} />}
    </div>
  );
}
