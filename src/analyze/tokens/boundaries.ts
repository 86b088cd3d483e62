/**
 * Corrections to wink-nlp's sentence boundaries, in one linear pass over its tokens.
 *
 * wink handles titles ("Sen.", "Gen."), initials, "No. 10", decimals and "U.S." well, and ends a
 * sentence after "U.S." or "p.m." when a closed-class word follows ("… on the U.S. The ministry").
 * It goes wrong in six places, fixed here:
 * - inside brackets: "(R-S.C.)" is cut after "S." — no sentence ends inside a short bracket pair;
 * - after a closing bracket or quote before a lower-case word: "(D-Ga.) told reporters",
 *   "\"Are we done?\" he asked" go on as one sentence, as does one before a comma or a semicolon;
 * - after plural titles it does not know: "Sens. Ida Crane and Ole Park";
 * - inside an abbreviation joined by a hyphen: "China-U.S. relations" (wink cuts "China-U" "." "S.");
 * - after "a.m."/"p.m." before a subject and its verb: "ended at 5 p.m. Officials said …" is two
 *   sentences, and after an ellipsis before a capitalized closed-class word ("He paused... Then he
 *   left"); only when the words before already hold a verb, so "At 5 p.m. Putin arrived" stays.
 * The rules read only the tokens of the text at hand, never anything read before.
 */

export interface BoundaryToken { value: string; pos: string }
/** A sentence as wink gives it: the indexes of its first and last token, inclusive. */
export type TokenSpan = [number, number];

/** A bracket pair longer than this many tokens is not an aside: sentences may end inside it. */
const MAX_BRACKET_TOKENS = 40;
const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']' };
/** Tokens that close an aside or a quotation. */
const CLOSERS = new Set([')', ']', '"', '”', '’', "'", '»']);
/** A lower-case word that continues a sentence; "eBay" or "iPhone" may start one. */
const LOWER_START = /^\p{Ll}(?!\p{Ll}*\p{Lu})/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Punctuation that goes on a sentence and never starts one: "(D-Nev.), in particular, …". */
const CONTINUING = new Set([',', ';', ':', ')', ']']);
/** Plural titles wink does not know as abbreviations ("Sens. Ida Crane and Ole Park"). */
const PLURAL_TITLES = new Set(['Sens', 'Reps', 'Govs', 'Gens', 'Drs', 'Profs', 'Messrs', 'Mmes', 'Sgts', 'Cols', 'Lts', 'Adms']);
const CLOCK = /^[ap]\.m\.$/iu;
/** A capital with its dot ("S."). */
const INITIAL_DOT = /^\p{Lu}\.$/u;
const INITIAL = /^\p{Lu}$/u;
/** Words that follow a clock time inside a sentence: "5 p.m. Friday", "9 a.m. Jan. 5", "3 p.m. EDT". */
const AFTER_CLOCK = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|^\p{Lu}{2,5}$/u;
const PREDICATE_POS = new Set(['VERB', 'AUX']);
/** Words that start a sentence but never continue a name: "The", "He", "Then", "But", "In". */
const CLOSED_CLASS_POS = new Set(['PRON', 'DET', 'ADV', 'CCONJ', 'SCONJ', 'ADP', 'AUX']);

/** wink gives whitespace (line breaks) as tokens of their own; a word never starts with a blank. */
const isBlank = (t: BoundaryToken): boolean => t.value.charCodeAt(0) <= 32;
/** Line breaks in a token: 0 for a word. */
function newlines(t: BoundaryToken | undefined): number {
  if (!t || !isBlank(t)) return 0;
  let n = 0;
  for (let k = 0; k < t.value.length; k++) if (t.value.charCodeAt(k) === 10) n++;
  return n;
}
const isWord = (t: BoundaryToken | undefined): boolean => t !== undefined && t.value.length > 0 && !isBlank(t);

/**
 * For each token that opens a bracket closed within MAX_BRACKET_TOKENS tokens in the same
 * paragraph, the index of its closing token. A single line break may be a wrap ("(D-N.\nY.)");
 * a blank line ends the paragraph.
 */
