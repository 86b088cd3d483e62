import { describe, expect, it } from 'vitest';
import { pairs, times, valueOf } from './helpers.js';

// helpers.REF is Thursday 2018-06-14, in ISO week 24.

describe('times: the end of a period, and a week of a named year', () => {
  it('reads the end of the current week, month or year, with or without the article', () => {
    expect(pairs('A deal is expected by the end of the week.')).toEqual(['the end of the week=2018-W24']);
    expect(valueOf('The rules change at end of month.', 'end of month')).toBe('2018-06');
    expect(valueOf('A party is planned at the end of year.', 'the end of year')).toBe('2018');
    expect(times('by the end of the week')[0]?.mod).toBe('END');
  });
  it('numbers the weeks of a year as ISO weeks', () => {
    expect(valueOf('Talks resume in the first week of 2019.', 'the first week of 2019')).toBe('2019-W01');
    expect(valueOf('It closed in the last week of 2015.', 'the last week of 2015')).toBe('2015-W53');
    expect(valueOf('It closed in the last week of 2016.', 'the last week of 2016')).toBe('2016-W52');
  });
  it('leaves "the end of the week before" to the story', () => {
    expect(pairs('It rose at the end of the week before.')).not.toContain('the end of the week=2018-W24');
  });
});

describe('times: "since year-end" is the last year-end passed', () => {
  it('is the end of the previous year (or month), a day', () => {
    expect(valueOf('The index has gained 12% since year-end.', 'year-end')).toBe('2017-12-31');
    expect(valueOf('Prices have fallen since the end of the year.', 'the end of the year')).toBe('2017-12-31');
    expect(valueOf('Deposits have grown since the end of the month.', 'the end of the month')).toBe('2018-05-31');
  });
  it('a deadline at year-end is still this year', () => {
    expect(valueOf('The sale should close by year-end.', 'year-end')).toBe('2018');
    expect(times('The sale should close by year-end.')[0]?.mod).toBe('END');
  });
});

describe('times: "the fiscal year" and "throughout the year"', () => {
  const NOV = '1989-11-02T12:00:00Z';
  it('reads "for the fiscal year" as the current year and "throughout the fiscal year" as its twelve months', () => {
    expect(valueOf('The charge will lower earnings for the fiscal year.', 'the fiscal year', NOV)).toBe('1989');
    expect(valueOf('Margins should widen throughout the fiscal year.', 'the fiscal year', NOV)).toBe('P1Y');
  });
  it('keeps "the year" before an amount, and leaves "the year of" a name alone', () => {
    expect(valueOf('The shares rose to a high for the year of $42.875 in June.', 'the year', NOV)).toBe('1989');
    expect(valueOf('It was the year of the dragon.', 'the year', NOV)).toBeUndefined();
  });
});

describe('times: a quarter by the day it ended, and an elided "last"', () => {
  const OCT = '1989-10-26T12:00:00Z';
  it('writes "the quarter ended July 31" as the calendar quarter holding most of its months', () => {
    expect(valueOf('In the quarter ended July 31, the chain sold more.', 'the quarter', OCT)).toBe('1989-Q2');
    expect(valueOf('In the quarter ended Sept. 30, the chain sold more.', 'the quarter', OCT)).toBe('1989-Q3');
    expect(valueOf('In the quarter ended Jan. 31, 1989, the chain sold more.', 'the quarter', OCT)).toBe('1988-Q4');
  });
  it('reads "this year as last" as last year, and leaves a "last" that closes nothing of the kind', () => {
    expect(valueOf('It will pay twice the dividend this year as last.', 'last', OCT)).toBe('1988');
    expect(valueOf('He ran faster than last.', 'last', OCT)).toBeUndefined();
  });
});
