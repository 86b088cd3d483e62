import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const REF = '2021-03-01T09:00:00Z';

describe('times: two days of one month said once', () => {
  it('"April 24 and 25" gives the second day the same month', () => {
    expect(pairs('The summit is on April 24 and 25.', REF)).toEqual(['April 24=2021-04-24', '25=2021-04-25']);
    expect(pairs('Talks were held between March 3 and 5 in Geneva.', REF)).toEqual(['March 3=2021-03-03', '5=2021-03-05']);
  });
  it('"24 and 25 April" gives the first day the month after it', () => {
    expect(pairs('Voting is on 24 and 25 April.', REF)).toEqual(['24=2021-04-24', '25 April=2021-04-25']);
  });
  it('a count with a noun after it, or a day the month lacks, is not a date', () => {
    expect(pairs('The summit is on April 24 and 25 leaders will come.', REF)).toEqual(['April 24=2021-04-24']);
    expect(pairs('It fell on April 30 and 31.', REF)).toEqual(['April 30=2021-04-30']);
  });
});
