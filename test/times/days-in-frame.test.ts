import { describe, expect, it } from 'vitest';
import { nthWeekday } from '../../src/analyze/times/rules/days-in-frame.js';
import { pairs, valueOf } from './helpers.js';

// helpers.REF is Thursday 2018-06-14 (ISO week 24: Monday June 11 to Sunday June 17).

describe('times: a day inside the frame the text names', () => {
  it('puts a weekday in the week named beside it', () => {
    expect(valueOf('The envoys will meet Tuesday next week in Geneva.', 'Tuesday next week')).toBe('2018-06-19');
    expect(valueOf('The vote was held on Sunday of last week.', 'Sunday of last week')).toBe('2018-06-10');
    expect(valueOf('Talks resume next week on Friday.', 'next week on Friday')).toBe('2018-06-22');
    expect(valueOf('The deadline is Monday this week.', 'Monday this week')).toBe('2018-06-11');
  });
  it('finds the n-th or last weekday of a month', () => {
    expect(valueOf('Parliament sits again on the second Monday of July.', 'the second Monday of July')).toBe('2018-07-09');
    expect(valueOf('Elections are held on the first Tuesday of next month.', 'the first Tuesday of next month')).toBe('2018-07-03');
    expect(valueOf('It ended on the last Friday of March 2017.', 'the last Friday of March 2017')).toBe('2017-03-31');
    expect(nthWeekday(2018, 6, 1, 5)).toBeUndefined(); // June 2018 has four Mondays
    expect(nthWeekday(2018, 4, 1, 5)).toEqual({ year: 2018, month: 4, day: 30 });
  });
  it('takes the month whose day falls on the weekday named', () => {
    expect(valueOf('Voting ends Friday the 15th.', 'Friday the 15th')).toBe('2018-06-15');
    // June 1 is a Friday, May 1 a Tuesday: "Tuesday the 1st" is last month's.
    expect(valueOf('The strike began on Tuesday, the 1st.', 'Tuesday, the 1st')).toBe('2018-05-01');
    expect(valueOf('He died on Saturday the second.', 'Saturday the second')).toBe('2018-06-02');
  });
  it('counts days and weeks from a day word', () => {
    expect(valueOf('The results are due two days from tomorrow.', 'two days from tomorrow')).toBe('2018-06-17');
    expect(valueOf('Troops leave three weeks from today.', 'three weeks from today')).toBe('2018-07-05');
    expect(valueOf('He arrived two days before yesterday.', 'two days before yesterday')).toBe('2018-06-11');
  });
  it('reads a day of a named month, or of the reference month by tense', () => {
    expect(valueOf('The summit opens on the 20th of next month.', 'the 20th of next month')).toBe('2018-07-20');
    expect(valueOf('Ballots are counted by the 15th day of this month.', 'the 15th day of this month')).toBe('2018-06-15');
    expect(valueOf('The ministers met on the 3rd.', 'the 3rd')).toBe('2018-06-03');
    expect(valueOf('The ministers met on the 20th.', 'the 20th')).toBe('2018-05-20');
    expect(valueOf('The ministers will meet on the 2nd.', 'the 2nd')).toBe('2018-07-02');
    expect(valueOf('He left on the 6th at noon.', 'the 6th at noon')).toBe('2018-06-06T12:00');
  });
  it('leaves ordinals that number something else alone', () => {
    expect(pairs('The talks were held on the 5th floor.')).toEqual([]);
    expect(pairs('He ranked it on the 3rd list.')).toEqual([]);
  });
  it('leaves what names no frame alone', () => {
    expect(pairs('Stocks fell on Friday, the fourth straight session of losses.')).toEqual(['Friday=2018-06-08']);
    expect(pairs('The second Monday was quiet.')).not.toContainEqual(expect.stringMatching(/^The second Monday/u));
    expect(pairs('He met the first lady of May.')).toEqual(['May=2018-05']);
  });
});
