/**
 * Tokens, sentences and part of speech from wink-nlp, with offsets into the article text.
 *
 * Each part (headline, lead, paragraph) is read on its own so no sentence crosses a part boundary.
 * Hyphenated words written without spaces stay one token: "Kim Jong-un" is "Kim" + "Jong-un".
 */
import type { Doc, Sentence, Stage, Token } from '../doc.js';
import { correctSentences } from './boundaries.js';
import { winkReader } from './wink.js';

const WORDLIKE = /^[\p{L}\p{N}]/u;
const BLANK = /^\s*$/u;
const CAPITALIZED = /^\p{Lu}/u;
/** Characters that end a line as a sentence would: the line break after them is no new sentence. */
const LINE_END_PUNCT = /[.!?:;,…"”’)\]»–—-]$/u;
/** A line ending in one of these parts of speech runs on ("met with / President Putin"). */
const RUN_ON_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX']);

/** Line breaks in text[from, to). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) n++;
  return n;
}

/**
 * Does a new sentence start at `next`, after `breaks` line breaks since the previous token? A blank
 * line always ends a sentence. A single break ends it when the line before stops without punctuation
 * and the next line starts with a capital (a headline, a list item, a label): text wrapped inside
 * a sentence ("the two leaders / agreed") stays one sentence.
 */
function breaksSentence(breaks: number, prev: Token, next: string): boolean {
  if (breaks >= 2) return true;
  if (breaks === 0) return false;
  return !LINE_END_PUNCT.test(prev.text) && !RUN_ON_POS.has(prev.pos) && CAPITALIZED.test(next);
}

/**
 * Where each wink token sits in the text being read: start (-1 when not found), end, and whether it
 * is whitespace. Scratch arrays reused from text to text (tokenizeInto is never re-entered).
 */
let locStart = new Int32Array(256);
let locEnd = new Int32Array(256);
let locBlank = new Uint8Array(256);
const SPACE = /\s/u;

/** Tokenize one stretch of text starting at `offset`; appends to `tokens` and `sentences`. */
export function tokenizeInto(
  text: string, offset: number, part: number, tokens: Token[], sentences: Sentence[],
): void {
  const slice = text.slice(offset);
  const { tokens: wt, sentences: wink } = winkReader().tokenize(slice);
  const ws = correctSentences(wt, wink);
  // Locate every wink token in the source text. wink keeps token values verbatim, so a forward
  // search from the cursor finds each one; a token it normalized is skipped, never misplaced.
  // wink also returns line breaks as tokens: they are located (to keep the cursor) but never kept.
  if (locStart.length < wt.length + 1) {
    locStart = new Int32Array(2 * wt.length + 1);
    locEnd = new Int32Array(2 * wt.length + 1);
    locBlank = new Uint8Array(2 * wt.length + 1);
  }
  let cursor = 0;
  for (let i = 0; i < wt.length; i++) {
    const t = wt[i]!;
    const at = slice.indexOf(t.value, cursor);
    if (at < 0 || at - cursor > t.spaces.length + 8) {
      locStart[i] = -1;
      continue;
    }
    locStart[i] = at;
    locEnd[i] = at + t.value.length;
    locBlank[i] = BLANK.test(t.value) ? 1 : 0;
    cursor = at + t.value.length;
  }
  locStart[wt.length] = -1;
  for (const [first, last] of ws) {
    let sentenceIndex = sentences.length;
    let tokenStart = tokens.length;
    for (let i = first; i <= last; i++) {
      const start = locStart[i]!;
      if (start < 0 || locBlank[i] === 1) continue;
      const end = locEnd[i]!;
      const prev = tokens[tokens.length - 1];
      const tokenText = slice.slice(start, end);
      if (prev && prev.sentence === sentenceIndex &&
        breaksSentence(lineBreaks(slice, prev.end - offset, start), prev, tokenText)) {
        closeSentence(tokens, sentences, tokenStart, part);
        sentenceIndex = sentences.length;
        tokenStart = tokens.length;
      }
      // Glue "Jong" "-" "un" (no spaces) into "Jong-un".
      const nextStart = locStart[i + 1]!;
      if (
        prev && prev.sentence === sentenceIndex && tokenText === '-' && prev.end === offset + start &&
        nextStart >= 0 && nextStart === end && i + 1 <= last && WORDLIKE.test(prev.text) &&
        WORDLIKE.test(slice.slice(nextStart, locEnd[i + 1]))
      ) {
        prev.end = offset + locEnd[i + 1]!;
        prev.text = text.slice(prev.start, prev.end);
        if (prev.pos !== 'PROPN' && wt[i + 1]?.pos === 'PROPN') prev.pos = 'PROPN';
        i++;
        continue;
      }
      tokens.push({
        start: offset + start,
        end: offset + end,
        text: tokenText,
        pos: wt[i]!.pos,
        sentence: sentenceIndex,
        spaceBefore: start > 0 && SPACE.test(slice[start - 1] ?? ''),
      });
    }
    closeSentence(tokens, sentences, tokenStart, part);
  }
}

/** The sentence of tokens[tokenStart..], if it has any. */
function closeSentence(tokens: Token[], sentences: Sentence[], tokenStart: number, part: number): void {
  const firstTok = tokens[tokenStart];
  const lastTok = tokens[tokens.length - 1];
  if (firstTok && lastTok && tokens.length > tokenStart) {
    sentences.push({ start: firstTok.start, end: lastTok.end, tokenStart, tokenEnd: tokens.length, part });
  }
}

export const tokensStage: Stage = {
  name: 'tokens',
  run(doc: Doc): void {
    const { text, parts } = doc.article;
    if (parts.length === 0) {
      tokenizeInto(text, 0, 0, doc.tokens, doc.sentences);
      return;
    }
    parts.forEach((p, i) => {
      const before = doc.tokens.length;
      tokenizeInto(text.slice(0, p.end), p.start, i, doc.tokens, doc.sentences);
      // Tokens never run past their part.
      for (let k = before; k < doc.tokens.length; k++) {
        const t = doc.tokens[k];
        if (t && t.end > p.end) throw new Error(`tokens: token past part end at ${t.start}`);
      }
    });
  },
};
