import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

// helpers.REF is Thursday 2018-06-14, 16:10 Moscow time.

describe('times: a clock time after the day it happens on', () => {
  it('gives the time the day, not the reference date, as one expression', () => {
    expect(pairs('The talks will resume tomorrow at 5 p.m.')).toEqual(['tomorrow at 5 p.m.=2018-06-15T17:00']);
    expect(pairs('They met Friday at noon.')).toEqual(['Friday at noon=2018-06-08T12:00']);
    expect(pairs('Troops crossed the border yesterday at 3:30 p.m.')).toEqual(['yesterday at 3:30 p.m.=2018-06-13T15:30']);
    expect(pairs('The convoy leaves tomorrow morning at 7 a.m.')).toEqual(['tomorrow morning at 7 a.m.=2018-06-15T07:00']);
  });
  it('gives a time before a part of a day that day', () => {
    expect(pairs('Shelling began 10 p.m. last night.')).toEqual(['10 p.m. last night=2018-06-13T22:00']);
    expect(pairs('The quake struck at 8 a.m. this morning.')).toEqual(['8 a.m. this morning=2018-06-14T08:00']);
  });
  it('keeps a date that already carries its time whole', () => {
    expect(pairs('On June 12 at 10:00 the summit began.')).toEqual(['June 12 at 10:00=2018-06-12T10:00']);
  });
  it('does not join a day to a time far from it, but the time still falls on the day its sentence named', () => {
    expect(pairs('He arrives tomorrow, they said, and leaves at 5 p.m.')).toEqual(['tomorrow=2018-06-15', '5 p.m.=2018-06-15T17:00']);
  });
  it('gives a clock time naming no day the day named earlier in its sentence', () => {
    expect(pairs('The new airliner made its first flight Tuesday from a field near Seattle at 18:00 UTC.'))
      .toEqual(['Tuesday=2018-06-12', '18:00 UTC=2018-06-12T18:00']);
  });
  it('leaves a clock time on the reference day when its day is in another sentence or clause', () => {
    expect(pairs('Talks opened on Tuesday. The delegations left at 6 p.m.')).toContain('6 p.m.=2018-06-14T18:00');
    expect(pairs('Talks opened on Tuesday; the delegations left at 6 p.m.')).toContain('6 p.m.=2018-06-14T18:00');
  });
});
