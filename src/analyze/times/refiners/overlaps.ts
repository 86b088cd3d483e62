/**
 * One expression per stretch of text: among overlapping candidates the longest wins, then the
 * higher priority, then the earlier one. Candidates are independent proposals; this is the only
 * place that chooses between them.
 */
import type { Candidate, Refiner } from '../candidate.js';

/** Index of the first kept candidate whose start is >= `pos` (kept is sorted and disjoint). */
function lowerBound(kept: Candidate[], pos: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((kept[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(cands) {
    const ranked = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (c.end <= c.start) continue;
      // Kept spans are disjoint and sorted, so only the neighbours around c.start can overlap it.
      const i = lowerBound(kept, c.start);
      const prev = kept[i - 1];
      const next = kept[i];
      if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
      kept.splice(i, 0, c);
    }
    return kept;
  },
};
