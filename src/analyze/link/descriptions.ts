/**
 * Descriptions: "the Russian leader", "the senior North Korean official", "the South Korean
 * president", "the leader of North Korea". Each resolves to a person the article already names
 * (matching country and office, nearest before it), or, for an office, to whoever held it on the
 * article's date according to the KB — "the South Korean president" in June 2018 is Moon Jae-in
 * even when the article never names him.
 */
import { termsAt, type Holder, type OfficeKind } from '../../kb/index.js';
import type { Cluster } from './clusters.js';
import { lastMentionBefore } from './clusters.js';
import { LESSER_TITLE, MAX_OFFICE_WORDS, MODIFIERS, OFFICE_WORDS, type OfficeWord } from './lexicon.js';
import { clusterFor, mentionOf, type LinkState } from './state.js';
import { countriesIn } from './titles.js';
import { isCapitalized, stripPossessive } from './words.js';
import { nameKey } from '../../kb/index.js';

interface Description {
  start: number;
  end: number;
  country?: string;
  phrase: string;
  word: OfficeWord;
  /** "the Vice President", "the deputy foreign minister": another office than the word's own. */
  lesser?: boolean;
  /** That lesser office in plain words: "vice president", "deputy foreign minister". */
  lesserOffice?: string;
}

const LESSER = new Set(['vice', 'deputy', 'former', 'ex', 'assistant', 'vice-', 'first-deputy', 'late']);

/** An intergovernmental body before the office word: "the UN secretary-general", "the NATO chief". */
function bodyIn(st: LinkState, start: number, end: number): string | undefined {
  for (const w of st.words) {
    if (w.start < start || w.end > end) continue;
    const e = st.kb.lookup(nameKey(stripPossessive(w.text))).find((x) => x.kind === 'org' && x.code?.startsWith('IGO') && x.country);
    if (e?.country && isCapitalized(w.text)) return e.country;
  }
  return undefined;
}

/** A body with an IGO code whose mention starts at `at` ("U.N. nuclear watchdog" linked to the IAEA). */
function igoMentionAt(st: LinkState, at: number): { country: string; end: number } | undefined {
  for (const c of st.clusters) {
    if (!(c.code ?? '').startsWith('IGO') || !c.country) continue;
    const m = c.mentions.find((x) => x.start === at);
    if (m) return { country: c.country, end: m.end };
  }
  return undefined;
}

/**
 * Every prefix of an office phrase: a word that starts none ("the", "said", most of the text) is
 * passed over without slicing and lower-casing a phrase of each length.
 */
let officePrefixes: Set<string> | undefined;
function startsAnOffice(word: string): boolean {
  if (!officePrefixes) {
    officePrefixes = new Set();
    for (const k of OFFICE_WORDS.keys()) for (let j = 1; j <= k.length; j++) officePrefixes.add(k.slice(0, j));
  }
  return officePrefixes.has(word.toLowerCase());
}

function officeAt(st: LinkState, i: number): { phrase: string; n: number } | undefined {
  // Any phrase found starts with this word's lower-cased text.
  const lead = st.words[i];
  if (!lead || !startsAnOffice(lead.text)) return undefined;
  for (let n = MAX_OFFICE_WORDS; n >= 1; n--) {
    const ws = st.words.slice(i, i + n);
    if (ws.length < n) continue;
    const first = ws[0];
    const last = ws[ws.length - 1];
    if (!first || !last) continue;
    const phrase = st.text.slice(first.start, last.end).toLowerCase();
    if (OFFICE_WORDS.has(phrase)) return { phrase, n };
  }
  return undefined;
}

