/**
 * TimeML/TimeBank conventions added in the second pass: anaphoric times anchored on the story's
 * earlier times, quarters as their own duration unit, halves of a named year, bare centuries,
 * "the past year" as a date, and chrono results that start with a lowercase modifier.
 */
import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

describe('times: anaphora anchored on the story', () => {
  it('"the following year" counts from the year the story named, not from the publication', () => {
    expect(valueOf('Output fell in 1995. The following year it rose again.', 'The following year')).toBe('1996');
    expect(valueOf('She left in June 1998 and returned later that year.', 'later that year')).toBe('1998');
    expect(valueOf('Imports were $1.5 billion in 1988, and exports doubled that year.', 'that year')).toBe('1988');
  });
  it('a month or a day needs an anchor that precise', () => {
    expect(valueOf('The deal closed in March 2016. The following month the chief quit.', 'The following month')).toBe('2016-04');
    expect(valueOf('He was shot on Oct. 23, 1998. Earlier that day he had driven home.', 'Earlier that day')).toBe('1998-10-23');
    expect(valueOf('They met on Monday and signed the next day.', 'the next day')).toBe('2018-06-12');
    // "In 1995" is coarser than a day: it cannot anchor "that day".
    expect(valueOf('It began on May 2, 1990. In 1995 it ended, and that year was hard.', 'that year')).toBe('1995');
  });
  it('without an earlier time, "the following year" is relative to the reference and "that day" is dropped', () => {
    expect(valueOf('The following year the plant will close.', 'The following year')).toBe('2019');
    expect(pairs('Funds saw strong redemptions that day.')).toEqual([]);
  });
  it('"the next year" stays relative to the publication date', () => {
    expect(valueOf('He sold 1990 bonds. Sales will grow over the next year.', 'the next year')).toBe('P1Y');
  });
});

describe('times: TimeBank conventions', () => {
  it('quarters are a duration unit of their own', () => {
    expect(valueOf('Profit fell in the past two quarters.', 'the past two quarters')).toBe('P2Q');
    expect(valueOf('It reports every quarter.', 'every quarter')).toBe('P1Q');
    expect(valueOf('Sales slowed in recent quarters.', 'recent quarters')).toBe('PXQ');
    expect(valueOf('Two quarters ago it lost money.', 'Two quarters ago')).toBe('2017-Q4');
  });
  it('a half of a named year', () => {
    expect(valueOf('Sales rose in the last half of 1989.', 'the last half of 1989')).toBe('1989-H2');
    expect(valueOf('It expects a loss in the first two quarters of 1990.', 'the first two quarters of 1990')).toBe('1990-H1');
  });
  it('a century before a noun, without "the"', () => {
    expect(valueOf('She is a 20th century democrat.', '20th century')).toBe('19');
    expect(valueOf('They visited the fabled 11th century temple.', '11th century')).toBe('10');
  });
  it('"the past year", "the last decade" are the previous calendar year and decade; "the last year of" is not', () => {
    expect(valueOf('Prices rose 5% over the past year.', 'the past year')).toBe('2017');
    expect(valueOf('Sales tripled in the last decade.', 'the last decade')).toBe('200');
    expect(valueOf('It was the last year of his term.', 'the last year')).not.toBe('2017');
  });
  it('"next year" followed by "after" is still next year', () => {
    expect(valueOf('A referendum will be held next year after delegates vote.', 'next year')).toBe('2019');
  });
  it('a chrono range that starts with a lowercase modifier keeps both ends', () => {
    expect(pairs('It would extend the bid, due to expire last Thursday, to Nov. 6.', '1989-10-30T09:00:00-05:00')).toEqual(['last Thursday=1989-10-26', 'Nov. 6=1989-11-06']);
  });
  it('"as soon as" and "effective" look ahead', () => {
    expect(valueOf('The rate rises 2%, effective Feb. 1.', 'Feb. 1')).toBe('2019-02-01');
    expect(valueOf('Talks could resume as soon as Tuesday, he said.', 'Tuesday')).toBe('2018-06-19');
  });
});

describe('times: "the year" in news is the current year', () => {
  it('"the year", "the full year", "earlier in the year" → the reference year', () => {
    expect(valueOf('For the year, pet food volume was flat.', 'the year')).toBe('2018');
    expect(valueOf('Sales for the full year were $6.6 billion.', 'the full year')).toBe('2018');
    expect(valueOf('Planting was delayed earlier in the year by rain.', 'earlier in the year')).toBe('2018');
  });
  it('"the year ended June 30" stays a duration, "the year of" and "the year 1990" are not the current year', () => {
    expect(valueOf('It earned $5 million for the year ended June 30.', 'the year')).toBe('P1Y');
    expect(valueOf('It was the year of the dragon.', 'the year')).toBeUndefined();
    expect(valueOf('In the year 1990 it began.', 'the year 1990')).toBe('1990');
  });
});

