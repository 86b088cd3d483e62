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
  const rows = db.prepare(`SELECT e.name, max(e.kb) AS kb, max(e.country) AS country, count(*) AS events,
      sum(v.type IN (${COOPERATIVE_SQL})) AS cooperation
    FROM events v JOIN articles a ON a.rowid = v.article
    JOIN entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql} GROUP BY e.name ORDER BY events DESC, e.name LIMIT ?`)
    .all(...w.params, limit) as Array<{ name: string; kb: string | null; country: string | null; events: number; cooperation: number }>;
  const places = rows.map((r) => {
    const coordinates = cityCoordinates(r.kb ?? undefined);
    return {
      name: r.name, events: r.events, cooperation: r.cooperation, conflict: r.events - r.cooperation,
      ...(r.kb ? { kb: r.kb } : {}), ...(r.country ? { country: r.country } : {}), ...(coordinates ? { coordinates } : {}),
    };
  });
  const countries = db.prepare(`SELECT e.country, count(*) AS events
    FROM events v JOIN articles a ON a.rowid = v.article
    JOIN entities e ON e.article = v.article AND e.entity_id = v.location
    ${w.sql} ${w.sql ? 'AND' : 'WHERE'} e.country IS NOT NULL GROUP BY e.country ORDER BY events DESC`)
    .all(...w.params) as CountryCount[];
  return { places, countries };
}
