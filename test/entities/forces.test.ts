/** Names of armed forces and units are bodies: never a person or a place, whatever the tagger says. */
import { describe, expect, it } from 'vitest';
import { isForceName, refineType } from '../../src/analyze/entities/types.js';
import { docOf, names } from './helpers.js';

// Original prose written for these tests.
describe('entities: armed forces are ORG', () => {
  it('retypes a person or place whose head is a force word', () => {
    expect(refineType('PER', 'PERSON', ['Black', 'Sea', 'Fleet'])).toBe('ORG');
    expect(refineType('LOC', 'PLACE', ['Northern', 'Fleet'])).toBe('ORG');
    expect(refineType('MISC', 'OTHER', ['Qassam', 'Brigades'])).toBe('ORG');
    expect(refineType('PER', 'PERSON', ['National', 'Guard'])).toBe('ORG');
  });

  it('leaves one-word names and other heads alone', () => {
    expect(isForceName(['Army'])).toBe(false);
    expect(refineType('PER', 'PERSON', ['Guard'])).toBe('PERSON');
    expect(refineType('PER', 'PERSON', ['John', 'Forbes'])).toBe('PERSON');
    expect(refineType('LOC', 'PLACE', ['Black', 'Sea'])).toBe('PLACE');
  });

  it('tags a fleet named after a sea as an ORG in running text', () => {
    const doc = docOf(['paragraph', 'Russia’s Black Sea Fleet moved two frigates out of port on Tuesday, the ministry said.']);
    const fleet = names(doc).find(([t]) => t.includes('Fleet'));
    expect(fleet?.[1]).toBe('ORG');
  });
});
