import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

const REF = '2000-04-05T00:00:00Z'; // a Wednesday

describe('times: hours and parts of the day in words', () => {
  it('"4 in the morning", "3 in the afternoon", "10 at night" are clock times', () => {
    expect(pairs('The father will leave at 4 in the morning.', REF)).toEqual(['4 in the morning=2000-04-05T04:00']);
    expect(pairs('The vote closed at 3 in the afternoon.', REF)).toEqual(['3 in the afternoon=2000-04-05T15:00']);
    expect(pairs('He called at 10 at night.', REF)).toEqual(['10 at night=2000-04-05T22:00']);
  });
  it('not a trading session or an edition', () => {
    expect(pairs('Shares rose 4 in the morning session.', REF)).toEqual([]);
  });
  it('a gloss in parentheses gives the time its day', () => {
    expect(pairs("''He will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.", REF))
      .toEqual(['4 in the morning=2000-04-06T04:00', '4 a.m. EDT Thursday=2000-04-06T04:00']);
  });
  it('"mid-afternoon" is the afternoon of the day, or of the day beside it', () => {
    expect(pairs('By mid afternoon, officials were saying more.', REF)).toEqual(['mid afternoon=2000-04-05TAF']);
    expect(pairs('In London at mid-afternoon yesterday, shares were up.', REF)).toEqual(['mid-afternoon yesterday=2000-04-04TAF']);
  });
});

describe('times: "that night", "the next morning"', () => {
  const THU = '2000-02-24T09:00:00Z';
  it('are dated by the day last named', () => {
    expect(pairs('He was arrested on Feb. 22 and appeared in court the next morning.', THU)).toEqual(['Feb. 22=2000-02-22', 'the next morning=2000-02-23']);
    expect(pairs('He was arrested on Tuesday. That night, protesters gathered.', THU)).toEqual(['Tuesday=2000-02-22', 'That night=2000-02-22']);
  });
  it('"the previous evening" counts from the story\'s moment, not the day last named: left out', () => {
    const WED = '2023-03-22T01:15:00Z';
    expect(pairs('The visit began on Monday, and the leaders talked the previous evening.', WED)).toEqual(['Monday=2023-03-20']);
  });
  it('with no day named before them, they are left out', () => {
    expect(pairs('The next morning, he left.', THU)).toEqual([]);
    expect(pairs('That night, protesters gathered.', THU)).toEqual([]);
  });
});
