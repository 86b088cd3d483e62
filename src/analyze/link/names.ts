/**
 * Linking the tagger's names: full names to knowledge-base entries (settled by the title, the
 * article's date and the countries it mentions), then short names ("Putin", "Kim") to the entity
 * of the article they abbreviate, or to the office holder the KB knows by that surname.
 */
import type { KbEntry, PersonEntry } from '../../kb/index.js';
import { nameKey, personSurnameKeys, roleAt, surnameKeys, termsEndedBefore, withArticle } from '../../kb/index.js';
import type { EntityType } from '../../model.js';
import type { NameMention } from '../doc.js';
import { clearlyFirst } from './clearly-first.js';
import { newCluster, type Cluster } from './clusters.js';
import { HONORIFICS } from './lexicon.js';
import { claimed, clusterFor, mentionOf, titledMentionOf, type LinkState } from './state.js';
import { datelineCountry, findTitleBefore, isOfficeToken, parseTitle, titleCountry, type TitleInfo } from './titles.js';
import { stripPossessive } from './words.js';
import { afterLocative, cityEntry, largestCityCountry, placeOfCountry, qualifierCountry } from './places.js';
import { creditedAsAgency } from './agency.js';
import { orgCountry } from './org-country.js';
import { forceCode, isSecurityName, possessiveCountry, wingOwner } from './forces.js';
import { LANGUAGE, placeContext } from './locative.js';
import { LEADERS, laterNamesake, surnameForPlace } from './bare-surnames.js';
import { officialCode } from './official-code.js';
import { isCompoundNoun } from './idioms.js';
import { monarchStyle, reigningMonarch, styleBefore } from './monarchs.js';
import { linkNativeOffice, nativeOfficePrefix } from './native-offices.js';
import { isParty, partyFor } from './parties.js';

const FAMILY_FIRST: ReadonlySet<string> = new Set(['PRK', 'KOR', 'CHN', 'TWN', 'KHM', 'HKG', 'MAC']);
/** Where people are named again by their given name: Ethiopian and Eritrean patronymics ("Abiy" for
 * Abiy Ahmed), Icelandic patronymics, Indonesian usage ("Prabowo"), Malay patronymics ("Mahathir"
 * for Mahathir Mohamad, "Najib" for Najib Razak). */
const GIVEN_NAME_SHORT: ReadonlySet<string> = new Set(['ETH', 'ERI', 'ISL', 'IDN', 'MYS', 'BRN']);

export interface PreparedName {
  start: number;
  end: number;
  text: string;
  key: string;
  type: EntityType;
  title?: { start: number; end: number };
  info?: TitleInfo;
}

/** Honorifics move from the name into the title; a possessive "’s" leaves the span. */
/**
 * "Rajasthan's Churu", "Ukraine's Kharkiv": a place the KB knows, its possessive, then a capitalized
 * name is two places, the second inside the first; the tagger gives them as one.
 */
