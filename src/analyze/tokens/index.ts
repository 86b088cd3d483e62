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

interface Located { start: number; end: number; pos: string; blank: boolean }

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
  const located: Array<Located | undefined> = [];
  let cursor = 0;
  for (const t of wt) {
    const at = slice.indexOf(t.value, cursor);
    if (at < 0 || at - cursor > t.spaces.length + 8) {
      located.push(undefined);
      continue;
    }
    located.push({ start: at, end: at + t.value.length, pos: t.pos, blank: BLANK.test(t.value) });
    cursor = at + t.value.length;
  }
  for (const [first, last] of ws) {
    let sentenceIndex = sentences.length;
    let tokenStart = tokens.length;
    const close = (): void => {
      const firstTok = tokens[tokenStart];
      const lastTok = tokens[tokens.length - 1];
      if (firstTok && lastTok && tokens.length > tokenStart) {
        sentences.push({ start: firstTok.start, end: lastTok.end, tokenStart, tokenEnd: tokens.length, part });
      }
      sentenceIndex = sentences.length;
      tokenStart = tokens.length;
    };
    for (let i = first; i <= last; i++) {
      const loc = located[i];
      if (!loc || loc.blank) continue;
      const prev = tokens[tokens.length - 1];
      const next = located[i + 1];
      const tokenText = slice.slice(loc.start, loc.end);
      if (prev && prev.sentence === sentenceIndex &&
        breaksSentence(lineBreaks(slice, prev.end - offset, loc.start), prev, tokenText)) close();
      // Glue "Jong" "-" "un" (no spaces) into "Jong-un".
      if (
        prev && prev.sentence === sentenceIndex && tokenText === '-' && prev.end === offset + loc.start &&
        next && next.start === loc.end && i + 1 <= last && WORDLIKE.test(prev.text) &&
        WORDLIKE.test(slice.slice(next.start, next.end))
      ) {
        prev.end = offset + next.end;
        prev.text = text.slice(prev.start, prev.end);
        if (prev.pos !== 'PROPN' && next.pos === 'PROPN') prev.pos = 'PROPN';
        i++;
        continue;
      }
      tokens.push({
        start: offset + loc.start,
        end: offset + loc.end,
        text: tokenText,
        pos: loc.pos,
        sentence: sentenceIndex,
        spaceBefore: loc.start > 0 && /\s/u.test(slice[loc.start - 1] ?? ''),
      });
    }
    close();
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
