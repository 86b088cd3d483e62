/**
 * The people files cover every UN member's head of state and head of government on 1 January of
 * each year 1990-2026 (from independence when later). Fails, listing the gaps, until they do.
 */
import { describe, expect, it } from 'vitest';
import { coverageGaps, describeGaps, firstCoveredYear, loadVacancies } from '../../src/kb/coverage.js';
import { defaultKbDir, loadKb, type KbError } from '../../src/kb/index.js';

describe('KB coverage', () => {
  it('counts from the first 1 January of the state', () => {
    expect(firstCoveredYear(undefined)).toBe(1990);
    expect(firstCoveredYear('1991-12-25')).toBe(1992);
    expect(firstCoveredYear('1993-01-01')).toBe(1993);
    expect(firstCoveredYear('2011-07-09')).toBe(2012);
  });

  it('has a HOS and a HOG for every UN member on 1 January of every year 1990-2026 (or a documented vacancy)', () => {
    const errors: KbError[] = [];
    const vacancies = loadVacancies(defaultKbDir(), errors);
    expect(errors).toEqual([]);
    const gaps = coverageGaps(loadKb(), 2026, vacancies);
    expect(describeGaps(gaps).slice(0, 60), `${gaps.length} gaps`).toEqual([]);
  });
});