export function splitPossessivePlace(st: LinkState, n: NameMention): NameMention[] {
  if (n.type !== 'PLACE') return [n];
  const text = st.text.slice(n.start, n.end);
  const m = /^(.+?)['’]s\s+(\p{Lu}.*)$/u.exec(text);
  if (!m?.[1] || !m[2] || st.kb.lookup(nameKey(text)).length > 0 || st.kb.lookup(nameKey(m[1])).length === 0) return [n];
  const tail = n.end - m[2].length;
  return [{ ...n, end: n.start + m[1].length }, { ...n, start: tail, title: undefined }];
}

export function prepare(st: LinkState, n: NameMention): PreparedName | undefined {
  let start = n.start;
  let text = st.text.slice(n.start, n.end);
  // "Yang di-Pertuan Agong Sultan Ibrahim": a native office before a name is its title.
  const native = n.type === 'PERSON' ? nativeOfficePrefix(text) : 0;
  if (native > 0 && native < text.length) { start += native; text = text.slice(native); }
  for (;;) {
    const m = /^(\S+)\s+/u.exec(text);
    if (!m || text.length === m[0].length) break;
    const first = (m[1] ?? '').toLowerCase();
    // An office word the tagger took into a person's name ("Councilor Yang Jiechi" after "Chinese
    // State") belongs to the title, when a full name of two words or more follows and the KB does
    // not know the whole ("King Abdullah II" it may).
    const office = n.type === 'PERSON' && isOfficeToken(first) && /\s/u.test(text.slice(m[0].length).trim())
      && st.kb.lookup(nameKey(text)).length === 0;
    if (!HONORIFICS.has(first) && !office) break;
    start += m[0].length;
    text = text.slice(m[0].length);
  }
  let bare = withoutParticiple(st, stripPossessive(text));
  // "the African Union's Commission chairman": a body the KB knows, then its possessive, is that
  // body; the tagger's longer span names a part of it the KB cannot place.
  const owner = n.type === 'PERSON' || n.type === 'PLACE' ? -1 : bare.search(/['’]s\s/u);
  if (owner > 0 && st.kb.lookup(nameKey(bare)).length === 0 && st.kb.lookup(nameKey(bare.slice(0, owner))).length > 0) bare = bare.slice(0, owner);
  const end = start + bare.length;
  const key = nameKey(bare);
  if (!key) return undefined;
  const p: PreparedName = { start, end, text: bare, key, type: n.type };
  // Only people carry titles; a tagger's "title" before a place ("leader of North Korea") is not one.
  if (n.type !== 'PERSON') return p;
  const title = n.title && n.title.end <= start ? { start: n.title.start, end: start > n.start ? start : n.title.end }
    : n.start < start ? { start: n.start, end: start } : findTitleBefore(st, start);
  if (title) {
    const t = { start: title.start, end: st.text.slice(title.start, title.end).trimEnd().length + title.start };
    p.title = t;
    p.info = parseTitle(st, t.start, t.end);
    // The tagger may stop short of a country ("Ukrainian Infrastructure Minister" read as
    // "Minister"): the longer title right before the name, when it names one, is the title.
    if (p.info.countries.length === 0 && /^\s+$/u.test(st.text.slice(t.end, start))) {
      const longer = findTitleBefore(st, start);
      if (longer && longer.start < t.start) {
        const info = parseTitle(st, longer.start, longer.end);
        if (info.countries.length > 0) { p.title = longer; p.info = info; }
      }
    }
  }
  return p;
}

/**
 * "U.S.-drafted", "Russian-backed", "Saudi-led": a name the KB knows with a participle joined to it
 * is a mention of that name alone (the tagger may take the whole word for a name of its own).
 */
function withoutParticiple(st: LinkState, text: string): string {
  const dash = Math.max(text.lastIndexOf('-'), text.lastIndexOf('\u2010'));
  if (dash <= 0 || !/^\p{Ll}+$/u.test(text.slice(dash + 1))) return text;
  const head = text.slice(0, dash);
  const key = nameKey(head);
  return st.kb.lookup(key).length > 0 || st.kb.byDemonym(key).length > 0 ? head : text;
}

function compatible(e: KbEntry, type: EntityType): number {
  if (e.type === type) return 1;
  if (type === 'GROUP' && e.kind === 'country') return 0.5; // "Russians"
  if (e.kind === 'actor') return 1;
  return 0;
}

/** Score a candidate entry for a name in this article: role at the date, title, countries. */
function score(st: LinkState, e: KbEntry, p: PreparedName): number {
  let s = compatible(e, p.type);
  if (e.kind === 'actor') s += 5;
  if (e.kind === 'country') s += 0.5;
  const role = e.kind === 'person' ? roleAt(e, st.date) : undefined;
  if (role) s += 3;
  const country = role?.country ?? e.country;
  if (country && p.info?.countries.includes(country)) s += 3;
  if (role && p.info) {
    for (const o of p.info.offices) {
      if (o.office ? o.office.test(role.office) : role.kinds.some((k) => o.kinds.includes(k))) s += 2;
    }
  }
  // A news agency where the text credits one ("(PTI)", "PTI reported"): PTI is then the Press
  // Trust of India, not the Pakistani party of the same letters.
  if (e.code?.endsWith('MED') && creditedAsAgency(st, p.start, p.end)) s += 4;
  // Context: how often the article names the country, this very name excepted.
  if (country) {
    const self = st.hits.filter((h) => h.start < p.end && p.start < h.end && h.entry.country === country).length;
    s += Math.min(2, Math.max(0, (st.countries.get(country) ?? 0) - self) * 0.5);
  }
  return s;
}

export function bestEntry(st: LinkState, p: PreparedName, candidates: readonly KbEntry[]): KbEntry | undefined {
  let best: KbEntry | undefined;
  let bestScore = -Infinity;
  for (const e of candidates) {
    const s = score(st, e, p);
    if (s > bestScore) { best = e; bestScore = s; }
  }
  return best;
}

export function fullCandidates(st: LinkState, key: string): KbEntry[] {
  return [...(st.extras?.lookup(key) ?? []), ...st.kb.lookup(key)];
}

function attachTitle(st: LinkState, c: Cluster, p: PreparedName): void {
  // An unlinked name learns its country from a title ("North Korean leader Kim Jong-un").
  const own = titleCountry(p.info);
  if (!c.entry && !c.country && own) {
    c.country = own;
    shortKeysOf(c);
  }
  if (p.title) {
    const t = cleanTitle(st.text.slice(p.title.start, p.title.end));
    if (t && !c.titles.includes(t)) c.titles.push(t);
    titledMentionOf(st, c, p.title.start, p.start, p.end);
  } else {
    mentionOf(st, c, p.start, p.end, 'name');
  }
}

/** A title as the entity lists it: without "the", a trailing honorific or comma ("Chairman Comrade" -> "Chairman"). */
/** "General" after these is part of the office ("Secretary General"), not an honorific before the name. */
const GENERAL_OFFICES = /^(?:secretary|director|attorney|solicitor|inspector|governor|surgeon|consul)$/iu;

function honorificAtEnd(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  if (/^general$/iu.test(last) && GENERAL_OFFICES.test(words[words.length - 2] ?? '')) return false;
  return HONORIFICS.has(last.toLowerCase()) || /^[,;:]$/u.test(last);
}

function cleanTitle(t: string): string {
  let words = t.replace(/^the\s+/iu, '').split(/\s+/u);
  while (words.length > 0 && honorificAtEnd(words)) words = words.slice(0, -1);
  return words.join(' ').replace(/[\s,;:]+$/u, '');
}

function shortKeysOf(c: Cluster): void {
  // Only people are called by part of their name; "Representatives" is not the House.
  if (c.type !== 'PERSON') return;
  const names = c.entry ? [c.entry.name, ...c.entry.aliases] : [c.name];
  const countries = c.entry?.kind === 'person' ? c.entry.terms.map((t) => t.country) : [c.country ?? ''];
  const familyFirst = countries.some((x) => FAMILY_FIRST.has(x));
  // As the KB indexes them: a Western-order alias of a family-first name ("William Lai" for Lai
  // Ching-te) answers to its last word, the family name.
  for (const k of personSurnameKeys(names, familyFirst)) c.shortKeys.add(k);
  if (countries.some((x) => GIVEN_NAME_SHORT.has(x))) {
    for (const n of names) {
      const given = n.split(/\s+/u)[0];
      if (given && n.includes(' ')) c.shortKeys.add(nameKey(given));
    }
  }
  // Someone the KB does not know may come from a naming custom we cannot tell from the text
  // (Ethiopian "Getachew Reda" is "Getachew" again; Korean "Kim Eun-hye" is "Kim"): the first
  // word of a two- or three-word name answers too.
  if (!c.entry) {
    const words = c.name.split(/\s+/u);
    if (words.length >= 2 && words.length <= 3 && words[0] && /^\p{Lu}\p{Ll}/u.test(words[0])) c.shortKeys.add(nameKey(words[0]));
  }
}

/** Pass 1: names the KB knows as written, and every multi-word name. */
export function linkFullNames(st: LinkState, names: PreparedName[]): PreparedName[] {
  const rest: PreparedName[] = [];
  for (const tagged of names) {
    const p = personAtEnd(st, tagged) ?? tagged;
    if (claimed(st, p.start, p.end)) continue;
    // "the Yang di-Pertuan Agong", "the Taoiseach": an office, its holder on the date or no one.
    if (linkNativeOffice(st, p.start, p.end, p.key)) continue;
    if (linkDemonym(st, p) || linkRegionAdjective(st, p)) continue;
    // A person's name never links to a place or body of the same spelling ("Moon" is Moon Jae-in),
    // unless "the" stands before it: "The Kremlin said" is the body, whatever the tagger thought.
    const person = p.type === 'PERSON' && !/\b[Tt]he $/u.test(st.text.slice(Math.max(0, p.start - 4), p.start));
    const cands = fullCandidates(st, p.key).filter((e) => !person || e.kind === 'person' || e.kind === 'actor');
    // "Boeing Co.", "Huawei Technologies Ltd": a company the KB knows, with its legal form.
    if (cands.length === 0 && !person) cands.push(...companyWithoutForm(st, p.text));
    // "Sultan Muhammad V" printed with its style: the monarch of that regnal name reigning on the date.
    const monarch = cands.length === 0 && person ? titledMonarch(st, p) : undefined;
    if (monarch) cands.push(monarch);
    if (cands.length === 0 && splitLinkedCompound(st, p)) continue;
    if (cands.length === 0 && p.type === 'PERSON' && countryMistypedAsPerson(st, p)) continue;
    let e = bestEntry(st, p, cands);
    // A party's name several countries' parties share: the one of the story's country, or none.
    const party = isParty(e) ? partyFor(st, cands, p.text) : undefined;
    if (party === null) e = undefined; else if (party) e = party;
    // "Brussels" is a city the KB also lists as a name of the European Commission. Like "Moscow" or
    // "Washington" it stays the city, and where it speaks ("Brussels said") it is coded as the body
    // it speaks for (IGOEUR), as those capitals are as their governments (RUSGOV, USAGOV).
    let speaksFor: string | undefined;
    if (e && isCityMetonym(st, e, p)) {
      const city = cityEntry(st, p.key, p.end);
      if (city) { speaksFor = speaksAt(st, p.end) ? e.code : undefined; e = city; }
    }
    // A capital named as an actor ("Pyongyang said", tagged ORG) is the same place, coded as its government.
    const locative = (p.type === 'PLACE' || (p.type === 'OTHER' && !LANGUAGE.test(p.text))) && afterLocative(st, p.start);
    // "Merkel" typed as a place: the leader, not the small town of her name.
    if (!e && (p.type === 'PLACE' || p.type === 'OTHER')) e = surnameForPlace(st, p);
    // A town typed OTHER where a place is expected ("captured Debaltseve", "Shusha, the town").
    const placed = locative || (p.type === 'OTHER' && !LANGUAGE.test(p.text) && placeContext(st, p.start, p.end));
    const placeLike = p.type === 'PLACE' || placed;
    // The place the text has placed before ("the Indonesian island of Bali") is the one meant
    // again, whatever larger namesake GeoNames has.
    const placedBefore = !e && placeLike ? st.clusters.find((x) => x.type === 'PLACE' && !x.entry && x.country && nameKey(x.name) === p.key) : undefined;
    if (placedBefore) { mentionOf(st, placedBefore, p.start, p.end, 'name'); continue; }
    if (!e && (placeLike || (p.type !== 'PERSON' && st.kb.byCapital(p.key)))) {
      e = cityEntry(st, p.key, p.end, placed, p.start);
    }
    // Not for a body: "in Union's posted prices", "an advance to Argo" name companies.
    if (!e && cands.length === 0 && p.type === 'PERSON') e = placeMistyped(st, p);
    const multiword = p.key.includes(' ') || (p.type === 'PLACE' && placeOfCountry(st, p.start) !== undefined);
    if (!e && !multiword) { rest.push(p); continue; }
    let c: Cluster;
    if (e) {
      c = clusterFor(st, e, p.type, p.info?.countries.length ? p.info.countries : undefined);
      if (speaksFor) c.code = speaksFor;
    } else {
      c = st.clusters.find((x) => !x.entry && nameKey(x.name) === p.key) ?? newNameCluster(st, p);
    }
    attachTitle(st, c, p);
    shortKeysOf(c);
    if (e ? e.kind !== 'person' : p.type === 'ORG') {
      const inner = linkNestedOrg(st, p, e?.id ?? '');
      // "Office of the Central Commission for Foreign Affairs" is of the commission's country.
      if (!e && !c.country && inner?.country && st.kb.country(inner.country)) c.country = inner.country;
    }
  }
  return rest;
}

/** A company's legal form printed after its name. */
const LEGAL_FORM = /,?\s+(?:Co|Corp|Inc|Ltd|LLC|PLC|plc|AG|SA|NV|Company|Corporation|Incorporated|Limited)\.?$/u;

function companyWithoutForm(st: LinkState, text: string): KbEntry[] {
  const m = LEGAL_FORM.exec(text);
  if (!m) return [];
  return fullCandidates(st, nameKey(text.slice(0, m.index))).filter((e) => e.kind === 'org' && !e.code);
}

/**
 * A name the KB does not know that ends with a person's full name it does: the tagger took part
 * of a long title in ("National Intelligence Avril Haines" of "Director of National Intelligence
 * Avril Haines"). The person, with the title before them.
 */
function personAtEnd(st: LinkState, p: PreparedName): PreparedName | undefined {
  if (p.key.split(' ').length < 3 || fullCandidates(st, p.key).length > 0) return undefined;
  for (let at = p.text.indexOf(' '); at > 0; at = p.text.indexOf(' ', at + 1)) {
    const tail = p.text.slice(at + 1);
    if (!tail.includes(' ')) break;
    const known = st.kb.lookup(nameKey(tail)).some((e) => e.kind === 'person' && [e.name, ...e.aliases].includes(tail));
    if (known) return prepare(st, { start: p.start + at + 1, end: p.end, text: tail, type: 'PERSON' });
  }
  return undefined;
}

/**
 * A town the tagger took for a person: "in Chasiv Yar", "a farmer from Churu", "captured Shusha",
 * "Debaltseve, a railway hub". Only where a place is expected (locative.ts), with no title, and
 * only for a place in a country the article names (a call "from Modi" is from a person).
 */
function placeMistyped(st: LinkState, p: PreparedName): KbEntry | undefined {
  if (p.title || !placeContext(st, p.start, p.end)) return undefined;
  if (st.clusters.some((c) => c.type === 'PERSON' && c.shortKeys.has(p.key))) return undefined;
  const e = st.kb.lookup(p.key).find((x) => x.kind === 'place') ?? cityEntry(st, p.key, p.end, true);
  return e?.country && st.countries.has(e.country) ? e : undefined;
}

/**
 * A body the KB also calls by the name of a country's capital ("Brussels" for the European
 * Commission). Not a district that names a body ("Westminster" is Parliament, wherever it sits).
 */
function isCityMetonym(st: LinkState, e: KbEntry, p: PreparedName): boolean {
  if (e.kind !== 'org' || nameKey(e.name) === p.key) return false;
  return st.kb.byCapital(p.key) !== undefined;
}

/** Verbs by which a capital speaks for a body: "Brussels said", "Brussels has warned". */
const SPEAKS = /^(?:['’]s\s+(?:statement|decision|proposal|position|demand|plan)\b|\s+(?:(?:has|had|will|would|also|again|on \p{L}+,?)\s+)?(?:say|said|says|warn|warned|warns|announce[sd]?|urge[sd]?|insist(?:s|ed)?|demand(?:s|ed)?|propose[sd]?|state[sd]?|argue[sd]?|reject(?:s|ed)?|want(?:s|ed)?|call(?:s|ed)?|told|tell|fine[sd]?|approve[sd]?|decide[sd]?|responded|replied|welcome[sd]?|criticized|criticised|threatened|added)\b)/u;

function speaksAt(st: LinkState, end: number): boolean {
  return SPEAKS.test(st.text.slice(end, end + 48));
}

/**
 * A country's name of several words tagged as a person ("N. Korea", "Saudi Arabia" in a caps
 * headline) is the country. One-word names stay people: "Jordan" may well be someone.
 */
function countryMistypedAsPerson(st: LinkState, p: PreparedName): boolean {
  if (!/[ .]/u.test(p.text)) return false;
  const country = st.kb.lookup(p.key).find((e) => e.kind === 'country');
  if (!country || ![country.name, ...country.aliases].includes(p.text)) return false;
  mentionOf(st, clusterFor(st, country), p.start, p.end, 'name', false, 'hit');
  return true;
}

/** "Russia-China" (relations) names two countries, "US-Russian" a country and a demonym. */
function splitLinkedCompound(st: LinkState, p: PreparedName): boolean {
  const parts = splitCompound(p);
  if (parts.length !== 2) return false;
  const entries = parts.map((x) => fullCandidates(st, x.key).find((e) => e.kind === 'country') ?? st.kb.byDemonym(x.key)[0]);
  if (entries.some((e) => !e)) return false;
  parts.forEach((x, i) => {
    const e = entries[i];
    if (e) mentionOf(st, clusterFor(st, e), x.start, x.end, 'name', false, 'hit');
  });
  return true;
}

/**
 * "FIFA World Cup" also names FIFA; "UN Security Council", the UN: an organization at its head.
 * A body "of" another names that one too: "Political Bureau of the Communist Party of China
 * Central Committee" names the Communist Party of China.
 */
function linkNestedOrg(st: LinkState, p: PreparedName, outer: string): KbEntry | undefined {
  const words = p.text.split(' ');
  const orgAt = (from: number, to: number): KbEntry | undefined => {
    const phrase = words.slice(from, to).join(' ');
    return st.kb.lookup(nameKey(phrase)).find((x) => x.kind === 'org' && x.id !== outer && [x.name, ...x.aliases].includes(phrase));
  };
  const offset = (k: number): number => p.start + words.slice(0, k).join(' ').length + (k > 0 ? 1 : 0);
  for (let n = words.length - 1; n >= 1; n--) {
    const org = orgAt(0, n);
    if (org) {
      mentionOf(st, clusterFor(st, org), p.start, p.start + words.slice(0, n).join(' ').length, 'name', false, 'hit');
      return org;
    }
  }
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'of') continue;
    const from = words[k + 1] === 'the' ? k + 2 : k + 1;
    for (let to = words.length; to > from; to--) {
      if (from === 0 && to === words.length) continue;
      const org = orgAt(from, to);
      if (!org) continue;
      const start = offset(from);
      mentionOf(st, clusterFor(st, org), start, start + words.slice(from, to).join(' ').length, 'name', false, 'hit');
      return org;
    }
  }
  return undefined;
}

/**
 * A demonym the tagger marked as a name: "South Korean" (in "the South Korean president") is a
 * mention of South Korea; "Russians" are a group of Russia's people. Claimed as a country word, so
 * the description around it can still be read.
 */
function linkDemonym(st: LinkState, p: PreparedName): boolean {
  if (st.kb.lookup(p.key).length > 0 || st.extras?.lookup(p.key).length) return false;
  const single = st.kb.byDemonym(p.key);
  const plural = single.length === 0 && p.key.endsWith('s') ? st.kb.byDemonym(p.key.slice(0, -1)) : [];
  // A demonym two countries share ("Congolese"): the one the article talks about more, else the
  // KB's likelier one (first).
  const ranked = [...(single.length > 0 ? single : plural)].sort((a, b) => (st.countries.get(b.iso3) ?? 0) - (st.countries.get(a.iso3) ?? 0));
  const country = ranked[0];
  if (!country || (single.length > 0 && plural.length > 0)) return false;
  if (single.length > 0) {
    mentionOf(st, clusterFor(st, country), p.start, p.end, 'name', false, 'hit');
    return true;
  }
  const c = st.clusters.find((x) => !x.entry && x.type === 'GROUP' && nameKey(x.name) === p.key) ?? newNameCluster(st, { ...p, type: 'GROUP' });
  c.country = country.iso3;
  c.code = country.iso3;
  mentionOf(st, c, p.start, p.end, 'name', false, 'hit');
  return true;
}

/**
 * The adjective of a region, state or continent the KB lists, tagged as a name: "Bavarian" (in
 * "Bavarian premier"), "European" ("European countries"), "Southeast Asian" ("the Southeast Asian
 * nation") are mentions of Bavaria, Europe and Southeast Asia, as "South Korean" is of South Korea.
 * Formed by "-n" (Bavaria-n, Asia-n) or "-an" (Europe-an). Not the plural, a
 * people ("Bavarians"), nor a word that is a name itself.
 */
function linkRegionAdjective(st: LinkState, p: PreparedName): boolean {
  if (p.type === 'PERSON' || p.type === 'ORG' || !/^\p{Lu}[\p{L} -]*an$/u.test(p.text) || st.kb.lookup(p.key).length > 0) return false;
  const stems = [p.text.slice(0, -1), p.text.slice(0, -2)];
  for (const stem of stems) {
    const place = st.kb.lookup(nameKey(stem)).find((e) => e.kind === 'place' && REGION_KINDS.has(e.placeKind) && [e.name, ...e.aliases].includes(stem));
    if (!place) continue;
    mentionOf(st, clusterFor(st, place), p.start, p.end, 'name', false, 'hit');
    return true;
  }
  return false;
}

const REGION_KINDS: ReadonlySet<string> = new Set(['region', 'state', 'territory']);

/**
 * A name the KB does not know. It still gets what the text says: the country of its title
 * ("Iranian Foreign Minister Abbas Araghchi") or of a country word inside it ("Indian Army"), and
 * for a titled official, the government code of that country.
 */
function newNameCluster(st: LinkState, p: PreparedName): Cluster {
  const c = newCluster(p.type, p.text);
  // The country word nearest the name is theirs ("Indian-American Congressman": American).
  const country = titleCountry(p.info) ?? (p.type !== 'PERSON' ? orgCountry(st, p.start, p.end) : undefined)
    ?? (p.type === 'EVENT' ? hostCountry(st, p) ?? electionCountry(st, p) : undefined)
    // A place the text qualifies: "Balakot, Pakistan", "Churu, Rajasthan".
    ?? (p.type === 'PLACE' ? qualifierCountry(st, p.end) ?? placeOfCountry(st, p.start) : undefined);
  if (country) c.country = country;
  if (p.type === 'ORG' && isSecurityName(p.text)) {
    // An armed force or group: a country's possessive before it says whose ("Russia's Northern
    // Fleet"); a movement's armed wing is of the movement's country, with its code ("Hamas's armed
    // wing, the Izz Brigades": PSEREBHMS).
    const owner = wingOwner(st, p.start);
    c.country ??= owner?.country ?? possessiveCountry(st, p.start);
    const own = owner?.code?.startsWith(`${c.country ?? ''}REB`) ? owner.code : undefined;
    if (c.country) { const code = own ?? forceCode(st, p.text, p.start, p.end, c.country); if (code) c.code = code; }
  }
  if (country && p.type === 'PERSON' && p.info?.offices.length) {
    const title = p.title ? st.text.slice(p.title.start, p.title.end) : '';
    // An intergovernmental body's officials carry its code ("NATO spokeswoman": IGONAT).
    c.code = officialCode(country, title, p.info.body?.country === country ? p.info.body.code : undefined);
    const role = roleFromTitle(st, p, country);
    if (role) c.role = role;
  }
  st.clusters.push(c);
  return c;
}

/** An election named without a country: "the 2019 general election", "the presidential election". */
const ELECTION = /\b(?:elections?|polls|vote|referendum|midterms?)$/iu;
/** A military operation by its code name ("Operation Peace Spring"): the story's country's, like an election. */
const OPERATION = /^Operation \p{Lu}/u;

/**
 * The country of an election or a military operation the name gives none: the article's, when
 * that is clear (the dateline's country named at least as often as any other, or with no
 * dateline, the one country the article names, or one named at least twice as often as any other).
 */
function electionCountry(st: LinkState, p: PreparedName): string | undefined {
  if (!ELECTION.test(p.text) && !OPERATION.test(p.text)) return undefined;
  const ranked = [...st.countries.entries()].filter(([iso]) => st.kb.country(iso)).sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  if (!top) return undefined;
  const home = datelineCountry(st);
  if (home) return (st.countries.get(home) ?? 0) >= top[1] ? home : undefined;
  return clearlyFirst(ranked, 0);
}

/** Events held in a place, named after it: "PyeongChang Winter Olympics", "Sochi Games", "Hiroshima summit". */
const HOSTED = /\b(?:Olympics|Olympic Games|Paralympics|Games|Expo|[Ss]ummit|[Tt]alks|[Cc]onference|Forum|World Cup)$/u;

/** The country of the town an event is named after, when GeoNames or the KB knows it. */
function hostCountry(st: LinkState, p: PreparedName): string | undefined {
  // A town's name in title case, not a body's letters ("NATO summit" is no town's).
  const first = /^\p{Lu}\p{Ll}[\p{L}'’-]*/u.exec(p.text)?.[0];
  if (!first || first === p.text || !HOSTED.test(p.text)) return undefined;
  const key = nameKey(first);
  const known = st.kb.lookup(key);
  if (known.some((e) => e.kind !== 'place')) return undefined;
  const place = known.find((e) => e.kind === 'place' && e.country);
  if (place) return place.country;
  const city = st.kb.cities.lookup(key)[0];
  return city && city.population >= 5_000 ? largestCityCountry(st, key) : undefined;
}

/**
 * The office a title states for someone the KB does not know: "Iranian Foreign Minister" ->
 * "Foreign Minister of Iran". Not for former holders, nor for titles that are only a word like
 * "spokesman" (that is a job, not an office).
 */
function roleFromTitle(st: LinkState, p: PreparedName, iso3: string): string | undefined {
  if (!p.title) return undefined;
  const text = st.text.slice(p.title.start, p.title.end);
  // An adviser with a field is an office ("National Security Advisor"); a bare job is not.
  const adviser = /\b\p{L}+ advis[eo]r$/iu.test(text) && !/^\p{Lu}\p{L}* advis[eo]r$/u.test(text.replace(/^the\s+/iu, ''));
  if (!adviser && !p.info?.offices.some((o) => !o.official || o.kinds.length > 0)) return undefined;
  if (/\b(?:former|ex|late|acting|deputy|vice)\b/iu.test(text)) return undefined;
  const country = st.kb.country(iso3);
  if (!country) return undefined;
  const countryWords = new Set([country.name, ...country.aliases, ...country.demonyms].flatMap((n) => n.split(' ')).map((w) => w.toLowerCase()));
  const office = text.split(/\s+/u).map((w) => stripPossessive(w))
    .filter((w) => !countryWords.has(w.toLowerCase()) && !HONORIFICS.has(w.toLowerCase()) && !/^(?:the|of)$/iu.test(w))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  if (!office || /\bof\b/u.test(text)) return undefined;
  return `${office} of ${withArticle(country.name)}`;
}

/** How strongly the context ties a short name to a cluster: pairing, salience, recency. */
function contextScore(st: LinkState, c: Cluster, p: PreparedName, partner: Cluster | undefined): number {
  let s = c.mentions.length * 0.5;
  if (partner) {
    const sentencesWith = (x: Cluster): Set<number> => new Set(x.mentions.map((m) => sentenceIndex(st, m.start)));
    const mine = sentencesWith(c);
    let together = 0;
    for (const i of sentencesWith(partner)) if (mine.has(i)) together++;
    s += together * 2;
  }
  if (c.titles.some((t) => /leader|president|chairman|prime minister/i.test(t))) s += 1;
  const before = c.mentions.filter((m) => m.start < p.start).map((m) => m.start);
  if (before.length > 0) s += 0.5;
  return s;
}

const sentenceEnds = new WeakMap<LinkState, number[]>();

/** Sentences approximated by line breaks and sentence punctuation: enough for co-occurrence. */
function sentenceIndex(st: LinkState, offset: number): number {
  let ends = sentenceEnds.get(st);
  if (!ends) {
    ends = [];
    for (const m of st.text.matchAll(/\n|[.?!](?=\s)/g)) ends.push(m.index);
    sentenceEnds.set(st, ends);
  }
  let n = 0;
  while (n < ends.length && (ends[n] ?? Infinity) < offset) n++;
  return n;
}

/** Short names: the article's own full names first, then KB office holders of that surname. */
export function linkShortNames(st: LinkState, names: PreparedName[]): void {
  for (const p of names) {
    // "the Trump card", "Brown rice": a compound common noun, nobody's name.
    if (!p.title && isCompoundNoun(st.text, p.key, p.end)) continue;
    if (claimed(st, p.start, p.end)) continue;
    const parts = splitCompound(p);
    for (const part of parts) {
      const partner = parts.length > 1 ? parts.find((x) => x !== part) : undefined;
      const partnerCluster = partner ? matchShort(st, partner, undefined) : undefined;
      const c = matchShort(st, part, partnerCluster);
      if (c) {
        // A surname of a name the article prints ("Putin" after "Vladimir Putin") is stated, as
        // is the same one-word name again; only a choice among namesakes by context is inferred.
        const inferred = shortCandidates(st, part).length > 1;
        if (part.title) attachTitle(st, c, part); else mentionOf(st, c, part.start, part.end, 'name', inferred);
        continue;
      }
      const e = kbBySurname(st, part);
      if (e) {
        const k = clusterFor(st, e, part.type);
        shortKeysOf(k);
        if (part.title) attachTitle(st, k, part); else mentionOf(st, k, part.start, part.end, 'name', true);
        continue;
      }
      // The same word the article uses elsewhere as a place it names ("held Debaltseve" after
      // "Debaltseve, a railway hub") is that place.
      // Not a body's name: a company is often named after its town ("Midland" of Midland Bank).
      // The place must be one the text itself places (a place context, the dateline).
      const place = (part.type === 'OTHER' || (part.type === 'PERSON' && !part.title)) ? placedPlace(st, part.key) : undefined;
      if (place) { mentionOf(st, place, part.start, part.end, 'name'); continue; }
      const same = st.clusters.find((x) => !x.entry && nameKey(x.name) === part.key);
      const nc = same ?? newNameCluster(st, part);
      attachTitle(st, nc, part);
      nc.shortKeys.add(part.key);
    }
  }
}

/** A town or region of the article, named by this key where the text expects a place. */
function placedPlace(st: LinkState, key: string): Cluster | undefined {
  return st.clusters.find((x) => x.type === 'PLACE' && x.entry?.kind === 'place'
    && x.mentions.some((m) => m.form === 'name' && nameKey(m.text) === key && placeContext(st, m.start, m.end)));
}

/** "Trump-Kim" (as in "Trump-Kim talks") names two people; "Jong-un" alone does not split. */
function splitCompound(p: PreparedName): PreparedName[] {
  const m = /^(\p{Lu}[\p{L}']+)[-\u2010\u2013](\p{Lu}[\p{L}']+)$/u.exec(p.text);
  if (!m || !m[1] || !m[2]) return [p];
  const a = m[1];
  const b = m[2];
  return [
    { ...p, end: p.start + a.length, text: a, key: nameKey(a), title: undefined, info: undefined },
    { ...p, start: p.end - b.length, text: b, key: nameKey(b), title: undefined, info: undefined },
  ].map((x) => { delete x.title; delete x.info; return x; });
}

function shortCandidates(st: LinkState, p: PreparedName): Cluster[] {
  return st.clusters.filter((c) => c.named && c.shortKeys.has(p.key) && (c.type === 'PERSON' || p.type === c.type));
}

function matchShort(st: LinkState, p: PreparedName, partner: Cluster | undefined): Cluster | undefined {
  const cands = shortCandidates(st, p);
  if (cands.length <= 1) return cands[0];
  let best: Cluster | undefined;
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = contextScore(st, c, p, partner);
    if (s > bestScore) { best = c; bestScore = s; }
  }
  return best;
}

function titledMonarch(st: LinkState, p: PreparedName): PersonEntry | undefined {
  if (p.title) {
    const style = monarchStyle(st.text.slice(p.title.start, p.title.end));
    return style ? reigningMonarch(st, style, p.key, p.info?.countries) : undefined;
  }
  // A style the tagger left outside the name ("Sultan" of "Sultan Muhammad V") is its title.
  const before = styleBefore(st.text, p.start);
  const monarch = before ? reigningMonarch(st, before.style, p.key) : undefined;
  if (monarch && before) p.title = { start: before.start, end: p.start - 1 };
  return monarch;
}

function kbBySurname(st: LinkState, p: PreparedName): PersonEntry | undefined {
  if (p.type !== 'PERSON') return undefined;
  // "King Felipe", "Emir Tamim": a style and a given name are the monarch reigning on the date.
  const monarch = titledMonarch(st, p);
  if (monarch) return monarch;
  // Imported people (Wikidata) answer to their surnames too, ahead of the KB's.
  const imported = (st.extras?.entries ?? []).filter((e): e is PersonEntry => e.kind === 'person'
    && [e.name, ...e.aliases].some((n) => surnameKeys(n, false).includes(p.key) || surnameKeys(n, true).includes(p.key)));
  const people = [...imported, ...st.kb.bySurname(p.key)];
  const holders = people.filter((e) => roleAt(e, st.date));
  // Nobody of the name in office: a former leader, as the news keeps naming them ("Blair said").
  if (holders.length === 0) return formerLeader(st, p, people);
  // A title settles it ("Chinese President Xi"); else, among namesakes, the country the article
  // mentions most.
  const titled = holders.filter((e) => p.info?.countries.includes(roleAt(e, st.date)?.country ?? ''));
  if (titled.length === 1) return titled[0];
  if (holders.length === 1) return p.info?.countries.length && titled.length === 0 ? undefined : holders[0];
  const ranked = holders.map((e) => ({ e, s: st.countries.get(roleAt(e, st.date)?.country ?? '') ?? 0 }))
    .sort((a, b) => b.s - a.s);
  return ranked[0] && ranked[0].s > (ranked[1]?.s ?? 0) ? ranked[0].e : undefined;
}

/**
 * The one person of the surname who once headed a state or government, their term over by the
 * article's date; two such namesakes (the two Presidents Bush) leave the name unlinked. A title
 * naming a country must be theirs.
 */
function formerLeader(st: LinkState, p: PreparedName, people: readonly PersonEntry[]): PersonEntry | undefined {
  const date = st.date;
  if (!date) return undefined;
  const led = (e: PersonEntry) => termsEndedBefore(e, date, LEADERS);
  const fits = [...new Map(people.filter((e) => led(e).length > 0).map((e) => [e.id, e])).values()];
  const [only] = fits;
  if (!only || fits.length > 1 || laterNamesake(people, only, date)) return undefined;
  const countries = p.info?.countries ?? [];
  if (countries.length > 0 && !led(only).some((t) => countries.includes(t.country))) return undefined;
  return only;
}
