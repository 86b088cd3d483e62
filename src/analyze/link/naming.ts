/**
 * The name a linked entity goes by. It is the KB's name, except where the article writes that same
 * name its own way and never the KB's: "Shanghai Cooperation Organization" (American spelling) for
 * the KB's "Shanghai Cooperation Organisation", "Gaza" for "Gaza Strip". A reader, and anyone
 * matching the record against the text, looks for the name as printed. Abbreviations ("SCO") and
 * other names ("the Kremlin" for the Presidential Administration) never rename an entity. A town
 * from GeoNames goes by its name as printed when only accents or soft signs differ ("Churu").
 * A person goes by the article's full name when it is the KB's name or one of its aliases
 * ("Sergei Lavrov" for the KB's "Sergey Lavrov"); a surname or a title never renames anyone.
 * A country's body of a generic kind goes by the name printed for it ("Russian Defense Ministry",
 * "Myanmar's military", "Foreign Ministry"), never by a lone word ("army", "Parliament") or an
 * abbreviation; a body the KB lists goes by a longer alias printed in place of its name ("U.N.
 * Security Council"). `kbName` keeps the KB's name, which the stores group by.
 */
import type { KnowledgeBase, OrgEntry } from '../../kb/index.js';
import { nameKey } from '../../kb/index.js';
import type { Cluster } from './clusters.js';
import { HONORIFICS } from './lexicon.js';

/** British and American spellings, accents, hyphens and case folded together. */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/is(ation|ing|e|ed)\b/gu, 'iz$1')
    .replace(/ence\b/gu, 'ense')
    .replace(/tre\b/gu, 'ter')
    .replace(/programme\b/gu, 'program')
    .replace(/our\b/gu, 'or')
    .replace(/co-op/gu, 'coop')
    .replace(/[-\u2010\u2013\s]+/gu, ' ')
    .trim();
}

/** Words a place's name may drop in running text: "Gaza" for the Gaza Strip, "Golan" for the Golan Heights. */
const DROPPABLE = new Set(['strip', 'heights', 'peninsula', 'bay', 'island', 'islands', 'region', 'oblast', 'province', 'territory', 'territories']);

function shortened(printed: string, name: string): boolean {
  const p = printed.split(/\s+/u);
  const n = name.split(/\s+/u);
  if (p.length >= n.length) return false;
  if (fold(p.join(' ')) !== fold(n.slice(0, p.length).join(' '))) return false;
  return n.slice(p.length).every((w) => DROPPABLE.has(w.toLowerCase()));
}

/**
 * A name transliterated another way, word for word: "Zaporozhye nuclear power plant" for
 * "Zaporizhzhia nuclear power plant". Some words are the same; each other pair is a capitalized
 * word with the same first letter.
 */
function transliterated(printed: string, name: string): boolean {
  const p = printed.split(/\s+/u);
  const n = name.split(/\s+/u);
  if (p.length !== n.length || p.length < 2) return false;
  let same = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i] ?? '';
    const b = n[i] ?? '';
    if (fold(a) === fold(b)) { same++; continue; }
    // An adjective of the name is no other spelling of it ("Southeast Asian", "Southeast Asia").
    if (a.startsWith(b) || b.startsWith(a)) return false;
    if (!/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b) || a[0] !== b[0]) return false;
  }
  return same > 0;
}