describe('times: named through a dated day', () => {
  it('"the week of March 6" is the ISO week of that day', () => {
    expect(valueOf('A hearing is set for the week of March 6.', 'the week of March 6', '2000-02-24T12:00:00Z')).toBe('2000-W10');
  });
  it('"the day before" / "the day after" a date shift it by one day', () => {
    expect(valueOf("The day before last Tuesday's hearing, he flew in.", 'The day before last Tuesday')).toBe('2018-06-11');
    expect(valueOf('They met on the day after June 12, 2017.', 'the day after June 12, 2017')).toBe('2017-06-13');
  });
  it('a fraction of a minute is written in seconds', () => {
    expect(valueOf('A minute and a half later the pilot called.', 'A minute and a half')).toBe('PT1M30S');
  });
});

describe('times: a clock time and its day across a parenthesis', () => {
  it('"10:35 a.m. (0735 GMT) Friday": both times take Friday, the spans stay apart', () => {
    expect(pairs('The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.', '1998-08-08T09:00:00+03:00'))
      .toEqual(['10:35 a.m.=1998-08-07T10:35', '0735 GMT=1998-08-07T07:35', 'Friday=1998-08-07']);
  });
});

describe('times: counted and recurring periods', () => {
  it('a word between the count and the unit: "two more weeks", "eight trading days"', () => {
    expect(valueOf('He will stay for at least two more weeks.', 'at least two more weeks')).toBe('P2W');
    expect(valueOf('Eight trading days after the crash, shares recovered.', 'Eight trading days')).toBe('P8D');
  });
  it('"the weeks ahead" is a vague duration', () => {
    expect(valueOf('Funds may sell junk bonds in the weeks ahead.', 'the weeks ahead')).toBe('PXW');
  });
  it('"each July" recurs every year in that month; a lowercase "may" is a verb', () => {
    expect(valueOf('Orangemen march each July through the town.', 'each July')).toBe('XXXX-07');
    expect(pairs('Prices every may rise.')).toEqual([]);
  });
  it('an age is not a duration', () => {
    expect(pairs('A 44-year-old protester was arrested.')).toEqual([]);
  });
});

describe('times: "today\'s" as the present age', () => {
  it('"today\'s world", "today\'s youth" are not the day; "today\'s meeting" is', () => {
    expect(pairs("It matters in today's world and to today's youth.")).toEqual([]);
    expect(valueOf("Today's meeting was short.", 'Today')).toBe('2018-06-14');
  });
});

describe('times: tense of arrangements and names', () => {
  it('"is to resume", "are to travel": an arranged future moves a weekday ahead', () => {
    expect(valueOf('The stock is to resume trading in Paris Tuesday.', 'Tuesday')).toBe('2018-06-19');
    expect(valueOf('On Wednesday, Mohamed and his father are to travel to New York.', 'Wednesday')).toBe('2018-06-20');
  });
  it('a capitalized name ending in -ed is no past verb', () => {
    // Without the rule "Ahmed" read as a past verb would pull Monday back to June 11.
    expect(valueOf('On Monday, Ahmed and his aides will travel to Cairo.', 'Monday')).toBe('2018-06-18');
  });
});

describe('times: arrangements in the past tense still look ahead', () => {
  it('"were planning to", "set to resume" move a weekday ahead; "was set free" does not', () => {
    expect(valueOf('They were planning to drive around the airport on Monday.', 'Monday')).toBe('2018-06-18');
    expect(valueOf('The talks, set to resume Monday in Belfast, were delayed.', 'Monday')).toBe('2018-06-18');
    expect(valueOf('He was set free on Monday.', 'Monday')).toBe('2018-06-11');
  });
});

describe('times: "last" meaning final is no past', () => {
  it('"the orbiter\'s last flight, which launches June 28" is this year\'s June 28', () => {
    expect(valueOf("Atlantis goes on display after the orbiter's last flight, which launches June 28.", 'June 28', '2011-04-13T12:00:00Z')).toBe('2011-06-28');
  });
});

