import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// REF (helpers) is Thursday 2018-06-14.

describe('times: vague near future and past', () => {
  it('"soon" and "as soon as possible" are FUTURE_REF', () => {
    expect(valueOf('The company will soon announce its results.', 'soon')).toBe('FUTURE_REF');
    expect(valueOf('They want the boy back "as soon as possible," he said.', 'as soon as possible')).toBe('FUTURE_REF');
  });
  it('but not the conjunction, "soon after", or a past narrative', () => {
    expect(pairs('They may leave as soon as the talks end.')).toEqual([]);
    expect(pairs('The rebels struck again soon after.')).toEqual([]);
    expect(pairs('He was taken to a hospital and was soon released.')).toEqual([]);
  });
  it('"in the coming days" is FUTURE_REF with the preposition outside', () => {
    expect(pairs('Talks will resume in the coming days.')).toEqual(['the coming days=FUTURE_REF']);
    expect(pairs('More troops will arrive in the coming weeks.')).toEqual(['the coming weeks=FUTURE_REF']);
  });
  it('"decades ago" with no count is PAST_REF; a counted one is a year', () => {
    expect(pairs('The dispute began decades ago.')).toEqual(['decades ago=PAST_REF']);
    expect(valueOf('The dispute began four decades ago.', 'four decades ago')).toBe('1978');
  });
});

describe('times: anchored and tensed days', () => {
  it('"on the same day" is the day last named', () => {
    expect(pairs('He arrived on June 3 and left on the same day.')).toEqual(['June 3=2018-06-03', 'the same day=2018-06-03']);
  });
  it('"the same day" with no dated day before it is left out', () => {
    expect(pairs('He arrived and left on the same day.')).toEqual([]);
  });
  it('"next to" is a place, not the future', () => {
    expect(valueOf('Two bombs exploded next to the embassy on Friday.', 'Friday')).toBe('2018-06-08');
  });
  it('a weekday beside a present-tense verb is the one just gone', () => {
    // Saturday is two days ahead and five back: the nearer would be ahead, the present looks back.
    expect(valueOf("Officials say Saturday's vote is a setback.", 'Saturday')).toBe('2018-06-09');
    // Still the next one when the future is said.
    expect(valueOf('The board will meet on Monday.', 'Monday')).toBe('2018-06-18');
  });
  it('a price before "on Friday" is not read as a clock time', () => {
    expect(pairs('The index fell 1.4%, or 6.43, on Friday, to 437.68.')).toEqual(['Friday=2018-06-08']);
  });
});

describe('times: words that only look like times', () => {
  it('"high noon" is an idiom, plain "noon" a clock time', () => {
    expect(pairs('For the people of Poland, high noon comes at last.')).toEqual([]);
    expect(pairs('The talks end at noon.')).toEqual(['noon=2018-06-14T12:00']);
  });
  it('"the people of tomorrow" is an era, not a date', () => {
    expect(pairs('If I were choosing the people of tomorrow, I would pick them.')).toEqual([]);
    expect(pairs('The ministers meet tomorrow.')).toEqual(['tomorrow=2018-06-15']);
  });
  it('"the March of the ..." is a name even when chrono takes the "of"', () => {
    expect(pairs('She led the March of the Combatant Mothers.')).toEqual([]);
    expect(pairs('The vote was held in March of 2017.')).toEqual(['March of 2017=2017-03']);
  });
});

describe('times: tense cues for year-less months', () => {
  it('"since March" has begun, whatever verbs follow', () => {
    // Without the cue, "was scheduled to" reads as the future and March as next year's.
    expect(valueOf('The carrier, on patrol since March, was scheduled to return.', 'March')).toBe('2018-03');
  });
  it('a word in -ed after an article is an adjective, not a past verb', () => {
    // "would be paid" looks ahead: January is next year's, not this year's.
    expect(valueOf('The dividend would be paid on a still unspecified date in January.', 'January')).toBe('2019-01');
  });
});

describe('times: tense across a quotation mark', () => {
  it('the reporting verb after a quote does not set the tense inside it', () => {
    // "said" is nearer, but "will leave" is the quoted plan's tense: Friday is the next one.
    expect(valueOf('"He will go with his family, his son and all the others on Friday," he said.', 'Friday')).toBe('2018-06-15');
    expect(valueOf("``He will go with his family, his son and all the others on Friday,'' he said.", 'Friday')).toBe('2018-06-15');
  });
});

describe('times: vague value forms', () => {
  it('"the then current price" is the present of a past moment (PAST_REF); "the current price" the present', () => {
    expect(pairs('Holders may buy shares at half the then current market price.')).toEqual(['then current=PAST_REF']);
    expect(pairs('She was the then-current chair of the board.')).toEqual(['then-current=PAST_REF']);
    expect(pairs('Holders may buy shares at the current market price.')).toEqual(['current=PRESENT_REF']);
  });
  it('"for coming quarters" is a near future like "in coming months"', () => {
    expect(pairs('The outlook is poor for coming quarters, analysts said.')).toEqual(['coming quarters=FUTURE_REF']);
    expect(pairs('Rates may fall in coming months.')).toEqual(['coming months=FUTURE_REF']);
  });
  it('"over the past decade" is a stretch of ten years; "in the last decade" keeps the decade', () => {
    expect(pairs('Attacks have become routine over the past decade.', '1998-10-25T12:00:00Z')).toEqual(['the past decade=P10Y']);
    expect(pairs('Shops have closed for the last decade.', '1998-10-25T12:00:00Z')).toEqual(['the last decade=P10Y']);
    expect(pairs('Workers lost earning power in the last decade.', '1998-10-25T12:00:00Z')).toEqual(['the last decade=198']);
  });
});
