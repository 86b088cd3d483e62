/**
 * One expression per stretch of text: among overlapping candidates the longest wins, then the
 * higher priority, then the earlier one. Candidates are independent proposals; this is the only
 * place that chooses between them.
 */
import type { Candidate, Refiner } from '../candidate.js';

export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(cands) {
    const ranked = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (c.end <= c.start) continue;
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
