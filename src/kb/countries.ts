/**
 * Countries: ISO codes and names from i18n-iso-countries, demonyms from i18n-nationality, and the
 * project's own additions (kb/countries.tsv: short names, news aliases, capitals, UN dates, which
 * office leads). Only countries listed in countries.tsv become entries, so territories the packages
 * know (Bouvet Island ...) do not crowd the name index.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CountryEntry } from './types.js';
import { isKbDate } from './dates.js';
import { KbError, readTsv, splitList } from './tsv.js';

const require = createRequire(import.meta.url);
interface IsoCountries {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  alpha3ToAlpha2(a3: string): string | undefined;
}
interface Nationality {
  getName(code: string, lang: string): string | undefined;
}
interface Registry { registerLocale(data: unknown): void }
// English only: the packages' default entry points load every locale they ship (slow to load).
const iso = require('i18n-iso-countries/index.js') as IsoCountries & Registry;
iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
const nationality = require('i18n-nationality/index.js') as Nationality & Registry;
nationality.registerLocale(require('i18n-nationality/langs/en.json'));

const HEADER = ['iso3', 'name', 'aliases', 'demonyms', 'capital', 'un', 'since', 'leader'] as const;

/** A demonym from i18n-nationality is used only when it looks like one word for people of one place. */
function cleanDemonym(d: string | undefined, names: string[]): string | undefined {
  if (!d || /[(),]/.test(d) || names.includes(d)) return undefined;
  return d;
}

export function loadCountries(dir: string, errors: KbError[]): CountryEntry[] {
  const label = 'kb/countries.tsv';
  const rows = readTsv(join(dir, 'countries.tsv'), HEADER, errors, label);
  const isoNames = iso.getNames('en', { select: 'all' });
  const out: CountryEntry[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    const iso3 = cells.iso3 ?? '';
    if (!/^[A-Z]{3}$/.test(iso3)) { errors.push(new KbError(label, line, `bad iso3 "${iso3}"`)); continue; }
    if (seen.has(iso3)) { errors.push(new KbError(label, line, `duplicate country ${iso3}`)); continue; }
    seen.add(iso3);
    for (const f of ['un', 'since'] as const) {
      const v = cells[f] ?? '';
      if (v && !isKbDate(v)) errors.push(new KbError(label, line, `bad ${f} date "${v}"`));
    }
    const leader = cells.leader === 'HOG' ? 'HOG' : 'HOS';
    if (cells.leader !== 'HOG' && cells.leader !== 'HOS') errors.push(new KbError(label, line, `leader must be HOS or HOG`));
    const iso2 = iso.alpha3ToAlpha2(iso3);
    const name = cells.name ?? iso3;
    const fromIso = iso2 ? isoNames[iso2] ?? [] : [];
    const aliases = [...new Set([...splitList(cells.aliases), ...fromIso])].filter((a) => a !== name);
    const demonyms = splitList(cells.demonyms);
    const pkg = iso2 ? cleanDemonym(nationality.getName(iso2, 'en'), [name, ...aliases]) : undefined;
    if (pkg && !demonyms.includes(pkg)) demonyms.push(pkg);
    const entry: CountryEntry = {
      kind: 'country', id: `country:${iso3}`, type: 'PLACE', name, aliases, iso3, demonyms,
      country: iso3, code: iso3, leader, origin: { file: label, line },
    };
    if (iso2) entry.iso2 = iso2;
    if (cells.capital) entry.capital = cells.capital;
    if (cells.un) entry.un = cells.un;
    if (cells.since) entry.since = cells.since;
    out.push(entry);
  }
  return out;
}