/** GeoNames spells towns with diacritics and soft signs ("Chūru", "Debal’tseve"); the press mostly does not. */
function cityName(c: Cluster): string {
  const bare = (s: string): string => fold(s).replace(/['’ʼ`]/gu, '');
  const target = bare(c.name);
  const printed = c.mentions.find((m) => m.form === 'name' && /^\p{Lu}.*\p{Ll}/u.test(m.text) && bare(m.text) === target);
  return printed?.text ?? c.name;
}

/** Styles and offices printed before a name, never part of it. */
const STYLES: ReadonlySet<string> = new Set([...HONORIFICS, 'king', 'queen', 'prince', 'princess', 'crown', 'emir', 'amir', 'sultan', 'president', 'pope', 'imam', 'ayatollah', 'shah', 'mullah', 'mufti', 'general', 'field', 'marshal']
  .map((w) => nameKey(w)));

/**
 * The full name the article prints for a KB person (or, `oneWord`, a KB town): the end of a name or titled mention that is
 * the KB's name or an alias, in mixed case (not a capitals headline). The one of most words wins,
 * the first printed on a tie; none, the KB's name.
 */
function personName(c: Cluster, names: readonly string[], oneWord = false): string {
  const keys = new Map<string, number>();
  // The first word of the KB's own name (the first of `names`) is a given name even when it is also a
  // style ("Shah Mehmood Qureshi").
  const given = nameKey(names[0] ?? '').split(' ')[0];
  // A ruler the KB names by realm ("Muhammad V of Kelantan") is printed with the style as the name
  // itself ("Sultan Muhammad V"): there the styled alias as printed is the name.
  const byRealm = / of \p{Lu}/u.test(names[0] ?? '');
  for (const n of names) {
    const k = nameKey(n);
    const first = k.split(' ')[0] ?? '';
    // "Queen Elizabeth", "King Salman": an alias that opens with a style is a title, not a name.
    if ((oneWord || k.includes(' ')) && (!STYLES.has(first) || first === given || byRealm)) keys.set(k, k.split(' ').length);
  }
  let best: { text: string; words: number; start: number } | undefined;
  for (const m of c.mentions) {
    if (m.form !== 'name' && m.form !== 'title') continue;
    const words = m.text.replace(/['’]s$/u, '').split(/\s+/u);
    for (const [key, n] of keys) {
      if (words.length < n) continue;
      const printed = words.slice(-n).join(' ');
      if (nameKey(printed) !== key || !/\p{Ll}/u.test(printed)) continue;
      if (!best || n > best.words || (n === best.words && m.start < best.start)) best = { text: printed, words: n, start: m.start };
    }
  }
  return best?.text ?? c.name;
}

/** The KB's own name of a linked entity, when the record names it otherwise (for grouping across articles). */
export function kbName(c: Cluster, name: string): string | undefined {
  return c.entry && c.entry.name !== name ? c.entry.name : undefined;
}

/** A mention as a name: no leading article, no trailing possessive. */
function bare(text: string): string {
  return text.replace(/^the\s+/iu, '').replace(/['’]s$/u, '');
}

/** "MFA", "MoD", "UNSC": a word with two capitals or more. */
function isAbbreviation(word: string): boolean {
  return /\p{Lu}\P{Lu}*\p{Lu}/u.test(word);
}

/** The word a body's name is about: "Ministry" of "Ministry of Defence of Russia", "Council" of "Security Council". */
function headNoun(name: string): string {
  const words = name.split(/\s+/u);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for|in|on)$/u.test(w));
  return words[(of > 0 ? of : words.length) - 1] ?? '';
}

/** The same word, spelled either way, in the same case ("Defence" and "Defense"; not "agency" for "Agency"). */
function sameWord(a: string, b: string): boolean {
  return fold(a) === fold(b) && /^\p{Lu}/u.test(a) === /^\p{Lu}/u.test(b);
}

/** Whether words of `printed` (possessives dropped) name the country `iso3`: "Russian", "Iran's", "South Korean". */
function holdsCountry(kb: KnowledgeBase, printed: string, iso3: string): boolean {
  const words = printed.split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''));
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = nameKey(words.slice(i, i + n).join(' '));
      if (kb.byDemonym(key).some((x) => x.iso3 === iso3)) return true;
      if (kb.lookup(key).some((x) => x.kind === 'country' && x.iso3 === iso3)) return true;
    }
  }
  return false;
}

/**
 * The name printed for a country's body of a generic kind: the longest mention holding the
 * country's word ("Russian Defense Ministry", "Qatar's foreign ministry"), else, for a body named
 * from the template only, the first capitalized name of its kind ("Foreign Ministry"). Mixed case
 * only (not a capitals headline); a lone word ("military", "Parliament") or one ending in an
 * abbreviation ("Russian MFA") names no one in particular.
 */
