/**
 * Stage "link": knowledge-base linking, coreference and roles at a date. From the tagger's names
 * (doc.names) and the text it makes doc.entities: one entity per real-world thing with every
 * mention (names, titles, descriptions, pronouns; `resolved` when inferred), its KB entry, country,
 * CAMEO-style code and the office it held on the article's date.
 *
 * Order of the passes: imported dictionary phrases (they override the KB), KB phrases the tagger
 * cannot see whole ("the 2015 nuclear deal", "Zaporozhye nuclear power plant"), full names, short
 * names, the gazetteer sweep (countries, demonyms, well-known bodies, one-word territories),
 * descriptions, generic bodies ("the Foreign Ministry"), bodies and agreements named again by a
 * common noun ("the alliance", "the deal"), summits ("the summit", placed in the host country),
 * offices from job titles ("Kremlin spokesman"), pronouns. An entity goes by the KB's name unless
 * the article spells that name its own way (naming.ts).
 */
import { EntryIndex, formerCountry, loadKb, referenceDate, roleAt, type ActorEntry, type KbEntry, type KbExtras, type KnowledgeBase } from '../../kb/index.js';
import type { Entity } from '../../model.js';
import type { AnalysisContext, Doc, NameMention, Stage } from '../doc.js';
import { firstStart, newCluster, type Cluster } from './clusters.js';
import { isParty, linkBareParties, partyFor } from './parties.js';
import type { Hit } from './sweep.js';
import { linkDescriptions } from './descriptions.js';
import { BODY_MODIFIERS, linkGenericBodies } from './generic.js';
import { linkOrgAnaphora } from './org-anaphora.js';
import { affiliateOfficials, placePlaces } from './affiliation.js';
import { personCountryFromApposition } from './person-country.js';
import { linkFullNames, linkShortNames, prepare, splitPossessivePlace, type PreparedName } from './names.js';
import { linkDictionaryPhrases } from './phrases.js';
import { resolvePronounIn } from './pronouns.js';
import { quotedRanges } from './quoted.js';
import { capitalSize, claimed, clusterFor, mentionOf, span, type LinkState } from './state.js';
import { sweep } from './sweep.js';
import { countryOfKey, foreignInstance } from './titles.js';
import { SUBJECT_PRONOUNS } from './lexicon.js';
import { isCapitalized, wordsOf } from './words.js';
import { nameKey } from '../../kb/index.js';
import { addMention } from './clusters.js';
import { cityEntry, largestCityCountry, qualifierCountry } from './places.js';
import { entityName, kbName } from './naming.js';
import { linkKbPhrases } from './kb-phrases.js';
import { linkSummits } from './summits.js';
import { linkLocativeTowns } from './locative.js';
import { jobRoles } from './job-roles.js';
import { linkAccordAnaphora } from './accord-anaphora.js';
import { linkFacilities } from './facilities.js';
import { isAnaphoricName, linkCompassName } from './common-names.js';
import { linkBareSurnames } from './bare-surnames.js';
import { linkAcronyms } from './acronyms.js';
import { bodiesAtHome, peopleAtHome, placesAtHome } from './home-country.js';

export { resolvePronoun } from './pronouns.js';

const extrasIndex = new WeakMap<KbExtras, EntryIndex>();

function indexOf(extras: KbExtras | undefined): EntryIndex | undefined {
  if (!extras) return undefined;
  let idx = extrasIndex.get(extras);
  if (!idx) { idx = new EntryIndex(extras.entries); extrasIndex.set(extras, idx); }
  return idx;
}

/**
 * A generic body's name ("Foreign Ministry", "Chinese Foreign Ministry") is for generic.ts, and so
 * is one the KB gives a country the article never names ("Foreign Office" in a story from Pakistan).
 */
function isGenericName(st: LinkState, key: string): boolean {
  const kb = st.kb;
  const words = key.split(' ');
  for (let i = 0; i < words.length; i++) {
    const kind = kb.genericKind(words.slice(i).join(' '));
    if (!kind || kb.lookup(key).length > 0) continue;
    // Before a force ("Army", "National Guard") only country words may stand ("Indian Army", "the
    // Army"); other words make an armed group or force of its own ("Kachin Independence Army",
    // "Syrian Arab Army"), never the state's armed forces.
    if (i === 0 || kind.code !== 'MIL' || isCountryPrefix(st, words.slice(0, i))) return true;
  }
  return foreignInstance(st, key);
}

