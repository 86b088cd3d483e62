/**
 * Small corrections to what the tagger returns: "Albuquerque, New Mexico" is two places, not one;
 * a currency sign ("US$") or a lone symbol is no name.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';

/** A PLACE run with commas inside ("Albuquerque, New Mexico") becomes one PLACE per part. */
export function splitPlaceLists(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let hasComma = false;
    for (let i = c.start; i < c.end; i++) if (tokens[i]?.text === ',') hasComma = true;
    if (c.type !== 'PLACE' || !hasComma) { out.push(c); continue; }
    let from = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i < c.end && tokens[i]?.text !== ',') continue;
      const first = tokens[from];
      const last = tokens[i - 1];
      if (i > from && first && last) out.push({ ...c, start: from, end: i, charStart: first.start, charEnd: last.end });
      from = i + 1;
    }
  }
  return out;
}

const NOT_A_NAME = /^(?:[A-Z]{0,3}[$€£¥]|[^\p{L}\p{N}]+)$/u;

export function dropNonNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  return cands.filter((c) => {
    const text = tokens.slice(c.start, c.end).map((t) => t.text).join(' ');
    return !NOT_A_NAME.test(text);
  });
}
