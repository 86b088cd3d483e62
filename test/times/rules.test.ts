import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/analyze/times/find.js';
import { pairs, times, valueOf } from './helpers.js';

describe('times: chrono dates with certainty-driven precision', () => {
  it('keeps a full stamp with its clock time', () => {
    expect(pairs('Russian Politics & Diplomacy June 14, 2018, 16:10')).toContain('June 14, 2018, 16:10=2018-06-14T16:10');
  });
  it('writes a month alone at month precision', () => {
    expect(valueOf('It could be done in Vladivostok in September.', 'September')).toBe('2018-09');
  });
  it('resolves a year-less date by tense', () => {
    expect(valueOf('The meeting, which was held most recently, on June 12, went well.', 'June 12')).toBe('2018-06-12');
    expect(valueOf('The talks were held on Dec. 3.', 'Dec. 3')).toBe('2017-12-03');
    expect(valueOf('The summit will take place on Jan. 20.', 'Jan. 20')).toBe('2019-01-20');
  });
  it('looks ahead for "will ... in May" and back for a past May', () => {
    expect(valueOf('He will visit in May.', 'May')).toBe('2019-05');
    expect(valueOf('He visited Seoul in May.', 'May')).toBe('2018-05');
  });
  it('reads a bare weekday as the latest one in the past tense, the next in the future', () => {
    expect(valueOf('The talks ended on Monday.', 'Monday')).toBe('2018-06-11');
    expect(valueOf('The talks will resume on Monday.', 'Monday')).toBe('2018-06-18');
    expect(valueOf('He spoke on Thursday.', 'Thursday')).toBe('2018-06-14');
    // Without a tense marker the nearer one: Saturday is two days ahead, Monday three days back.
    expect(valueOf('The vote on Saturday matters.', 'Saturday')).toBe('2018-06-16');
    expect(valueOf('The vote on Monday matters.', 'Monday')).toBe('2018-06-11');
  });
  it('leaves the year open without a reference', () => {
    expect(valueOf('It was held on June 12.', 'June 12', null)).toBe('XXXX-06-12');
  });
});

