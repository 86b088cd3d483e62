import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// Our own sentences, each with a pinned reference date.
const SEP_2021 = '2021-09-15T10:00:00Z'; // a Wednesday
const DEC_2021 = '2021-12-10T10:00:00Z';
const JAN_2022 = '2022-01-10T10:00:00Z';

describe('times: holidays take the year the sentence means', () => {
  it('a future or intended mention of a holiday later in the year is this year\'s', () => {
    expect(valueOf('Retailers hope to restock before Christmas.', 'Christmas', SEP_2021)).toBe('2021-12-25');
    expect(valueOf('Officials said they hoped to finish the work before Christmas.', 'Christmas', SEP_2021)).toBe('2021-12-25');
    expect(valueOf('The bridge will reopen by New Year\'s Day.', 'New Year\'s Day', SEP_2021)).toBe('2022-01-01');
    expect(valueOf('Families will gather at Easter.', 'Easter', SEP_2021)).toBe('2022-04-17');
  });
  it('a neutral mention is the nearer occurrence', () => {
    expect(valueOf('Christmas trading is a worry for shops.', 'Christmas', SEP_2021)).toBe('2021-12-25');
    // In January, the Christmas just gone, not the one eleven months away.
    expect(valueOf('Christmas sales are up 5 percent.', 'Christmas', JAN_2022)).toBe('2021-12-25');
  });
  it('a past mention is the last occurrence', () => {
    expect(valueOf('Shops were closed on Christmas Day.', 'Christmas Day', SEP_2021)).toBe('2020-12-25');
    expect(valueOf('Sales fell sharply after Christmas.', 'Christmas', SEP_2021)).toBe('2020-12-25');
    expect(valueOf('Churches were empty at Easter.', 'Easter', SEP_2021)).toBe('2021-04-04');
    expect(valueOf('Celebrations on New Year\'s Eve were muted.', 'New Year\'s Eve', SEP_2021)).toBe('2020-12-31');
    expect(valueOf('Crowds watched fireworks on Independence Day.', 'Independence Day', SEP_2021)).toBe('2021-07-04');
  });
  it('a past run-up leads to the holiday just ahead, only in a run-up', () => {
    expect(valueOf('Shoppers crowded the malls ahead of Christmas.', 'Christmas', DEC_2021)).toBe('2021-12-25');
    expect(valueOf('Shoppers crowded the malls on Christmas Eve.', 'Christmas Eve', DEC_2021)).toBe('2020-12-24');
    // Too far ahead for a run-up: the past tense wins.
    expect(valueOf('Prices rose ahead of Christmas.', 'Christmas', SEP_2021)).toBe('2020-12-25');
  });
  it('"Last Christmas", "This Christmas" keep their word in the span', () => {
    expect(pairs('Last Christmas, families were kept apart.', SEP_2021)).toEqual(['Last Christmas=2020-12-25']);
    expect(pairs('This Christmas will be different.', SEP_2021)).toEqual(['This Christmas=2021-12-25']);
    expect(pairs('This past Christmas was quiet.', SEP_2021)).toEqual(['This past Christmas=2020-12-25']);
    expect(pairs('It was quieter than the previous Easter.', SEP_2021)).toEqual(['the previous Easter=2021-04-04']);
  });
  it('on the holiday itself, "last" and "next" are a year away, a plain mention is today', () => {
    const XMAS = '2021-12-25T10:00:00Z';
    expect(valueOf('Last Christmas was quiet.', 'Last Christmas', XMAS)).toBe('2020-12-25');
    expect(valueOf('Next Christmas will be better.', 'Next Christmas', XMAS)).toBe('2022-12-25');
    expect(valueOf('Christmas was quiet.', 'Christmas', XMAS)).toBe('2021-12-25');
  });
  it('"in the new year" is the coming year late in a year, the current one early in it', () => {
    expect(pairs('In the new year, talks will resume.', SEP_2021)).toEqual(['the new year=2022']);
    expect(pairs('Talks will resume early in the new year.', JAN_2022)).toEqual(['the new year=2022']);
    expect(pairs('The new year brought hope.', SEP_2021)).toEqual([]);
    expect(pairs('Talks will resume after the New Year holiday.', SEP_2021)).toEqual([]);
  });
  it('computed holidays: Good Friday, Memorial Day, Labor Day, Martin Luther King Jr. Day', () => {
    expect(valueOf('On Good Friday, churches filled.', 'Good Friday', SEP_2021)).toBe('2021-04-02');
    expect(valueOf('Stores closed on Memorial Day.', 'Memorial Day', SEP_2021)).toBe('2021-05-31');
    expect(valueOf('The strike ended on Labor Day.', 'Labor Day', SEP_2021)).toBe('2021-09-06');
    expect(valueOf('Marches were held on Martin Luther King Jr. Day.', 'Martin Luther King Jr. Day', SEP_2021)).toBe('2021-01-18');
    expect(valueOf('Boxing Day sales will start early.', 'Boxing Day', SEP_2021)).toBe('2021-12-26');
  });
  it('a holiday\'s name before an object or a place is no date', () => {
    expect(pairs('A Christmas tree was lit in the square.', SEP_2021)).toEqual([]);
    expect(pairs('Ships reached Christmas Island.', SEP_2021)).toEqual([]);
    expect(pairs('Statues stand on Easter Island.', SEP_2021)).toEqual([]);
  });
  it('a year named after the holiday is its year', () => {
    expect(pairs('Christmas last year was quiet.', SEP_2021)).toEqual(['Christmas last year=2020-12-25']);
    expect(valueOf('Easter next year falls in April.', 'Easter next year', SEP_2021)).toBe('2022-04-17');
  });
});

