/**
 * Named events the tagger cannot see because their head is lower case: "G20 summit", "Trump-Kim
 * talks" are an acronym or name followed by an event noun.
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