describe('times: project rules', () => {
  it('bare years and "the year 2018"', () => {
    expect(pairs('In 1990 the company grew.')).toEqual(['1990=1990']);
    expect(pairs('the year 2018 marked it')).toContain('the year 2018=2018');
    expect(valueOf('Profit for fiscal 1989 rose.', 'fiscal 1989')).toBe('1989');
  });
  it('seasons', () => {
    expect(valueOf('We will meet this summer.', 'this summer')).toBe('2018-SU');
    expect(valueOf('They met last fall.', 'last fall')).toBe('2017-FA');
    expect(valueOf('It happened in the winter of 1994.', 'the winter of 1994')).toBe('1994-WI');
    expect(times('after the fall of the Berlin Wall')).toEqual([]);
  });
  it('months with modifiers', () => {
    expect(valueOf('They met last November.', 'last November')).toBe('2017-11');
    expect(valueOf('Talks resume next May.', 'next May')).toBe('2019-05');
    expect(valueOf('It opened in June last year.', 'June last year')).toBe('2017-06');
  });
  it('quarters and halves', () => {
    expect(valueOf('Sales rose in the first quarter.', 'the first quarter')).toBe('2018-Q1');
    expect(valueOf('Its third-quarter profit is expected to rise.', 'third-quarter')).toBe('2018-Q3');
    // In June, a third quarter reported in the past tense is last year's.
    expect(valueOf('Its third-quarter profit fell.', 'third-quarter')).toBe('2017-Q3');
    expect(valueOf('Profit fell in the quarter.', 'the quarter')).toBe('2018-Q1');
    expect(valueOf('It expects growth in the second half of 2019.', 'the second half of 2019')).toBe('2019-H2');
  });
  it('"a year earlier" in a results story is the same period a year back', () => {
    expect(valueOf('Profit rose 5% in the third quarter from a year earlier.', 'a year earlier', '1989-10-26T00:00:00Z')).toBe('1988-Q3');
    expect(valueOf('Sales grew in the first half of 2018 and fell a year earlier.', 'a year earlier')).toBe('2017-H1');
    // Outside a story about quarters it is just the previous year.
    expect(valueOf('The plant opened a year earlier.', 'a year earlier')).toBe('2017');
  });
  it('weeks and weekends as ISO weeks', () => {
    expect(valueOf('They met last week.', 'last week')).toBe('2018-W23');
    expect(valueOf('They meet next week.', 'next week')).toBe('2018-W25');
    expect(valueOf('They met over the weekend.', 'the weekend')).toBe('2018-W23-WE');
  });
  it('decades and centuries', () => {
    expect(valueOf('Prices rose in the 1980s.', 'the 1980s')).toBe('198');
    const early = times('In the early 1990s it grew.').find((t) => t.text === 'the early 1990s');
    expect(early).toMatchObject({ value: '199', mod: 'START' });
    expect(valueOf('It was built in the 19th century.', 'the 19th century')).toBe('18');
  });
  it('relative years, months and days', () => {
    expect(valueOf('Sales fell last year.', 'last year')).toBe('2017');
    expect(valueOf('It opens next month.', 'next month')).toBe('2018-07');
    expect(valueOf('It was agreed earlier this month.', 'earlier this month')).toBe('2018-06');
    expect(valueOf('He left three years ago.', 'three years ago')).toBe('2015');
    expect(valueOf('He left two months ago.', 'two months ago')).toBe('2018-04');
    expect(valueOf('He arrived yesterday.', 'yesterday')).toBe('2018-06-13');
    expect(valueOf('He arrives today.', 'today')).toBe('2018-06-14');
    expect(valueOf('They met last Friday.', 'last Friday')).toBe('2018-06-08');
  });
  it('parts of the day', () => {
    expect(valueOf('He spoke this morning.', 'this morning')).toBe('2018-06-14TMO');
    expect(valueOf('They met yesterday afternoon.', 'yesterday afternoon')).toBe('2018-06-13TAF');
    expect(times('They met yesterday afternoon.')[0]?.type).toBe('TIME');
    // A named day keeps its plain date, as TimeBank annotates it; the span takes the part of day.
    expect(valueOf('They met on Wednesday night.', 'Wednesday night')).toBe('2018-06-13');
    expect(valueOf('The offer expired Friday morning.', 'Friday morning')).toBe('2018-06-08');
    // ... except its evening, which TimeBank always marks as the evening of that day.
    expect(valueOf('The offer expired Friday evening.', 'Friday evening')).toBe('2018-06-08TEV');
    expect(times('The offer expired Friday evening.')[0]?.type).toBe('TIME');
  });
  it('durations', () => {
    expect(valueOf('He served three years in prison.', 'three years')).toBe('P3Y');
    expect(valueOf('The strike lasted 48 hours.', '48 hours')).toBe('PT48H');
    expect(valueOf('It signed a two-year deal.', 'two-year')).toBe('P2Y');
    expect(valueOf('Prices rose over the past two months.', 'the past two months')).toBe('P2M');
    expect(valueOf('It took 2 1/2 years.', '2 1/2 years')).toBe('P2Y6M');
    expect(valueOf('It has grown for several years.', 'several years')).toBe('PXY');
    const approx = times('It took nearly three years.')[0];
    expect(approx).toMatchObject({ text: 'nearly three years', value: 'P3Y', mod: 'APPROX' });
  });
  it('sets', () => {
    expect(times('They meet every Monday.')[0]).toMatchObject({ text: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' });
    expect(times('The forum is held annually.')[0]).toMatchObject({ text: 'annually', type: 'SET', value: 'P1Y' });
    expect(valueOf('Elections are held every two years.', 'every two years')).toBe('P2Y');
    expect(valueOf('They meet twice a year.', 'twice a year')).toBe('P1Y');
  });
  it('vague references', () => {
    expect(valueOf('It was held most recently, on June 12.', 'most recently')).toBe('PAST_REF');
    expect(valueOf('Prices are now higher.', 'now')).toBe('PRESENT_REF');
    expect(valueOf('He currently lives in Seoul.', 'currently')).toBe('PRESENT_REF');
    expect(valueOf('They may meet in the future.', 'the future')).toBe('FUTURE_REF');
    expect(valueOf('It has happened in the past.', 'the past')).toBe('PAST_REF');
  });
  it('clock times with their zone', () => {
    const t = times('The plane landed at 16:10 Moscow time.')[0];
    expect(t).toMatchObject({ text: '16:10 Moscow time', type: 'TIME', value: '2018-06-14T16:10' });
    expect(times('The vote closes at 8 p.m. EST.')[0]).toMatchObject({ text: '8 p.m. EST', value: '2018-06-14T20:00' });
    // A time next to its day takes that day's date.
    expect(times('He will leave (4 a.m. EDT Saturday).')[0]).toMatchObject({ text: '4 a.m. EDT Saturday', value: '2018-06-16T04:00' });
    expect(times('The deadline expired at noon Tuesday.')[0]).toMatchObject({ text: 'noon Tuesday', value: '2018-06-12T12:00' });
  });
  it('anniversary arithmetic: the commemorated year, inferred, over the anniversary phrase', () => {
    const text = 'The year 2022 marked the 50th anniversary of diplomatic relations between Beijing and Tokyo.';
    const t = times(text).find((x) => x.value === '1972');
    expect(t).toMatchObject({ text: '50th anniversary of diplomatic relations', type: 'DATE', inferred: true });
    expect(valueOf('They marked the 25th anniversary of the treaty.', '25th anniversary of the treaty')).toBe('1993');
    // The anniversary falls in a year named relative to the reference.
    expect(valueOf('The alliance marks its 75th anniversary next year.', '75th anniversary')).toBe('1944');
    expect(valueOf('Last year the two countries marked the 30th anniversary of the treaty.', '30th anniversary of the treaty')).toBe('1987');
  });
  it('keeps the reference in its own zone', () => {
    // 23:30 UTC on June 13 is already June 14 in Moscow.
    expect(findTimes('He arrived today.')[0]?.value).toBe('XXXX-XX-XX');
    expect(findTimes('He arrived today.', { reference: '2018-06-13T23:30:00Z', referenceZone: 'Europe/Moscow' })[0]?.value).toBe('2018-06-14');
    expect(findTimes('He arrived today.', { reference: '2018-06-13T23:30:00Z' })[0]?.value).toBe('2018-06-13');
  });
});
