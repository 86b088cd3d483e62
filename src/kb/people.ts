/**
 * People with date-bounded offices: every `kb/people/*.tsv` file, in the format of
 * /work/notes/KB-FORMAT.md (kept in kb/README.md). One row per person per term; rows of one person
 * (same slug, any file) merge into one entry.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { OfficeKind, PersonEntry } from './types.js';
import { OFFICE_KINDS } from './types.js';
import { IGO_CODES } from './roles.js';
import { endOf, isKbDate, startOf } from './dates.js';
import { KbError, readTsv, splitList } from './tsv.js';

export const PEOPLE_HEADER = ['person', 'name', 'aliases', 'country', 'office', 'kind', 'start', 'end', 'wikidata'] as const;

export function loadPeople(dir: string, errors: KbError[], countries: ReadonlySet<string>): PersonEntry[] {
  const peopleDir = join(dir, 'people');
  let files: string[];
  try {
    files = readdirSync(peopleDir).filter((f) => f.endsWith('.tsv')).sort();
  } catch {
    return [];
  }
  const bySlug = new Map<string, PersonEntry>();
  for (const f of files) {
    const label = `kb/people/${f}`;
    for (const { line, cells } of readTsv(join(peopleDir, f), PEOPLE_HEADER, errors, label)) {
      const bad = (reason: string): void => { errors.push(new KbError(label, line, reason)); };
      const slug = cells.person ?? '';
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) { bad(`bad person slug "${slug}"`); continue; }
      const name = cells.name ?? '';
      if (!name) { bad('empty name'); continue; }
      const country = cells.country ?? '';
      if (!countries.has(country) && !IGO_CODES.has(country)) { bad(`unknown country "${country}" (ISO alpha-3 or an IGO code)`); continue; }
      const office = cells.office ?? '';
      if (!office) { bad('empty office'); continue; }
      const kinds = (cells.kind ?? '').split(',').map((k) => k.trim()) as OfficeKind[];
      if (kinds.length === 0 || kinds.some((k) => !OFFICE_KINDS.includes(k))) { bad(`bad kind "${cells.kind}"`); continue; }
      const start = cells.start ?? '';
      const end = cells.end ?? '';
      if (start && !isKbDate(start)) { bad(`bad start date "${start}"`); continue; }
      if (end && !isKbDate(end)) { bad(`bad end date "${end}"`); continue; }
      if (start && end && endOf(end) < startOf(start)) { bad(`term ends (${end}) before it starts (${start})`); continue; }
      const wikidata = cells.wikidata ?? '';
      if (wikidata && !/^Q\d+$/.test(wikidata)) { bad(`bad wikidata id "${wikidata}"`); continue; }
      let p = bySlug.get(slug);
      if (!p) {
        p = { kind: 'person', id: `person:${slug}`, type: 'PERSON', name, aliases: [], terms: [], origin: { file: label, line } };
        bySlug.set(slug, p);
      } else if (p.name !== name && !p.aliases.includes(name)) {
        p.aliases.push(name);
      }
      for (const a of splitList(cells.aliases)) if (a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
      if (wikidata) {
        if (p.wikidata && p.wikidata !== wikidata) bad(`${slug} has wikidata ${p.wikidata} elsewhere, ${wikidata} here`);
        else p.wikidata = wikidata;
      }
      const term: PersonEntry['terms'][number] = { office, kinds, country, origin: { file: label, line } };
      if (start) term.start = start;
      if (end) term.end = end;
      p.terms.push(term);
    }
  }
  for (const p of bySlug.values()) {
    p.terms.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    // A person's country is the one of their latest term; their code follows their role at a date.
    const last = p.terms[p.terms.length - 1];
    if (last) p.country = last.country;
  }
  return [...bySlug.values()];
}
