import { describe, expect, it } from 'vitest';
import { times, valueOf } from './helpers.js';

// Made-up sentences, pinned to a story of December 3 and one of January 8.
const DEC3 = '2025-12-03T10:00:00Z';
const JAN8 = '2026-01-08T10:00:00Z';

describe('times: year-less dates near the turn of the year', () => {
  it('a December story: a past November is this year\'s, a coming January next year\'s', () => {
    expect(valueOf('The minister resigned on Nov. 2 after weeks of protests.', 'Nov. 2', DEC3)).toBe('2025-11-02');
    expect(valueOf('The minister will travel to Paris in January.', 'January', DEC3)).toBe('2026-01');
    expect(valueOf('Talks are expected to resume on Jan. 5.', 'Jan. 5', DEC3)).toBe('2026-01-05');
  });
  it('a January story: a past December is last year\'s, a coming one this year\'s', () => {
    expect(valueOf('Police arrested the suspect on Dec. 28.', 'Dec. 28', JAN8)).toBe('2025-12-28');
    expect(valueOf('In December, exports fell 3 percent.', 'December', JAN8)).toBe('2025-12');
    expect(valueOf('The court will rule on Dec. 28.', 'Dec. 28', JAN8)).toBe('2026-12-28');
  });
  it('reported speech: "said he would visit" looks ahead from the telling', () => {
    expect(valueOf('He said he would visit the region on Jan. 5.', 'Jan. 5', DEC3)).toBe('2026-01-05');
    expect(valueOf('The president said on Tuesday that he would visit on Jan. 5.', 'Jan. 5', DEC3)).toBe('2026-01-05');
    expect(valueOf('The minister said elections were held in February.', 'February', DEC3)).toBe('2025-02');
  });
  it('a plan told in the past may fall in the month just gone; "will" in a month gone is next year\'s', () => {
    expect(valueOf('The final report was expected in November.', 'November', DEC3)).toBe('2025-11');
    expect(valueOf('The minister will visit in November.', 'November', DEC3)).toBe('2026-11');
  });
  it('a verb far from the date still governs it', () => {
    const text = 'The team arrived in the capital, where it met opposition leaders and civil society groups as well as the interior minister and several judges of the supreme court, on Nov. 20.';
    expect(valueOf(text, 'Nov. 20', DEC3)).toBe('2025-11-20');
    const ahead = 'The spokesman told reporters the delegation would arrive in the capital, where it is expected to meet opposition leaders and civil society groups, on Jan. 5.';
    expect(valueOf(ahead, 'Jan. 5', DEC3)).toBe('2026-01-05');
  });
  it('a relative clause tenses its own date; the main verb after its closing comma does not', () => {
    const text = 'The governments, which sponsor the talks that are supposed to conclude by May, invited the party to rejoin them.';
    expect(valueOf(text, 'May', '1998-03-22T12:00:00Z')).toBe('1998-05');
    expect(valueOf('The ceasefire that began on Dec. 28 has largely held.', 'Dec. 28', JAN8)).toBe('2025-12-28');
    expect(valueOf('The suspect, who police say fled the country on Dec. 28 after the shooting, is still at large.', 'Dec. 28', JAN8)).toBe('2025-12-28');
  });
  it('"and" with a verb of its own opens another clause: its tense is not the date\'s', () => {
    const text = 'Inflation slowed in November and is expected to ease further in January.';
    expect(valueOf(text, 'November', DEC3)).toBe('2025-11');
    expect(valueOf(text, 'January', DEC3)).toBe('2026-01');
    expect(valueOf('He arrived on Monday and will leave on Friday.', 'Monday', DEC3)).toBe('2025-12-01');
  });
  it('headlines and lists without a verb take the nearest such date', () => {
    expect(valueOf('Shooting on Dec. 28 leaves three dead', 'Dec. 28', JAN8)).toBe('2025-12-28');
    expect(valueOf('Parliament votes on Jan. 12', 'Jan. 12', DEC3)).toBe('2026-01-12');
    const list = 'Key dates: Dec. 28, the ceasefire; Jan. 2, the first exchange; Jan. 20, the deadline.';
    expect(times(list, JAN8).map((t) => t.value)).toEqual(['2025-12-28', '2026-01-02', '2026-01-20']);
    // Six months is the turning point: a July date in a January story with no verb is last July's.
    expect(valueOf('Flood anniversary: July 30', 'July 30', JAN8)).toBe('2025-07-30');
  });
  it('"the next morning" says nothing of the tense of another date in the sentence', () => {
    expect(valueOf('They met on Oct. 14 in Geneva and left the next morning.', 'Oct. 14', DEC3)).toBe('2025-10-14');
  });
});

