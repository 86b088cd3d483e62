/**
 * Named events the tagger cannot see because their head is lower case: "G20 summit", "Trump-Kim
 * talks" are an acronym or name followed by an event noun; "the 2020 US presidential election",
 * "the 1971 war", "the 2018 Winter Olympics" are a year, a few qualifiers and an event noun; "the
 * Cold War" is capitalized words before "War".
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';

const EVENT_NOUNS = new Set(['summit', 'summits', 'talks', 'games', 'olympics', 'forum']);
const ACRONYM = /^(?:[A-Z][A-Z0-9]{1,7}|[A-Z][a-z]?\d{1,2})$/u;

export function eventPatterns(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  for (const c of cands) byEnd.set(c.end, c);
  const out = [...cands];
  const drop = new Set<Candidate>();
  tokens.forEach((t, i) => {
    if (!EVENT_NOUNS.has(t.text) || i === 0) return;
    const prev = tokens[i - 1];
    if (!prev || prev.sentence !== t.sentence) return;
    const inner = byEnd.get(i);
    if (inner) {
      if (inner.type === 'EVENT' || inner.type === 'PERSON' || inner.charStart !== tokens[inner.start]?.start) return;
      if (inner.type === 'OTHER' || inner.type === 'GROUP') drop.add(inner);
      out.push({ start: inner.start, end: i + 1, charStart: inner.charStart, charEnd: t.end, type: 'EVENT', source: 'rule' });
      return;
    }
    if (ACRONYM.test(prev.text)) {
      out.push({ start: i - 1, end: i + 1, charStart: prev.start, charEnd: t.end, type: 'EVENT', source: 'rule' });
    }
  });
  return out.filter((c) => !drop.has(c));
}

/** Heads of an event a year names: "the 1971 war", "the 2019 general election". */
const DATED_HEADS = new Set(['election', 'elections', 'polls', 'vote', 'war', 'referendum', 'olympics', 'games', 'paralympics', 'world cup', 'cup', 'summit', 'uprising', 'revolution', 'coup', 'earthquake', 'crisis', 'agreement', 'accord', 'accords', 'ceasefire', 'protests', 'riots', 'attacks', 'attack']);
/** Lower-case words that may stand between the year and the head. */
const DATED_QUALIFIERS = new Set(['presidential', 'parliamentary', 'general', 'legislative', 'midterm', 'mid-term', 'local', 'regional', 'provincial', 'state', 'assembly', 'national', 'snap', 'municipal', 'federal', 'european', 'border', 'civil', 'military', 'nuclear', 'peace', 'winter', 'summer', 'world']);
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Regexes the loops test, made once (a literal in a loop would be a new RegExp object each time). */
const STARTS_UPPER = /^\p{Lu}/u;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.]*$/u;
const THE = /^[Tt]he$/u;

/** Tokens [from, to) are all capitalized words (country names, "Winter"), lower-case qualifiers or "-". */
function qualifierAt(t: Token | undefined): boolean {
  if (!t) return false;
  return CAPITALIZED_WORD.test(t.text) || DATED_QUALIFIERS.has(t.text.toLowerCase());
}

/** First words of the two-word heads ("world" of "world cup"). */
const TWO_WORD_STARTS = new Set([...DATED_HEADS].filter((h) => h.includes(' ')).map((h) => h.slice(0, h.indexOf(' '))));

function headAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return 0;
  const lower = t.text.toLowerCase();
  // Only a word that starts a two-word head (or holds a space itself) can start one.
  if (lower.includes(' ') || TWO_WORD_STARTS.has(lower)) {
    const two = `${t.text} ${tokens[i + 1]?.text ?? ''}`.toLowerCase();
    if (DATED_HEADS.has(two)) return 2;
  }
  return DATED_HEADS.has(lower) ? 1 : 0;
}

/**
 * "the 2020 US presidential election", "the 1971 war", "the Korean War": a named event made of
 * a year (or capitalized words before "War") after "the". It replaces the names inside it (the
 * country it names is read again from the event's name by the linker).
 */
export function datedEvents(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const the = tokens[i];
    const first = tokens[i + 1];
    if (!the || !first || !THE.test(the.text) || first.sentence !== the.sentence) continue;
    const dated = YEAR.test(first.text);
    if (!dated && !STARTS_UPPER.test(first.text)) continue;
    let j = i + 2;
    let end = 0;
    for (let k = 0; k < 4 && j < tokens.length; k++) {
      const h = headAt(tokens, j);
      const head = tokens[j];
      // Undated, only a capitalized "War" closes the name ("the Cold War", not "the Ukraine war").
      if (h > 0 && head && (dated || head.text === 'War')) { end = j + h; break; }
      if (!qualifierAt(head) || head?.sentence !== first.sentence) break;
      j++;
    }
    if (end === 0) continue;
    const last = tokens[end - 1];
    if (!last || last.sentence !== first.sentence) continue;
    // An event the tagger already has whole stays as it is.
    if (cands.some((c) => c.start === i + 1 && c.end === end && c.type === 'EVENT')) continue;
    found.push({ start: i + 1, end, charStart: first.start, charEnd: last.end, type: 'EVENT', source: 'rule' });
    i = end - 1;
  }
  if (found.length === 0) return cands;
  const inside = (c: Candidate): boolean => found.some((f) => c.charStart < f.charEnd && f.charStart < c.charEnd);
  return [...cands.filter((c) => !inside(c)), ...found];
}
