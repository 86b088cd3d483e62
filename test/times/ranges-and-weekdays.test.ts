import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// helpers.REF is Thursday 2018-06-14, in ISO week 24.

describe('times: clock ranges share their day; more relative weekdays and weeks', () => {
  it('gives the first end of a clock range the day the second end names', () => {
    expect(pairs('Polls are open between 8 a.m. and 6 p.m. tomorrow.')).toEqual(['8 a.m.=2018-06-15T08:00', '6 p.m. tomorrow=2018-06-15T18:00']);
    expect(pairs('He waited from 4 p.m. to 5 p.m. on June 12.')).toEqual(['4 p.m.=2018-06-12T16:00', '5 p.m. on June 12=2018-06-12T17:00']);
  });
  it('does not share a day across other words', () => {
    expect(pairs('He left at 4 p.m. and returned at 5 p.m. Friday.')).toContain('4 p.m.=2018-06-14T16:00');
  });
  it('reads "coming" and "previous" before a weekday', () => {
    expect(valueOf('They meet the coming Thursday.', 'the coming Thursday')).toBe('2018-06-21');
    expect(valueOf('It was signed previous Tuesday.', 'previous Tuesday')).toBe('2018-06-12');
  });
  it('reads "the week after next" as two weeks on, but not before another unit', () => {
    expect(valueOf('Talks resume the week after next.', 'the week after next')).toBe('2018-W26');
    expect(pairs('It starts the week after next month.').map((p) => p.split('=')[0])).not.toContain('the week after next');
  });
});
