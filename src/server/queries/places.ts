/**
 * Where events happened: the event's place entity when the analysis found one, counted per place and
 * per country. The country of a place comes from the knowledge base (via the entity).
 */
import { cityCoordinates } from '../city-coords.js';
import type { Db } from './db.js';
import { eventWhere, type EventFilter } from './event-filter.js';
import { COOPERATIVE_SQL } from './quad.js';

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

export function eventPlaces(db: Db, f: EventFilter, limit: number): { places: PlaceCount[]; countries: CountryCount[] } {
  const w = eventWhere(f);
  // CROSS JOIN keeps the events first: driven by the entities' country index instead, SQLite would
  // visit every entity that has a country.
  const rows = db.prepare(`SELECT e.name, max(e.kb) AS kb, max(e.country) AS country, count(*) AS events,
      sum(v.type IN (${COOPERATIVE_SQL})) AS cooperation
    FROM events v ${w.join}
    CROSS JOIN entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} v.location IS NOT NULL GROUP BY e.name ORDER BY events DESC, e.name`)
    .all(...w.params) as Array<{ name: string; kb: string | null; country: string | null; events: number; cooperation: number }>;
  const byCountry = new Map<string, number>();
  for (const r of rows) if (r.country) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.events);
  const countries = [...byCountry].map(([country, events]) => ({ country, events })).sort((a, b) => b.events - a.events || a.country.localeCompare(b.country));
  const places = rows.slice(0, limit).map((r) => {
    const coordinates = cityCoordinates(r.kb ?? undefined);
    return {
      name: r.name, events: r.events, cooperation: r.cooperation, conflict: r.events - r.cooperation,
      ...(r.kb ? { kb: r.kb } : {}), ...(r.country ? { country: r.country } : {}), ...(coordinates ? { coordinates } : {}),
    };
  });
  return { places, countries };
}
