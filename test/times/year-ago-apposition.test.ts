import { describe, expect, it } from 'vitest';
import { times, valueOf } from './helpers.js';

const REF = '2019-10-25T09:00:00Z';

describe('times: a year-ago period named again in apposition', () => {
  const text = 'Harbor Foods said it expects to earn 20 cents a share for the third quarter. '
    + 'The grocer moved to a calendar year in January. In the comparable year-ago quarter, the second quarter ended Nov. 30, '
    + 'Harbor lost $8 million. Results for that quarter included a charge for store closings.';
  it('is one expression, and its appositive, the day it ended and "that quarter" take the year-ago year', () => {
    expect(valueOf(text, 'the comparable year-ago quarter', REF)).toBe('2018-Q2');
    expect(valueOf(text, 'the second quarter', REF)).toBe('2018-Q2');
    expect(valueOf(text, 'Nov. 30', REF)).toBe('2018-11-30');
    expect(valueOf(text, 'that quarter', REF)).toBe('2018-Q2');
    expect(times(text, REF).some((t) => t.text === 'year-ago')).toBe(false);
  });
  it('a quarter named after a comma but not in apposition to a year-ago one keeps its own year', () => {
    const plain = 'Harbor earned $3 million in the third quarter, the second quarter of its fiscal year.';
    expect(valueOf(plain, 'the second quarter', REF)).toBe('2019-Q2');
    const list = 'Sales rose in the first quarter, the second quarter and the third quarter.';
    expect(valueOf(list, 'the second quarter', REF)).toBe('2019-Q2');
  });
  it('"that quarter" with no quarter named before it is no time', () => {
    expect(times('Sales rose in the third quarter. Analysts said that quarter-to-quarter swings are common.', REF).map((t) => t.text)).not.toContain('that quarter');
    expect(valueOf('He said that quarter was hard to forget.', 'that quarter', REF)).toBeUndefined();
  });
});
