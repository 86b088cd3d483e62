/**
 * Two names joined by a hyphen in one token ("Trump-Kim talks"): when each part is a word of a person
 * named elsewhere in the article, each part is a person mention of its own. A hyphenated name
 * ("Kim Jong-un") is never split: its second part is lower case and names no one.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';

const CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

export function splitJoinedNames(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const personWords = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'PERSON') continue;
    for (let i = c.start; i < c.end; i++) personWords.add(tokens[i]?.text ?? '');
  }
  const covered = new Map<number, Candidate>();
  for (const c of cands) for (let i = c.start; i < c.end; i++) covered.set(i, c);
  const out: Candidate[] = [];
  const replaced = new Set<Candidate>();
  tokens.forEach((t, i) => {
    if (!t.text.includes('-')) return;
    const parts = t.text.split('-');
    if (parts.length < 2 || !parts.every((p) => CAPITALIZED.test(p) && personWords.has(p))) return;
    const c = covered.get(i);
    if (c && (c.end - c.start > 1 || c.type === 'PERSON')) return;
    if (c) replaced.add(c);
    let at = t.start;
    for (const p of parts) {
      out.push({ start: i, end: i + 1, charStart: at, charEnd: at + p.length, type: 'PERSON', source: 'rule' });
      at += p.length + 1;
    }
  });
  return [...cands.filter((c) => !replaced.has(c)), ...out];
}
