/**
 * Named events made of a year and an event noun ("the 2020 US presidential election", "the 1971
 * war") or of capitalized words before "War" ("the Cold War"). Original prose.
 */
import { describe, expect, it } from 'vitest';
import { docOf, names } from './helpers.js';

describe('entities: dated events', () => {
  it('finds an election named by its year and country', () => {
    const doc = docOf(['paragraph', 'The 2020 US presidential election was contested in court for weeks.']);
    expect(names(doc)).toContainEqual(['2020 US presidential election', 'EVENT']);
    expect(names(doc).some(([t]) => t === 'US')).toBe(false);
  });

  it('finds a war named by its year, and a general election', () => {
    const doc = docOf(['paragraph', 'India and Pakistan fought the 1971 war. Voters went to the polls in the 2019 general election.']);
    expect(names(doc)).toContainEqual(['1971 war', 'EVENT']);
    expect(names(doc)).toContainEqual(['2019 general election', 'EVENT']);
  });

  it('finds "the Cold War" and "the 2018 Winter Olympics"', () => {
    const doc = docOf(['paragraph', 'After the Cold War the alliance grew. She recalled the 2018 Winter Olympics fondly.']);
    expect(names(doc)).toContainEqual(['Cold War', 'EVENT']);
    expect(names(doc)).toContainEqual(['2018 Winter Olympics', 'EVENT']);
  });

  it('leaves a year before other nouns, and a lower-case war of a country, alone', () => {
    const doc = docOf(['paragraph', 'The 2020 budget was passed. In the 1990s the economy grew. The Ukraine war has dragged on.']);
    expect(names(doc).filter(([, t]) => t === 'EVENT')).toEqual([]);
  });
});
