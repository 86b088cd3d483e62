/** Where bodies' leaders' summits were held, by year (kb/summits.tsv): "the G7 summit" of 2023 is Japan's. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KbError, readTsv } from './tsv.js';

const HEADER = ['org', 'year', 'host', 'city'] as const;

export interface Summit {
  /** The body's entry id ("org:g7"). */
  org: string;
  year: string;
  /** ISO alpha-3 of the host country. */
  host: string;
  city?: string;
}

export function loadSummits(dir: string, errors: KbError[], orgIds: ReadonlySet<string>, countries: ReadonlySet<string>): Summit[] {
  const label = 'kb/summits.tsv';
  const out: Summit[] = [];
  // Optional: a KB directory of one's own may leave summits out.
  if (!existsSync(join(dir, 'summits.tsv'))) return out;
  for (const { line, cells } of readTsv(join(dir, 'summits.tsv'), HEADER, errors, label)) {
    const org = `org:${cells.org ?? ''}`;
    if (!orgIds.has(org)) { errors.push(new KbError(label, line, `unknown org "${cells.org ?? ''}" (an id of orgs.tsv)`)); continue; }
    if (!/^\d{4}$/.test(cells.year ?? '')) { errors.push(new KbError(label, line, `bad year "${cells.year ?? ''}"`)); continue; }
    if (!countries.has(cells.host ?? '')) { errors.push(new KbError(label, line, `unknown host country "${cells.host ?? ''}"`)); continue; }
    const s: Summit = { org, year: cells.year ?? '', host: cells.host ?? '' };
    if (cells.city) s.city = cells.city;
    out.push(s);
  }
  return out;
}