function bracketPairs(tokens: readonly BoundaryToken[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  let breaks = 0;
  tokens.forEach((t, i) => {
    if (isBlank(t)) {
      breaks += newlines(t);
      if (breaks >= 2) open.length = 0;
      return;
    }
    breaks = 0;
    if (t.value.length !== 1) return;
    if (OPENERS[t.value]) open.push(i);
    else if (t.value === ')' || t.value === ']') {
      // Pair with the nearest opener of the same kind; openers left unclosed inside it are dropped.
      for (let k = open.length - 1; k >= 0; k--) {
        const at = open[k] ?? -1;
        if (OPENERS[tokens[at]?.value ?? ''] !== t.value) continue;
        if (i - at <= MAX_BRACKET_TOKENS) pairs.set(at, i);
        open.length = k;
        break;
      }
    }
  });
  return pairs;
}

/** Marks the tokens inside a short bracket pair, after which no sentence may end. */
function insideBrackets(tokens: readonly BoundaryToken[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (const [open, close] of bracketPairs(tokens)) inside.fill(1, open, close);
  return inside;
}

/** The first word token at or after `i`, up to `end` inclusive. */
function firstWord(tokens: readonly BoundaryToken[], i: number, end: number): number {
  for (let k = i; k <= end; k++) if (isWord(tokens[k])) return k;
  return -1;
}

/** The last word token at or before `i`, down to `start` inclusive. */
function lastWord(tokens: readonly BoundaryToken[], i: number, start: number): number {
  for (let k = i; k >= start; k--) if (isWord(tokens[k])) return k;
  return -1;
}

/** Before the dot at `dot`: a single capital after a hyphen ("China" "-" "U" in "China-U.S."). */
function hyphenInitialBefore(tokens: readonly BoundaryToken[], dot: number, from: number): boolean {
  const initial = lastWord(tokens, dot - 1, from);
  return initial > from && INITIAL.test(tokens[initial]?.value ?? '') && tokens[initial - 1]?.value === '-';
}

/** Should the boundary between sentence `a` and the next one `b` go? */
function joins(tokens: readonly BoundaryToken[], inside: Uint8Array, a: TokenSpan, b: TokenSpan): boolean {
  const endA = lastWord(tokens, a[1], a[0]);
  const startB = firstWord(tokens, b[0], b[1]);
  if (endA < 0 || startB < 0) return false;
  // A blank line between them is a boundary of its own.
  let breaks = 0;
  for (let k = endA + 1; k < startB; k++) breaks += newlines(tokens[k]);
  if (breaks >= 2) return false;
  if (inside[endA] === 1) return true;
  const last = tokens[endA]?.value ?? '';
  const next = tokens[startB]?.value ?? '';
  if (CONTINUING.has(next)) return true;
  if (last === '.' && PLURAL_TITLES.has(tokens[lastWord(tokens, endA - 1, a[0])]?.value ?? '')) return CAPITALIZED.test(next);
  // "China-U.S. relations", "Russia-U.K. talks": wink cuts an abbreviation joined by a hyphen
  // into "China-U", ".", "S." and ends a sentence after the first dot.
  if (last === '.' && INITIAL_DOT.test(next) && hyphenInitialBefore(tokens, endA, a[0])) return true;
  return CLOSERS.has(last) && LOWER_START.test(next);
}

/** Token indexes inside sentence `s` after which a new sentence starts. */
function innerSplits(tokens: readonly BoundaryToken[], s: TokenSpan): number[] {
  const cuts: number[] = [];
  let verbSeen = false;
  for (let i = s[0]; i < s[1]; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (PREDICATE_POS.has(t.pos)) verbSeen = true;
    if (!verbSeen) continue;
    if (t.value === '...' || t.value === '…') {
      if (ellipsisEnds(tokens, i, s)) {
        cuts.push(i);
        verbSeen = false;
      }
    } else if (t.value.length === 4 && CLOCK.test(t.value) && clockEnds(tokens, i, s)) {
      cuts.push(i);
      verbSeen = false;
    }
  }
  return cuts;
}

/** After a clock time, a subject of one or two capitalized words and its verb: "Officials said". */
function clockEnds(tokens: readonly BoundaryToken[], i: number, s: TokenSpan): boolean {
  const next = firstWord(tokens, i + 1, s[1]);
  const word = tokens[next];
  if (!word || !CAPITALIZED.test(word.value) || AFTER_CLOCK.test(word.value)) return false;
  for (let k = next + 1; k <= Math.min(next + 2, s[1]); k++) {
    const w = tokens[k];
    if (!w || !isWord(w)) return false;
    if (PREDICATE_POS.has(w.pos)) return true;
    if (!CAPITALIZED.test(w.value)) return false;
  }
  return false;
}

/** After an ellipsis, a capitalized closed-class word: "He paused... Then he spoke". */
function ellipsisEnds(tokens: readonly BoundaryToken[], i: number, s: TokenSpan): boolean {
  const word = tokens[firstWord(tokens, i + 1, s[1])];
  return word !== undefined && CAPITALIZED.test(word.value) && CLOSED_CLASS_POS.has(word.pos);
}

/** wink's sentences with the corrections above applied; every token stays in exactly one sentence. */
export function correctSentences(tokens: readonly BoundaryToken[], sentences: readonly TokenSpan[]): TokenSpan[] {
  const inside = insideBrackets(tokens);
  const joined: TokenSpan[] = [];
  for (const s of sentences) {
    const prev = joined[joined.length - 1];
    if (prev && joins(tokens, inside, prev, s)) prev[1] = s[1];
    else joined.push([s[0], s[1]]);
  }
  const out: TokenSpan[] = [];
  for (const s of joined) {
    let from = s[0];
    for (const cut of innerSplits(tokens, s)) {
      out.push([from, cut]);
      from = cut + 1;
    }
    out.push([from, s[1]]);
  }
  return out;
}
