import { describe, expect, it } from 'vitest';
import { pairs, valueOf } from './helpers.js';

const REF = '1998-02-27T09:00:00Z';

describe('times: a month or season before a spoken year', () => {
  it('is that month or season of that year', () => {
    expect(pairs('January nineteen ninety-seven. Atlanta again.', REF)).toEqual(['January nineteen ninety-seven=1997-01']);
    expect(pairs('Prices were last this low in the winter of nineteen ninety-four.', REF)).toEqual(['the winter of nineteen ninety-four=1994-WI']);
  });
  it('with digits the rules already read it whole', () => {
    expect(pairs('Prices were last this low in the winter of 1994.', REF)).toEqual(['the winter of 1994=1994-WI']);
    expect(pairs('It began in March 1996.', REF)).toEqual(['March 1996=1996-03']);
  });
  it('a lower-case "may" before a year is the verb', () => {
    expect(pairs('Sales may 1997 levels exceed.', REF)).toEqual(['1997=1997']);
  });
});

describe('times: "last" with a month name', () => {
  it('the month just gone is "last month", so "last February" in early March is a year back', () => {
    expect(valueOf('Two helicopters crashed last February.', 'last February', '1998-03-01T12:00:00Z')).toBe('1997-02');
    // An earlier month of this year is this year's; the current month is a year back.
    expect(valueOf('The treaty was signed last May.', 'last May', '1998-08-01T12:00:00Z')).toBe('1998-05');
    expect(valueOf('The treaty was signed last March.', 'last March', '1998-03-20T12:00:00Z')).toBe('1997-03');
  });
});
