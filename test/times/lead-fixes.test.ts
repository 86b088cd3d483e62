import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// helpers.REF is Thursday 2018-06-14, 16:10 Moscow time.

describe('times: a deadline moved or prolonged lies ahead', () => {
  it('reads "extended ... through January" and "postponed ... until May" as the coming month', () => {
    expect(valueOf('Lenders have extended the company up to $90 million in revolving loans through January.', 'January')).toBe('2019-01');
    expect(valueOf('The court postponed the hearing of the case until May.', 'May')).toBe('2019-05');
  });
  it('leaves a span that simply ran through a month in the past', () => {
    expect(valueOf('The strike lasted through January.', 'January')).toBe('2018-01');
    expect(valueOf('The ban, which ran until May, was lifted.', 'May')).toBe('2018-05');
  });
});

describe('times: "the previous Friday", "the following Monday" count from the day the story named', () => {
  it('takes the weekday before or after that day', () => {
    const text = 'The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.';
    expect(valueOf(text, 'Friday', '1989-10-30T12:00:00Z')).toBe('1989-10-27');
    expect(valueOf(text, 'the previous Friday', '1989-10-30T12:00:00Z')).toBe('1989-10-20');
    expect(valueOf('The envoy arrived on Monday, June 4, and left the following Wednesday.', 'the following Wednesday')).toBe('2018-06-06');
  });
  it('reaches a few sentences back for the day the story is telling', () => {
    const text = ['Shares closed sharply lower on Friday in busy trading.', 'Banks led the fall.', 'Miners followed.', 'Bonds were steady.', 'The index ended down 4.5% from the previous Friday.'].join('\n');
    expect(valueOf(text, 'the previous Friday', '1989-10-30T12:00:00Z')).toBe('1989-10-20');
  });
  it('counts from the reference when the story named no day', () => {
    expect(valueOf('Shares fell from the previous Friday.', 'the previous Friday')).toBe('2018-06-08');
  });
});

describe('times: a weekday with a plural part of the day recurs', () => {
  it('makes "Monday and Tuesday nights" and "Friday evenings" weekly sets', () => {
    expect(pairs('Two new flights will leave on Monday and Tuesday nights from July 2.'))
      .toEqual(['Monday=XXXX-WXX-1TNI', 'Tuesday nights=XXXX-WXX-2TNI', 'July 2=2018-07-02']);
    expect(pairs('The market opens on Friday evenings.')).toEqual(['Friday evenings=XXXX-WXX-5TEV']);
  });
  it('keeps a single night a date', () => {
    expect(pairs('The convoy left on Monday night.')).toEqual(['Monday night=2018-06-11']);
  });
});

describe('times: an attributive "planned" after the expression does not make it future', () => {
  it('reads the clause\'s own past', () => {
    const text = 'On Friday, when the minister set aside her leave for the hastily planned trip, the ministry lifted its warning.';
    expect(valueOf(text, 'Friday')).toBe('2018-06-08');
  });
  it('still reads an announced plan before the expression as future', () => {
    expect(valueOf('The planned talks on Friday will go ahead.', 'Friday')).toBe('2018-06-15');
  });
});
