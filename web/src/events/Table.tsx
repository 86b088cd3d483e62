/** The filterable table of events, a page at a time. */
import { get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { day, plural, shownName } from '../format.js';
import { actorHref, articleHref, Link } from '../router.js';
import type { EventItem, Participant } from '../types.js';
import type { Filters } from '../pages/Events.js';

const PAGE = 50;

function Parties(props: { ps: Participant[] }) {
  if (props.ps.length === 0) return <span class="muted">—</span>;
  return <>{props.ps.map((p, i) => {
    const name = shownName(p);
    return <>{i > 0 && ', '}{p.entity ? <Link href={actorHref(name)}>{name}</Link> : name}{p.country && <span class="muted"> {p.country}</span>}</>;
  })}</>;
}

export function EventTable(props: { filters: Filters; page: number; pageHref: (p: number) => string }) {
  const res = useLoad(() => get<{ total: number; items: EventItem[] }>('/events', { ...props.filters, limit: PAGE, offset: props.page * PAGE }),
    [JSON.stringify(props.filters), props.page]);
  const d = res.data;
  return (
    <section>
      <Problem error={res.error} />
      {d && <p class="muted">{plural(d.total, 'event')}{d.total > PAGE ? ` · ${props.page * PAGE + 1}–${Math.min(d.total, (props.page + 1) * PAGE)}` : ''}</p>}
      <table class="events-table" data-testid="events-table">
        <thead><tr><th>day</th><th>type</th><th>status</th><th>actor</th><th>recipient</th><th>place</th><th>evidence</th><th>article</th></tr></thead>
        <tbody>
          {d?.items.map((e) => (
            <tr class={`quad-${e.quad}`}>
              <td class="nowrap">{e.day ?? ''}</td>
              <td><span class="tag">{e.type}</span>{e.mode && <div class="muted">{e.mode}</div>}</td>
              <td><span class={`status status-${e.status}`}>{e.status}</span></td>
              <td><Parties ps={e.actor} /></td>
              <td><Parties ps={e.recipient} /></td>
              <td>{e.place?.name ?? ''}</td>
              <td class="evidence-cell">{e.evidence}</td>
              <td><Link href={articleHref(e.article)}>{e.headline}</Link><div class="muted">{[day(e.published), e.agency].filter(Boolean).join(' · ')}</div></td>
            </tr>
          ))}
        </tbody>
      </table>
      {d && d.total > PAGE && (
        <nav class="pager">
          {props.page > 0 && <Link href={props.pageHref(props.page - 1)} class="button">← Newer</Link>}
          {(props.page + 1) * PAGE < d.total && <Link href={props.pageHref(props.page + 1)} class="button">Older →</Link>}
        </nav>
      )}
    </section>
  );
}
