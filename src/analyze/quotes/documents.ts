/**
 * Documents are no speakers when a body stands behind them: in "Preliminary official results
 * showed the ruling party ahead, according to the Election Commission" and "Unofficial tallies
 * showed X, the commission said" the source is the body, so the results' own statement, nested in
 * the body's, gives way to it. A document with no body named ("…, preliminary results showed")
 * keeps its statement, with the document as the speaker text and no speaker entity.
 */
import type { Candidate } from './context.js';

/** Head nouns of a speaker phrase that name a document or a count, not someone who speaks. */
const DOCUMENT_HEADS = new Set([
  'result', 'results', 'figure', 'figures', 'data', 'count', 'counts', 'tally', 'tallies', 'returns',
  'statistics', 'estimate', 'estimates', 'record', 'records', 'document', 'documents', 'census',
  'numbers', 'projection', 'projections', 'tabulation', 'tabulations',
]);

export function isDocumentPhrase(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const head = words[words.length - 1] ?? '';
  return DOCUMENT_HEADS.has(head);
}

/** The candidates without document statements that lie inside a statement of a named source. */
export function documentsToBodies(candidates: readonly Candidate[]): Candidate[] {
  const drop = new Set<Candidate>();
  for (const c of candidates) {
    const sp = c.speaker;
    if (c.kind !== 'indirect' || !sp || sp.entity || !isDocumentPhrase(sp.text)) continue;
    const body = candidates.find((o) => o !== c && o.kind === 'indirect' && o.unit === c.unit && o.start <= sp.start && o.end >= c.end
      && !!o.speaker && (!!o.speaker.entity || !isDocumentPhrase(o.speaker.text)));
    if (body) drop.add(c);
  }
  return drop.size > 0 ? candidates.filter((c) => !drop.has(c)) : [...candidates];
}