describe('times: clauses and forecasts that decide the direction', () => {
  const MON = '1987-03-02T12:00:00Z';
  it('a schedule in a relative clause looks ahead, whatever the main clause says after its comma', () => {
    expect(valueOf('Whipple, here to attend the auto show which opens on Thursday, said sales had slowed.', 'Thursday', MON)).toBe('1987-03-05');
    expect(valueOf('The meeting, which finished over the weekend, also decided to allow new calls.', 'the weekend', '1987-10-19T12:00:00Z')).toBe('1987-W42-WE');
  });
  it('"was likely to", "is unlikely to" forecast; "was likely the cause" does not', () => {
    expect(valueOf('Diplomats said work on a new package was unlikely to begin before the autumn.', 'the autumn', '2024-06-24T12:00:00Z')).toBe('2024-FA');
    expect(valueOf('Officials said the country was likely to use more cotton in the year ending June.', 'June', MON)).toBe('1987-06');
    expect(valueOf('The fire was likely the cause of the blackout in February.', 'February', MON)).toBe('1987-02');
  });
  it('a trailing attribution does not date a clause with a verb of its own', () => {
    // A Wednesday story: the burial is this Friday, though the party "said" so.
    const WED = '2024-07-31T12:00:00Z';
    expect(valueOf('The rally will start on Thursday, and the marchers will be taken by bus across the plain to the border crossing near the old customs post on Friday, organisers said.', 'Friday', WED)).toBe('2024-08-02');
    expect(valueOf('On Friday, the company said.', 'Friday', WED)).toBe('2024-07-26');
  });
  it('a modal in a relative clause after the expression is its noun\'s prospect, not the time\'s', () => {
    const WED = '2017-08-09T12:00:00Z';
    expect(valueOf('The council adopted new curbs on Saturday that could halve the ferry traffic.', 'Saturday', WED)).toBe('2017-08-05');
  });
  it('"a strike starting on Monday" is announced; "starting on Monday ... paralyzed" is told', () => {
    const SUN = '2020-08-16T18:00:00Z';
    expect(valueOf('Unions have called for a general strike starting on Monday.', 'Monday', SUN)).toBe('2020-08-17');
    expect(valueOf('A strike starting on Monday paralyzed the ports.', 'Monday', SUN)).toBe('2020-08-10');
  });
  it('an adverb between "be" and a participle leaves the future of "will"', () => {
    expect(valueOf('Lotus said the program will be formally introduced over the summer.', 'the summer', MON)).toBe('1987-SU');
  });
});

