/**
 * One name, one type through an article: a string the tagger typed PERSON in most places is a
 * PERSON everywhere (EVENT and GROUP, set from the words, are left alone); and where the string
 * appears again untagged, capitalized, in body text, it is a mention too.
 */
import type { EntityType } from '../../model.js';
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import { countrySet } from './lexicon.js';

/** Starts with a capital letter (a literal in a loop would be a new RegExp object each time). */
const STARTS_UPPER = /^\p{Lu}/u;

const STABLE: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'PLACE']);
/** Words that are names in one place and ordinary words in another ("Theresa May" / "in May"). */
const AMBIGUOUS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Will', 'Mark', 'Bill', 'Rich', 'Hope', 'Grant', 'Young', 'King', 'Long', 'Bush', 'Brown', 'White', 'Green']);

export function unifyTypes(cands: Candidate[], text: string): void {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const c of cands) {
    if (!STABLE.has(c.type)) continue;
    const key = text.slice(c.charStart, c.charEnd);
    const v = votes.get(key) ?? new Map<EntityType, number>();
    v.set(c.type, (v.get(c.type) ?? 0) + 1);
    votes.set(key, v);
  }
  for (const c of cands) {
    if (!STABLE.has(c.type)) continue;
    const v = votes.get(text.slice(c.charStart, c.charEnd));
    if (!v || v.size < 2) continue;
    let best = c.type;
    let n = v.get(c.type) ?? 0;
    for (const [t, k] of v) if (k > n) { best = t; n = k; }
    c.type = best;
  }
}

/**
 * A name the tagger left untyped (MISC that is no group or event) whose last word names a person
 * elsewhere in the article is that person: "Vinnie DeVita" when "DeVita" is a PERSON.
 */
export function personsByLastWord(cands: Candidate[], doc: Doc): void {
  const { tokens } = doc;
  const personWords = new Set<string>();
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    personWords.add(tokens[c.end - 1]?.text ?? '');
    if (c.end - c.start >= 2) surnames.add(tokens[c.end - 1]?.text ?? '');
  }
  for (const c of cands) {
    const last = tokens[c.end - 1]?.text ?? '';
    if (c.type === 'OTHER' && c.end - c.start >= 2 && personWords.has(last)) c.type = 'PERSON';
    // The surname of a person named in full in this article is that person, not a team or a town
    // ("Peter Blackburn" ... "Blackburn"); countries are left alone.
    if (c.end - c.start === 1 && surnames.has(last) && c.source === 'tagger' &&
      (c.type === 'ORG' || c.type === 'OTHER' || (c.type === 'PLACE' && !countrySet().has(last)))) c.type = 'PERSON';
  }
}

export function propagate(cands: Candidate[], doc: Doc, headlineSentences: ReadonlySet<number>): Candidate[] {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  for (const c of cands) for (let i = c.start; i < c.end; i++) covered[i] = 1;
  const known = new Map<string, Candidate>();
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.text.toLowerCase() === t.text) lowerSeen.add(t.text);
  for (const c of cands) {
    if (c.source !== 'tagger' || !STABLE.has(c.type)) continue;
    const first = tokens[c.start];
    if (!first || headlineSentences.has(first.sentence)) continue;
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    if (words.length === 1 && lowerSeen.has(words[0]?.toLowerCase() ?? '')) continue;
    known.set(words.join(' '), c);
  }
  const out = [...cands];
  if (known.size === 0) return out;
  const maxLen = Math.max(...[...known.values()].map((c) => c.end - c.start));
  // A phrase starting at a token begins with the token's text up to its first space.
  const firstWord = (s: string): string => (s.includes(' ') ? s.slice(0, s.indexOf(' ')) : s);
  const starts = new Set([...known.keys()].map(firstWord));
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i];
    if (!t || !STARTS_UPPER.test(t.text) || !starts.has(firstWord(t.text))) continue;
    for (let len = Math.min(maxLen, tokens.length - i); len >= 1; len--) {
      let free = true;
      for (let k = i; k < i + len; k++) if (covered[k] || tokens[k]?.sentence !== t.sentence) free = false;
      if (!free) continue;
      const c = known.get(tokens.slice(i, i + len).map((x) => x.text).join(' '));
      if (!c) continue;
      // A single word is carried over only in the middle of a sentence and when it is no common word.
      const sentenceStart = tokens[i - 1]?.sentence !== t.sentence;
      if (len === 1 && (sentenceStart || AMBIGUOUS.has(t.text))) continue;
      const last = tokens[i + len - 1];
      if (!last) continue;
      out.push({ start: i, end: i + len, charStart: t.start, charEnd: last.end, type: c.type, conll: c.conll, source: 'rule' });
      for (let k = i; k < i + len; k++) covered[k] = 1;
      i += len - 1;
      break;
    }
  }
  return out;
}
