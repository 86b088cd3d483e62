/**
 * One article: its clean text with entities, times, quotes (speaker shown) and event evidence
 * highlighted; hovering a mention shows what it refers to; beside it, the events and the quotes.
 * The text is rendered as text nodes only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { entityOf, marksOf, runsOf, type Mark, type Run } from '../article/segments.js';
import { day } from '../format.js';
import { actorHref, Link, navigate } from '../router.js';
import type { ArticleRecord, Entity, KbEntry, Participant, RecordEvent, StoredArticle } from '../types.js';
import { useTitle } from '../components/title.js';

const kbCache = new Map<string, Promise<KbEntry | undefined>>();
function kbEntry(id: string): Promise<KbEntry | undefined> {
  let p = kbCache.get(id);
  if (!p) {
    p = get<KbEntry>(`/kb/${encodeURIComponent(id)}`).catch(() => undefined);
    kbCache.set(id, p);
  }
  return p;
}

interface Hover { entity: Entity; x: number; y: number }

function MentionCard(props: { hover: Hover }) {
  const e = props.hover.entity;
  const [kb, setKb] = useState<KbEntry | undefined>();
  useEffect(() => {
    setKb(undefined);
    if (e.kb) void kbEntry(e.kb).then(setKb);
  }, [e.kb]);
  const terms = kb?.terms?.slice(-3).reverse() ?? [];
  return (
    <div class="card kb-card" role="tooltip" style={{ left: `${props.hover.x}px`, top: `${props.hover.y}px` }} data-testid="kb-card">
      <strong>{kb?.name ?? e.name}</strong> <span class={`tag ent-${e.type}`}>{e.type}</span>
      {(e.role ?? kb?.description) && <p>{e.role ?? kb?.description}</p>}
      {terms.length > 0 && <ul>{terms.map((t) => <li>{t.office} {t.start ? `(${t.start.slice(0, 4)}–${t.end ? t.end.slice(0, 4) : ''})` : ''}</li>)}</ul>}
      <p class="muted">{[e.country, e.code, e.kb].filter(Boolean).join(' · ')}{e.kb && !kb ? '' : ''}</p>
      {kb?.aliases.length ? <p class="muted">also: {kb.aliases.slice(0, 4).join(', ')}</p> : null}
    </div>
  );
}

/**
 * The name the store lists an entity by, and its actor page's: the knowledge base's spelling when the
 * entity is linked ("Sergey Lavrov" for an article's "Sergei Lavrov"), else the article's.
 */
function storedName(e: Entity): string {
  return e.kbName ?? e.name;
}

function participantName(p: Participant, byId: Map<string, Entity>): string {
  const e = p.entity ? byId.get(p.entity) : undefined;
  return e ? storedName(e) : p.text;
}

function Parties(props: { ps: Participant[]; byId: Map<string, Entity> }) {
  if (props.ps.length === 0) return <span class="muted">—</span>;
  return <>{props.ps.map((p, i) => {
    const name = participantName(p, props.byId);
    return <>{i > 0 && ', '}{p.entity ? <Link href={actorHref(name)}>{name}</Link> : name}</>;
  })}</>;
}

function runClass(run: Run, focus: Mark | undefined): string {
  const c: string[] = [];
  const ent = entityOf(run);
  if (ent) c.push('ent', `ent-${ent.type}`);
  if (run.marks.some((m) => m.kind === 'time')) c.push('time');
  if (run.marks.some((m) => m.kind === 'quote')) c.push('quote');
  if (run.marks.some((m) => m.kind === 'evidence')) c.push('evidence');
  if (focus && run.marks.some((m) => m.kind === focus.kind && m.start === focus.start && m.end === focus.end)) c.push('focus');
  return c.join(' ');
}

function Body(props: { r: ArticleRecord; focus?: Mark; onHover: (h: Hover | undefined) => void }) {
  const { r } = props;
  const marks = useMemo(() => marksOf(r), [r]);
  const byId = useMemo(() => new Map(r.entities.map((e) => [e.id, e])), [r]);
  const parts = r.parts.length ? r.parts : [{ kind: 'paragraph', start: 0, end: r.text.length }];
  const render = (run: Run) => {
    const ent = entityOf(run);
    const entity = ent ? byId.get(ent.entity) : undefined;
    const speakers = run.quoteStarts.map((i) => {
      const q = r.quotes[i];
      const by = q?.speaker ? byId.get(q.speaker) : undefined;
      const who = q ? (by ? storedName(by) : undefined) ?? q.speakerText : undefined;
      return <span class="speaker-tag" title="speaker">{who ?? 'unknown speaker'}</span>;
    });
    const cls = runClass(run, props.focus);
    const times = run.marks.filter((m) => m.kind === 'time').map((m) => r.times[(m as { index: number }).index]?.value);
    const inner = entity ? (
      <a href={actorHref(storedName(entity))} class={cls} data-entity={entity.id}
        onClick={(e) => { e.preventDefault(); navigate(actorHref(storedName(entity))); }}
        onMouseEnter={(e) => {
          const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
          props.onHover({ entity, x: rect.left + window.scrollX, y: rect.bottom + window.scrollY + 4 });
        }}
        onMouseLeave={() => props.onHover(undefined)}>{run.text}</a>
    ) : cls ? <span class={cls} title={times.length ? times.join(', ') : undefined}>{run.text}</span> : run.text;
    return <>{speakers}{inner}</>;
  };
  return (
    <div class="article-text">
      {parts.map((p) => {
        const runs = runsOf(r.text, marks, p.start, p.end).map(render);
        if (p.kind === 'headline') return <h1 class="headline">{runs}</h1>;
        if (p.kind === 'subheading') return <h3>{runs}</h3>;
        return <p class={p.kind}>{runs}</p>;
      })}
    </div>
  );
}

