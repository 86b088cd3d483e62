/** Cities as KB entries: the most populous of a name, unless the article names another's country. */
import type { CountryEntry, KnowledgeBase, PlaceEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { LinkState } from './state.js';

const byIso2 = new WeakMap<KnowledgeBase, Map<string, CountryEntry>>();

function countryOf2(kb: KnowledgeBase, iso2: string): CountryEntry | undefined {
  let m = byIso2.get(kb);
  if (!m) {
    m = new Map();
    for (const c of kb.countries.values()) if (c.iso2) m.set(c.iso2, c);
    byIso2.set(kb, m);
  }
  return m.get(iso2);
}

export function cityEntry(st: LinkState, key: string): PlaceEntry | undefined {
  const cities = st.kb.cities.lookup(key);
  if (cities.length === 0) return undefined;
  let pick = cities[0];
  let best = 0;
  for (const c of cities) {
    const iso3 = countryOf2(st.kb, c.country2)?.iso3;
    const n = iso3 ? st.countries.get(iso3) ?? 0 : 0;
    // A smaller namesake wins only if the article names its country and not the big city's.
    if (n > best) { best = n; pick = c; }
  }
  if (!pick) return undefined;
  const country = countryOf2(st.kb, pick.country2);
  const e: PlaceEntry = {
    kind: 'place', id: `city:${pick.geonameId}`, type: 'PLACE', name: pick.name, aliases: [],
    placeKind: 'city', population: pick.population,
  };
  if (country) {
    e.country = country.iso3;
    // A capital stands for its government in actor codes, as in PETRARCH's WASHINGTON [USAGOV].
    e.code = country.capital && nameKey(country.capital) === nameKey(pick.name) ? `${country.iso3}GOV` : country.iso3;
  }
  return e;
}
