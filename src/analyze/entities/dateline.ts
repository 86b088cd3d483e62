/**
 * The dateline ("MOSCOW, June 14. /TASS/.") names a place and an agency the tagger often misses in
 * that terse line: the clean stage already read them, so their tokens become PLACE and ORG names.
 */
import type { Doc } from '../doc.js';
import type { Candidate } from './candidate.js';
import { isAgency } from './types.js';

export function datelineNames(cands: Candidate[], doc: Doc): Candidate[] {
  const d = doc.article.dateline;
  if (!d?.span) return cands;
  const { start, end } = d.span;
  const want: Array<{ words: string[]; type: 'ORG' | 'PLACE' }> = [];
  if (d.agency) want.push({ words: d.agency.toLowerCase().split(/\s+/u), type: 'ORG' });
  // A place that is an agency's name is the clean stage misreading "KYODO NEWS -": leave it.
  if (d.place && !isAgency(d.place)) want.push({ words: d.place.toLowerCase().split(/\s+/u), type: 'PLACE' });
  const out = [...cands];
  const { tokens } = doc;
  for (const w of want) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || t.start < start) continue;
      if (t.end > end) break;
      const last = tokens[i + w.words.length - 1];
      if (!last || last.end > end) continue;
      if (!w.words.every((x, k) => tokens[i + k]?.text.toLowerCase() === x)) continue;
      const over = out.filter((c) => c.start < i + w.words.length && c.end > i);
      if (over.some((c) => c.type === w.type)) break;
      for (const c of over) out.splice(out.indexOf(c), 1);
      out.push({ start: i, end: i + w.words.length, charStart: t.start, charEnd: last.end, type: w.type, source: 'rule' });
      break;
    }
  }
  return out;
}
