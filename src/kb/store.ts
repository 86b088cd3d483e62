/**
 * The loaded knowledge base: entries and the indexes the linker asks ("which entries are called
 * 'Kim Jong Un'?", "who was head of state of KOR on 2018-06-14?", "which country is 'South Korean'?").
 */
import { nameKey, withoutArticle } from './normalize.js';
import { roleAt, termsAt } from './roles.js';
import type { CityIndex } from './cities.js';
import type { CountryEntry, KbEntry, OfficeKind, OrgEntry, OrgKind, PersonEntry, PlaceEntry, Term } from './types.js';
import type { KbError } from './tsv.js';
import type { Summit } from './summits.js';

/** Countries whose people put the family name first (Kim Jong-un is "Kim", Xi Jinping is "Xi"). */
const FAMILY_FIRST: ReadonlySet<string> = new Set(['PRK', 'KOR', 'CHN', 'TWN', 'KHM', 'HKG', 'MAC']);
const PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'dos', 'das', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'abu']);

/** Surname keys of a person's name: the family name as people shorten it ("Putin", "Kim", "von der Leyen"). */
const SUFFIXES = /^(?:jr|sr|ii|iii|iv)\.?$/iu;

export function surnameKeys(name: string, familyFirst: boolean): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  // "Tommy Remengesau Jr." is "Remengesau", not "Jr."
  while (words.length > 2 && SUFFIXES.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length < 2) return [];
  if (familyFirst) return [nameKey(words[0] ?? '')];
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i--;
  const keys = [nameKey(words.slice(i).join(' '))];
  if (words.length >= 3 && i === words.length - 1) keys.push(nameKey(words.slice(-2).join(' ')));
  return keys;
}

/**
 * Surname keys of all of a person's names. For a family-first person an alias in Western order
 * ("William Lai" for Lai Ching-te, "Frank Hsieh" for Hsieh Chang-ting) ends in the family name that
 * opens another of their names: that name answers to its last word, not to the given name before
 * it. When two names are the same words reversed ("Hsiao Bi-khim", "Bi-khim Hsiao"), the hyphenated
 * word is the given name.
 */
export function personSurnameKeys(names: readonly string[], familyFirst: boolean): string[] {
  if (!familyFirst) return names.flatMap((n) => surnameKeys(n, false));
  const split = names.map((n) => n.split(/\s+/).filter(Boolean));
  return names.flatMap((n, i) => {
    const words = split[i] ?? [];
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    const opensAnother = split.some((w, j) => j !== i && nameKey(w[0] ?? '') === nameKey(last));
    const givenLast = /[-\u2010]/u.test(last) && !/[-\u2010]/u.test(first);
    return surnameKeys(n, !(words.length >= 2 && opensAnother && !givenLast));
  });
}

/** "the United Kingdom", "the Netherlands": country names that take the article in running text. */
const TAKES_THE = /^(?:United|Republic|Democratic|Czech Republic|Central African|Dominican Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall Islands|Solomon Islands|Comoros|Seychelles)\b/u;

