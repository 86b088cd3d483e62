/** Search: words and facets (date range, actor, country, event type, agency, section); hits with snippets. */
import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { countryName } from '../countries.js';
import { day, plural } from '../format.js';
import { articleHref, Link, setQuery } from '../router.js';
import type { FacetValue, SearchResult, Stats } from '../types.js';
import { useTitle } from '../components/title.js';

const KEYS = ['q', 'since', 'until', 'actor', 'country', 'type', 'agency', 'section'] as const;
type Key = (typeof KEYS)[number];
const PAGE = 20;

const FACETS: Array<[keyof SearchResult['facets'], Key | 'year', string]> = [
  ['type', 'type', 'Event type'], ['actor', 'actor', 'Actor'], ['country', 'country', 'Country'],
  ['agency', 'agency', 'Agency'], ['section', 'section', 'Section'], ['year', 'year', 'Year'],
];

function Facet(props: { title: string; values: FacetValue[]; active?: string; onPick: (v: string | undefined) => void; label?: (v: string) => string }) {
  const label = props.label ?? ((v: string) => v);
  if (props.values.length === 0 && !props.active) return null;
  return (
    <section class="facet" data-facet={props.title}>
      <h3>{props.title}</h3>
      {props.active && <button type="button" class="chip on" onClick={() => props.onPick(undefined)} title="remove this filter">{label(props.active)} ×</button>}
      <ul>
        {props.values.filter((v) => v.value !== props.active).slice(0, 10).map((v) => (
          <li><button type="button" class="facet-value" onClick={() => props.onPick(v.value)} title={v.value}>{label(v.value)}</button> <span class="count">{v.count}</span></li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage(props: { params: URLSearchParams }) {
  const current: Partial<Record<Key, string>> = {};
  for (const k of KEYS) {
    const v = props.params.get(k);
    if (v) current[k] = v;
  }
  const page = Number(props.params.get('page') ?? '0') || 0;
  const [words, setWords] = useState(current.q ?? '');
  useTitle(current.q ? `“${current.q}”` : 'Search');
  const stats = useLoad(() => get<Stats>('/stats'), []);
  const key = JSON.stringify([current, page]);
  const result = useLoad(() => get<SearchResult>('/search', { ...current, limit: PAGE, offset: page * PAGE }), [key]);
  const go = (next: Partial<Record<Key, string | undefined>>) => setQuery({ ...current, ...next });
  const pick = (facet: Key | 'year') => (v: string | undefined) => {
    if (facet === 'year') go({ since: v ? `${v}-01-01` : undefined, until: v ? `${v}-12-31` : undefined });
    else go({ [facet]: v });
  };
  const r = result.data;
  return (
    <div class="search-page">
      <form class="searchbar" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: words.trim() || undefined }); }}>
        <input type="search" name="q" placeholder="Search the news: people, places, what was said…" value={words}
          onInput={(e) => setWords((e.target as HTMLInputElement).value)} aria-label="search words" />
        <button type="submit">Search</button>
      </form>
      {stats.data && (
        <p class="muted">
          {plural(stats.data.articles, 'article')} · {plural(stats.data.events, 'event')} · {plural(stats.data.quotes, 'quote')}
          {stats.data.firstPublished && ` · ${day(stats.data.firstPublished)} to ${day(stats.data.lastPublished)}`}
        </p>
      )}
      <Problem error={stats.error ?? result.error} />
      <div class="with-side">
        <aside class="facets">
          <section class="facet">
            <h3>Dates</h3>
            <form class="dates" onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget as HTMLFormElement);
              go({ since: String(f.get('since') ?? '') || undefined, until: String(f.get('until') ?? '') || undefined });
            }}>
              <label>from <input type="date" name="since" value={current.since ?? ''} /></label>
              <label>to <input type="date" name="until" value={current.until ?? ''} /></label>
              <button type="submit">Apply</button>
            </form>
          </section>
          {r && FACETS.map(([facet, param, title]) => (
            <Facet title={title} values={r.facets[facet]} active={param === 'year' ? undefined : current[param]} onPick={pick(param)}
              label={facet === 'country' ? (v) => countryName(v) ?? v : undefined} />
          ))}
        </aside>
        <section class="hits" aria-busy={result.loading}>
          {r && <p class="muted">{r.total === 0 ? 'Nothing found.' : `${plural(r.total, 'article')}${r.capped ? '+' : ''}${current.q ? ` for “${current.q}”` : ', newest first'}`}</p>}
          {r?.hits.map((h) => (
            <article class="hit">
              <h2><Link href={articleHref(h.id)}>{h.headline}</Link></h2>
              <p class="meta">{[day(h.published), h.agency, h.section].filter(Boolean).join(' · ')}</p>
              <p class="snippet">{h.snippet.map((p) => (p.match ? <mark>{p.text}</mark> : p.text))}</p>
            </article>
          ))}
          {r && (page > 0 || (page + 1) * PAGE < r.total) && (
            <nav class="pager">
              {page > 0 && <button type="button" onClick={() => setQuery({ ...current, page: String(page - 1) })}>← Newer</button>}
              {(page + 1) * PAGE < r.total && <button type="button" onClick={() => setQuery({ ...current, page: String(page + 1) })}>More →</button>}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