function bodyName(c: Cluster, e: OrgEntry, kb: KnowledgeBase): string | undefined {
  const kind = e.orgKind ? kb.orgKinds.get(e.orgKind) : undefined;
  // Only a body named from the template: a body the KB lists has a name of its own ("the Turkish
  // parliament" is the Grand National Assembly of Turkey).
  if (!kind || !e.country || e.id !== `org:${kind.kind}:${e.country}`) return undefined;
  const generic = new Set(kind.generic.map((g) => nameKey(g)));
  const tails = new Set([...generic].map((g) => g.slice(g.lastIndexOf(' ') + 1)));
  let best: string | undefined;
  for (const m of c.mentions) {
    if (m.form !== 'name') continue;
    const p = bare(m.text);
    const words = p.split(/\s+/u);
    const last = words[words.length - 1] ?? '';
    if (words.length < 2 || !/\p{Ll}/u.test(p) || isAbbreviation(last) || !tails.has(nameKey(last))) continue;
    if (holdsCountry(kb, p, e.country) && p.length > (best?.length ?? 0)) best = p;
  }
  if (best) return best;
  return c.mentions.filter((m) => m.form === 'name').map((m) => bare(m.text)).find((p) => {
    const words = p.split(/\s+/u);
    const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
    return words.length >= 2 && capital(words[0]) && capital(words[words.length - 1]) && /\p{Ll}/u.test(p) && generic.has(nameKey(p));
  });
}

/**
 * A KB body the article names only by an alias of several words sharing the head of its name:
 * "Russian Defense Ministry" for "Ministry of Defence of Russia", "U.N. Security Council" for
 * "United Nations Security Council"; the longest printed wins. Not another name ("the Kremlin",
 * "Brussels"), not an abbreviation.
 */
function aliasName(e: OrgEntry, printed: readonly string[]): string | undefined {
  const head = headNoun(e.name);
  const aliases = new Set(e.aliases.filter((a) => /\s/u.test(bare(a))).map((a) => fold(bare(a))));
  let best: string | undefined;
  for (const p of printed) {
    // As printed, the head in its own case: "U.N. atomic agency" describes the IAEA, it is no name of it.
    if (!/\p{Ll}/u.test(p) || !aliases.has(fold(p)) || !p.split(/\s+/u).some((w) => sameWord(w, head))) continue;
    if (p.length > (best?.length ?? 0)) best = p;
  }
  return best;
}

export function entityName(c: Cluster, kb?: KnowledgeBase): string {
  const e = c.entry;
  if (e?.kind === 'person') return personName(c, [e.name, ...e.aliases]);
  if (e?.kind === 'place' && e.placeKind === 'city' && e.id.startsWith('city:')) return cityName(c);
  // A town the KB lists with its other spellings ("Kharkov" for Kharkiv) goes by the one printed.
  if (e?.kind === 'place' && e.placeKind === 'city') return personName(c, [e.name, ...e.aliases], true);
  if (!e || (e.kind !== 'org' && !(e.kind === 'place' && e.placeKind !== 'city'))) return c.name;
  const printed = c.mentions.filter((m) => m.form === 'name').map((m) => m.text.replace(/^the\s+/iu, '').replace(/['’]s$/u, ''));
  if (printed.length === 0) return c.name;
  // The KB's own name anywhere, even in capitals ("GAZA STRIP" in a headline), keeps it.
  if (printed.some((p) => p.toLowerCase() === c.name.toLowerCase())) return c.name;
  if (e.kind === 'org') {
    const body = kb ? bodyName(c, e, kb) : undefined;
    if (body) return body;
    // Printed inside a longer name ("Supreme People's Assembly of North Korea"), the KB's name stays.
    const own = ` ${fold(c.name)} `;
    const alias = printed.some((p) => ` ${fold(p)} `.includes(own)) ? undefined : aliasName(e, printed);
    if (alias) return alias;
  }
  const target = fold(c.name);
  const variant = printed.find((p) => fold(p) === target && /\p{Ll}/u.test(p));
  if (variant) return variant;
  const other = printed.find((p) => transliterated(p, c.name));
  if (other) return other;
  if (e.kind === 'place') {
    const short = printed.find((p) => /\p{Ll}/u.test(p) && shortened(p, c.name));
    if (short) return short;
  }
  return c.name;
}