export function withArticle(name: string): string {
  return TAKES_THE.test(name) ? `the ${name}` : name;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

/** Entries by name key. The linker keeps one for the base KB and one per set of extra dictionaries. */
/**
 * Demonyms two countries share, and the one meant when the article gives no other clue.
 * "Congolese": the Democratic Republic of the Congo (about 100 million people, the Kivu wars, the
 * M23, elections in Kinshasa) is by far the more frequent referent in international news than the
 * Republic of the Congo (about 6 million); context (Brazzaville, Sassou Nguesso) still picks COG.
 */
const SHARED_DEMONYM_FIRST: ReadonlyMap<string, string> = new Map([[nameKey('Congolese'), 'COD']]);

export class EntryIndex {
  private readonly byKey = new Map<string, KbEntry[]>();
  readonly entries: KbEntry[] = [];
  constructor(entries: readonly KbEntry[] = []) {
    for (const e of entries) this.add(e);
  }
  add(e: KbEntry): void {
    this.entries.push(e);
    for (const n of [e.name, ...e.aliases]) {
      const k = withoutArticle(nameKey(n));
      if (k) push(this.byKey, k, e);
    }
  }
  lookup(key: string): readonly KbEntry[] {
    return this.byKey.get(withoutArticle(key)) ?? [];
  }
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}

export interface Holder {
  person: PersonEntry;
  term: Term;
}

export class KnowledgeBase {
  readonly names: EntryIndex;
  readonly countries = new Map<string, CountryEntry>();
  private readonly demonyms = new Map<string, CountryEntry[]>();
  private readonly capitals = new Map<string, CountryEntry>();
  private readonly surnames = new Map<string, PersonEntry[]>();
  private readonly peopleByCountry = new Map<string, PersonEntry[]>();
  private readonly orgByKind = new Map<string, OrgEntry>();
  private readonly genericKinds = new Map<string, OrgKind>();
  readonly orgKinds = new Map<string, OrgKind>();
  readonly people: PersonEntry[] = [];
  private readonly summitsByOrg = new Map<string, Summit[]>();
  private cityIndex: CityIndex | undefined;
  private idIndex: Map<string, KbEntry> | undefined;
  private firstWords: Set<string> | undefined;

  constructor(
    entries: readonly KbEntry[],
    kinds: readonly OrgKind[],
    private readonly loadCities: () => CityIndex,
    readonly errors: readonly KbError[] = [],
    summits: readonly Summit[] = [],
  ) {
    for (const s of summits) push(this.summitsByOrg, s.org, s);
    this.names = new EntryIndex(entries);
    const cityRows: PlaceEntry[] = [];
    for (const k of kinds) {
      this.orgKinds.set(k.kind, k);
      for (const g of k.generic) this.genericKinds.set(nameKey(g), k);
    }
    for (const e of entries) {
      if (e.kind === 'country') {
        this.countries.set(e.iso3, e);
        for (const d of e.demonyms) {
          push(this.demonyms, nameKey(d), e);
          // The likelier country first, so that with no context it wins.
          const list = this.demonyms.get(nameKey(d));
          if (list && SHARED_DEMONYM_FIRST.get(nameKey(d)) === e.iso3) list.unshift(...list.splice(list.indexOf(e), 1));
        }
        if (e.capital) this.capitals.set(nameKey(e.capital), e);
      } else if (e.kind === 'org' && e.orgKind && e.country) {
        this.orgByKind.set(`${e.orgKind}:${e.country}`, e);
      } else if (e.kind === 'place' && e.placeKind === 'city') {
        cityRows.push(e);
      } else if (e.kind === 'person') {
        this.people.push(e);
        const familyFirst = e.terms.some((t) => FAMILY_FIRST.has(t.country));
        for (const s of personSurnameKeys([e.name, ...e.aliases], familyFirst)) push(this.surnames, s, e);
        for (const t of e.terms) push(this.peopleByCountry, t.country, e);
      }
    }
    // A capital listed in places.tsv ("Washington", "Kyiv") stands for its government, as cities do.
    for (const e of cityRows) {
      const c = [e.name, ...e.aliases].map((n) => this.capitals.get(nameKey(n))).find((x) => x?.iso3 === e.country);
      if (c) e.code = `${c.iso3}GOV`;
    }
  }

  /** The cities index, read on first use (it is most of the load time). */
  get cities(): CityIndex {
    this.cityIndex ??= this.loadCities();
    return this.cityIndex;
  }

  lookup(key: string): readonly KbEntry[] {
    return this.names.lookup(key);
  }

  country(iso3: string | undefined): CountryEntry | undefined {
    return iso3 ? this.countries.get(iso3) : undefined;
  }

  /**
   * Whether a name, alias or demonym the KB lists could begin with this word: a scan for KB names in
   * running text skips the words that cannot start one (most of them) without building any key. A
   * leading "the" may always start one, as lookups drop it.
   */
  mayStartName(word: string): boolean {
    const key = nameKey(word);
    if (key === '' || key === 'the') return true;
    this.firstWords ??= new Set([...this.names.keys(), ...this.demonyms.keys()].map(firstWord));
    return this.firstWords.has(firstWord(key));
  }

  byDemonym(key: string): readonly CountryEntry[] {
    return this.demonyms.get(key) ?? [];
  }

  byCapital(key: string): CountryEntry | undefined {
    return this.capitals.get(key);
  }

  bySurname(key: string): readonly PersonEntry[] {
    return this.surnames.get(key) ?? [];
  }

  /** A generic body name ("foreign ministry") and its kind. */
  genericKind(key: string): OrgKind | undefined {
    return this.genericKinds.get(withoutArticle(key));
  }

  /** The country's own entry for a kind of body (the US State Department), if listed. */
  orgOfKind(kind: string, iso3: string): OrgEntry | undefined {
    return this.orgByKind.get(`${kind}:${iso3}`);
  }

  /** Everyone holding an office of `kind` in `country` on `date`, most recent term first. */
  holdersAt(country: string, kind: OfficeKind, date: string): Holder[] {
    const out: Holder[] = [];
    for (const p of this.peopleByCountry.get(country) ?? []) {
      for (const t of termsAt(p, date)) if (t.country === country && t.kinds.includes(kind)) out.push({ person: p, term: t });
    }
    return out.sort((a, b) => (b.term.start ?? '').localeCompare(a.term.start ?? ''));
  }

  /**
   * The entry behind an entity's `kb` id, including the ones the linker composes: a city
   * (`city:<GeoNames id>`) and a country's body of a generic kind (`org:foreign-ministry:RUS`).
   */
  byId(id: string): KbEntry | undefined {
    this.idIndex ??= new Map(this.names.entries.map((e) => [e.id, e]));
    const known = this.idIndex.get(id);
    if (known) return known;
    const city = /^city:(-?\d+)$/.exec(id);
    if (city) {
      const c = this.cities.byGeonameId(Number(city[1]));
      const country = c ? [...this.countries.values()].find((x) => x.iso2 === c.country2) : undefined;
      if (!c) return undefined;
      const e: PlaceEntry = { kind: 'place', id, type: 'PLACE', name: c.name, aliases: [], placeKind: 'city', population: c.population };
      if (country) { e.country = country.iso3; e.code = country.iso3; }
      return e;
    }
    const generic = /^org:([a-z-]+):([A-Z]{3})$/.exec(id);
    if (generic?.[1] && generic[2]) return this.genericOrg(generic[1], generic[2]);
    return undefined;
  }

  /** A country's body of a generic kind: its own entry if orgs.tsv lists one, else one from the template. */
  genericOrg(kind: string, iso3: string): OrgEntry | undefined {
    const own = this.orgOfKind(kind, iso3);
    if (own) return own;
    const k = this.orgKinds.get(kind);
    const country = this.countries.get(iso3);
    if (!k || !country) return undefined;
    return {
      kind: 'org', id: `org:${kind}:${iso3}`, type: 'ORG', name: k.template.replace('{country}', withArticle(country.name)),
      aliases: [], country: iso3, code: `${iso3}${k.code}`, orgKind: kind,
    };
  }

  /** Whether the body holds summits the KB knows the hosts of. */
  holdsSummits(orgId: string): boolean {
    return this.summitsByOrg.has(orgId);
  }

  /** The body's summits of a year (one per host; more than one when it met in two countries). */
  summitsOf(orgId: string, year: string): Summit[] {
    return (this.summitsByOrg.get(orgId) ?? []).filter((s) => s.year === year);
  }

  /** The role a person held on `date`, as the office's title. */
  roleAt(p: PersonEntry, date: string | undefined): Term | undefined {
    return roleAt(p, date);
  }
}

function firstWord(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}
