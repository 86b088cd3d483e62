import { describe, expect, it } from 'vitest';
import { pairs } from './helpers.js';

describe('times: counts of several units as one duration', () => {
  it('joins units written from larger to smaller', () => {
    expect(pairs('He served two years and three months in prison.')).toEqual(['two years and three months=P2Y3M']);
    expect(pairs('The flight took 1 hour 20 minutes.')).toEqual(['1 hour 20 minutes=PT1H20M']);
    expect(pairs('The siege lasted 1 year, 1 month and 21 days.')).toEqual(['1 year, 1 month and 21 days=P1Y1M21D']);
    expect(pairs('The talks ran three days and 12 hours.')).toEqual(['three days and 12 hours=P3DT12H']);
  });
  it('keeps apart counts that do not compose', () => {
    expect(pairs('Terms of five years and 10 years were handed down.')).toEqual(['five years=P5Y', '10 years=P10Y']);
    expect(pairs('It took three days and two years later it failed.')).toContain('three days=P3D');
    expect(pairs('He spent two years in Paris and three months in Rome.')).toEqual(['two years=P2Y', 'three months=P3M']);
  });
});
