import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

// helpers.REF is 2018-06-14.

describe('times: the ends of a range run forward', () => {
  it('moves the second end into the next year when it would come first', () => {
    expect(pairs('The exhibition runs from Nov. 3 to Jan. 10.')).toEqual(['Nov. 3=2018-11-03', 'Jan. 10=2019-01-10']);
  });
  it('keeps both months of "from March to May" in one year', () => {
    expect(pairs('from March to May')).toEqual(['March=2018-03', 'May=2018-05']);
    expect(pairs('The talks ran from November to March.')).toEqual(['November=2017-11', 'March=2018-03']);
  });
  it('leaves lists alone: "and" is no range', () => {
    expect(pairs('Votes were held on June 12 and May 3.')).toEqual(['June 12=2018-06-12', 'May 3=2018-05-03']);
  });
});
