import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// A Thursday late in February, as in a 1980s wire story, and a Monday early in March.
const FEB26 = '1987-02-26T15:00:00Z';
const MAR2 = '1987-03-02T12:00:00Z';

describe('times: which way a year-less month or weekday points', () => {
  it('"since early January" looks back, whatever comes later in the sentence', () => {
    const text = 'Rain fell all week, easing the dry spell since early January and lifting hopes for the coming harvest.';
    expect(valueOf(text, 'early January', FEB26)).toBe('1987-01');
    expect(valueOf('Prices have climbed since the end of November.', 'the end of November', FEB26)).toBe('1986-11');
  });
  it('"was about 200,000" is an amount, not "was about to"', () => {
    expect(valueOf('Output for all of February was about 200,000 barrels a day.', 'February', MAR2)).toBe('1987-02');
    // Still a plan seen from the past when "to" follows.
    expect(valueOf('The ship was about to sail on Friday.', 'Friday', FEB26)).toBe('1987-02-27');
  });
  it('"due to" a cause and "due 2017" a maturity are no plans; "due to meet" is one', () => {
    expect(valueOf('Sales slowed this year due to heavy buying in December.', 'December', MAR2)).toBe('1986-12');
    expect(valueOf('The money came from selling notes due 2017 in February.', 'February', MAR2)).toBe('1987-02');
    expect(valueOf('Sales were weak due to tax-driven buying in December.', 'December', MAR2)).toBe('1986-12');
    expect(valueOf('The council is due to meet in September.', 'September', MAR2)).toBe('1987-09');
    expect(valueOf('Sales were weak, and the drop was due to the weather in December.', 'December', MAR2)).toBe('1986-12');
  });
  it('a deadline ("by", "until") in the present looks ahead; in the past it stays back', () => {
    const OCT19 = '1987-10-19T12:00:00Z';
    expect(valueOf("If we don't have agreements settled by Thursday, there will be a strike, he said.", 'Thursday', OCT19)).toBe('1987-10-22');
    expect(valueOf('The offer runs until Friday.', 'Friday', OCT19)).toBe('1987-10-23');
    expect(valueOf('The deal was signed by Thursday.', 'Thursday', OCT19)).toBe('1987-10-15');
    expect(valueOf('The dollar was at 1.80 marks by Friday.', 'Friday', OCT19)).toBe('1987-10-16');
  });
  it('"effective" dates a change only before a date or "immediately"', () => {
    const OCT19 = '1987-10-19T12:00:00Z';
    expect(valueOf('Funds traded at 7-5/8 pct, compared with an average effective rate of 7.55 pct Friday.', 'Friday', OCT19)).toBe('1987-10-16');
    expect(valueOf('The new rate is effective Friday.', 'Friday', OCT19)).toBe('1987-10-23');
  });
  it('a modal perfect looks back; "would have to" does not', () => {
    expect(valueOf('In a call in late July, the envoy might have pressed the minister.', 'late July', '2019-09-25T12:00:00Z')).toBe('2019-07');
    expect(valueOf('The firm would have to repay the loan in October.', 'October', '2019-09-25T12:00:00Z')).toBe('2019-10');
  });
  it('a trailing attribution dates the telling, not what is told', () => {
    expect(valueOf('The new controller will be ready for shipment by October, the company said.', 'October', MAR2)).toBe('1987-10');
    expect(valueOf('The board is not due to meet again until September, delegates said.', 'September', MAR2)).toBe('1987-09');
    expect(valueOf('Congress is scheduled to break for Easter, the senator said.', 'Easter', FEB26)).toBe('1987-04-19');
    // The attribution still decides when nothing else does, and an object after it is no attribution.
    expect(valueOf('On Friday, the company said.', 'Friday', MAR2)).toBe('1987-02-27');
    expect(valueOf('In September, it announced plans to buy the chain.', 'September', '1989-11-01T00:00:00Z')).toBe('1989-09');
  });
  it('"but added" and "that it will" open clauses of their own', () => {
    expect(valueOf('The directors will rule on the petition on Wednesday, but added that a panel has studied it.', 'Wednesday', MAR2)).toBe('1987-03-04');
    expect(valueOf('The bank said in a statement on Sunday that it will not comment on rumors.', 'Sunday', MAR2)).toBe('1987-03-01');
  });
});

describe('times: months said as one list', () => {
  it('a trailing "last year" or year dates every month of the list', () => {
    expect(pairs('The rate matched the highs of April, August and December last year.', MAR2))
      .toEqual(['April=1986-04', 'August=1986-08', 'December last year=1986-12']);
    expect(pairs('Between February and October 1986, output slipped.', MAR2)).toEqual(['February=1986-02', 'October 1986=1986-10']);
    expect(pairs('Imports may top one million tonnes between January and September this year.', MAR2))
      .toEqual(['January=1987-01', 'September this year=1987-09']);
  });
  it('the month read nearest the reference sets the year of the list', () => {
    // February alone, with "expected", would be next February; March is this month.
    expect(pairs('A further 40,000 tonnes are expected to be exported in February and March.', '1987-03-03T12:00:00Z'))
      .toEqual(['February=1987-02', 'March=1987-03']);
  });
  it('a later month of a list follows the first', () => {
    expect(pairs('The deal goes to a shareholder meeting to be held in April or May, it said.', MAR2)).toEqual(['April=1987-04', 'May=1987-05']);
  });
  it('a list out of calendar order, or with a year inside, is left as each month was read', () => {
    expect(pairs('Sales rose in November, December and January.', MAR2))
      .toEqual(['November=1986-11', 'December=1986-12', 'January=1987-01']);
    expect(pairs('He visited in May 1985 and June.', MAR2)).toEqual(['May 1985=1985-05', 'June=1986-06']);
  });
  it('a capitalized "May" is the month, never the modal', () => {
    expect(valueOf('Talks were held in May and again in June.', 'June', MAR2)).toBe('1986-06');
  });
});

describe('times: ranges of weekdays and dashes before names', () => {
  it('"Monday to Friday" moves an end by a week, never a year', () => {
    expect(pairs('The talks lasted Monday to Friday.', MAR2)).toEqual(['Monday=1987-02-23', 'Friday=1987-02-27']);
    expect(pairs('The talks will run Thursday to Monday.', MAR2)).toEqual(['Thursday=1987-03-05', 'Monday=1987-03-09']);
  });
  it('a capitalized word after a dateline dash is a name, not the end of a range', () => {
    expect(pairs('CHARLOTTE, Feb 26 - First Union Corp said it would sell notes.', MAR2)).toEqual(['Feb 26=1987-02-26']);
    expect(pairs('The fair runs June 12-14.', MAR2)).toEqual(['June 12=1987-06-12', '14=1987-06-14']);
  });
});

describe('times: days spelled out after a month', () => {
  it('"payable April one", "from March one, 1988" are days', () => {
    expect(pairs('Quarterly dividend of 35 cts, payable April one, record March 14.', MAR2))
      .toEqual(['April one=1987-04-01', 'March 14=1987-03-14']);
    expect(pairs('Holders may convert from March one, 1988, to September twenty-one, 1989.', MAR2))
      .toEqual(['March one, 1988=1988-03-01', 'September twenty-one, 1989=1989-09-21']);
  });
  it('a number that counts what follows is no day', () => {
    expect(pairs('In May two people died in the floods.', MAR2)).toEqual(['May=1987-05']);
    expect(pairs('In April one company left the market.', MAR2)).toEqual(['April=1987-04']);
  });
});
