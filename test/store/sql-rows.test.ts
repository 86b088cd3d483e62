import { describe, expect, it } from 'vitest';
import { numbered } from '../../src/store/sql/placeholders.js';
import { clean, like, msBound, page } from '../../src/store/sql/rows.js';

describe('the SQL helpers both engines share', () => {
  it('clamps a page to 0..10,000 rows and a non-negative offset, 20 rows by default', () => {
    expect(page()).toEqual([20, 0]);
    expect(page({ limit: 5.9, offset: 7.2 })).toEqual([5, 7]);
    expect(page({ limit: -3, offset: -1 })).toEqual([0, 0]);
    expect(page({ limit: 1e9 })).toEqual([10_000, 0]);
  });

  it('reads a bare date as the whole day when it is the upper bound, and names the bad option', () => {
    expect(msBound('2018-06-14', 'since')).toBe(Date.parse('2018-06-14T00:00:00Z'));
    expect(msBound('2018-06-14', 'until')).toBe(Date.parse('2018-06-14T23:59:59.999Z'));
    expect(msBound('2018-06-14T10:00:00+03:00', 'until')).toBe(Date.parse('2018-06-14T07:00:00Z'));
    expect(() => msBound('next Tuesday', 'until')).toThrow(/^until "next Tuesday" is not an ISO 8601/u);
  });

  it('escapes LIKE wildcards so a search for "50%" or "a_b" means those characters', () => {
    expect(like('50%')).toBe('%50\\%%');
    expect(like('a_b\\c')).toBe('%a\\_b\\\\c%');
  });

  it('drops NULL columns but keeps other falsy values', () => {
    expect(clean({ a: null, b: 0, c: '', d: 'x' })).toEqual({ b: 0, c: '', d: 'x' });
  });

  it('numbers placeholders for PostgreSQL, leaving question marks in quoted text alone', () => {
    expect(numbered(`SELECT '?' AS q, "a?" FROM t WHERE x = ? AND y IN (?, ?)`))
      .toBe(`SELECT '?' AS q, "a?" FROM t WHERE x = $1 AND y IN ($2, $3)`);
  });
});
