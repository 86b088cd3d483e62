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
import { MAX_OFFICE_WORDS, MODIFIERS, OFFICE_WORDS, type OfficeWord } from './lexicon.js';
import { claimed, clusterFor, mentionOf, type LinkState } from './state.js';
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

function officeAt(st: LinkState, i: number): { phrase: string; n: number } | undefined {
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
      if (!MODIFIERS.has(lw) && !isCapitalized(w.text)) break;
      j--;
    }
    if (start < 0) continue;
    let end = officeEndWord.end;
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
    }
    // "the Russian President Vladimir Putin" is a title, handled with the name.
    const next = st.text.slice(end).match(/^ (\p{Lu})/u);
    if (next && !word.official) continue;
    if (claimed(st, start, end, ['hit'])) continue;
    const d: Description = { start, end, phrase: office.phrase, word };
    if (LESSER.has((ws[i - 1]?.text ?? '').toLowerCase())) d.lesser = true;
    if (country) d.country = country;
    out.push(d);
  }
  return out;
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

function resolveInArticle(st: LinkState, d: Description): Cluster | undefined {
  const leaderKind = d.country ? st.kb.country(d.country)?.leader : undefined;
  // An appositive name right after: "the leader of North Korea, Comrade Kim Jong-un".
  const appositive = /^,\s*/u.exec(st.text.slice(d.end, d.end + 3));
  if (appositive) {
    const at = d.end + appositive[0].length;
    const c = st.clusters.find((x) => x.type === 'PERSON' && x.mentions.some((m) => m.start >= at && m.start <= at + 12));
    if (c) return c;
  }
  // A lesser office ("the Vice President") resolves only to someone the article titles so.
  if (d.lesser) {
    const phrase = st.text.slice(d.start, d.end).replace(/^the\s+/iu, '').toLowerCase();
    return st.clusters.find((c) => c.type === 'PERSON' && c.titles.some((t) => t.toLowerCase().includes(phrase)));
  }
  let best: Cluster | undefined;
  let bestScore = 0;
  for (const c of st.clusters) {
    if (c.type !== 'PERSON' || !c.named) continue;
    if (d.country && c.country !== d.country) continue;
    // A "former Prime Minister" title says nothing about who "the prime minister" is now.
    const current = c.titles.filter((t) => !/\b(?:former|ex|late)\b/iu.test(t));
    const titled = current.some((t) => t.toLowerCase().includes(d.phrase));
    const leaderTitled = current.some((t) => /leader/i.test(t));
    let s = 0;
    if (d.word.official) {
      // "the minister", "the American ambassador": someone the article calls so.
      if ((d.word.job || !d.country) && !titled && !(c.role ?? '').toLowerCase().includes(d.phrase)) continue;
      s = 1;
      if (leaderTitled) s -= 0.5;
    } else {
      // Someone the KB knows out of office on the date is not "the president".
      if (c.entry?.kind === 'person' && !c.role) continue;
      if (titled) s += 3;
      if (roleMatches(c, d.word, leaderKind)) s += 2;
      if (s === 0) continue;
    }
    const before = lastMentionBefore(c, d.start);
    if (before >= 0) s += 0.5 + before / (st.text.length + 1);
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
