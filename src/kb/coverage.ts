/**
 * Coverage of the people files: every UN member's head of state and head of government on
 * 1 January of each year from 1990 (or from the first 1 January after the state took its present
 * form) to `lastYear`. Used by the coverage test and `dateline kb check`.
 */
import { startOf } from './dates.js';
import type { KnowledgeBase } from './store.js';
import type { OfficeKind } from './types.js';

export interface Gap {
  country: string;
  date: string;
  kind: OfficeKind;
}

export function firstCoveredYear(since: string | undefined, from = 1990): number {
  if (!since) return from;
  const s = startOf(since);
  const y = Number(s.slice(0, 4));
  return Math.max(from, s.endsWith('-01-01') ? y : y + 1);
}

export function coverageGaps(kb: KnowledgeBase, lastYear = 2026): Gap[] {
  const gaps: Gap[] = [];
  for (const c of kb.countries.values()) {
    if (!c.un) continue;
    for (let y = firstCoveredYear(c.since); y <= lastYear; y++) {
      const date = `${y}-01-01`;
      for (const kind of ['HOS', 'HOG'] as const) {
        if (kb.holdersAt(c.iso3, kind, date).length === 0) gaps.push({ country: c.iso3, date, kind });
      }
    }
  }
  return gaps;
}

/** Gaps grouped for reading: "AFG HOG 1990, 1991, 1992". */
export function describeGaps(gaps: readonly Gap[]): string[] {
  const by = new Map<string, string[]>();
  for (const g of gaps) {
    const k = `${g.country} ${g.kind}`;
    const list = by.get(k) ?? [];
    list.push(g.date.slice(0, 4));
    by.set(k, list);
  }
  return [...by].map(([k, years]) => `${k} ${years.join(', ')}`);
}