export function findDescriptions(st: LinkState): Description[] {
  const out: Description[] = [];
  const ws = st.words;
  for (let i = 1; i < ws.length; i++) {
    const office = officeAt(st, i);
    if (!office) continue;
    const word = OFFICE_WORDS.get(office.phrase);
    const officeEndWord = ws[i + office.n - 1];
    if (!word || !officeEndWord) continue;
    // Walk back over modifiers and country words to "the" (or a possessive country: "Russia's").
    let j = i - 1;
    let start = -1;
    while (j >= 0 && i - j <= 6) {
      const w = ws[j];
      if (!w) break;
      const lw = w.text.toLowerCase();
      if (lw === 'the') { start = w.start; break; }
      if (/['’]s$/u.test(w.text) && isCapitalized(w.text) && countriesIn(st, w.start, w.end).length > 0) { start = w.start; break; }
      if (!MODIFIERS.has(lw) && !LESSER.has(lw) && !isCapitalized(w.text)) break;
      j--;
    }
    if (start < 0) continue;
    let end = officeEndWord.end;
    let bodyFrom = -1;
    let country = countriesIn(st, start, ws[i]?.start ?? end)[0] ?? bodyIn(st, start, ws[i]?.start ?? end);
    // "the leader of North Korea"
    const after = st.text.slice(end, end + 40);
    const of = /^ of (?:the )?/u.exec(after);
    if (of) {
      const from = end + of[0].length;
      const c = countriesIn(st, from, Math.min(st.text.length, from + 35));
      const k = ws.findIndex((w) => w.start >= from);
      for (let n = 1; n <= 4 && c[0] && !country; n++) {
        const last = ws[k + n - 1];
        if (k >= 0 && last && countriesIn(st, from, last.end)[0] === c[0]) { country = c[0]; end = last.end; }
      }
      // "the head of the U.N. nuclear watchdog": an intergovernmental body linked right after.
      const body = country ? undefined : igoMentionAt(st, from);
      if (body) { country = body.country; end = body.end; bodyFrom = from; }
    }
    // "the Russian President Vladimir Putin" is a title, handled with the name.
    const next = st.text.slice(end).match(/^ (\p{Lu})/u);
    if (next && !word.official) continue;
    // A name among the modifiers ("the AU's envoy") is no obstacle; one over the office word is.
    const officeStart = ws[i]?.start ?? end;
    if (st.claimed.some((c) => start < c.end && c.start < end && c.text !== 'hit' && c.end > officeStart && c.start !== bodyFrom)) continue;
    const d: Description = { start, end, phrase: office.phrase, word };
    if (ws.slice(j + 1, i).some((w) => LESSER.has(w.text.toLowerCase()))) d.lesser = true;
    const rank = ws.slice(j + 1, i).map((w) => w.text.toLowerCase()).filter((w) => RANKS.has(w));
    if (rank.length > 0) d.lesserOffice = plainOffice(`${rank.join(' ')} ${office.phrase}`);
    if (country) d.country = country;
    out.push(d);
  }
  return out;
}

/** Words of a rank below the office's own ("vice president", "first deputy prime minister"). */
const RANKS = new Set(['vice', 'deputy', 'assistant', 'vice-', 'first-deputy', 'first']);

/** An office or title in plain words: "Deputy Minister of Foreign Affairs of Russia" -> "deputy foreign minister of russia". */
function plainOffice(t: string): string {
  return t.toLowerCase().replace(/[-\u2010]/gu, ' ').replace(/\s+/gu, ' ')
    .replace(/\bminister of foreign affairs\b/gu, 'foreign minister')
    .replace(/\bminister of defen[cs]e\b/gu, 'defence minister')
    .replace(/\bdefense\b/gu, 'defence')
    .replace(/^first (?!deputy|vice)/u, '');
}

/**
 * "the vice president", "the US vice president", "the deputy foreign minister": someone the
 * article titles so, or whose office on the date is that one; else the one holder of it the KB
 * knows for the country on the date (China's several vice premiers leave it open).
 */
function lesserHolder(st: LinkState, d: Description): Cluster | undefined {
  const office = d.lesserOffice;
  if (!office) return undefined;
  const fits = (c: Cluster): boolean => c.type === 'PERSON' && (!d.country || c.country === d.country)
    && (c.titles.some((t) => plainOffice(t).includes(office)) || plainOffice(c.role ?? '').startsWith(office));
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of st.clusters) {
    if (!fits(c)) continue;
    const at = lastMentionBefore(c, d.start);
    if (at > bestAt || !best) { best = c; bestAt = at; }
  }
  if (best || !d.country || !st.date || /\b(?:former|ex|late)\b/iu.test(st.text.slice(d.start, d.end))) return best;
  const holders = st.kb.holdersAt(d.country, 'OTHER', st.date).filter((h) => plainOffice(h.term.office).startsWith(office));
  const people = new Set(holders.map((h) => h.person.id));
  return people.size === 1 && holders[0] ? clusterFor(st, holders[0].person) : undefined;
}

/** Titles of whoever leads a country: "the South Korean leader" may be its titled President. */
const LEADER_TITLE = /\b(?:leader|president|prime minister|premier|chancellor|king|queen|emir|sultan)\b/iu;

/** Where a description may end before its appositive: "the AU's envoy for the Horn of Africa, NAME". */
const APPOSITIVE_GAP = /^(?: (?:for|to|of|in|on) (?:the )?(?:\p{Lu}[\p{L}'’-]*|of|and|the)(?: (?:\p{Lu}[\p{L}'’-]*|of|and|the)){0,5})?,\s*/u;

