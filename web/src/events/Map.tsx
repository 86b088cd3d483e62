/**
 * Where events happened: countries shaded by how many events took place there, and a dot per place
 * (at the city when its coordinates are known, else at the country's centre). The map is
 * world-atlas's 1:110m countries, bundled with the app.
 */
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { exportUrl, get } from '../api.js';
import { Problem, useLoad } from '../components/Async.js';
import { DownloadCsv } from '../components/download.js';
import type { Filters } from '../pages/Events.js';
import { setQuery } from '../router.js';
import type { Places } from '../types.js';

const W = 960;
const H = 500;
const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = feature(topo, topo.objects.countries).features;
const projection = geoNaturalEarth1().fitSize([W, H], { type: 'Sphere' });
const path = geoPath(projection);
const byNumeric = new Map(shapes.map((f) => [String(f.id), f]));

function shade(n: number, max: number): string {
  if (n === 0) return '#eef0f3';
  const t = Math.sqrt(n / max);
  const light = Math.round(88 - t * 50);
  return `hsl(205, 60%, ${light}%)`;
}

export function EventMap(props: { filters: Filters }) {
  const res = useLoad(() => get<Places>('/places', { ...props.filters, limit: 200 }), [JSON.stringify(props.filters)]);
  const d = res.data;
  const counts = new Map<string, number>();
  for (const c of d?.countries ?? []) {
    const numeric = countries.alpha3ToNumeric(c.country);
    if (numeric) counts.set(numeric, c.events);
  }
  const max = Math.max(1, ...counts.values());
  const dots = (d?.places ?? []).map((p) => {
    let at: [number, number] | null | undefined = p.coordinates ? projection(p.coordinates) : undefined;
    if (!at && p.country) {
      const f = byNumeric.get(countries.alpha3ToNumeric(p.country) ?? '');
      if (f) at = projection(geoCentroid(f));
    }
    return at ? { p, x: at[0], y: at[1] } : undefined;
  }).filter((x) => x !== undefined);
  const maxPlace = Math.max(1, ...dots.map((x) => x.p.events));
  return (
    <section>
      <Problem error={res.error} />
      <svg class="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label="map of event places" data-testid="event-map">
        <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
        {shapes.map((f) => {
          const n = counts.get(String(f.id)) ?? 0;
          const alpha3 = countries.numericToAlpha3(String(f.id));
          return (
            <path d={path(f) ?? ''} fill={shade(n, max)} class="country"
              onClick={() => alpha3 && setQuery({ ...props.filters, view: 'table', country: alpha3 })}>
              <title>{`${f.properties.name}: ${n} event${n === 1 ? '' : 's'}`}</title>
            </path>
          );
        })}
        {dots.map(({ p, x, y }) => (
          <circle cx={x} cy={y} r={3 + 9 * Math.sqrt(p.events / maxPlace)} class={p.conflict > p.cooperation ? 'dot conflict' : 'dot coop'}>
            <title>{`${p.name}${p.country ? ` (${p.country})` : ''}: ${p.events} events, ${p.cooperation} cooperative, ${p.conflict} conflictual`}</title>
          </circle>
        ))}
      </svg>
      <p class="muted">Shaded: events per country of the event's place. Dots: places (green mostly cooperation, red mostly conflict). Click a country to list its events.{' '}
        <DownloadCsv name="dateline-places" label="Download places (CSV)" rows={(d?.places ?? []).map(({ coordinates, ...p }) => ({ ...p, lon: coordinates?.[0], lat: coordinates?.[1] }))} />{' '}
        <a href={exportUrl('events', 'csv', props.filters)}>Export these events</a></p>
      <table class="compact">
        <thead><tr><th>place</th><th>country</th><th>events</th></tr></thead>
        <tbody>{(d?.places ?? []).slice(0, 15).map((p) => <tr><td>{p.name}</td><td>{p.country ?? ''}</td><td>{p.events}</td></tr>)}</tbody>
      </table>
    </section>
  );
}
