import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

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