/** A speech verb right after a name makes it the subject of a clause, not an apposition. */
const CLAUSE_VERB = /^ (?:said|says|told|added|noted|stressed|replied)\b/u;

/**
 * An appositive name right after: "the leader of North Korea, Comrade Kim Jong-un", "the AU's
 * envoy for the Horn of Africa, former Nigerian president Olusegun Obasanjo". The name must fit
 * the description's country: in "According to the Turkish leader, Russian President Vladimir
 * Putin is expected …" the comma ends a framing phrase, not an apposition.
 */
function appositiveName(st: LinkState, d: Description): Cluster | undefined {
  const gap = APPOSITIVE_GAP.exec(st.text.slice(d.end, d.end + 80));
  if (!gap) return undefined;
  const at = d.end + gap[0].length;
  const c = st.clusters.find((x) => x.type === 'PERSON' && x.mentions.some((m) => m.start >= at && m.start <= at + 12));
  if (!c) return undefined;
  // "Officials met the Indian ambassador, Aamir Rana said": the name opens a clause of its own.
  const named = c.mentions.find((m) => m.start >= at && m.start <= at + 12);
  if (named && CLAUSE_VERB.test(st.text.slice(named.end, named.end + 12))) return undefined;
  // A body's envoy may come from any country; a country's leader is of that country.
  const national = d.country !== undefined && st.kb.country(d.country) !== undefined;
  if (national && d.country && c.country && c.country !== d.country && !heldIn(c, d.country)) return undefined;
  return c;
}

/** True when the KB knows the person held some office of `country`, at any time. */
function heldIn(c: Cluster, country: string): boolean {
  return c.entry?.kind === 'person' && c.entry.terms.some((t) => t.country === country);
}

/**
 * "the former Norwegian prime minister": a person of the article whose KB terms include that
 * office of that country, ended before the article's date (any term when the date is unknown).
 * The nearest such person named before the description wins.
 */
function formerHolder(st: LinkState, d: Description): Cluster | undefined {
  if (!/\b(?:former|ex|ex-)\b/iu.test(st.text.slice(d.start, d.end))) return undefined;
  let best: Cluster | undefined;
  let bestAt = -1;
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || c.entry?.kind !== 'person') continue;
    const fits = c.entry.terms.some((t) => (!d.country || t.country === d.country)
      && (!st.date || (t.end !== undefined && t.end < st.date))
      && (d.word.office ? d.word.office.test(t.office) : t.kinds.some((k) => d.word.kinds.includes(k))));
    if (!fits) continue;
    const at = lastMentionBefore(c, d.start);
    if (at > bestAt) { best = c; bestAt = at; }
  }
  return best;
}

/**
 * The person in focus before a description: one the nearby text keeps talking about (mentions in
 * the preceding stretch) and who opens a sentence there, rather than whoever was named last
 * ("According to the minister" after a paragraph about Lavrov and his Japanese counterpart).
 */
function focusBonus(st: LinkState, c: Cluster, at: number): number {
  const from = Math.max(0, at - 600);
  let b = 0;
  for (const m of c.mentions) {
    if (m.start < from || m.start >= at) continue;
    b += 0.2;
    if (opensSentence(st.text, m.start)) b += 0.3;
  }
  return Math.min(b, 1.5);
}

function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:[.!?]["”’]?\s|\n)$/u.test(before);
}

function roleMatches(c: Cluster, w: OfficeWord, leaderKind: OfficeKind | undefined): boolean {
  if (!c.role) return false;
  if (w.office) return w.office.test(c.role);
  const e = c.entry;
  if (e?.kind !== 'person') return false;
  const t = e.terms.find((x) => x.office === c.role);
  if (!t) return false;
  if (w.leader && leaderKind) return t.kinds.includes(leaderKind) || t.kinds.includes('HOS') && t.kinds.includes('HOG');
  return t.kinds.some((k) => w.kinds.includes(k));
}

