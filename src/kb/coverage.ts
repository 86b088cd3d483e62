/**
 * Coverage of the people files: every UN member's head of state and head of government on
 * 1 January of each year from 1990 (or from the first 1 January after the state took its present
 * form) to `lastYear`. Used by the coverage test and `dateline kb check`.
 */
import { join } from 'node:path';
import { isKbDate, startOf, within } from './dates.js';
import { KbError, readTsv } from './tsv.js';
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

export interface Vacancy {
  country: string;
  kind: OfficeKind;
  start: string;
  end: string;
}

const VACANCY_HEADER = ['country', 'kind', 'start', 'end', 'note'] as const;

/** kb/vacancies.tsv: offices that stood empty (Somalia's presidency during the civil war). */
export function loadVacancies(dir: string, errors: KbError[]): Vacancy[] {
  const label = 'kb/vacancies.tsv';
  return readTsv(join(dir, 'vacancies.tsv'), VACANCY_HEADER, errors, label).flatMap(({ line, cells }) => {
    const { country = '', kind = '', start = '', end = '' } = cells;
    if (!/^[A-Z]{3}$/.test(country) || (kind !== 'HOS' && kind !== 'HOG') || !isKbDate(start) || !isKbDate(end)) {
      errors.push(new KbError(label, line, 'needs a country, HOS or HOG, and start and end dates'));
      return [];
    }
    return [{ country, kind, start, end }];
  });
}

export function coverageGaps(kb: KnowledgeBase, lastYear = 2026, vacancies: readonly Vacancy[] = []): Gap[] {
  const gaps: Gap[] = [];
  const vacant = (country: string, kind: OfficeKind, date: string): boolean =>
    vacancies.some((v) => v.country === country && v.kind === kind && within(date, v.start, v.end));
  for (const c of kb.countries.values()) {
    if (!c.un) continue;
    for (let y = firstCoveredYear(c.since); y <= lastYear; y++) {
      const date = `${y}-01-01`;
      for (const kind of ['HOS', 'HOG'] as const) {
        if (kb.holdersAt(c.iso3, kind, date).length === 0 && !vacant(c.iso3, kind, date)) gaps.push({ country: c.iso3, date, kind });
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