describe('times: vague near futures', () => {
  it('"within weeks", "within days" of what is to come are FUTURE_REF', () => {
    expect(pairs('A deal is expected within weeks.', SEP_2021)).toEqual(['within weeks=FUTURE_REF']);
    expect(pairs('The army could collapse within days, officials warned.', SEP_2021)).toEqual(['within days=FUTURE_REF']);
    expect(pairs('The talks will end within a few days.', SEP_2021)).toEqual(['within a few days=FUTURE_REF']);
  });
  it('but a past narrative or a span tied to an event stays a duration', () => {
    expect(pairs('The army collapsed within days.', SEP_2021)).toEqual(['days=PXD']);
    expect(pairs('Talks resumed within days of the vote.', SEP_2021)).toEqual(['days=PXD']);
    expect(pairs('Ships will sail within 18 months.', SEP_2021)).toEqual(['18 months=P18M']);
  });
  it('"in coming months" is FUTURE_REF like "in the coming weeks"', () => {
    expect(pairs('Prices should fall in coming months.', SEP_2021)).toEqual(['coming months=FUTURE_REF']);
    expect(pairs('More layoffs are expected in the coming weeks.', SEP_2021)).toEqual(['the coming weeks=FUTURE_REF']);
  });
});

describe('times: "in as many days"', () => {
  it('counts by the number said before it', () => {
    expect(pairs('It was the second protest in as many days.', SEP_2021)).toEqual(['as many days=P2D']);
    expect(pairs('Three bombings in as many weeks have shaken the city.', SEP_2021)).toEqual(['as many weeks=P3W']);
    expect(pairs('Police made 40 arrests in as many hours.', SEP_2021)).toEqual(['as many hours=PT40H']);
  });
  it('without a count, or with one in an earlier sentence, it stays vague', () => {
    expect(pairs('Rebels launched attacks in as many days.', SEP_2021)).toEqual(['as many days=PXD']);
    expect(pairs('Two men were held. Rebels struck in as many days.', SEP_2021)).toEqual(['as many days=PXD']);
  });
});

describe('times: "hours later", "a few hours earlier"', () => {
  // TimeBank marks "A few days later" and "Three days later" as durations, "later" outside.
  it('are durations, counted or vague', () => {
    expect(pairs('A few hours earlier, police had cleared the square.', SEP_2021)).toEqual(['A few hours=PTXH']);
    expect(pairs('Hours later, the rebels withdrew.', SEP_2021)).toEqual(['Hours=PTXH']);
    expect(pairs('Just days later, he resigned.', SEP_2021)).toEqual(['days=PXD']);
    expect(pairs('Two hours later, he resigned.', SEP_2021)).toEqual(['Two hours=PT2H']);
  });
  it('but not hours that belong to a noun', () => {
    expect(pairs('The shop changed its opening hours later.', SEP_2021)).toEqual([]);
  });
});

