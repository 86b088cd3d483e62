import { describe, expect, it } from 'vitest';
import { valueOf } from './helpers.js';

const REF = '2019-10-28T09:00:00Z';

describe('times: "year-ago" after the year-ago period itself', () => {
  it('is that period, not one a year before it', () => {
    const text = 'The bank earned $5 million in the third quarter. It earned $4 million in the year-ago quarter. The year-ago results were restated.';
    expect(valueOf(text, 'the year-ago quarter', REF)).toBe('2018-Q3');
    expect(valueOf(text, 'year-ago', REF)).toBe('2018-Q3');
  });
  it('but counts back from the period just reported', () => {
    expect(valueOf('Profit rose in the third quarter from $4 million a year earlier.', 'a year earlier', REF)).toBe('2018-Q3');
  });
  it('an outlook for next year is not the period reported', () => {
    const text = 'Losses may last through the third quarter of 2020. Sales rose in the third quarter from $9 million a year ago.';
    expect(valueOf(text, 'a year ago', REF)).toBe('2018-Q3');
  });
});
