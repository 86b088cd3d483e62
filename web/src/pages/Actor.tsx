/** One actor: who it is (knowledge base and the roles articles gave it), its events over time, its quotes, the actors it deals with. */
import { useState } from 'preact/hooks';
import { exportUrl, get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { ChartView, COLORS } from '../components/Chart.js';
import { day, names, plural } from '../format.js';
import { actorHref, articleHref, Link } from '../router.js';
import type { Actor, EventItem } from '../types.js';
import { useTitle } from '../components/title.js';

export function ActorPage(props: { name: string }) {
  const res = useLoad(() => get<Actor>(`/actors/${encodeURIComponent(props.name)}`), [props.name]);
  const events = useLoad(() => get<{ total: number; items: EventItem[] }>('/events', { party: props.name, limit: 30 }), [props.name]);
  const [about, setAbout] = useState('');
  useTitle(props.name);
  const said = useLoad(async () => (about
    ? (await get<{ items: Actor['quotes']['items'] }>('/quotes', { speaker: props.name, q: about, limit: 50 })).items
    : undefined), [props.name, about]);
  const a = res.data;
  if (!a) return <div><Problem error={res.error} />{res.loading && <p class="muted">Loading…</p>}</div>;
  const kb = a.knowledge;
  const terms = kb?.terms ?? [];
  return (
    <div class="actor-page">
      <h1>{a.name} <span class={`tag ent-${a.type}`}>{a.type}</span></h1>
      <p class="meta">
        {[a.country, a.code, plural(a.articles, 'article'), plural(a.mentions, 'mention'), kb?.wikidata ? `Wikidata ${kb.wikidata}` : ''].filter(Boolean).join(' · ')}
      </p>
      <div class="grid2">
        <section>
          <h2>Roles</h2>
          {terms.length > 0 && (
            <table class="roles" data-testid="kb-roles">
              <thead><tr><th>office (knowledge base)</th><th>from</th><th>to</th></tr></thead>
              <tbody>{[...terms].reverse().slice(0, 12).map((t) => <tr><td>{t.office}</td><td>{t.start ?? ''}</td><td>{t.end ?? 'now'}</td></tr>)}</tbody>
            </table>
          )}
          {a.roles.length > 0 && (
            <table class="roles">
              <thead><tr><th>as the articles name it</th><th>first</th><th>last</th></tr></thead>
              <tbody>{a.roles.map((r) => <tr><td>{r.role}</td><td>{day(r.first)}</td><td>{day(r.last)}</td></tr>)}</tbody>
            </table>
          )}
          {terms.length === 0 && a.roles.length === 0 && <p class="muted">No role known.</p>}
        </section>
        <section>
          <h2>Events over time</h2>
          {a.timeline.length ? (
            <ChartView label={`events of ${a.name} per month`} config={{
              type: 'bar',
              data: {
                labels: a.timeline.map((p) => p.period),
                datasets: [
                  { label: 'as actor', data: a.timeline.map((p) => p.asActor), backgroundColor: COLORS.actor },
                  { label: 'as recipient', data: a.timeline.map((p) => p.asRecipient), backgroundColor: COLORS.recipient },
                ],
              },
              options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
            }} />
          ) : <p class="muted">No dated events.</p>}
        </section>
      </div>
      <div class="grid2">
        <section>
          <h2>Deals with</h2>
          <table class="partners" data-testid="partners">
            <thead><tr><th>actor</th><th title="events from this actor to them">→</th><th title="events from them to this actor">←</th><th>coop.</th><th>conflict</th></tr></thead>
            <tbody>{a.partners.map((p) => (
              <tr><td><Link href={actorHref(p.name)}>{p.name}</Link> <span class="muted">{p.country ?? ''}</span></td>
                <td>{p.outgoing}</td><td>{p.incoming}</td><td class="coop">{p.cooperation}</td><td class="conflict">{p.conflict}</td></tr>
            ))}</tbody>
          </table>
          {a.partners.length === 0 && <p class="muted">No events with other actors.</p>}
        </section>
        <section>
          <h2>Quotes ({a.quotes.total})</h2>
          <form class="inline" role="search" onSubmit={(e) => {
            e.preventDefault();
            setAbout(String(new FormData(e.currentTarget as HTMLFormElement).get('about') ?? '').trim());
          }}>
            <input name="about" placeholder="what was said about… (words)" aria-label="quotes about" />
            <button type="submit">Find</button>
            {about && <button type="button" class="subtle" onClick={() => setAbout('')}>All quotes</button>}
          </form>
          {about && said.data && <p class="muted">{plural(said.data.length, 'quote')} about “{about}”</p>}
          <ul class="quotes-list" data-testid="actor-quotes">
            {(about ? said.data ?? [] : a.quotes.items).map((q) => (
              <li><q>{q.text}</q><div class="muted"><Link href={articleHref(q.article)}>{q.headline}</Link> · {day(q.published)}</div></li>
            ))}
          </ul>
          {a.quotes.total > 0 && <a class="button" href={exportUrl('quotes', 'csv', { speaker: a.name })}>Export quotes (CSV)</a>}
        </section>
      </div>
      <section>
        <h2>Latest events</h2>
        <ul class="events-list">
          {events.data?.items.map((e) => (
            <li><span class="tag">{e.type}</span> <span class={`status status-${e.status}`}>{e.status}</span> {names(e.actor)} → {names(e.recipient)}
              <div class="muted">{day(e.day)} · <Link href={articleHref(e.article)}>{e.headline}</Link></div></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