function EventLine(props: { e: RecordEvent; byId: Map<string, Entity>; onFocus: () => void }) {
  const { e, byId } = props;
  const place = e.location ? byId.get(e.location)?.name : undefined;
  return (
    <li class={`event quad-${e.type}`}>
      <button type="button" class="linklike" onClick={props.onFocus} title="show in the text">
        <span class="tag">{e.type}</span> {e.mode && <span class="muted">{e.mode} </span>}
        <span class={`status status-${e.status}`}>{e.status}</span>
      </button>
      <div><Parties ps={e.actor} byId={byId} /> → <Parties ps={e.recipient} byId={byId} /></div>
      {e.about && <div class="muted">about: {e.about.type} ({e.about.status}) {names(e.about.actor, byId)} → {names(e.about.recipient, byId)}</div>}
      <div class="muted">{[e.date, place, e.reported ? 'reported by a speaker' : ''].filter(Boolean).join(' · ')}</div>
      <q class="evidence-text">{e.evidence.text}</q>
    </li>
  );
}

function names(ps: Participant[], byId: Map<string, Entity>): string {
  return ps.map((p) => participantName(p, byId)).join(', ') || '—';
}

export function ArticlePage(props: { id: string }) {
  const res = useLoad(() => get<StoredArticle>(`/articles/${encodeURIComponent(props.id)}`), [props.id]);
  const [hover, setHover] = useState<Hover | undefined>();
  const [focus, setFocus] = useState<Mark | undefined>();
  const [tab, setTab] = useState<'events' | 'quotes' | 'entities'>('events');
  useTitle(res.data?.record.headline);
  useEffect(() => {
    document.querySelector('.focus')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [focus]);
  const a = res.data;
  if (!a) return <div><Problem error={res.error} />{res.loading && <p class="muted">Loading…</p>}</div>;
  const r = a.record;
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const people = [...r.entities].sort((x, y) => y.mentions.length - x.mentions.length).slice(0, 60);
  return (
    <div class="article-page">
      <p class="meta">
        {[day(r.published), r.dateline?.agency, r.dateline?.place, r.section].filter(Boolean).join(' · ')}
        {a.sources.length > 1 && ` · found ${a.sources.length} times`}
        {r.source.url && <> · <a href={r.source.url} rel="noopener noreferrer nofollow" target="_blank">source</a></>}
      </p>
      <div class="legend muted">
        <span class="ent ent-PERSON">person</span> <span class="ent ent-ORG">organization</span> <span class="ent ent-PLACE">place</span>{' '}
        <span class="time">time</span> <span class="quote">quote</span> <span class="evidence">event evidence</span>
      </div>
      <div class="with-side reverse">
        <Body r={r} focus={focus} onHover={setHover} />
        <aside class="side">
          <div class="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === 'events'} onClick={() => setTab('events')}>Events ({r.events.length})</button>
            <button type="button" role="tab" aria-selected={tab === 'quotes'} onClick={() => setTab('quotes')}>Quotes ({r.quotes.length})</button>
            <button type="button" role="tab" aria-selected={tab === 'entities'} onClick={() => setTab('entities')}>Entities ({r.entities.length})</button>
          </div>
          {tab === 'events' && (
            <ul class="events-list" data-testid="article-events">
              {r.events.map((e) => <EventLine e={e} byId={byId} onFocus={() => setFocus({ kind: 'evidence', index: 0, start: e.evidence.start, end: e.evidence.end })} />)}
              {r.events.length === 0 && <li class="muted">No events found in this article.</li>}
            </ul>
          )}
          {tab === 'quotes' && (
            <ul class="quotes-list" data-testid="article-quotes">
              {r.quotes.map((q) => {
                const by = q.speaker ? byId.get(q.speaker) : undefined;
                const who = by ? storedName(by) : undefined;
                return (
                  <li>
                    <div class="speaker">{who ? <Link href={actorHref(who)}>{who}</Link> : (q.speakerText ?? 'unknown speaker')} <span class="muted">{q.kind}</span></div>
                    <button type="button" class="linklike quote-text" onClick={() => setFocus({ kind: 'quote', index: 0, start: q.start, end: q.end })}>{q.text}</button>
                  </li>
                );
              })}
              {r.quotes.length === 0 && <li class="muted">No quotes found.</li>}
            </ul>
          )}
          {tab === 'entities' && (
            <ul class="entities-list">
              {people.map((e) => (
                <li><Link href={actorHref(storedName(e))}>{storedName(e)}</Link> <span class={`tag ent-${e.type}`}>{e.type}</span> <span class="muted">{e.role ?? e.titles?.[0] ?? ''}</span></li>
              ))}
            </ul>
          )}
        </aside>
      </div>
      {hover && <MentionCard hover={hover} />}
    </div>
  );
}
