import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/analyze/times/find.js';
import { pairs, times } from './helpers.js';

describe('times: numbers that are not times', () => {
  it('counts, labels, amounts, phone numbers and scores are not years', () => {
    for (const text of [
      'About 2018 people attended the rally.',
      'The council adopted Resolution 2018 on Tuesday night.',
      'Police killed 1990 protesters, activists say.',
      'Call +7 495 555-2018 for details.',
      'Call 555-2018 for details.',
      'The company paid $2018 per share.',
      'Flight 1990 landed safely.',
      'The index closed at 2,018 points.',
      'It rose 2018% in value.',
    ]) {
      const years = times(text).filter((t) => /^\d{4}$/u.test(t.value));
      expect(years, text).toEqual([]);
    }
  });
  it('sports scores, fractions and prices are not dates or times', () => {
    expect(times('Spain beat Russia 2-1 in the final.')).toEqual([]);
    expect(times('The stock rose 7/8 to 25 3/8.')).toEqual([]);
    expect(times('It earned $2.50 a share.')).toEqual([]);
  });
  it('lower-case month words are not months', () => {
    expect(times('The company may report a loss. They march on.')).toEqual([]);
  });
  it('"three-quarters of" is a fraction, not a duration', () => {
    expect(times('About three-quarters of voters agreed.')).toEqual([]);
  });
});

describe('times: pathological input', () => {
  it('finishes a long adversarial text quickly', () => {
    const pieces = [
      '1'.repeat(5000), ' ', 'the '.repeat(3000), 'last '.repeat(2000), 'early mid late '.repeat(1000),
      'twenty-one '.repeat(2000), '2018 '.repeat(3000), 'June '.repeat(2000), '12:'.repeat(2000), 'a '.repeat(5000),
      'every '.repeat(1000), 'of the '.repeat(2000), '70th anniversary of '.repeat(500),
    ];
    const text = pieces.join(' ');
    const t0 = performance.now();
    const out = findTimes(text, { reference: '2018-06-14T16:10:00+03:00' });
    const ms = performance.now() - t0;
    expect(Array.isArray(out)).toBe(true);
    // A generous budget: linear-time rules take well under a second on ~150 kB.
    expect(ms).toBeLessThan(10_000);
    for (const t of out) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('times: names and rates that look like times', () => {
  it('"the March for Life" is a name, "in March for health reasons" the month', () => {
    expect(times('They joined the annual March for Life on Capitol Hill.')).toEqual([]);
    expect(times('He resigned in March for health reasons.').map((t) => t.text)).toEqual(['March']);
  });
  it('"a second group" is an ordinal and "This Week" a programme', () => {
    expect(times('A second group of directors resigned.')).toEqual([]);
    expect(times('Baker spoke on ABC\'s "This Week" programme.')).toEqual([]);
  });
  it('rates are not periods: "four flights a week"', () => {
    expect(times('Qantas will add four flights a week.')).toEqual([]);
  });
});

describe('times: titles with day words', () => {
  it('"USA Today" is a newspaper; "Today" opening a sentence is the day', () => {
    expect(times('The poll was published by USA Today on Monday.').map((t) => t.text)).toEqual(['Monday']);
    expect(times('He left. Today he returns.').map((t) => t.text)).toEqual(['Today']);
  });
});

describe('times: segues, speeds and unit compounds are not times', () => {
  it('a broadcaster\'s "Now for the weather." is a segue; "Now for the first time, ..." is the present', () => {
    expect(times('Now for a look at the weather.').map((t) => t.text)).toEqual([]);
    expect(times('Now for the first time, engineers have mapped the cave.').map((t) => `${t.text}=${t.value}`)).toEqual(['Now=PRESENT_REF']);
    expect(times('Prices are high for now.').map((t) => t.value)).toEqual(['PRESENT_REF']);
  });
  it('"instructions per second" is a speed; "three times per hour" is still a recurrence', () => {
    expect(times('The new chip runs 20 million instructions per second.')).toEqual([]);
    expect(times('The trucks drove at 60 miles per hour.')).toEqual([]);
    expect(times('The pump cycles three times per hour.').map((t) => t.value)).toContain('PT1H');
    expect(times('Guards check the gate every hour.').map((t) => `${t.text}=${t.value}`)).toEqual(['every hour=PT1H']);
  });
  it('"the quarter-to-quarter change", "year-to-year swings" name no period; "the quarter" alone does', () => {
    expect(times('The quarter-to-quarter change was small.', '1989-10-30T12:00:00Z')).toEqual([]);
    expect(times('Profits showed wide year-to-year swings.', '1989-10-30T12:00:00Z')).toEqual([]);
    expect(times('Sales rose in the quarter.', '1989-10-30T12:00:00Z').map((t) => t.text)).toEqual(['the quarter']);
  });
});

describe('times: "the fall" and "the spring" as common nouns', () => {
  it('are no season without a preposition of time', () => {
    expect(pairs('Banks led the fall.')).toEqual([]);
    expect(pairs('The fall was steep.')).toEqual([]);
  });
  it('are a season behind one', () => {
    expect(pairs('Talks will resume in the fall.')).toEqual(['the fall=2018-FA']);
  });
});
