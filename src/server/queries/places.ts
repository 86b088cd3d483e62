/**
 * Where events happened: the event's place entity when the analysis found one, counted per place and
 * per country. The country of a place comes from the knowledge base (via the entity).
 */
import { cityCoordinates } from '../city-coords.js';
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from '../../store/sql/event-where.js';
import { COOP } from './quad.js';

export interface PlaceCount {
  name: string;
  kb?: string;
  country?: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** [longitude, latitude] when the place is a city of the KB. */
  coordinates?: [number, number];
}

export interface CountryCount {
  country: string;
  events: number;
}

export async function eventPlaces(db: Db, f: EventFilter, limit: number): Promise<{ places: PlaceCount[]; countries: CountryCount[] }> {
  const d = db.dialect;
  const w = eventWhere(d, f);
  // A fixed join order keeps the events first: driven by the entities' country index instead, SQLite
  // would visit every entity that has a country.
  const rows = await db.all<{ name: string; kb: string | null; country: string | null; events: number; cooperation: number }>(
    `SELECT e.name, max(${d.bin('e.kb')}) AS kb, max(${d.bin('e.country')}) AS country, count(*) AS events,
      sum(${COOP}) AS cooperation
    FROM events v ${w.join}
    ${d.fixedJoin} entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} v.location IS NOT NULL GROUP BY e.name ORDER BY events DESC, ${d.bin('e.name')}`, w.params);
  const byCountry = new Map<string, number>();
  for (const r of rows) if (r.country) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.events);
  // Code-point order for ties, as the SQL orders names (localeCompare would depend on the ICU data).
  const countries = [...byCountry].map(([country, events]) => ({ country, events }))
    .sort((a, b) => b.events - a.events || (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
  const places = rows.slice(0, limit).map((r) => {
    const coordinates = cityCoordinates(r.kb ?? undefined);
    return {
      name: r.name, events: r.events, cooperation: r.cooperation, conflict: r.events - r.cooperation,
      ...(r.kb ? { kb: r.kb } : {}), ...(r.country ? { country: r.country } : {}), ...(coordinates ? { coordinates } : {}),
    };
  });
  return { places, countries };
}