/** The person's office on the article's date makes them head of state or government. */
function leadsOnDate(c: Cluster): boolean {
  if (c.entry?.kind !== 'person' || !c.role) return false;
  return c.entry.terms.some((t) => t.office === c.role && (t.kinds.includes('HOS') || t.kinds.includes('HOG')));
}

function resolveInArticle(st: LinkState, d: Description): Cluster | undefined {
  const leaderKind = d.country ? st.kb.country(d.country)?.leader : undefined;
  const c0 = appositiveName(st, d);
  if (c0) return c0;
  // A lesser office ("the Vice President") resolves only to someone the article titles so, or,
  // for a former office, someone the KB knows held it ("the former Norwegian prime minister").
  if (d.lesser) {
    const phrase = st.text.slice(d.start, d.end).replace(/^the\s+/iu, '').toLowerCase();
    const titled = st.clusters.find((c) => c.type === 'PERSON' && c.titles.some((t) => t.toLowerCase().includes(phrase)));
    return titled ?? lesserHolder(st, d) ?? formerHolder(st, d);
  }
  let best: Cluster | undefined;
  let bestScore = 0;
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || !c.named) continue;
    if (d.country && c.country !== d.country) continue;
    // A "former Prime Minister" title says nothing about who "the prime minister" is now.
    // Nor does a "Vice President" title say who "the president" is.
    const current = c.titles.filter((t) => !/\b(?:former|ex|late)\b/iu.test(t) && (d.word.official || !LESSER_TITLE.test(t)));
    const titled = current.some((t) => t.toLowerCase().includes(d.phrase));
    const leaderTitled = current.some((t) => LEADER_TITLE.test(t) && !LESSER_TITLE.test(t));
    let s = 0;
    if (d.word.official) {
      // "the minister", "the American ambassador": someone the article calls so.
      if ((d.word.job || !d.country) && !titled && !(c.role ?? '').toLowerCase().includes(d.phrase)) continue;
      // The KB knows whether their office leads the country ("President of the Presidium" does
      // not); for others the article's title says so.
      if (d.word.notLeader && !titled && (c.entry?.kind === 'person' ? leadsOnDate(c) : leaderTitled)) continue;
      s = 1;
      if (leaderTitled) s -= 0.5;
    } else {
      // Someone the KB knows out of office on the date is not "the president" (without a date,
      // the KB cannot say).
      if (st.date && c.entry?.kind === 'person' && !c.role) continue;
      if (titled || (d.word.leader && leaderTitled)) s += 3;
      if (roleMatches(c, d.word, leaderKind)) s += 2;
      if (s === 0) continue;
    }
    const before = lastMentionBefore(c, d.start);
    if (before >= 0) s += 0.5 + before / (st.text.length + 1) + focusBonus(st, c, d.start);
    if (!d.country && !titled && !d.word.official) s -= 1;
    if (s > bestScore) { best = c; bestScore = s; }
  }
  return best;
}

/** Office holders from imported dictionaries (Wikidata people), consulted before the KB's. */
function extraHolders(st: LinkState, country: string, kind: OfficeKind, date: string): Holder[] {
  const out: Holder[] = [];
  for (const e of st.extras?.entries ?? []) {
    if (e.kind !== 'person') continue;
    for (const t of termsAt(e, date)) if (t.country === country && t.kinds.includes(kind)) out.push({ person: e, term: t });
  }
  return out;
}

function resolveFromKb(st: LinkState, d: Description): Cluster | undefined {
  if (!d.country || !st.date || d.word.official || d.lesser) return undefined;
  const country = st.kb.country(d.country);
  const kinds: OfficeKind[] = d.word.leader && country ? [country.leader, country.leader === 'HOS' ? 'HOG' : 'HOS'] : d.word.kinds;
  for (const k of kinds) {
    const holders = [...extraHolders(st, d.country, k, st.date), ...st.kb.holdersAt(d.country, k, st.date)]
      .filter((h) => !d.word.office || d.word.office.test(h.term.office));
    const h = holders[0];
    if (h) return clusterFor(st, h.person);
  }
  return undefined;
}

export function linkDescriptions(st: LinkState): void {
  for (const d of findDescriptions(st)) {
    const c = resolveInArticle(st, d) ?? resolveFromKb(st, d);
    if (c) mentionOf(st, c, d.start, d.end, 'description', true);
  }
}
