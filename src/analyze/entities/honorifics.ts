/**
 * Honorifics and titles are never part of a person's name: "Comrade Kim Jong-un" is the name
 * "Kim Jong-un"; "President Vladimir Putin", if the tagger took the title in, is "Vladimir Putin".
 * Stray honorifics tagged on their own ("Comrade") are dropped.
 *
 * Some courtesy titles run over several words or are honorifics only in company: Malaysian "Tan
 * Sri", "Datuk Seri", "Dato' Sri", "Tun" ("Tun Dr Mahathir Mohamad" is "Mahathir Mohamad"), Indian
 * "Shri" and "Smt.". They are read only before a person's name, never inside one ("Najib Tun
 * Razak" keeps its "Tun"), and "Sri" alone is no honorific ("Sri Mulyani Indrawati", "Sri Lanka").
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';
import { isHonorific, isTitleWord } from './lexicon.js';

/** Courtesy titles that stand alone before a name. */
const COURTESY: ReadonlySet<string> = new Set(['tun', 'datuk', 'datin', 'dato', 'shri', 'shrimati', 'smt', 'smt.', 'toh puan']);
/** First words of a two-word courtesy title: "Tan Sri", "Puan Sri", "Toh Puan". */
const COURTESY_PAIR_HEAD: ReadonlySet<string> = new Set(['tan', 'puan', 'toh']);
/** Second words that extend one: "Datuk Seri", "Dato' Sri", "Datin Paduka", "Tan Sri". */
const COURTESY_TAIL: ReadonlySet<string> = new Set(['sri', 'seri', 'paduka', 'puan']);

/** How many tokens from `i` make one courtesy title before a person's name (0: none). */
export function courtesyLength(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  const w = t.text.toLowerCase();
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (COURTESY_PAIR_HEAD.has(w)) return COURTESY_TAIL.has(next) ? 2 : 0;
  if (!COURTESY.has(w)) return 0;
  // "Tun Tun Hein" is a Burmese name, not a title.
  if (w === 'tun' && next === 'tun') return 0;
  let n = 1;
  // "Dato'": the apostrophe is a token of its own.
  if (w === 'dato' && /^['’]$/u.test(tokens[i + 1]?.text ?? '') && !tokens[i + 1]?.spaceBefore) n++;
  if (w !== 'tun' && w !== 'shri' && COURTESY_TAIL.has(tokens[i + n]?.text.toLowerCase() ?? '')) n++;
  return n;
}

/** Tokens of an honorific starting at `i` before a person's name: a single word or a courtesy title. */
export function honorificLength(tokens: readonly Token[], i: number, person: boolean): number {
  const t = tokens[i];
  if (!t) return 0;
  if (isHonorific(t.text)) return 1;
  return person ? courtesyLength(tokens, i) : 0;
}

/** The first token of an honorific that ends at token `j` (inclusive), if one does. */
export function honorificEndingAt(tokens: readonly Token[], j: number): number | undefined {
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    if (honorificLength(tokens, k, true) === j - k + 1) return k;
  }
  return undefined;
}

export function stripHonorifics(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let start = c.start;
    while (start < c.end) {
      const t = tokens[start];
      if (!t) break;
      const n = honorificLength(tokens, start, c.type === 'PERSON') || (c.type === 'PERSON' && isTitleWord(t.text) && start < c.end - 1 ? 1 : 0);
      if (n === 0 || start + n >= c.end) break;
      start += n;
    }
    const only = tokens[start];
    if (!only) continue;
    if (start === c.end - 1 && isHonorific(only.text)) continue;
    if (start !== c.start) out.push({ ...c, start, charStart: only.start });
    else out.push(c);
  }
  return out;
}
