/**
 * The story's home country, and what it gives names the KB does not know and the text does not
 * place. A careful reader gives a domestic body ("the Election Commission", "the National
 * Assembly", a party), an official named by an unqualified office ("Transport Minister X",
 * "opposition candidate X") and a small place ("the Peace Memorial Park") the country the story is
 * set in, unless the text ties them to another. This is the last evidence, after the KB, the
 * country words around the name (titles, appositions, "Iran's …") and the body a person speaks
 * for, and it never overrides them.
 *
 * Where the story is set: the dateline's country, when the story names it at least half as often
 * as any other; else the country it names at least twice, and twice as often as any other. A
 * paragraph or sentence that opens "In Washington," is set there instead.
 */
import { nameKey } from '../../kb/index.js';
import { isPartyName, isSeatName } from '../entities/bodies.js';
import { clearlyFirst } from './clearly-first.js';
import type { Cluster } from './clusters.js';
import { sentenceStart } from './generic.js';
import { appositionAfter } from './person-country.js';
import { sentenceCountries } from './places.js';
import type { LinkState } from './state.js';
import { countriesIn, countryOfKey, datelineCountry, officesIn } from './titles.js';

const homes = new WeakMap<LinkState, { iso?: string }>();

export function storyCountry(st: LinkState): string | undefined {
  const known = homes.get(st);
  if (known) return known.iso;
  const ranked = [...st.countries.entries()].filter(([iso]) => st.kb.country(iso)).sort((a, b) => b[1] - a[1]);
  const [top] = ranked;
  const dl = datelineCountry(st);
  let iso: string | undefined;
  if (dl && st.kb.country(dl) && (st.countries.get(dl) ?? 0) * 2 >= (top?.[1] ?? 0)) iso = dl;
  else iso = townsCountry(st) ?? clearlyFirst(ranked, 2);
  homes.set(st, iso ? { iso } : {});
  return iso;
}

/**
 * Without a dateline, where the story happens: the country of the towns and regions it names, when
 * one country's are named at least twice and more often than all others' together ("Hiroshima"
 * four times in a story about a US president's visit).
 */
