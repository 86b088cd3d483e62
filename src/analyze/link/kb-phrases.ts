/**
 * Names the tagger cannot see whole, found in the text from the KB's own phrases before the
 * tagger's names are linked: treaties and initiatives named in lower case ("the 2015 nuclear deal",
 * "the Black Sea grain initiative"), sites ("Zaporozhye nuclear power plant", where the tagger
 * marks only "Zaporozhye") and any named event or site of several words. A phrase found here
 * claims its span, so the place inside it ("Black Sea", "Zaporozhye") is not linked on its own.
 *
 * Matching is word by word as printed (only the first letter may differ in case), and a capitalized
 * phrase never matches inside a longer capitalized name ("Security Council" in "National Security
 * Council").
 */
import { nameKey, type KbEntry, type KnowledgeBase } from '../../kb/index.js';
import type { Span } from '../../model.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
import { isCapitalized, wordsOf } from './words.js';

interface Phrase {
  words: string[];
  entry: KbEntry;
}

/** Words that may stand capitalized before a name without being part of it ("The Minsk agreements"). */
const LEADING = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'with', 'under', 'as', 'after', 'before', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'both', 'since', 'while', 'during']);

const cache = new WeakMap<KnowledgeBase, Map<string, Phrase[]>>();

/** A phrase not capitalized at both ends is one the sweep of capitalized names cannot find. */
function descriptive(words: readonly string[]): boolean {
  return !isCapitalized(words[0] ?? '') || !isCapitalized(words[words.length - 1] ?? '');
}

/** Which of an entry's names this pass looks for: descriptive ones, and every name of an event or site. */
function wanted(e: KbEntry, words: readonly string[]): boolean {
  if (words.length < 2) return false;
  if (e.kind === 'org') return e.type === 'EVENT' || descriptive(words);
  if (e.kind === 'place') return e.placeKind === 'site' || descriptive(words);
  return false;
}

function phrasesOf(kb: KnowledgeBase): Map<string, Phrase[]> {
  let index = cache.get(kb);
  if (index) return index;
  index = new Map();
  for (const e of kb.names.entries) {
    if (e.kind !== 'org' && e.kind !== 'place') continue;
    for (const n of [e.name, ...e.aliases]) {
      const words = wordsOf(n.replace(/^the\s+/iu, '')).map((w) => w.text);
      if (!wanted(e, words)) continue;
      const first = (words[0] ?? '').toLowerCase();
      const list = index.get(first);
      const p = { words, entry: e };
      if (list) list.push(p); else index.set(first, [p]);
    }
  }
  // Longest first, so "Black Sea grain initiative" wins over anything shorter it begins with.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  cache.set(kb, index);
  return index;
}

function sameFirst(printed: string, phrase: string): boolean {
  return printed === phrase || (printed.toLowerCase() === phrase.toLowerCase() && printed.slice(1) === phrase.slice(1));
}

/**
 * `names` are the tagger's: a phrase it found whole is left to the name passes (which also link
 * the body at its head: FIFA in "FIFA World Cup").
 */
export function linkKbPhrases(st: LinkState, names: readonly Span[]): void {
  const index = phrasesOf(st.kb);
  const ws = st.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!w) continue;
    const cands = index.get(w.text.toLowerCase());
    if (!cands) continue;
    for (const p of cands) {
      const n = p.words.length;
      if (i + n > ws.length || !sameFirst(w.text, p.words[0] ?? '')) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const a = ws[i + k - 1];
        const b = ws[i + k];
        // One name: words next to each other, no sentence or clause break between.
        ok = !!a && !!b && b.text === p.words[k] && /^[ \u00a0-]?$/u.test(st.text.slice(a.end, b.start));
      }
      if (!ok) continue;
      const last = ws[i + n - 1];
      if (!last) continue;
      const before = ws[i - 1];
      const after = ws[i + n];
      // Inside a longer capitalized name: "Security Council" in "National Security Council".
      if (isCapitalized(p.words[0] ?? '') && before && isCapitalized(before.text) && !LEADING.has(before.text.toLowerCase()) && /^ $/u.test(st.text.slice(before.end, w.start))) continue;
      if (isCapitalized(p.words[n - 1] ?? '') && after && isCapitalized(after.text) && /^ $/u.test(st.text.slice(last.end, after.start))) continue;
      if (claimed(st, w.start, last.end)) continue;
      if (names.some((x) => x.start === w.start && x.end === last.end)) break;
      mentionOf(st, clusterFor(st, p.entry), w.start, last.end, 'name');
      headBody(st, p, i);
      i += n - 1;
      break;
    }
  }
}

/**
 * "the U.N. nuclear watchdog" names the United Nations too, as "FIFA World Cup" names FIFA: a body
 * the KB knows by the phrase's first word or two, printed as such, is mentioned there as well.
 */
function headBody(st: LinkState, p: Phrase, i: number): void {
  for (let n = Math.min(2, p.words.length - 1); n >= 1; n--) {
    const first = st.words[i];
    const last = st.words[i + n - 1];
    if (!first || !last || !isCapitalized(first.text)) continue;
    const printed = st.text.slice(first.start, last.end);
    const body = st.kb.lookup(nameKey(printed)).find((e) => e.kind === 'org' && e.id !== p.entry.id && [e.name, ...e.aliases].includes(printed));
    if (!body) continue;
    mentionOf(st, clusterFor(st, body), first.start, last.end, 'name', false, 'hit');
    return;
  }
}
