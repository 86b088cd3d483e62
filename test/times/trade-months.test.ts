import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

// A Thursday late in February and a Monday early in March, as in 1980s commodity wires.
const FEB26 = '1987-02-26T15:00:00Z';
const MAR2 = '1987-03-02T12:00:00Z';

describe('times: a month naming a shipment, delivery or futures period points ahead', () => {
  it('a month range before "shipment" is the coming one, whatever the tense', () => {
    const text = 'Importers bought 20,000 tonnes of maize for May to September shipment, dealers said.';
    expect(pairs(text, FEB26)).toEqual(['May=1987-05', 'September=1987-09']);
  });
  it('a slash pair before "delivery" or "shipment", with "May" read as the month', () => {
    expect(pairs('Millers took two cargoes for April/May delivery last week.', FEB26)).toEqual(expect.arrayContaining(['April=1987-04', 'May=1987-05']));
    expect(pairs('A trader sold white sugar for Jan/Feb shipment.', FEB26)).toEqual(['Jan=1987-01', 'Feb=1987-02']);
  });
  it('a single month before a trade noun: this month if it is the current one, else the next', () => {
    expect(valueOf('Only small lots were booked for March shipment at 1,700 dlrs.', 'March', MAR2)).toBe('1987-03');
    expect(valueOf('Only small lots were booked for January shipment at 1,700 dlrs.', 'January', FEB26)).toBe('1988-01');
    expect(valueOf('July futures fell three cents on heavy selling.', 'July', FEB26)).toBe('1987-07');
    expect(valueOf('Speculators sold the May contract on Tuesday.', 'May', FEB26)).toBe('1987-05');
    expect(valueOf('The bid was for a cargo of rapeseed oil for June loading.', 'June', FEB26)).toBe('1987-06');
  });
  it('after "for shipment" / "for delivery in"', () => {
    expect(pairs('The flour they tendered was for shipment May-June.', FEB26)).toEqual(['May=1987-05', 'June=1987-06']);
    expect(valueOf('Refiners bought raws for delivery in January.', 'January', FEB26)).toBe('1988-01');
  });
  it('a slash pair after "for" or before a price', () => {
    expect(pairs('Exporters offered soymeal for Oct/Dec at 180 dlrs.', FEB26)).toEqual(['Oct=1987-10', 'Dec=1987-12']);
    expect(pairs('Trade was thin, with June/July going at 1,850 dlrs a tonne.', FEB26)).toEqual(['June=1987-06', 'July=1987-07']);
    // Across the turn of the year: the pair runs forward into next January.
    expect(pairs('Exporters offered soymeal for Dec/Jan at 180 dlrs.', FEB26)).toEqual(['Dec=1987-12', 'Jan=1988-01']);
  });
  it('a slash pair with a price in its clause, and a month a price is quoted against', () => {
    const text = 'Some cocoa butter was sold. April/May butter went at 2.3 times New York May, and Aug/Sept fetched 4,400 dlrs.';
    expect(pairs(text, FEB26)).toEqual(['April=1987-04', 'May=1987-05', 'May=1987-05', 'Aug=1987-08', 'Sept=1987-09']);
    expect(pairs('Barge space for Sept/Nov on the lower river was 130 pct bid.', FEB26)).toEqual(['Sept=1987-09', 'Nov=1987-11']);
  });
  it('a period still running is the current one', () => {
    expect(pairs('The premium is up from the one paid for the November to April shipment.', MAR2)).toEqual(['November=1986-11', 'April=1987-04']);
  });
  it('an end the text dates anchors the other', () => {
    expect(pairs('They sold 240,000 tonnes for November to April 1987 shipment.', MAR2)).toEqual(['November=1986-11', 'April 1987=1987-04']);
    expect(pairs('The premium was down from 13.80 dlrs for the last May to September shipment.', MAR2)).toEqual(['last May=1986-05', 'September=1986-09']);
  });
});

describe('times: months that say when something happened stay as the tense reads them', () => {
  it('"shipments fell in May" in a February story is last May', () => {
    expect(valueOf('Coffee shipments fell in May, the board said.', 'May', FEB26)).toBe('1986-05');
  });
  it('"in May, deliveries rose" in past narration stays past', () => {
    expect(valueOf('In May, deliveries rose by a tenth.', 'May', FEB26)).toBe('1986-05');
    expect(valueOf('In September, deliveries rose by a tenth.', 'September', MAR2)).toBe('1986-09');
  });
  it('a plural volume after "in" counts what was shipped', () => {
    expect(valueOf('He noted a 6.9 pct drop in January shipments from a year ago.', 'January', FEB26)).toBe('1987-01');
  });
  it('a slash pair with no trade word is left alone, and a dotless abbreviation alone is no month', () => {
    expect(valueOf('The crop year (July/June) estimate was cut.', 'July', FEB26)).toBe('1986-07');
    expect(pairs('Jan said the deal was off.', FEB26)).toEqual([]);
    // A crop year in dotless abbreviations is no pair of months (the split year is none of ours either).
    expect(pairs('The 1986/87 (Nov/Oct) season crop was cut.', FEB26)).toEqual([]);
  });
  it('without a reference the year stays open', () => {
    expect(pairs('Exporters offered soymeal for Oct/Dec at 180 dlrs.', null)).toEqual(['Oct=XXXX-10', 'Dec=XXXX-12']);
  });
});
