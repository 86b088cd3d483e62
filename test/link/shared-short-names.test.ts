/**
 * "Korea" in a body's own name is South Korea's ("Korea Meteorological Administration", "Bank of
 * Korea"); alone it is no state ("Korea's liberation" in 1945 is the whole peninsula).
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2013-02-12T10:00:00Z' };

// Original prose written for these tests.
describe('link: "Korea" in a body\'s name', () => {
  it('gives the body the South\'s country', () => {
    const doc = linked('The Korea Meteorological Administration measured a tremor of magnitude 4.9.', [['Korea Meteorological Administration', 'ORG']], ctx);
    expect(entityWith(doc, 'Korea Meteorological Administration')?.country).toBe('KOR');
  });

  it('is no state alone', () => {
    const doc = linked('Reunions will be held around the anniversary of Korea\'s liberation from colonial rule.', [['Korea', 'PLACE']], ctx);
    expect(entityWith(doc, 'Korea')?.country).not.toBe('KOR');
  });

  it('leaves a North Korean body the North\'s', () => {
    const doc = linked('The North Korea Atomic Energy Committee issued a statement.', [['North Korea Atomic Energy Committee', 'ORG']], ctx);
    expect(entityWith(doc, 'North Korea Atomic Energy Committee')?.country).toBe('PRK');
  });
});
