/**
 * Counts of different units side by side are one duration: "two years and three months" →
 * `P2Y3M`, "1 hour 20 minutes" → `PT1H20M`, "1 year, 1 month and 21 days" → `P1Y1M21D`. Only
 * when the units fall from larger to smaller, as people write them: "five years and 10 years" or
 * "three days and two years" are two expressions.
 */
import type { Candidate, Refiner } from '../candidate.js';

const GLUE = /^(?:,\s*|\s+)(?:and\s+)?$|^\s+and\s+$/u;
/** One counted unit: `P2Y`, `P3M`, `PT20M`. */
const SIMPLE = /^P(T?)(\d+)([YMWDHS])$/u;

/** Unit ranks from largest to smallest; `M` differs before and after the `T`. */
const RANK: Record<string, number> = { Y: 0, M: 1, W: 2, D: 3, TH: 4, TM: 5, TS: 6 };

interface Part { rank: number; n: number; key: string }

function partOf(c: Candidate): Part | undefined {
  if (c.type !== 'DURATION') return undefined;
  const m = SIMPLE.exec(c.value);
  if (!m) return undefined;
  const key = (m[1] ?? '') + (m[3] ?? '');
  const rank = RANK[key];
  return rank === undefined ? undefined : { rank, n: Number(m[2]), key };
}

function valueOf(parts: Part[]): string {
  const date = parts.filter((p) => p.rank < 4).map((p) => `${p.n}${p.key}`).join('');
  const time = parts.filter((p) => p.rank >= 4).map((p) => `${p.n}${p.key.slice(1)}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

export const compoundDurationsRefiner: Refiner = {
  name: 'compound-durations',
  refine(cands, { text }) {
    const durations = cands.filter((c) => partOf(c)).sort((a, b) => a.start - b.start || b.end - a.end);
    const added: Candidate[] = [];
    for (let i = 0; i < durations.length; i++) {
      const first = durations[i];
      const p0 = first ? partOf(first) : undefined;
      if (!first || !p0) continue;
      const parts = [p0];
      let end = first.end;
      for (let j = i + 1; j < durations.length; j++) {
        const next = durations[j];
        const p = next ? partOf(next) : undefined;
        if (!next || !p || next.start < end) continue;
        const last = parts[parts.length - 1];
        if (!last || p.rank <= last.rank || !GLUE.test(text.slice(end, next.start))) break;
        parts.push(p);
        end = next.end;
      }
      if (parts.length < 2) continue;
      added.push({ ...first, end, value: valueOf(parts), rule: 'compound-durations' });
    }
    // The parts stay as candidates; the overlaps refiner prefers the longer compound.
    return added.length ? [...cands, ...added] : cands;
  },
};
