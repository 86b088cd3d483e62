/**
 * A party named by its adjective in a title: "Conservative leader X", "Labour leader X",
 * "Republican senator X", "Democratic lawmaker X", "Tory MP X". The adjective is the party's only
 * where the article's countries have a party of that name ("Conservative" in a story about
 * Britain is the Conservative Party; in one about Canada, Canada's, when the KB lists it).
 */
import { nameKey, type KbEntry } from '../../kb/index.js';
import { clearlyFirst } from './clearly-first.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
import { datelineCountry } from './titles.js';

/** Other words for a party than its own adjective. */
const NICKNAMES: ReadonlyMap<string, string> = new Map([['tory', 'conservative'], ['gop', 'republican']]);

/** The party a capitalized adjective stands for in this article, if any. */
export function partyOfAdjective(st: LinkState, word: string): KbEntry | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) && word !== 'GOP') return undefined;
  const adj = NICKNAMES.get(nameKey(word)) ?? nameKey(word);
  const stem = adj.replace(/ic$/u, '');
  const keys = [`${adj} party`, `${adj}s`, adj, `${stem}s`];
  const cands: KbEntry[] = [];
  for (const k of keys) {
    for (const e of st.kb.lookup(k)) if (e.kind === 'org' && e.code?.endsWith('PTY') && e.country && !cands.includes(e)) cands.push(e);
  }
  let best: KbEntry | undefined;
  let n = 0;
  for (const e of cands) {
    const k = st.countries.get(e.country ?? '') ?? 0;
    if (k > n) { best = e; n = k; }
  }
  return best;
}

/** A political party of the KB. */
export function isParty(e: KbEntry | undefined): boolean {
  return e?.kind === 'org' && !!e.code?.endsWith('PTY') && !!e.country;
}

/**
 * How often the article names a country, leaving out the printed names of parties (a sweep of
 * "Democratic Party" counts the country of whichever party of that name the KB lists first).
 */
function namedBesidesParties(st: LinkState, iso: string): number {
  const parties = st.hits.filter((h) => isParty(h.entry) && h.entry.country === iso).length;
  return (st.countries.get(iso) ?? 0) - parties;
}

/**
 * The country the story is about, for a party: the dateline's, else one named at least twice and
 * twice as often as any other (parties' own names left out).
 */
function partyHome(st: LinkState): string | undefined {
  const dl = datelineCountry(st);
  if (dl && st.kb.country(dl)) return dl;
  const ranked = [...st.countries.keys()].filter((iso) => st.kb.country(iso))
    .map((iso) => [iso, namedBesidesParties(st, iso)] as const).sort((a, b) => b[1] - a[1]);
  return clearlyFirst(ranked, 2);
}

/**
 * Which party a party's name is in this article, among the KB's parties of that name ("Democratic
 * Party": the American, the Italian, the South Korean). A party is domestic: the one of the story's
 * country; none (null) when the story is another country's, or the name is one word (not letters), and the
 * article never names a country of those parties; else the party of the country named most (the
 * first on a tie). Undefined when no candidate is a party.
 */
export function partyFor(st: LinkState, cands: readonly KbEntry[], printed = ''): KbEntry | null | undefined {
  const parties = cands.filter(isParty);
  if (parties.length === 0) return undefined;
  const home = partyHome(st);
  const own = parties.find((e) => e.country === home);
  if (own) return own;
  const named = parties.map((e) => ({ e, n: namedBesidesParties(st, e.country ?? '') })).sort((a, b) => b.n - a.n);
  const best = named[0];
  if (!best) return undefined;
  // A word ("League", "Democrats") is as often something else: only a party in play. Not letters
  // ("CSU", "PPP"), which are a party's own.
  const word = /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+$/u.test(printed.trim());
  return (home || word) && best.n <= 0 ? null : best.e;
}

/**
 * A party is in play in this article when its country is the story's or is named (besides in
 * parties' names): "League envoy" in a story about the Arab League is no Italian party's envoy.
 */
export function partyInPlay(st: LinkState, e: KbEntry): boolean {
  return e.country === partyHome(st) || namedBesidesParties(st, e.country ?? '') > 0;
}

/** Words before or after a one-word name that make it part of a longer one ("Premier League", "League of Nations"). */
const JOINS_NEXT = /^ (?:of|for)\b|^ \p{Lu}\p{Ll}/u;

/**
 * A party the KB names by one capitalized word ("League", "Likud", "Fidesz") where the tagger saw
 * no name, in a story of that party's country: "the League and the 5-Star Movement surged",
 * "League leader Matteo Salvini". Not inside a longer name ("Premier League", "League of Nations").
 */
export function linkBareParties(st: LinkState): void {
  const home = partyHome(st);
  if (!home) return;
  for (let i = 0; i < st.words.length; i++) {
    const w = st.words[i];
    if (!w || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
    // The lookup first: most words name no party, and claims are many.
    const party = st.kb.lookup(nameKey(w.text)).find((e) => isParty(e) && e.country === home && [e.name, ...e.aliases].includes(w.text));
    if (!party || claimed(st, w.start, w.end)) continue;
    const prev = st.words[i - 1];
    if (prev && /^\p{Lu}/u.test(prev.text) && st.text.slice(prev.end, w.start) === ' ' && !/^(?:The|And)$/u.test(prev.text)) continue;
    if (JOINS_NEXT.test(st.text.slice(w.end, w.end + 8))) continue;
    mentionOf(st, clusterFor(st, party), w.start, w.end, 'name');
  }
}
