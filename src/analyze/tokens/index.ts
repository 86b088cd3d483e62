/**
 * Tokens, sentences and part of speech from wink-nlp, with offsets into the article text.
 *
 * Each part (headline, lead, paragraph) is read on its own so no sentence crosses a part boundary.
 * Hyphenated words written without spaces stay one token: "Kim Jong-un" is "Kim" + "Jong-un".
 */
import type { Doc, Sentence, Stage, Token } from '../doc.js';
import { winkReader } from './wink.js';

const WORDLIKE = /^[\p{L}\p{N}]/u;

/** Tokenize one stretch of text starting at `offset`; appends to `tokens` and `sentences`. */
export function tokenizeInto(
  text: string, offset: number, part: number, tokens: Token[], sentences: Sentence[],
): void {
  const slice = text.slice(offset);
  const { tokens: wt, sentences: ws } = winkReader().tokenize(slice);
  // Locate every wink token in the source text. wink keeps token values verbatim, so a forward
  // search from the cursor finds each one; a token it normalized is skipped, never misplaced.
  const located: Array<{ start: number; end: number; pos: string } | undefined> = [];
  let cursor = 0;
  for (const t of wt) {
    const at = slice.indexOf(t.value, cursor);
    if (at < 0 || at - cursor > t.spaces.length + 8) {
      located.push(undefined);
      continue;
    }
    located.push({ start: at, end: at + t.value.length, pos: t.pos });
    cursor = at + t.value.length;
  }
  for (const [first, last] of ws) {
    const sentenceIndex = sentences.length;
    const tokenStart = tokens.length;
    for (let i = first; i <= last; i++) {
      const loc = located[i];
      if (!loc) continue;
      const prev = tokens[tokens.length - 1];
      const next = located[i + 1];
      const tokenText = slice.slice(loc.start, loc.end);
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
    if (tokens.length === tokenStart) continue;
    const firstTok = tokens[tokenStart];
    const lastTok = tokens[tokens.length - 1];
    if (!firstTok || !lastTok) continue;
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
