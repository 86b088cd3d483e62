import { describe, expect, it } from 'vitest';
import { ordinalDay } from '../../src/analyze/times/rules/ordinal-days.js';
import { pairs, valueOf } from './helpers.js';

// helpers.REF is Thursday 2018-06-14.

describe('times: ordinal days around a month name', () => {
  it('reads "the second of August" and "June the 28th", the year by tense', () => {
    expect(valueOf('The delegation arrived on the second of November.', 'the second of November')).toBe('2017-11-02');
    expect(valueOf('The plant will reopen on the twenty-second of June.', 'the twenty-second of June')).toBe('2018-06-22');
    expect(valueOf('Ballots were cast on June the 3rd.', 'June the 3rd')).toBe('2018-06-03');
    expect(valueOf('The treaty was signed on the fourth of July, 1995.', 'the fourth of July, 1995')).toBe('1995-07-04');
    expect(valueOf('It expires August twenty-first.', 'August twenty-first')).toBe('2018-08-21');
  });
  it('spells ordinals out', () => {
    expect(ordinalDay('thirty-first')).toBe(31);
    expect(ordinalDay('twelfth')).toBe(12);
    expect(ordinalDay('22nd')).toBe(22);
    expect(ordinalDay('hundredth')).toBeUndefined();
  });
  it('leaves ordinals that are not days, and "May" as a wish, alone', () => {
    expect(pairs('May the first team win.')).toEqual([]);
    expect(pairs('It was the first of many visits.')).toEqual([]);
    expect(pairs('He waited for the twenty second time.')).toEqual([]);
  });
  it('reads "mid-May" like "mid-March"', () => {
    expect(pairs('The talks were held in mid-May.')).toEqual(['mid-May=2018-05']);
  });
});
