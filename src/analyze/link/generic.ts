/**
 * Generic bodies: "the Foreign Ministry" is some country's; whose is said by a country word before
 * it ("the Russian Foreign Ministry", "Russia's Foreign Ministry"), else by the person the sentence
 * is about (Putin asks for coordination "with the Foreign Ministry": Russia's), else by the country
 * the article is most about.
 */
import type { KnowledgeBase, OrgEntry, OrgKind } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { Cluster } from './clusters.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
import { countriesIn, datelineCountry } from './titles.js';
import { insideAny } from './quoted.js';
import { isCapitalized } from './words.js';
import { largestCityCountry } from './places.js';

export function sentenceStart(st: LinkState, offset: number): number {
  let i = offset;
  while (i > 0) {
    const ch = st.text[i - 1];
    if (ch === '\n' || ((ch === ' ') && /[.!?]["”]?$/u.test(st.text.slice(Math.max(0, i - 3), i - 1)))) break;
    i--;
  }
  return i;
}

/** The country of the sentence's subject: the first person named in it before, outside quotes. */
function speakerCountry(st: LinkState, offset: number): string | undefined {
  const from = sentenceStart(st, offset);
  let best: Cluster | undefined;
  let bestAt = Infinity;
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || !c.country) continue;
    for (const m of c.mentions) {
      if (m.start >= from && m.start < offset && m.start < bestAt && !insideAny(st.quotes, m.start)) { best = c; bestAt = m.start; }
    }
  }
  return best?.country;
}

/** The country of the president (by role on the date) named last before `offset`. */
export function presidentCountry(st: LinkState, offset: number): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || !c.country || !/^President\b/u.test(c.role ?? '')) continue;
    for (const m of c.mentions) if (m.start < offset && m.start > bestAt) { best = c.country; bestAt = m.start; }
  }
  return best;
}

/**
 * The country the article is most about; where the story was filed when the article names that
 * country at least half as often (a parliament stormed in a story from Yerevan is Armenia's, however
 * many Azerbaijani towns the story lists).
 */
function mainCountry(st: LinkState): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [iso, k] of st.countries) if (k > n) { best = iso; n = k; }
  const home = datelineCountry(st);
  if (home && home !== best && (st.countries.get(home) ?? 0) * 2 >= n) return home;
  return best;
}

export function genericEntry(st: LinkState, kind: OrgKind, iso3: string): OrgEntry | undefined {
  return st.kb.genericOrg(kind.kind, iso3);
}

/**
 * "in Tokyo", "in Beijing" right after a body: the capital's country; for a force deployed
 * somewhere ("the National Guard in Minneapolis"), the country of a place or sizeable town.
 */
function capitalAfter(st: LinkState, end: number, anyPlace = false): string | undefined {
  const m = /^ in (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)/u.exec(st.text.slice(end, end + 40));
  if (!m?.[1]) return undefined;
  const capital = st.kb.byCapital(nameKey(m[1]))?.iso3 ?? st.kb.byCapital(nameKey(m[1].split(' ')[0] ?? ''))?.iso3;
  if (capital || !anyPlace) return capital;
  for (const name of [m[1], m[1].split(' ')[0] ?? '']) {
    const key = nameKey(name);
    const known = st.kb.lookup(key);
    const place = known.find((e) => (e.kind === 'place' || e.kind === 'country') && e.country);
    if (place) return place.country;
    if (known.length > 0) continue;
    // The largest town of the name, when it is a city of size and no namesake comes close.
    const [top, next] = st.kb.cities.lookup(key);
    if (top && top.population >= 100_000 && (!next || next.population * 5 < top.population)) return largestCityCountry(st, key);
  }
  return undefined;
}

/** The last word of every generic body's key ("ministry", "army"), per knowledge base. */
const tailsByKb = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

function genericTails(kb: KnowledgeBase): ReadonlySet<string> {
  let tails = tailsByKb.get(kb);
  if (!tails) {
    const set = new Set<string>();
    for (const k of kb.orgKinds.values()) for (const g of k.generic) set.add(lastKeyWord(nameKey(g)));
    tails = set;
    tailsByKb.set(kb, tails);
  }
  return tails;
}

function lastKeyWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

const BREAK = /[\n,.;:()[\]{}]/u;

function isAllCaps(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase();
}

/** Words that qualify a body without naming another: "the Federal Government", "Afghan National Army". */
export const BODY_MODIFIERS: ReadonlySet<string> = new Set(['federal', 'national', 'central', 'interim', 'transitional', 'provisional', 'caretaker', 'coalition', 'military', 'new']);