function townsCountry(st: LinkState): string | undefined {
  const counts = new Map<string, number>();
  let all = 0;
  for (const c of st.clusters) {
    if (c.type !== 'PLACE' || c.entry?.kind !== 'place' || !c.country || !st.kb.country(c.country)) continue;
    const n = c.mentions.filter((m) => m.form === 'name').length;
    counts.set(c.country, (counts.get(c.country) ?? 0) + n);
    all += n;
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 && best[1] * 2 > all ? best[0] : undefined;
}

/** "In Washington," / "At the Kremlin," opening a stretch of text: the place's country. */
const FRAME = /^(?:In|At|From|Back in|Meanwhile in) (?:the )?(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?),/u;

function placeWordCountry(st: LinkState, words: string): string | undefined {
  const key = nameKey(words);
  return countryOfKey(st, key) ?? st.kb.byCapital(key)?.iso3
    ?? st.kb.lookup(key).find((e) => (e.kind === 'place' || e.kind === 'org') && e.country && st.kb.country(e.country))?.country;
}

/** The country a sentence or its paragraph is set in by its opening words ("In Washington, …"). */
export function frameCountry(st: LinkState, offset: number): string | undefined {
  const sentence = sentenceStart(st, offset);
  const paragraph = st.text.lastIndexOf('\n', offset - 1) + 1;
  for (const from of sentence === paragraph ? [sentence] : [sentence, paragraph]) {
    const m = FRAME.exec(st.text.slice(from, from + 60));
    const iso = m?.[1] ? placeWordCountry(st, m[1]) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

/** Where a name at `offset` is set: its frame, else the story's country. */
export function settingOf(st: LinkState, offset: number): string | undefined {
  return frameCountry(st, offset) ?? storyCountry(st);
}

function sentenceEnd(st: LinkState, offset: number): number {
  const stop = st.text.slice(offset).search(/[.!?]["”]?\s|\n/u);
  return stop < 0 ? st.text.length : offset + stop;
}

/**
 * The sentence of `offset` names countries, and `iso` is none of them: it is about elsewhere. With
 * `strict`, any other country named in it is enough (a disputed island, a border crossing).
 */
function sentenceElsewhere(st: LinkState, offset: number, iso: string, strict = false): boolean {
  if (strict) return [...sentenceCountries(st, offset)].some((x) => x !== iso);
  const found = countriesIn(st, sentenceStart(st, offset), sentenceEnd(st, offset));
  return found.length > 0 && !found.includes(iso);
}

function mentionsOf(c: Cluster): Cluster['mentions'] {
  return c.mentions.filter((m) => m.form === 'name' || m.form === 'title').sort((a, b) => a.start - b.start);
}

/** A country's possessive before a body, over a few lower-case words: "Venezuela's opposition-controlled National Assembly". */
const POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s (?:[\p{Ll}-]+ ){0,3}(?:the )?$/u;

/** "the National Security Committee in Islamabad": a place of one country right after the body. */
const IN_PLACE = /^ in (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/u;

/** A body's country from the words next to it: "Iran's …", "… in Islamabad". */
function bodyCountryNearby(st: LinkState, c: Cluster): string | undefined {
  for (const m of mentionsOf(c)) {
    const before = POSSESSIVE_BEFORE.exec(st.text.slice(Math.max(0, m.start - 60), m.start));
    const owner = before?.[1] ? countryOfKey(st, nameKey(before[1])) : undefined;
    if (owner) return owner;
    const after = IN_PLACE.exec(st.text.slice(m.end, m.end + 40));
    const place = after?.[1] ? placeWordCountry(st, after[1]) ?? placeWordCountry(st, after[1].split(' ')[0] ?? '') : undefined;
    if (place) return place;
  }
  return undefined;
}

/**
 * Institutions any country has, by the head of their name: a parliament, a court, a ministry, an
 * election commission, a police force, a committee of the government. Not companies, media or
 * charities: their names say nothing of a state.
 */
const DOMESTIC_HEADS: ReadonlySet<string> = new Set(['Parliament', 'Assembly', 'Senate', 'Congress', 'Chamber', 'Commission',
  'Court', 'Ministry', 'Department', 'Police', 'Force', 'Cabinet', 'Council', 'Committee', 'Administration', 'Bureau',
  'Directorate', 'Agency', 'Authority', 'Tribunal', 'Party', 'League', 'Front', 'Movement', 'Alliance', 'Coalition',
  'Confederation', 'Federation']);

/** The head of a body's name: its last word, or the word before an "of"/"for"/"on" tail ("Ministry of Electronics"). */
function headWord(words: readonly string[]): string {
  const tail = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/u.test(w));
  return (tail > 0 ? words[tail - 1] : words[words.length - 1]) ?? '';
}

function isDomesticBody(name: string): boolean {
  const words = name.split(/\s+/u);
  return DOMESTIC_HEADS.has(headWord(words)) || isPartyName(words, false) || isSeatName(words);
}

/**
 * Another body named inside the name or right before it is its owner ("African Union's
 * Commission", "CPC Central Committee"): the body is that owner's, not the story's.
 */
function ownedByOther(st: LinkState, c: Cluster, m: { start: number; end: number }): boolean {
  if (/['’]s\b/u.test(st.text.slice(m.start, m.end))) return true;
  return st.clusters.some((o) => o !== c && (o.type === 'ORG' || o.type === 'GROUP') && o.mentions.some((x) =>
    (x.start >= m.start && x.end <= m.end && x.end - x.start < m.end - m.start)
    || (x.end <= m.start && OWNER_GAP.test(st.text.slice(x.end, m.start)))));
}

/** What may stand between an owner and its body: "CPC Central Committee", "(CPC) Central Committee". */
const OWNER_GAP = /^\)? $/u;

/**
 * Bodies the KB does not know: a country's possessive before them or a place right after ("in
 * Islamabad"); else, for a domestic institution or party, the country its text is set in, unless
 * its sentence names other countries only.
 */
export function bodiesAtHome(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'ORG' || c.entry || c.country || c.mentions.length === 0) continue;
    const near = bodyCountryNearby(st, c);
    if (near) { c.country = near; continue; }
    if (!isDomesticBody(c.name)) continue;
    const first = mentionsOf(c)[0];
    if (!first || ownedByOther(st, c, first) || countriesIn(st, first.start, first.end).length > 0) continue;
    const home = settingOf(st, first.start);
    if (home && !sentenceElsewhere(st, first.start, home)) c.country = home;
  }
}

/** Offices and roles that are a country's own when printed without one. */
const DOMESTIC_ROLE = /\b(?:minister|lawmaker|legislator|parliamentarian|senator|deputy|mp|opposition|candidate|mayor|governor|police|chief|chairman|chairwoman|chair|head|leader|spokesman|spokeswoman|spokesperson|secretary|general|commander|judge|prosecutor|president|speaker|official|director)\b/iu;

/** What a person is said to be right after the name: "… as economy minister", "…, who heads a group of …". */
const AS_OFFICE = /^ as (?:the |its |their |a |an )?(?:new |next |interim |acting )?([\p{Ll}-]+(?: [\p{Ll}-]+){0,2})/u;
const HEADS = /^,? who (?:heads|leads|chairs|runs|represents|is the head of|is a member of)\b/u;

/** Words that open a clause inside an apposition: what follows is about something else. */
const CLAUSE = /\b(?:who|which|that|whose)\b/u;

/** "its President, Judge X", "their spokesman X": an officer of a body named before, not of the setting. */
const ITS_OFFICE = /\b(?:its|their) (?:[\p{L}-]+ ){0,3}$/u;

function servesBody(st: LinkState, start: number): boolean {
  const from = sentenceStart(st, start);
  const before = st.text.slice(Math.max(from, start - 50), start).replace(/,? (?:\p{Lu}[\p{L}.]* )?$/u, ' ');
  return ITS_OFFICE.test(before);
}

/** Someone past of a body ("former IMF official") is not of it now. */
const FORMER = /\b(?:former|ex|onetime|one-time|retired)\b/iu;

function domesticRole(st: LinkState, c: Cluster): boolean {
  if (c.titles.some((t) => DOMESTIC_ROLE.test(t) || officesIn(t).offices.length > 0)) return true;
  for (const m of mentionsOf(c)) {
    const a = appositionAfter(st, m.end);
    if (a && DOMESTIC_ROLE.test(st.text.slice(a.start, a.end).split(CLAUSE)[0] ?? '')) return true;
    const after = st.text.slice(m.end, m.end + 60);
    const as = AS_OFFICE.exec(after);
    if (as?.[1] && officesIn(as[1]).offices.length > 0) return true;
    if (HEADS.test(after)) return true;
  }
  return false;
}

/**
 * People the KB does not know, whose title, apposition and body gave no country: an unqualified
 * domestic office or role ("Transport Minister X", "opposition candidate X", "appointed X as
 * economy minister", "X, who heads a group of …") gives the country the text is set in.
 */
/**
 * What a body or place inside the person's title says ("Hiroshima Mayor X": Japan; "ICJ President
 * X": an intergovernmental body's, no country of the setting): a country, 'none', or nothing.
 */
function titleHolder(st: LinkState, c: Cluster): string | 'none' | undefined {
  for (const t of c.mentions) {
    if (t.form !== 'title') continue;
    for (const o of st.clusters) {
      // Countries are the title's own business (titles.ts), and so is a portfolio ("envoy for Yemen").
      if (o === c || o.type === 'PERSON' || o.entry?.kind === 'country') continue;
      if (!o.mentions.some((x) => x.start >= t.start && x.end < t.end && !/\b(?:to|for|in)\b/u.test(st.text.slice(t.start, x.start)))) continue;
      if (o.country && st.kb.country(o.country)) return o.country;
      if (o.entry || o.code) return 'none';
    }
  }
  return undefined;
}

export function peopleAtHome(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry || c.mentions.length === 0) continue;
    if (!c.country) {
      const held = titleHolder(st, c);
      if (held === 'none') continue;
      if (held) { c.country = held; continue; }
    }
    // A body the person once served is no nationality ("former IMF official"): the setting's
    // country, when the title gives no other.
    const igoPast = c.country !== undefined && !st.kb.country(c.country) && c.titles.some((t) => FORMER.test(t));
    if (c.country && !igoPast) continue;
    if (!domesticRole(st, c)) continue;
    const first = mentionsOf(c)[0];
    if (!first || servesBody(st, first.start)) continue;
    const home = settingOf(st, first.start);
    if (!home) continue;
    c.country = home;
    if (igoPast) delete c.code;
  }
}

/** "Japan-South Korea", "the two Koreas": a name made of country words is no place of one country. */
function namesCountries(st: LinkState, name: string): boolean {
  const pieces = name.split(/[-\u2010\u2013]/u);
  if (pieces.some((x) => countryOfKey(st, nameKey(x)) !== undefined)) return true;
  const single = /^(\p{Lu}\p{Ll}+)s$/u.exec(name)?.[1];
  return single !== undefined && [...st.kb.countries.values()].some((c) => c.name.split(' ').includes(single));
}

/** Place names that are regions of the world or seas, never one country's. */
const WORLD_REGION = /\b(?:Asia|Africa|Europe|America|Americas|Pacific|Atlantic|Ocean|Sea|Gulf|Middle East|Balkans|Caucasus|Arctic|Antarctic|Mediterranean|Caribbean|Peninsula|Line of|Strait|Straits)\b/u;

/**
 * Places the KB and GeoNames do not know (a palace, a park, a village) and the text does not
 * place: in the country the text is set in, unless their sentence names other countries only.
 */
export function placesAtHome(st: LinkState): void {
  for (const c of st.clusters) {
    if (c.type !== 'PLACE' || c.entry || c.country || c.mentions.length === 0) continue;
    if (WORLD_REGION.test(c.name) || st.kb.cities.lookup(nameKey(c.name)).length > 0) continue;
    const first = mentionsOf(c)[0];
    if (!first || namesCountries(st, c.name)) continue;
    const home = settingOf(st, first.start);
    if (home && !sentenceElsewhere(st, first.start, home, true)) c.country = home;
  }
}