describe('times: dawn and dusk', () => {
  it('are the morning and the evening of the reference day when past', () => {
    expect(pairs('Pre-dawn strikes hit the capital.', SEP_2021)).toEqual(['Pre-dawn=2021-09-15TMO']);
    expect(pairs('The raid came before dawn.', SEP_2021)).toEqual(['dawn=2021-09-15TMO']);
    expect(pairs('At dawn, the shelling resumed.', SEP_2021)).toEqual(['dawn=2021-09-15TMO']);
    expect(pairs('Police staged a dawn raid.', SEP_2021)).toEqual(['dawn=2021-09-15TMO']);
    expect(pairs('The curfew was lifted at dusk.', SEP_2021)).toEqual(['dusk=2021-09-15TEV']);
  });
  it('take the day named beside them', () => {
    expect(pairs('Troops moved in at dawn on Tuesday.', SEP_2021)).toEqual(['dawn on Tuesday=2021-09-14TMO']);
    expect(pairs('On Tuesday at dawn, troops moved in.', SEP_2021)).toEqual(['Tuesday at dawn=2021-09-14TMO']);
  });
  it('one still ahead after dawn is tomorrow\'s', () => {
    expect(pairs('The troops will attack at dawn.', SEP_2021)).toEqual(['dawn=2021-09-16TMO']);
    // Written at 03:00: today's dawn is still ahead.
    expect(pairs('The troops will attack at dawn.', '2021-09-15T03:00:00Z')).toEqual(['dawn=2021-09-15TMO']);
  });
  it('not the dawn of an era, a new dawn, or the name', () => {
    expect(pairs('It marked the dawn of a new era.', SEP_2021)).toEqual([]);
    expect(pairs('It is a new dawn for the party.', SEP_2021)).toEqual([]);
    expect(pairs('Dawn newspaper reported the attack.', SEP_2021)).toEqual([]);
    expect(pairs('Police said Dawn was tired.', SEP_2021)).toEqual([]);
    expect(pairs('Dawn Johnson chairs the board.', SEP_2021)).toEqual([]);
    expect(pairs('The army imposed a dusk-to-dawn curfew.', SEP_2021)).toEqual([]);
  });
});