/**
 * "Indian Army", "Pakistan Army", "Afghan National Army": country words and a capitalized "Army"
 * name the service itself, a name of its own like "Indian Navy", not the country's armed forces
 * (which "the army", "the military" and "the Indian armed forces" are).
 */
function isNamedArmy(st: LinkState, printed: string, key: string): boolean {
  if (!/\sArmy$/u.test(printed)) return false;
  const words = key.split(' ');
  const before = words[0] === 'the' ? words.slice(1, -1) : words.slice(0, -1);
  return before.length > 0 && !before.every((w) => BODY_MODIFIERS.has(w)) && isCountryPrefix(st, before);
}

/** Key words that are an article and country words only: "the", "russian", "us", "south korean". */
function isCountryPrefix(st: LinkState, words: readonly string[]): boolean {
  let rest = words[0] === 'the' ? words.slice(1) : words;
  // "Federal Government", "Afghan National Army": a word that qualifies the body, not a name.
  while (rest.length > 0 && BODY_MODIFIERS.has(rest[rest.length - 1] ?? '')) rest = rest.slice(0, -1);
  if (rest.length === 0) return true;
  const phrase = rest.join(' ');
  // A possessive loses its apostrophe in a key: "russias" is "Russia's".
  return countryOfKey(st, phrase) !== undefined || (phrase.endsWith('s') && countryOfKey(st, phrase.slice(0, -1)) !== undefined);
}

const PLAIN_WORD = /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+$/u;

/**
 * The country an entry says the article is about. A person's is that of the office held on the
 * date (or last held), as chosen with no context: the KB's country of a monarch of many realms
 * is merely the realm whose reign began last.
 */
function homeOf(st: LinkState, e: KbEntry | undefined): string | undefined {
  if (e?.kind !== 'person' || !st.date) return e?.country;
  const size = (iso3: string): number => capitalSize(st, iso3);
  return roleAt(e, st.date, [], size)?.country ?? formerCountry(e, st.date, [], size);
}

/**
 * The cluster of a gazetteer hit. A party's name several countries' parties share is the one of
 * the story's country, or a party of no known country when the story is another's.
 */
function hitCluster(st: LinkState, h: Hit): Cluster {
  if (!isParty(h.entry)) return clusterFor(st, h.entry);
  const printed = st.text.slice(h.start, h.end);
  const party = partyFor(st, st.kb.lookup(nameKey(printed)), printed);
  if (party) return clusterFor(st, party);
  const known = st.clusters.find((c) => !c.entry && c.type === 'ORG' && nameKey(c.name) === nameKey(printed));
  if (known) return known;
  const c = newCluster('ORG', printed.replace(/^the\s+/iu, ''));
  st.clusters.push(c);
  return c;
}

