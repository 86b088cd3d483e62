import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('times: vague period nouns', () => {
  it('"this crucial moment" is the present; "the moment the blast hit" is not a time', () => {
    expect(pairs('The envoy said the king would not travel at this crucial moment.')).toEqual(['this crucial moment=PRESENT_REF']);
    expect(pairs('From the moment the blast hit, the guards ran.')).toEqual([]);
  });
  it('"a fairly lengthy period" and "for a while" are durations of no stated unit; "a while ago" is left alone', () => {
    expect(pairs('The troops will stay for a fairly lengthy period.')).toEqual(['a fairly lengthy period=PXX']);
    expect(pairs('Residents will live without power for a while.')).toEqual(['a while=PXX']);
    expect(pairs('The bridge closed a while ago.')).toEqual([]);
    expect(pairs('It was a period of calm.')).toEqual([]);
  });
  it('"at a later date", "at an early date" are a future', () => {
    expect(pairs('The rest of the money will be raised at a later date.')).toEqual(['a later date=FUTURE_REF']);
    expect(pairs('Both sides hope to meet at an early date.')).toEqual(['an early date=FUTURE_REF']);
    expect(pairs('The date of the vote is not set.')).toEqual([]);
  });
  it('bare "past years", "future quarters" are a vague past and future; "the past years" stays a stretch', () => {
    expect(pairs('Such sales were common in past years, traders said.')).toEqual(['past years=PAST_REF']);
    expect(pairs('The credits will lower taxes in future quarters.')).toEqual(['future quarters=FUTURE_REF']);
    expect(pairs('The past years were hard for farmers.')).toEqual(['The past years=PXY']);
    expect(pairs('Its future plans are unclear.')).toEqual([]);
  });
  it('"the first hours" of a war is a vague duration', () => {
    expect(pairs('Hundreds surrendered in the first hours of the offensive.')).toEqual(['the first hours=PTXH']);
    expect(pairs('The first three months were the hardest.')).toEqual(['The first three months=P3M']);
  });
});

describe('times: hyphenated compounds and large numbers', () => {
  it('"day-long", "decades-long", "several-year" are durations', () => {
    expect(pairs('The lawyers left their second day-long meeting.')).toEqual(['day-long=P1D']);
    expect(pairs('It ended a decades-long feud between the towns.')).toEqual(['decades-long=PXY']);
    expect(pairs('She took over after a several-year stint abroad.')).toEqual(['several-year=PXY']);
  });
  it('"post-1959 politics" is the year; a model number with a hyphen is not', () => {
    expect(pairs('The post-1959 land reform split families.')).toEqual(['post-1959=1959']);
    expect(pairs('Output fell below pre-1990 levels.')).toEqual(['pre-1990=1990']);
    expect(pairs('The MiG-2019 prototype flew.')).toEqual([]);
  });
  it('ages are not durations: "an 8-year-old boy", "the 50-year-old alliance"', () => {
    expect(pairs('An 8-year-old boy was pulled from the sea.')).toEqual([]);
    expect(pairs('The 50-year-old alliance admitted three members.')).toEqual([]);
  });
  it('"almost a hundred years" is P100Y; "two thousand years" counts millennia (P2L)', () => {
    expect(pairs('The crown has ruled for almost a hundred years.')).toEqual(['almost a hundred years=P100Y']);
    expect(pairs('Glassmakers kept the secret for more than two thousand years.')).toEqual(['more than two thousand years=P2L']);
    expect(pairs('About two thousand people marched.')).toEqual([]);
  });
});

describe('times: centuries', () => {
  it('"for centuries" is an uncounted number of centuries, PXC', () => {
    expect(pairs('The mosque dominated the skyline for centuries.')).toEqual(['centuries=PXC']);
    expect(pairs('The temple stood for three centuries.')).toEqual(['three centuries=P300Y']);
  });
});

describe('times: recurring seasons', () => {
  it('"the past three summers", "every winter" are sets of the season', () => {
    expect(pairs('Riots have broken out for the past three summers.')).toEqual(['the past three summers=XXXX-SU']);
    expect(pairs('The pass closes every winter.')).toEqual(['every winter=XXXX-WI']);
    // One winter, named by its year: a date, not a set.
    expect(pairs('The pass closed last winter.')).toEqual([expect.stringMatching(/^last winter=\d{4}-WI$/u)]);
  });
});

describe('times: a count left open', () => {
  it('reads "in a year or two" and "in two or three weeks" as a vague future', () => {
    expect(pairs('You may, in a year or two, save more lives.')).toEqual(['a year or two=FUTURE_REF']);
    expect(pairs('The plant will reopen in two or three weeks.')).toEqual(['two or three weeks=FUTURE_REF']);
  });
  it('leaves a plain count to the durations rule', () => {
    expect(pairs('The plant will reopen in two years.')).toEqual(['two years=P2Y']);
  });
});

describe('times: an uncounted stretch of years', () => {
  it('marks "over the years", "in the early years" and "in the years that followed" as PXY', () => {
    expect(pairs('Over the years the clinic saved many lives.')).toEqual(['the years=PXY']);
    expect(pairs('Fewer lives are saved in the early years, by a small margin.')).toEqual(['the early years=PXY']);
    expect(pairs('In the years that followed, the rebels fought on.')).toEqual(['the years=PXY']);
  });
  it('leaves "the years of war" and counted stretches to other rules', () => {
    expect(pairs('In the years of war, the family fled.')).toEqual([]);
    expect(pairs('Prices rose in the last three years.')).toEqual(['the last three years=P3Y']);
  });
});