/**
 * The capitalized words before word i are modifiers, after an opener or a country word:
 * "The Federal Government", "Afghan National Army"; not "Kachin National Army".
 */
function modified(st: LinkState, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && BODY_MODIFIERS.has(st.words[k]?.text.toLowerCase() ?? '')) k--;
  if (k === i - 1) return false;
  const w = st.words[k];
  const gap = w ? st.text.slice(w.end, st.words[k + 1]?.start ?? w.end) : '';
  if (!w || gap !== ' ' || !isCapitalized(w.text) || OPENERS.has(w.text.toLowerCase())) return true;
  return countriesIn(st, w.start, w.end).length > 0;
}

/** Capitalized words that open a sentence or heading before a body's name ("The Army said"). */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'and', 'but', 'when', 'while', 'after', 'before', 'as', 'if', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'meanwhile', 'also', 'both', 'neither', 'nor', 'or', 'that', 'this', 'then']);

export function linkGenericBodies(st: LinkState): void {
  const ws = st.words;
  const tails = genericTails(st.kb);
  // Whether word i can end a generic body's name: a key the KB knows ends with the key of its last
  // word, when a space sets that word apart (words always start with a letter or digit). Most words
  // cannot, and their windows skip the key and the look-up.
  const endsNone = ws.map((w) => !tails.has(lastKeyWord(nameKey(w.text))));
  for (let i = 0; i < ws.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const first = ws[i];
      const last = ws[i + n - 1];
      if (!first || !last) continue;
      if (endsNone[i + n - 1] && (n === 1 || st.text[last.start - 1] === ' ')) continue;
      const raw = st.text.slice(first.start, last.end);
      if (BREAK.test(raw)) continue;
      const kind = st.kb.genericKind(nameKey(raw));
      if (!kind) continue;
      // A country word right before: "Russian Foreign Ministry", "Russia's Foreign Ministry".
      const prev = ws[i - 1];
      const prev2 = ws[i - 2];
      let start = first.start;
      // Only a word joined by a space is part of the name ("[US] government" is not "US government").
      const joined = (a: { end: number } | undefined, b: { start: number }): boolean => !!a && /^ $/u.test(st.text.slice(a.end, b.start));
      let iso = prev && isCapitalized(prev.text) && joined(prev, first) ? countriesIn(st, prev.start, prev.end)[0] : undefined;
      if (iso && prev) start = prev.start;
      if (!iso && prev && prev2 && isCapitalized(prev2.text) && joined(prev, first) && joined(prev2, prev)) {
        iso = countriesIn(st, prev2.start, prev.end)[0];
        if (iso) start = prev2.start;
      }
      // "the Indian Army", "the Pakistan Army": a country word and a capitalized "Army" name the
      // service itself, like "the Indian Navy" (forces.ts), not the country's armed forces.
      if (kind.code === 'MIL' && last.text === 'Army' && (start !== first.start || n > 1)) break;
      // A capitalized word before a force that is no country word makes a longer name of its own
      // ("Kachin Independence Army", "Korean People's Army"), not this country's armed forces
      // (in a line of capitals every word is).
      if (!iso && kind.code === 'MIL' && prev && joined(prev, first) && isCapitalized(prev.text) && !OPENERS.has(prev.text.toLowerCase())
        && !modified(st, i) && !(isAllCaps(prev.text) && isAllCaps(first.text))) break;
      // A capital right after says whose it is too: "the Foreign Ministry in Tokyo".
      iso ??= capitalAfter(st, last.end, kind.code === 'MIL' || kind.code === 'COP');
      // In lower case ("the Russian embassy", "the Israeli army") only with its country printed.
      if (!isCapitalized(first.text) && !iso) continue;
      const stated = iso !== undefined;
      // "The presidential office" is the office of the president named last before it; with no
      // president named, whose it is stays unknown.
      if (kind.kind === 'presidential-office') iso ??= presidentCountry(st, first.start);
      else iso ??= speakerCountry(st, first.start) ?? mainCountry(st);
      // A body named with its country inside a person's title ("Iran's Foreign Ministry spokesman
      // Nasser Kanaani") is a mention of that body as well.
      if (!iso || claimed(st, first.start, last.end, stated ? ['hit', 'title'] : ['hit'])) break;
      const e = genericEntry(st, kind, iso);
      if (!e) break;
      mentionOf(st, clusterFor(st, e), stated ? start : first.start, last.end, 'name', !stated);
      i += n - 1;
      break;
    }
  }
}
