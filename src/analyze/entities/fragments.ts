/**
 * A title the tagger took for an organization: in "Indian National Security Advisor Ajit Doval" the
 * words "Indian National Security" are part of the title, not an ORG. When an ORG is made of a
 * nationality or country and title words only, and a title word and a person follow, the ORG goes;
 * its nationality or country stays a name of its own.
 */
import type { Token } from '../doc.js';
import type { Candidate } from './candidate.js';
import { countrySet, demonymSet, isTitleWord } from './lexicon.js';

export function titleFragments(cands: Candidate[], tokens: readonly Token[]): Candidate[] {
  const personAt = new Set<number>();
  for (const c of cands) if (c.type === 'PERSON') personAt.add(c.start);
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'ORG' || c.end - c.start < 2) { out.push(c); continue; }
    const words = tokens.slice(c.start, c.end).map((t) => t.text);
    const head = words[0] ?? '';
    const lead = demonymSet().has(head.toLowerCase()) ? 'GROUP' : countrySet().has(head) ? 'PLACE' : undefined;
    const rest = lead ? words.slice(1) : words;
    const next = tokens[c.end];
    const followedByTitledPerson = next !== undefined && isTitleWord(next.text) && /^\p{Lu}/u.test(next.text) &&
      (personAt.has(c.end + 1) || (isTitleWord(tokens[c.end + 1]?.text ?? '') && personAt.has(c.end + 2)));
    if (!followedByTitledPerson || rest.length === 0 || !rest.every(isTitleWord)) { out.push(c); continue; }
    const first = tokens[c.start];
    if (lead && first) out.push({ start: c.start, end: c.start + 1, charStart: first.start, charEnd: first.end, type: lead, source: 'rule' });
  }
  return out;
}