describe('times: the quarter a results story reports', () => {
  const OCT = '1989-10-30T00:00:00Z';
  it('"the quarter" and "the latest period" are the ordinal quarter the story named first', () => {
    const text = 'The maker said it earned $2 million in the fiscal first quarter. It shipped 9,000 machines in the quarter. Sales in the latest period rose 13%.';
    expect(valueOf(text, 'the quarter', OCT)).toBe('1989-Q1');
    expect(valueOf(text, 'the latest period', OCT)).toBe('1989-Q1');
  });
  it('"the year-earlier quarter" is that quarter a year before', () => {
    const text = 'Fourth-quarter profit fell 20%. In the year-earlier quarter the company had a gain.';
    expect(valueOf(text, 'the year-earlier quarter', OCT)).toBe('1988-Q4');
  });
  it('"the quarter a year ago" and "the corresponding period last year" are one expression: that quarter a year before', () => {
    const text = 'The lender lost $40 million in the third quarter. For the quarter a year ago, it earned $16 million. Sales matched the corresponding period last year.';
    expect(valueOf(text, 'the quarter a year ago', OCT)).toBe('1988-Q3');
    expect(valueOf(text, 'the corresponding period last year', OCT)).toBe('1988-Q3');
    // the whole phrase is the time: no second expression for its "a year ago" or "last year"
    expect(valueOf(text, 'a year ago', OCT)).toBeUndefined();
    expect(valueOf(text, 'last year', OCT)).toBeUndefined();
  });
  it('"the same period" without a year after it is no quarter', () => {
    expect(valueOf('Exports rose 4% over the same period.', 'the same period', OCT)).toBeUndefined();
  });
  it('a lead read as a quarter still ahead is last year\'s for the quarter reported', () => {
    const text = 'The company will report fourth-quarter revenues. Orders in the quarter rose 15 pct.';
    expect(valueOf(text, 'the quarter', '1987-03-02T12:00:00Z')).toBe('1986-Q4');
  });
  it('without an ordinal quarter before it, "the quarter" is the last one completed', () => {
    expect(valueOf('Profit fell in the quarter. The fourth quarter looks better.', 'the quarter', OCT)).toBe('1989-Q3');
  });
});

describe('times: days counted in the present, a someday, and the week of Easter', () => {
  it('"today is the eighth day of ..." and "it\'s the second day of ..." are the reference day', () => {
    expect(valueOf('In the capital, today is the eighth day of the blockade.', 'the eighth day')).toBe('2018-06-14');
    expect(valueOf("It's the second day of an offensive by the army.", 'the second day')).toBe('2018-06-14');
    // In the past it is some earlier day the text does not give.
    expect(pairs('It was the second day of talks.')).toEqual([]);
  });
  it('"will one day be" is FUTURE_REF; "one day a week" stays a length', () => {
    expect(valueOf('The city will one day be the largest port in the region.', 'one day')).toBe('FUTURE_REF');
    expect(valueOf('The strike lasted one day.', 'one day')).toBe('P1D');
  });
  it('"Easter week" and "Holy Week" are the ISO week of Easter Sunday, the one under way even in the past tense', () => {
    // Easter 2000 fell on April 23; the story is of Monday, April 17.
    expect(valueOf('Crowds prayed as Easter week began.', 'Easter week', '2000-04-17T12:00:00Z')).toBe('2000-W16');
    expect(valueOf('Pilgrims came during Holy Week.', 'Holy Week', '2000-09-17T12:00:00Z')).toBe('2000-W16');
    expect(valueOf('Pilgrims will come for Holy Week.', 'Holy Week', '2000-09-17T12:00:00Z')).toBe('2001-W15');
  });
});

describe('times: "this quarter" and paired quarters', () => {
  const OCT = '1989-10-26T12:00:00Z';
  it('reads "this quarter\'s loss" in a results story as the quarter reported, "should recover this quarter" as the one under way', () => {
    expect(valueOf('The chain lost $3 million in the third quarter. This quarter\'s loss includes charges.', 'This quarter', OCT)).toBe('1989-Q3');
    expect(valueOf('Sales should recover this quarter, the company said.', 'this quarter', OCT)).toBe('1989-Q4');
  });
  it('makes "usually … in the second and fourth quarters" recurring quarters, and plain paired quarters dates', () => {
    const habitual = 'Most of its sales usually come in the second and fourth quarters.';
    expect(valueOf(habitual, 'second', OCT)).toBe('XXXX-Q2');
    expect(valueOf(habitual, 'fourth quarters', OCT)).toBe('XXXX-Q4');
    const plain = 'Profit rose in the first and second quarters.';
    expect(valueOf(plain, 'first', OCT)).toBe('1989-Q1');
    expect(valueOf(plain, 'second quarters', OCT)).toBe('1989-Q2');
  });
});