describe('times: seasons by tense and by the turn of the year', () => {
  it('"the fall in prices" is a decline and "winter crops" a kind of crop, not seasons', () => {
    expect(valueOf('The fall in share prices came after the budget.', 'The fall', DEC3)).toBeUndefined();
    expect(valueOf('Rain will decide the outcome of the winter crops.', 'the winter', DEC3)).toBeUndefined();
    expect(valueOf('He was shot last fall in his home.', 'last fall', DEC3)).toBe('2025-FA');
  });
  it('a past season is the last one, a coming one the next', () => {
    expect(valueOf('Negotiations lasted most of the autumn.', 'the autumn', JAN8)).toBe('2025-FA');
    expect(valueOf('The harvest was poor in the summer.', 'the summer', JAN8)).toBe('2025-SU');
    expect(valueOf('The talks will resume in the spring.', 'the spring', JAN8)).toBe('2026-SP');
    expect(valueOf('The talks will resume in the spring.', 'the spring', DEC3)).toBe('2026-SP');
  });
  it('in December the fall just ended is "last fall" and "next spring" is the coming one', () => {
    expect(valueOf('Talks collapsed last autumn.', 'last autumn', DEC3)).toBe('2025-FA');
    expect(valueOf('Talks will resume next spring.', 'next spring', DEC3)).toBe('2026-SP');
    expect(valueOf('Talks collapsed last autumn.', 'last autumn', JAN8)).toBe('2025-FA');
    expect(valueOf('Talks will resume next spring.', 'next spring', JAN8)).toBe('2026-SP');
  });
});

describe('times: nothing invented without a publication date', () => {
  it('every value the text leaves open stays open', () => {
    const text = 'The vote is on Nov. 2. Talks collapsed last year, and the following week prices rose. '
      + 'The minister said in the spring that the deal would close at the end of the year. On Friday, police '
      + 'arrested two men; a week earlier, they had fled. Prices rose today and fell yesterday, three days ago. '
      + 'Tonight, a decade ago, 10 hours ago, at Easter and Thanksgiving.';
    const found = times(text, null);
    expect(found.length).toBeGreaterThan(8);
    for (const t of found) {
      // No digit of a year, month or day that the text does not give: only X placeholders or durations.
      if (t.type === 'DURATION') continue;
      expect(t.value, `${t.text}=${t.value}`).toMatch(/^(?:[A-Z_]+|XXXX(?:-(?:XX|\d\d|WXX|SP|SU|FA|WI|Q\d))*(?:-XX|-\d\d|-\d)?(?:T[\w:]+)?)$/u);
      expect(t.inferred, t.text).toBeUndefined();
    }
  });
  it('a holiday that moves with the year has no day without one; a fixed one keeps its day', () => {
    expect(valueOf('Families gathered at Easter and at Thanksgiving.', 'Easter', null)).toBe('XXXX-XX-XX');
    expect(valueOf('Families gathered at Easter and at Thanksgiving.', 'Thanksgiving', null)).toBe('XXXX-XX-XX');
    expect(valueOf('Families gathered at Christmas.', 'Christmas', null)).toBe('XXXX-12-25');
  });
  it('"ago" without a reference keeps the unit\'s precision', () => {
    expect(valueOf('The plant closed three months ago.', 'three months ago', null)).toBe('XXXX-XX');
    expect(valueOf('The plant closed a decade ago.', 'a decade ago', null)).toBe('XXXX');
    expect(valueOf('Talks resume two weeks from now.', 'two weeks from now', null)).toBe('XXXX-WXX');
  });
});

describe('times: "last week of" a noun', () => {
  it('"the arrest last week of an aide" is the past week; "the last week of the campaign" is no calendar week', () => {
    const THU = '2014-07-10T12:00:00Z';
    expect(valueOf('The inquiry follows the arrest last week of an aide to the minister.', 'last week', THU)).toBe('2014-W27');
    expect(valueOf('Voting ends in the last week of the campaign.', 'last week', THU)).toBeUndefined();
    expect(valueOf('Prices fell last week of all weeks.', 'last week', THU)).toBe('2014-W27');
  });
});

describe('times: a holiday inside another day\'s name', () => {
  it('"Holocaust Memorial Day" is not the US Memorial Day', () => {
    expect(valueOf('Ministers will attend Holocaust Memorial Day events.', 'Memorial Day', '2005-01-20T10:00:00Z')).toBeUndefined();
    expect(valueOf('Shops close on Memorial Day.', 'Memorial Day', '2005-01-20T10:00:00Z')).toBe('2005-05-30');
  });
});
