/**
 * Honorifics and titles are never part of a person's name: "Comrade Kim Jong-un" is the name
 * "Kim Jong-un"; "President Vladimir Putin", if the tagger took the title in, is "Vladimir Putin".
 * Stray honorifics tagged on their own ("Comrade") are dropped.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';
import { isHonorific, isTitleWord } from './lexicon.js';

export function stripHonorifics(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let start = c.start;
    while (start < c.end) {
      const t = tokens[start];
      if (!t) break;
      const strip = isHonorific(t.text) || (c.type === 'PERSON' && isTitleWord(t.text) && start < c.end - 1);
      if (!strip || start === c.end - 1) break;
      start++;
    }
    const only = tokens[start];
    if (!only) continue;
    if (start === c.end - 1 && isHonorific(only.text)) continue;
    if (start !== c.start) out.push({ ...c, start, charStart: only.start });
    else out.push(c);
  }
  return out;
}
