import { describe, expect, it } from 'vitest';
import { times, valueOf } from './helpers.js';

const REF = '2019-10-28T09:00:00Z';

describe('times: "year-ago" after the year-ago period itself', () => {
  it('is that period, not one a year before it', () => {
    const text = 'The bank earned $5 million in the third quarter. It earned $4 million in the year-ago quarter. The year-ago results were restated.';
    expect(valueOf(text, 'the year-ago quarter', REF)).toBe('2018-Q3');
    expect(valueOf(text, 'year-ago', REF)).toBe('2018-Q3');
  });
  it('but counts back from the period just reported', () => {
    expect(valueOf('Profit rose in the third quarter from $4 million a year earlier.', 'a year earlier', REF)).toBe('2018-Q3');
  });
  it('an outlook for next year is not the period reported', () => {
    const text = 'Losses may last through the third quarter of 2020. Sales rose in the third quarter from $9 million a year ago.';
    expect(valueOf(text, 'a year ago', REF)).toBe('2018-Q3');
  });
});

// Without a sentence layer the times stage reads lines as sentences: `story` puts one a line.
const story = (...sentences: string[]) => sentences.join('\n');

describe('times: "a year earlier" compares with the period the story reports, named anywhere before it', () => {
  it('takes the quarter from the lead, sentences back', () => {
    const text = story(
      'Acme Tool Corp. reported a third-quarter loss of $12 million, citing weak demand.',
      'The Denver company said it would close two plants.',
      'It also wrote down its stake in a venture in Mexico.',
      'A year earlier, it earned $3 million.',
    );
    expect(valueOf(text, 'A year earlier', REF)).toBe('2018-Q3');
  });
  it('a fiscal first quarter, and a second comparison with the same year-ago quarter', () => {
    const text = story(
      'Brightline Inc. earned $4 million in the fiscal first quarter ended Sept. 30.',
      'The maker of valves said orders from oil drillers picked up.',
      'It lost $1 million a year ago.',
      'Revenue was $90 million, compared with $80 million a year earlier.',
    );
    expect(valueOf(text, 'a year ago', REF)).toBe('2018-Q1');
    expect(valueOf(text, 'a year earlier', REF)).toBe('2018-Q1');
  });
  it('"the 2018 period" is the reported quarter of 2018', () => {
    const text = story('Brightline Inc. earned $4 million in the fiscal first quarter.', 'In the 2018 period, it lost $1 million.');
    expect(valueOf(text, 'the 2018 period', REF)).toBe('2018-Q1');
  });
  it('after "the nine months" the year-ago period is the year, or as many months', () => {
    const text = story(
      'Acme earned $5 million in the third quarter.',
      'For the first nine months, net rose to $30 million from $22 million in the 2018 period.',
      'The year-ago results included a gain.',
    );
    expect(valueOf(text, 'the 2018 period', REF)).toBe('2018');
    expect(valueOf(text, 'year-ago', REF)).toBe('2018');
    const other = story('Acme earned $5 million in the third quarter.', 'For the nine months, it earned $9 million, up from $7 million a year earlier.');
    expect(valueOf(other, 'a year earlier', REF)).toBe('2018');
    const months = story('Acme earned $5 million in the third quarter.', 'For the nine months, it earned $9 million.', 'In the year-earlier period, it earned $7 million.');
    const t = times(months, REF).find((x) => x.text === 'the year-earlier period');
    expect(t?.type).toBe('DURATION');
    expect(t?.value).toBe('P9M');
  });
  it('not a quarter after the whole year, nor "last year" once named, nor outside a results story', () => {
    expect(valueOf(story('Acme earned $5 million in the third quarter.', 'For the year, sales rose 8% from a year earlier.'), 'a year earlier', REF)).toBe('2018');
    const restated = story('Acme posted a third-quarter loss.', 'It blamed the weather.', 'Last year, it closed 40 stores.', 'The year-earlier results were restated.');
    expect(valueOf(restated, 'year-earlier', REF)).toBe('2018');
    expect(valueOf('Unemployment fell to 4% in October from 5% a year earlier.', 'a year earlier', REF)).toBe('2018');
    // a half named sentences back is not the period compared ("the first half" is said in any story)
    const news = story('Exports rose in the first half of 2019, the ministry said.', 'The minister spoke in Geneva.', 'He left office a year ago, after a row with the cabinet.');
    expect(valueOf(news, 'a year ago', REF)).toBe('2018');
    expect(valueOf('Profit rose in the first half from $3 million a year earlier.', 'a year earlier', REF)).toBe('2018-H1');
    // an outlook quarter is no period reported
    const outlook = story('Acme expects losses through the third quarter of 2020.', 'Its sales fell from a year earlier, it said.');
    expect(valueOf(outlook, 'a year earlier', REF)).not.toBe('2019-Q3');
  });
});

describe('times: "the year-earlier nine months" is one period', () => {
  it('is as many months (TimeBank writes P9M), and a year-ago phrase after it is that year', () => {
    const text = 'Acme earned $40 million in the first nine months. Net for the year-earlier nine months included a gain. Sales were flat from a year earlier.';
    const t = times(text, REF).find((x) => x.text === 'the year-earlier nine months');
    expect(t?.type).toBe('DURATION');
    expect(t?.value).toBe('P9M');
    expect(times(text, REF).map((x) => x.text)).not.toContain('nine months');
    expect(valueOf(text, 'a year earlier', REF)).toBe('2018');
  });
  it('but "year-earlier" before other words stays the year-ago date', () => {
    expect(valueOf('Acme posted a third-quarter profit, compared with year-earlier losses of nine dollars.', 'year-earlier', REF)).toBe('2018-Q3');
  });
});
