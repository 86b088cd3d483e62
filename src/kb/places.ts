/** Regions, seas and territories (kb/places.tsv). Cities come from cities.ts. */
import { join } from 'node:path';
import type { PlaceEntry } from './types.js';
import { KbError, readTsv, splitList } from './tsv.js';

const HEADER = ['id', 'name', 'aliases', 'country', 'kind'] as const;

export function loadPlaces(dir: string, errors: KbError[]): PlaceEntry[] {
  const label = 'kb/places.tsv';
  const out: PlaceEntry[] = [];
  for (const { line, cells } of readTsv(join(dir, 'places.tsv'), HEADER, errors, label)) {
    const id = cells.id ?? '';
    if (!/^[a-z0-9-]+$/.test(id)) { errors.push(new KbError(label, line, `bad id "${id}"`)); continue; }
    if (cells.country && !/^[A-Z]{3}$/.test(cells.country)) errors.push(new KbError(label, line, `bad country "${cells.country}"`));
    const e: PlaceEntry = {
      kind: 'place', id: `place:${id}`, type: 'PLACE', name: cells.name ?? id, aliases: splitList(cells.aliases),
      placeKind: cells.kind || 'region', origin: { file: label, line },
    };
    if (cells.country) { e.country = cells.country; e.code = cells.country; }
    out.push(e);
  }
  return out;
}