/** Without a reference time, the dateline's date, when it carries a year ("2015-07-14"). */
function datelineDate(doc: Doc): string | undefined {
  const d = doc.article.dateline?.date;
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

export function linkDoc(doc: Doc, ctx: AnalysisContext, kb: KnowledgeBase = loadKb()): void {
  const text = doc.article.text;
  const st: LinkState = {
    text, words: wordsOf(text), date: referenceDate(ctx.reference) ?? datelineDate(doc), kb, extras: indexOf(ctx.dictionaries),
    agents: ctx.dictionaries?.agents ?? [], clusters: [], claimed: [], countries: new Map(), hits: [], quotes: quotedRanges(text),
  };
  if (doc.article.dateline?.span) st.dateline = doc.article.dateline.span;
  // Context first: which countries the article talks about. A place or body of a country
  // ("Scotland", "the Kremlin") says so too, and so does any name the KB knows unambiguously.
  const hits = sweep(st);
  st.hits = hits;
  const count = (iso: string | undefined): void => { if (iso) st.countries.set(iso, (st.countries.get(iso) ?? 0) + 1); };
  for (const h of hits) count(h.entry.country);
  for (const n of doc.names) {
    if (hits.some((h) => h.start < n.end && n.start < h.end)) continue;
    const key = nameKey(n.text);
    const found = kb.lookup(key);
    // A party's name in one plain word ("League", "Democrats") may well be something else: no evidence.
    if (found.length === 1 && !(isParty(found[0]) && PLAIN_WORD.test(n.text))) count(homeOf(st, found[0]));
    // A capital says its country too ("Brazzaville": the Republic of the Congo), unless a sizeable
    // city elsewhere shares its name (Tripoli in Lebanon).
    else if (found.length === 0 && kb.cities.lookup(key).filter((c) => c.population >= 100_000).length === 1) count(kb.byCapital(key)?.iso3);
  }

  linkDatelinePlace(st, doc);
  linkDatelineAgency(st, doc);
  // A name the KB knows whole ("Jammu and Kashmir", "Federal Returning Officer") wins over the
  // pieces a tagger cut it into.
  const tagged = doc.names.filter((n) => !hits.some((h) => {
    if (h.start > n.start || n.end > h.end || h.end - h.start <= n.end - n.start) return false;
    // "The DPRK" is no longer a name than "DPRK".
    const start = /^the\s/iu.test(text.slice(h.start, h.start + 4)) ? h.start + 4 : h.start;
    return start <= n.start && h.end - start > n.end - n.start;
  }));

  if (ctx.dictionaries?.matchInText) {
    const actors = ctx.dictionaries.entries.filter((e): e is ActorEntry => e.kind === 'actor');
    linkDictionaryPhrases(st, actors, st.agents);
  }

  linkKbPhrases(st, tagged);
  linkFacilities(st, tagged);

  const names: PreparedName[] = [];
  for (const n of joinSplitNames(st, [...tagged].sort((a, b) => a.start - b.start)).flatMap((x) => splitPossessivePlace(st, x))) {
    if (isAnaphoricName(st, n) || linkCompassName(st, n)) continue;
    const p = prepare(st, n);
    if (p && (isNamedArmy(st, p.text, p.key) || !isGenericName(st, p.key))) names.push(p);
  }
  const short = linkFullNames(st, names);
  linkShortNames(st, short);
  surnameSweep(st);
  linkBareSurnames(st, doc.tokens);

  for (const h of hits) {
    if (claimed(st, h.start, h.end, ['title'])) continue;
    mentionOf(st, hitCluster(st, h), h.start, h.end, 'name', false, 'hit');
  }
  linkBareParties(st);
  linkAcronyms(st);
  linkLocativeTowns(st);
  bodiesAtHome(st);
  personCountryFromApposition(st);
  linkDescriptions(st);
  linkGenericBodies(st);
  // Again for a generic body's acronym: "the Sudanese Armed Forces (SAF)".
  linkAcronyms(st, true);
  linkOrgAnaphora(st);
  linkAccordAnaphora(st);
  linkSummits(st, doc.article.dateline?.span);
  jobRoles(st);
  affiliateOfficials(st);
  placePlaces(st);
  // Last, the weakest evidence: where the story is set.
  peopleAtHome(st);
  placesAtHome(st);
  doc.entities = toEntities(st.clusters, st.kb);
  addPronouns(doc, st);
}

/**
 * The dateline's place ("BRUSSELS (Reuters) -") is where the story was filed: a city or place,
 * never the body its name may stand for elsewhere ("Brussels" for the European Commission).
 */
function linkDatelinePlace(st: LinkState, doc: Doc): void {
  const dl = doc.article.dateline;
  if (!dl?.place || !dl.span) return;
  const at = st.text.slice(dl.span.start, dl.span.end).toLowerCase().indexOf(dl.place.toLowerCase());
  if (at < 0) return;
  const start = dl.span.start + at;
  const end = start + dl.place.length;
  const key = nameKey(dl.place);
  // The words after the dateline are the story's, not the place's: only a qualifier printed with
  // it ("LONDON, Ontario") places it; a national capital's name without one is that capital
  // (LONDON in a story about a Quebec bank), else the usual namesake rules without that sentence.
  const qualified = qualifierCountry(st, end) !== undefined;
  const capital = qualified ? undefined : largestIsCapital(st, key);
  const e = st.kb.lookup(key).find((x) => x.kind === 'place')
    ?? (capital ? cityEntry(st, key, undefined, false, undefined, capital) : undefined)
    ?? cityEntry(st, key, qualified ? end : undefined);
  if (!e || claimed(st, start, end)) return;
  mentionOf(st, clusterFor(st, e), start, end, 'name');
}

/** The country whose capital bears the name, when that capital is the largest town of the name (London, not San José). */
function largestIsCapital(st: LinkState, key: string): string | undefined {
  const iso3 = st.kb.byCapital(key)?.iso3;
  return iso3 && largestCityCountry(st, key) === iso3 ? iso3 : undefined;
}

/**
 * The agency the dateline credits ("SEOUL, Feb. 27 (Yonhap) --") is that news agency, whatever else
 * shares its letters ("PTI"), even where the tagger missed it.
 */
function linkDatelineAgency(st: LinkState, doc: Doc): void {
  const dl = doc.article.dateline;
  if (!dl?.agency || !dl.span) return;
  const at = st.text.slice(dl.span.start, dl.span.end).indexOf(dl.agency);
  if (at < 0) return;
  const start = dl.span.start + at;
  const end = start + dl.agency.length;
  const found = st.kb.lookup(nameKey(dl.agency)).filter((e) => e.kind === 'org');
  const e = found.find((x) => x.code?.endsWith('MED')) ?? (found.length === 1 ? found[0] : undefined);
  if (!e || claimed(st, start, end)) return;
  mentionOf(st, clusterFor(st, e), start, end, 'name');
}

/**
 * Two person names side by side that together make a name the KB or the article knows ("Kim" +
 * "Yong-nam" when a tagger splits "Kim Yong-nam") are one name.
 */
function joinSplitNames(st: LinkState, names: NameMention[]): NameMention[] {
  const known = new Set(names.map((n) => nameKey(n.text)));
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'PERSON' && n.type === 'PERSON' && !prev.title && /^ $/u.test(st.text.slice(prev.end, n.start))) {
      const key = nameKey(st.text.slice(prev.start, n.end));
      if (known.has(key) || st.kb.lookup(key).some((e) => e.kind === 'person')) {
        out[out.length - 1] = { ...prev, end: n.end, text: st.text.slice(prev.start, n.end) };
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/** Short names the tagger missed ("Kim" in the subheading "Trump-Kim talks") for named people. */
function surnameSweep(st: LinkState): void {
  // The named people's short names, gathered again only after a link may have changed them.
  let shortKeys = personShortKeys(st);
  for (const w of st.words) {
    if (!isCapitalized(w.text)) continue;
    for (const piece of pieces(w.text, w.start)) {
      // Both tests are pure; the person's short name, rarer and cheaper, goes before the claims.
      const key = nameKey(piece.text);
      if (!shortKeys.has(key)) continue;
      if (claimed(st, piece.start, piece.end)) continue;
      linkShortNames(st, [{ start: piece.start, end: piece.end, text: piece.text, key, type: 'PERSON' }]);
      shortKeys = personShortKeys(st);
    }
  }
}

function personShortKeys(st: LinkState): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const c of st.clusters) if (c.type === 'PERSON' && c.named) for (const k of c.shortKeys) keys.add(k);
  return keys;
}

/** "Trump-Kim" is two names; "Putin’s" is "Putin". */
function pieces(word: string, start: number): Array<{ start: number; end: number; text: string }> {
  const bare = word.replace(/['’]s$/u, '');
  const m = /^(\p{Lu}[\p{L}']+)[-\u2010\u2013](\p{Lu}[\p{L}']+)$/u.exec(bare);
  if (m?.[1] && m[2]) return [{ start, end: start + m[1].length, text: m[1] }, { start: start + bare.length - m[2].length, end: start + bare.length, text: m[2] }];
  return [{ start, end: start + bare.length, text: bare }];
}

function addPronouns(doc: Doc, st: LinkState): void {
  for (const w of st.words) {
    if (!SUBJECT_PRONOUNS.has(w.text.toLowerCase())) continue;
    if (st.quotes.some(([s, e]) => w.start >= s && w.start < e)) continue;
    const e = resolvePronounIn(doc, doc.entities, w.start);
    if (!e) continue;
    addMention({ type: e.type, name: e.name, titles: [], mentions: e.mentions, shortKeys: new Set(), named: true }, span(st, w.start, w.end), 'pronoun', true);
    e.mentions.sort((a, b) => a.start - b.start);
  }
}

function toEntities(clusters: readonly Cluster[], kb: KnowledgeBase): Entity[] {
  const live = clusters.filter((c) => c.mentions.length > 0).sort((a, b) => firstStart(a) - firstStart(b));
  return live.map((c, i) => {
    const name = entityName(c, kb);
    const e: Entity = { id: `e${i + 1}`, type: c.type, name, mentions: [...c.mentions].sort((a, b) => a.start - b.start) };
    if (c.kb) e.kb = c.kb;
    const canonical = kbName(c, name);
    if (canonical) e.kbName = canonical;
    if (c.country) e.country = c.country;
    if (c.code) e.code = c.code;
    if (c.role) e.role = c.role;
    if (c.titles.length > 0) e.titles = [...c.titles];
    return e;
  });
}

export const linkStage: Stage = {
  name: 'link',
  run(doc: Doc, ctx: AnalysisContext): void {
    linkDoc(doc, ctx);
  },
};
