/** Cities as KB entries: the most populous of a name, unless the article names another's country. */
import type { CountryEntry, KnowledgeBase, PlaceEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { City } from '../../kb/cities.js';
import type { LinkState } from './state.js';
import { sentenceStart } from './generic.js';
import { countriesIn } from './titles.js';
import { isCapitalized, stripPossessive, wordAt } from './words.js';

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

/**
 * The city a name means. A qualifier printed after it wins ("Moscow, Idaho": the Moscow whose
 * country has Idaho); otherwise the most populous, except that among cities of comparable size
 * (within a factor of five) the one in a country the article mentions is preferred.
 */
const SMALL_TOWN = 100_000;

export function cityEntry(st: LinkState, key: string, end?: number, locative = false, start?: number, known?: string): PlaceEntry | undefined {
  const cities = st.kb.cities.lookup(key);
  if (cities.length === 0) return undefined;
  const iso3Of = (c: City): string | undefined => countryOf2(st.kb, c.country2)?.iso3;
  let pick = cities[0];
  // `known`: the caller knows whose town it is (a capital in a dateline).
  const qualifier = known ?? (end !== undefined ? qualifierCountry(st, end) : undefined) ?? (start !== undefined ? placeOfCountry(st, start) : undefined);
  const qualified = qualifier ? cities.find((c) => iso3Of(c) === qualifier) : undefined;
  // "the Indonesian island of Bali": no namesake elsewhere, however large.
  if (qualifier && !qualified && start !== undefined && placeOfCountry(st, start)) return undefined;
  // A town the article has placed before ("London, Ontario") is the one it means again.
  const earlier = qualified ? undefined : placedCity(st, cities);
  let home: City | undefined;
  if (qualified) {
    pick = qualified;
  } else if (earlier) {
    pick = earlier;
  } else {
    const top = cities[0]?.population ?? 0;
    let best = 0;
    for (const c of cities) {
      if (c.population * 5 < top) continue;
      const iso3 = iso3Of(c);
      const n = iso3 ? st.countries.get(iso3) ?? 0 : 0;
      if (n > best) { best = n; pick = c; }
    }
    // A namesake of comparable size in a country its own sentence names ("London blames Moscow for
    // the attack in the city of Salisbury") wins over the country the article names most.
    const near = end !== undefined ? sentenceCountries(st, end) : undefined;
    const pickIso = pick ? iso3Of(pick) : undefined;
    const inSentence = near && !near.has(pickIso ?? '') ? cities.find((c) => c.population * 5 >= top && near.has(iso3Of(c) ?? '')) : undefined;
    pick = inSentence ?? pick;
    pick = smallerNamesake(st, cities, pick, iso3Of, end) ?? pick;
    home = homeNamesake(st, cities, pick, iso3Of);
    pick = home ?? pick;
    // A village where fighting is reported ("near Balakot"): among small namesakes, the one in a
    // country the article names.
    if (locative && pick && pick.population < SMALL_TOWN && !st.countries.has(iso3Of(pick) ?? '')) {
      pick = cities.find((c) => st.countries.has(iso3Of(c) ?? '')) ?? pick;
    }
  }
  if (!pick) return undefined;
  const country = countryOf2(st.kb, pick.country2);
  // A small town in a country the article never mentions is more likely a name we do not know
  // ("Mars" the planet, not Mars, Pennsylvania; "at Heathrow" in a British story is no town in
  // Florida): leave it unlinked.
  if (!qualified && !earlier && !home && pick.population < SMALL_TOWN && !(country && st.countries.has(country.iso3))) return undefined;
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

/** Countries a sentence names by a country word or a capital ("London blames Moscow"). */
export function sentenceCountries(st: LinkState, offset: number): Set<string> {
  const from = sentenceStart(st, offset);
  const stop = st.text.slice(offset).search(/[.!?]["”]?\s|\n/u);
  const to = stop < 0 ? st.text.length : offset + stop;
  const out = new Set(countriesIn(st, from, to));
  for (let i = wordAt(st.words, from); i < st.words.length; i++) {
    const w = st.words[i];
    if (!w || w.end > to) break;
    if (!isCapitalized(w.text)) continue;
    const iso = st.kb.byCapital(nameKey(stripPossessive(w.text)))?.iso3;
    if (iso) out.add(iso);
  }
  return out;
}

/** How much smaller than the pick a namesake in the dateline's country may be and still win. */
const HOME_FACTOR = 10;

/** A home town smaller than this is likelier a word or a name we do not know ("SAXON" in a headline). */
const HOME_MIN = 10_000;

/**
 * A town in the country the story was filed from ("LONDON - Tourists crowded Windsor"), up to ten
 * times smaller than a namesake elsewhere, when the article never names that namesake's country
 * and the namesake is no national capital.
 */
function homeNamesake(st: LinkState, cities: readonly City[], pick: City | undefined, iso3Of: (c: City) => string | undefined): City | undefined {
  // The dateline's own town, once linked (not while it is being linked).
  const dl = st.dateline;
  const home = dl ? st.clusters.find((c) => c.type === 'PLACE' && c.country && c.mentions.some((m) => m.start >= dl.start && m.end <= dl.end))?.country : undefined;
  const pickIso = pick ? iso3Of(pick) : undefined;
  if (!home || !pick || !pickIso || pickIso === home || st.countries.has(pickIso)) return undefined;
  if (nameKey(st.kb.country(pickIso)?.capital ?? '') === nameKey(pick.name)) return undefined;
  return cities.find((c) => iso3Of(c) === home && c.population >= HOME_MIN && c.population * HOME_FACTOR >= pick.population);
}

/** Among namesakes, the one the article has already linked with a qualifier ("London, Ontario"). */
function placedCity(st: LinkState, cities: readonly City[]): City | undefined {
  if (cities.length < 2) return undefined;
  for (const c of st.clusters) {
    const id = c.entry?.kind === 'place' ? c.entry.id : undefined;
    if (!id?.startsWith('city:') || c.mentions.length === 0) continue;
    const city = cities.find((x) => id === `city:${x.geonameId}`);
    if (city && city !== cities[0]) return city;
  }
  return undefined;
}

/**
 * A namesake much smaller than the pick but of real size (Tripoli in Lebanon beside Tripoli in
 * Libya) is meant when its country is named in the same sentence, or named in the article while
 * the pick's country is not.
 */
function smallerNamesake(st: LinkState, cities: readonly City[], pick: City | undefined, iso3Of: (c: City) => string | undefined, end: number | undefined): City | undefined {
  const pickIso = pick ? iso3Of(pick) : undefined;
  const inSentence = new Set<string>();
  if (end !== undefined) {
    const from = sentenceStart(st, end);
    const stop = st.text.slice(end).search(/[.!?]["”]?\s|\n/u);
    const to = stop < 0 ? st.text.length : end + stop;
    for (const h of st.hits) if (h.start >= from && h.end <= to && h.entry.country) inSentence.add(h.entry.country);
  }
  if (pickIso && inSentence.has(pickIso)) return undefined;
  for (const c of cities) {
    if (c === pick || c.population < SMALL_TOWN) continue;
    const iso3 = iso3Of(c);
    if (!iso3) continue;
    if (inSentence.has(iso3)) return c;
    if (pickIso && !st.countries.has(pickIso) && st.countries.has(iso3)) return c;
  }
  return undefined;
}

/** The country of a ", Idaho" / ", Russia" right after a place name, if the KB knows it. */
export function qualifierCountry(st: LinkState, end: number): string | undefined {
  const m = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(st.text.slice(end, end + 40));
  if (!m?.[1]) return undefined;
  for (const cand of [m[1], m[1].split(/\s/)[0] ?? '']) {
    const e = st.kb.lookup(nameKey(cand)).find((x) => x.kind === 'country' || (x.kind === 'place' && x.country));
    if (e?.country) return e.country;
  }
  return undefined;
}

/** "the Indonesian island of ", "Russia's city of ": a country's place named next. */
const PLACE_OF = /\b(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s+(?:(?:southern|northern|eastern|western|central|coastal|border|port|resort|holy|capital)\s+)?(?:island|city|town|village|province|region|state|port|resort|capital)\s+of\s+$/u;

/** Adjectives of parts of a country that news puts before a town: "the English city of Salisbury". */
const REGION_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['english', 'GBR'], ['scottish', 'GBR'], ['welsh', 'GBR'], ['northern irish', 'GBR'],
  ['texan', 'USA'], ['californian', 'USA'], ['bavarian', 'DEU'], ['catalan', 'ESP'], ['basque', 'ESP'],
  ['sicilian', 'ITA'], ['siberian', 'RUS'], ['tibetan', 'CHN'],
]);

/**
 * The country a "the X island/city/town of" before `start` names: by demonym or name of a country,
 * of a part of one ("the Texas city of Paris", "the English city of Cambridge").
 */
export function placeOfCountry(st: LinkState, start: number): string | undefined {
  const m = PLACE_OF.exec(st.text.slice(Math.max(0, start - 60), start));
  if (!m?.[1]) return undefined;
  const key = nameKey(m[1].replace(/['’]s$/u, ''));
  const demonym = st.kb.byDemonym(key);
  if (demonym.length === 1) return demonym[0]?.iso3;
  const known = st.kb.lookup(key);
  const e = known.find((x) => x.kind === 'country');
  if (e?.kind === 'country') return e.iso3;
  const region = known.find((x) => x.kind === 'place' && x.country && x.placeKind !== 'city');
  return region?.country ?? REGION_ADJECTIVES.get(key);
}

/** Prepositions that put something in or near a place: "in", "near", "from", "at", "outside". */
const LOCATIVE = /\b(?:in|near|from|at|outside|around|into|towards?|to|via|across|inside|of the town of|of the village of)\s+$/iu;

/** The name is printed where a place is expected: right after a locative preposition. */
export function afterLocative(st: LinkState, start: number): boolean {
  return LOCATIVE.test(st.text.slice(Math.max(0, start - 24), start));
}

/** The country of the most populous town of a name ("Pyeongchang": South Korea), if any. */
export function largestCityCountry(st: LinkState, key: string): string | undefined {
  const city = st.kb.cities.lookup(key)[0];
  return city ? countryOf2(st.kb, city.country2)?.iso3 : undefined;
}
