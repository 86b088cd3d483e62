/**
 * The title printed before a person's name: "Russian President" before "Vladimir Putin",
 * "President of the Presidium of the Supreme People's Assembly of North Korea" before "Kim Yong-nam".
 * Read backwards from the name over title words, nationalities, other names (ORG, PLACE, GROUP) and
 * the little words that join them; an honorific between title and name ("Chairman Comrade Kim
 * Jong-un", "the leader of North Korea, Comrade Kim Jong-un") is skipped, never part of the title.
 */
import { spanOf, type Doc, type NameMention } from '../doc.js';
import type { Candidate } from './candidate.js';
import { demonymSet, isTitleWord } from './lexicon.js';
import { honorificEndingAt } from './honorifics.js';

// A spaced dash ("TOKYO, March 16 Kyodo - Prime Minister ...") ends a title: it is no joiner.
const JOINERS = new Set(['of', 'the', 'and', "'s", '’s', 'de', 'al']);
/** Words that qualify a title but are none on their own ("Former Trump advisor" gives Trump no title). */
const MODIFIERS = new Set(['former', 'ex', 'late', 'acting', 'interim', 'incumbent', 'newly', 'elected', 'senior', 'top', 'first', 'then', 'outgoing', 'incoming', 'new']);
const LEADING_DROP = new Set(['of', 'the', 'and', 'for', "'s", '’s', 'de', 'al']);

/** Tokens from..to-1 are all lower-case words. */
function lowerOnly(tokens: Doc['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return false;
  return to > from;
}

export function attachTitles(doc: Doc, cands: readonly Candidate[], mentions: NameMention[]): void {
  const { tokens, article } = doc;
  const owner = new Map<number, Candidate>();
  for (const c of cands) if (c.type !== 'PERSON') for (let i = c.start; i < c.end; i++) owner.set(i, c);
  cands.forEach((c, idx) => {
    if (c.type !== 'PERSON') return;
    const first = tokens[c.start];
    if (!first) return;
    const sentence = first.sentence;
    let j = c.start - 1;
    let sawHonorific = false;
    // Honorifics between title and name, courtesy titles of several words too ("Prime Minister
    // Datuk Seri Najib"), are skipped.
    for (let h = honorificEndingAt(tokens, j); j >= 0 && h !== undefined && tokens[h]?.sentence === sentence; h = honorificEndingAt(tokens, j)) {
      j = h - 1;
      sawHonorific = true;
    }
    if (sawHonorific && tokens[j]?.text === ',' && tokens[j]?.sentence === sentence) j--;
    const end = j + 1;
    let start = end;
    let titleWords = 0;
    let sawName = false;
    while (j >= 0) {
      const t = tokens[j];
      if (!t || t.sentence !== sentence) break;
      const other = owner.get(j);
      if (other) { start = other.start; j = other.start - 1; sawName = true; continue; }
      const w = t.text;
      if (isTitleWord(w)) {
        if (!MODIFIERS.has(w.toLowerCase())) titleWords++;
        start = j;
        j--;
        continue;
      }
      // "for" joins inside a capitalized title ("Minister for Foreign Affairs") and after an office
      // word when only lower-case title words follow ("secretary for press affairs"), never
      // "adviser for U.S. President".
      if (w === 'for' && (/^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') || (!sawName && isTitleWord(tokens[j - 1]?.text ?? '') && lowerOnly(tokens, j + 1, end)))) { start = j; j--; continue; }
      if (demonymSet().has(w.toLowerCase())) { start = j; j--; continue; }
      if (JOINERS.has(w.toLowerCase())) { start = j; j--; continue; }
      break;
    }
    while (start < end && LEADING_DROP.has(tokens[start]?.text.toLowerCase() ?? '')) start++;
    // Nothing but names and joiners ("in Moscow") is no title; the word next to the name must belong.
    const last = tokens[end - 1];
    if (titleWords === 0 || start >= end || !last) return;
    if (!isTitleWord(last.text) && !owner.has(end - 1) && !demonymSet().has(last.text.toLowerCase())) return;
    if (MODIFIERS.has(last.text.toLowerCase())) return;
    const from = tokens[start];
    const mention = mentions[idx];
    if (!from || !mention) return;
    mention.title = spanOf(article.text, from.start, last.end);
  });
}
