/**
 * Countries and nationalities the tagger missed, from the gazetteer, case-sensitively: "Russia" and
 * "North Korean" in running text. Two-letter codes are not in the lists, so "It" and "In" never
 * match; "US" is matched only in that exact form and never in an all-caps line.
 */
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import { countrySet, demonymSet } from './lexicon.js';

const EXACT_PLACES = new Set(['US', 'UK', 'EU']);
/** Starts with a capital letter (a literal in a loop would be a new RegExp object each time). */
const STARTS_UPPER = /^\p{Lu}/u;

/** The text up to the first space (a phrase's first word). */
function firstWord(s: string): string {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
}

let starts: { cased: Set<string>; lower: Set<string> } | undefined;
/** The first words of the countries and exact places (as written) and of the demonyms (lower case). */
function startWords(): { cased: Set<string>; lower: Set<string> } {
  starts ??= {
    cased: new Set([...countrySet(), ...EXACT_PLACES].map(firstWord)),
    lower: new Set([...demonymSet()].map(firstWord)),
  };
  return starts;
}

export function fillFromGazetteer(cands: Candidate[], doc: Doc, capsSentences: ReadonlySet<number>): Candidate[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let i = c.start; i < c.end; i++) covered[i] = 1;
  const countries = countrySet();
  const demonyms = demonymSet();
  const starts = startWords();
  const out = [...cands];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || capsSentences.has(t.sentence) || !STARTS_UPPER.test(t.text)) continue;
    // A phrase starting here begins with this token's text: most words start no listed name.
    if (!starts.cased.has(firstWord(t.text)) && !starts.lower.has(firstWord(t.text.toLowerCase()))) continue;
    for (let len = 4; len >= 1; len--) {
      const words = tokens.slice(i, i + len);
      if (words.length < len || words.some((w, k) => covered[i + k] || w.sentence !== t.sentence)) continue;
      const phrase = words.map((w) => w.text).join(' ');
      const isPlace = countries.has(phrase) || EXACT_PLACES.has(phrase);
      const isGroup = !isPlace && demonyms.has(phrase.toLowerCase()) && words.every((w) => STARTS_UPPER.test(w.text));
      if (!isPlace && !isGroup) continue;
      const last = words[words.length - 1];
      if (!last) continue;
      const type = phrase === 'EU' ? 'ORG' : isPlace ? 'PLACE' : 'GROUP';
      out.push({ start: i, end: i + len, charStart: t.start, charEnd: last.end, type, source: 'gazetteer' });
      for (let k = i; k < i + len; k++) covered[k] = 1;
      i += len - 1;
      break;
    }
  }
  return out;
}
