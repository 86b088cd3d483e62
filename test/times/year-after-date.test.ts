import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('times: a year joined to a date by "of" or "in"', () => {
  it('gives the date that year, as one expression', () => {
    expect(pairs('They marched on July 4th of 1995.')).toEqual(['July 4th of 1995=1995-07-04']);
    expect(pairs('The dam was opened on 28 June in 2011.')).toEqual(['28 June in 2011=2011-06-28']);
  });
  it('leaves a year that is not next to the date alone', () => {
    expect(pairs('He was born on May 3 in Paris in 1950.')).toEqual(['May 3=2018-05-03', '1950=1950']);
    expect(pairs('The plan of 1995 was signed on July 4.')).toEqual(['1995=1995', 'July 4=2018-07-04']);
  });
});
