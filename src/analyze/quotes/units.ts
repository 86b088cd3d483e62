/**
 * Statement units: the tokenizer's sentences, joined where a quote runs over a sentence end, so
 * '"It could be done in September. It could also be arranged," Putin said' is one unit whose cue
 * ("Putin said") sits beside the whole quote. Units never cross a paragraph.
 */
import type { Sentence, Token } from '../doc.js';
import type { QuoteSegment } from './marks.js';

export interface Unit {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  part: number;
}

export function buildUnits(sentences: readonly Sentence[], segments: readonly QuoteSegment[]): Unit[] {
  const units: Unit[] = [];
  let k = 0;
  for (const s of sentences) {
    const prev = units[units.length - 1];
    if (prev && prev.part === s.part) {
      // Does a quote open before this sentence and close (or end) inside or after it?
      while (k < segments.length && (segments[k]?.close ?? 0) < s.start) k++;
      let straddles = false;
      for (let j = k; j < segments.length; j++) {
        const g = segments[j];
        if (!g || g.open >= s.start) break;
        if (g.open >= prev.start && g.close >= s.start) straddles = true;
        else if (g.open < prev.start && g.close >= s.start && g.firstPart === s.part) straddles = true;
      }
      if (straddles) {
        prev.end = s.end;
        prev.tokenEnd = s.tokenEnd;
        continue;
      }
    }
    units.push({ start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, part: s.part });
  }
  return units;
}

/**
 * For every token, the index of the top-level quote it lies in (marks included), or -1. One pass
 * over tokens and segments, both in text order.
 */
export function quoteIndexOfTokens(tokens: readonly Token[], segments: readonly QuoteSegment[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (k < segments.length && Math.max(segments[k]?.closeEnd ?? 0, (segments[k]?.close ?? 0) + 1) <= t.start) k++;
    const g = segments[k];
    if (g && t.start >= g.open && t.end <= Math.max(g.closeEnd, g.close + 1)) out[i] = k;
  }
  return out;
}