describe('times: tense for weekdays and months', () => {
  const SUN = '2021-09-12T10:00:00Z';
  const MON = '2021-09-13T10:00:00Z';
  it('a plan or hope looks ahead, even reported in the past', () => {
    expect(valueOf('Protesters plan to gather on Monday.', 'Monday', SUN)).toBe('2021-09-13');
    expect(valueOf('Protesters said they plan to gather on Friday.', 'Friday', SUN)).toBe('2021-09-17');
    expect(valueOf('The unions agreed to strike on Friday.', 'Friday', SUN)).toBe('2021-09-17');
    // "agreed to" a noun is the agreement itself, in the past.
    expect(valueOf('The rebels agreed to a ceasefire on Friday.', 'Friday', SUN)).toBe('2021-09-10');
    expect(valueOf('The rebels agreed to talks on Friday.', 'Friday', SUN)).toBe('2021-09-10');
  });
  it('a request with an infinitive looks ahead: the time is what was asked for', () => {
    const WED = '2019-01-23T12:00:00Z';
    expect(valueOf('The government called its own supporters to rally in Caracas again on Thursday.', 'Thursday', WED)).toBe('2019-01-24');
    expect(valueOf('Police ordered protesters to leave the square by Friday.', 'Friday', WED)).toBe('2019-01-25');
    // Without an infinitive, or with the day on the asking itself, the asking's past tense stands.
    expect(valueOf('She called for calm on Thursday.', 'Thursday', WED)).toBe('2019-01-17');
    expect(valueOf('They asked the court on Monday to delay the case.', 'Monday', WED)).toBe('2019-01-21');
    expect(valueOf('He told reporters on Tuesday that talks had failed.', 'Tuesday', WED)).toBe('2019-01-22');
  });
  it('a weekday right after a name ending in an accented letter and a comma is found', () => {
    const WED = '2019-01-23T12:00:00Z';
    expect(valueOf('Juan Guaidó, on Wednesday, swore himself in.', 'Wednesday', WED)).toBe('2019-01-23');
  });
  it('a past verb of intent after the date dates the deciding, not what was decided', () => {
    const DEC = '2015-12-28T09:00:00Z';
    expect(valueOf('The leaders met in Seoul on Nov. 2 and agreed to speed up talks.', 'Nov. 2', DEC)).toBe('2015-11-02');
    expect(valueOf('On Nov. 2 the two sides decided to resume talks.', 'Nov. 2', DEC)).toBe('2015-11-02');
    // A present intent after the date still looks ahead.
    expect(valueOf('The summit on Nov. 2 aims to speed up talks.', 'Nov. 2', DEC)).toBe('2016-11-02');
  });
  it('the day just gone in a report of it', () => {
    expect(valueOf('The vote on Sunday was close.', 'Sunday', MON)).toBe('2021-09-12');
    expect(valueOf('Protesters gathered on Friday.', 'Friday', SUN)).toBe('2021-09-10');
    // An irregular past ("drew") is a past tense too.
    expect(valueOf('The rally on Thursday drew thousands.', 'Thursday', MON)).toBe('2021-09-09');
  });
  it('a month two or more ahead in the past tense is last year\'s', () => {
    const FEB = '2025-02-10T10:00:00Z';
    expect(valueOf('Sales rose in April, the company said.', 'April', FEB)).toBe('2024-04');
    expect(valueOf('The plant will close in April.', 'April', FEB)).toBe('2025-04');
    // One month ahead keeps a past verb's coming month ("told them of a cut in March").
    expect(valueOf('The firm told suppliers of a cut in March.', 'March', FEB)).toBe('2025-03');
  });
  it('the weekend by tense', () => {
    const MON_MAY = '2025-05-05T10:00:00Z'; // ISO week 19
    expect(valueOf('The talks took place over the weekend.', 'the weekend', MON_MAY)).toBe('2025-W18-WE');
    expect(valueOf('The talks will take place over the weekend.', 'the weekend', MON_MAY)).toBe('2025-W19-WE');
    expect(valueOf('This weekend, thousands marched.', 'This weekend', MON_MAY)).toBe('2025-W18-WE');
    expect(valueOf('This weekend, thousands will march.', 'This weekend', MON_MAY)).toBe('2025-W19-WE');
    expect(valueOf('They meet this coming weekend.', 'this coming weekend', MON_MAY)).toBe('2025-W19-WE');
    expect(valueOf('This past weekend, thousands marched.', 'This past weekend', MON_MAY)).toBe('2025-W18-WE');
  });
});

describe('times: words around "May" and "last week"', () => {
  const MAR_2023 = '2023-03-16T10:00:00Z';
  it('"as early as May" is the month; the name is not', () => {
    expect(valueOf('Sources said a visit could come as early as May.', 'May', MAR_2023)).toBe('2023-05');
    expect(valueOf('The vote could come before May.', 'May', MAR_2023)).toBe('2023-05');
    expect(pairs('Talks were held with May in London.', MAR_2023)).toEqual([]);
    expect(pairs('He said May would decide.', MAR_2023)).toEqual([]);
  });
  it('"last week after ..." is last week; "the week after the vote" counts from the vote', () => {
    const JUN_2024 = '2024-06-24T16:12:00Z';
    expect(pairs('The package, agreed last week after Germany raised objections, targets tankers.', JUN_2024)).toEqual(['last week=2024-W25']);
    expect(pairs('The week after the vote, prices fell.', JUN_2024)).toEqual([]);
  });
});

