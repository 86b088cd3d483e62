/**
 * Modifiers that belong to a date's span and set its TIMEX3 mod: "early September" (START),
 * "late yesterday" (END), "mid-1990", "the end of 1990", "the beginning of the year".
 */
import type { Refiner } from '../candidate.js';

const BEFORE = /(?:^|[^\w-])((?:the\s+)?(?:very\s+)?(early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+close\s+of|the\s+turn\s+of))[\s-]$/i;

function modOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('early') || /beginning|start/u.test(w)) return 'START';
  if (w.startsWith('late') || /end|close/u.test(w)) return 'END';
  return 'MID';
}

export const modifiersRefiner: Refiner = {
  name: 'modifiers',
  refine(cands, { text }) {
    for (const c of cands) {
      if (c.type !== 'DATE' || /_REF$/u.test(c.value) || c.mod) continue;
      const window = text.slice(Math.max(0, c.start - 30), c.start);
      const m = BEFORE.exec(window);
      if (!m || !m[1] || !m[2]) continue;
      c.start -= m[1].length + 1;
      c.mod = modOf(m[2]);
    }
    return cands;
  },
};