describe('times: which verb tenses an expression', () => {
  const FRI = '2021-09-17T10:00:00Z';
  it('a future seen from the past ("was about to") does not push a weekday ahead', () => {
    expect(valueOf('Police arrested him on Thursday as he was about to board a plane.', 'Thursday', FRI)).toBe('2021-09-16');
    // Said now, it still looks ahead.
    expect(valueOf('The minister is about to leave on Tuesday.', 'Tuesday', FRI)).toBe('2021-09-21');
  });
  it('a verb inside a "that" clause after the expression is not its tense', () => {
    const APR = '2021-04-03T10:00:00Z';
    expect(valueOf('In January, the court ruled that the boy should go home.', 'January', APR)).toBe('2021-01');
    // A relative clause about the day's own event does tense it.
    const MON = '2021-09-13T10:00:00Z';
    expect(valueOf('Thursday\'s march, which drew thousands, was calm.', 'Thursday', MON)).toBe('2021-09-09');
    expect(valueOf('The march on Thursday that drew thousands', 'Thursday', MON)).toBe('2021-09-09');
    // With nothing else to go by, a modal before it still looks ahead.
    expect(valueOf('The boy should go home in January.', 'January', APR)).toBe('2022-01');
  });
  it('reported "would" is a future; a possessive day keeps its own time', () => {
    const MON = '2021-09-13T10:00:00Z';
    expect(valueOf('The opposition said it would march on Saturday.', 'Saturday', MON)).toBe('2021-09-18');
    expect(valueOf('Exiles said they would look for ways around Wednesday\'s ruling.', 'Wednesday', '2021-09-17T10:00:00Z')).toBe('2021-09-15');
    // A conditional "would" is no report: the nearer Saturday.
    expect(valueOf('He would march on Saturday if allowed.', 'Saturday', MON)).toBe('2021-09-11');
  });
  it('a present copula naming the day is a schedule', () => {
    const MON = '2021-09-13T10:00:00Z';
    expect(valueOf('The funeral is on Friday.', 'Friday', MON)).toBe('2021-09-17');
    expect(valueOf('The vote is set for Friday.', 'Friday', MON)).toBe('2021-09-17');
    expect(valueOf('The funeral was on Friday.', 'Friday', MON)).toBe('2021-09-10');
    expect(valueOf('Officials say Friday\'s vote is a setback.', 'Friday', MON)).toBe('2021-09-10');
  });
  it('a plan seen from the past ("had been due to expire Friday") is the nearer day', () => {
    const MON = '2021-09-13T10:00:00Z';
    expect(valueOf('The offer had been due to expire Friday.', 'Friday', MON)).toBe('2021-09-10');
    expect(valueOf('The offer was scheduled to expire Friday.', 'Friday', MON)).toBe('2021-09-10');
    expect(valueOf('The offer is scheduled to expire Friday.', 'Friday', MON)).toBe('2021-09-17');
    expect(valueOf('The deadline was extended until Friday.', 'Friday', MON)).toBe('2021-09-17');
  });
  it('"postponed until Tuesday" is the coming Tuesday', () => {
    expect(valueOf('Officials postponed until Tuesday any action on the case.', 'Tuesday', FRI)).toBe('2021-09-21');
    expect(valueOf('Officials acted on Tuesday.', 'Tuesday', FRI)).toBe('2021-09-14');
  });
});

describe('times: "a week or so ago"', () => {
  const REF = '1991-02-25T09:00:00Z';
  it('is a date about that far back, not a duration', () => {
    expect(pairs('A week or so ago, the general picked a date.', REF)).toEqual(['A week or so ago=1991-W08']);
    expect(pairs('A month or two ago, it began.', REF)).toEqual(['A month or two ago=1991-01']);
    expect(pairs('It took a week or so.', REF)).toEqual(['a week=P1W']);
  });
});

describe('times: the present of a schedule', () => {
  const MON = '2021-09-13T10:00:00Z';
  it('"appears in court on Tuesday", "talks resume on Thursday" look ahead', () => {
    expect(valueOf('The man, arrested on Sunday, appears in court on Tuesday.', 'Tuesday', MON)).toBe('2021-09-14');
    expect(valueOf('The man, arrested on Sunday, appears in court on Tuesday.', 'Sunday', MON)).toBe('2021-09-12');
    expect(valueOf('Talks resume on Thursday.', 'Thursday', MON)).toBe('2021-09-16');
    expect(valueOf('The ministers meet on Friday.', 'Friday', MON)).toBe('2021-09-17');
  });
  it('but an auxiliary before the verb tells the tense, and nouns are no verbs', () => {
    expect(valueOf('They did not meet on Friday.', 'Friday', MON)).toBe('2021-09-10');
    expect(valueOf("They didn't meet on Friday.", 'Friday', MON)).toBe('2021-09-10');
    expect(valueOf("They won't meet on Friday.", 'Friday', MON)).toBe('2021-09-17');
    expect(valueOf('Results from the vote on Sunday show a narrow win.', 'Sunday', MON)).toBe('2021-09-12');
  });
});
