/**
 * Dependent territories and the federal subjects news names ("Guam", "North Ossetia") are places of
 * the country that administers them; a state or territory before an office gives its holder that
 * country ("Guam Gov. Eddie Calvo"); "AA" is Anadolu Agency only where a tagger saw a name.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2017-08-09T10:00:00Z' };

// Original prose written for these tests.
describe('link: territories and federal subjects', () => {
  it.each([
    ['Bombers took off from Guam on Tuesday.', 'Guam', 'USA'],
    ['Refugees crossed into North Ossetia overnight.', 'North Ossetia', 'RUS'],
    ['The ship docked in Gibraltar for repairs.', 'Gibraltar', 'GBR'],
    ['Riots broke out in New Caledonia last week.', 'New Caledonia', 'FRA'],
  ])('%s', (text, name, country) => {
    const doc = linked(text, [[name, 'PLACE']], ctx);
    expect(entityWith(doc, name)?.type).toBe('PLACE');
    expect(entityWith(doc, name)?.country).toBe(country);
  });

  it('gives an office holder the country of the territory before the office', () => {
    const text = 'Guam Gov. Ray Tenorio said residents should stay calm.';
    const doc = linked(text, [['Guam', 'PLACE'], ['Ray Tenorio', 'PERSON']], ctx);
    expect(entityWith(doc, 'Guam Gov. Ray Tenorio')?.country).toBe('USA');
  });
});

describe('link: "AA"', () => {
  it('is Anadolu Agency where it is tagged as a name', () => {
    const doc = linked('Turkish officials told AA that talks would resume.', [['AA', 'ORG']], ctx);
    expect(entityWith(doc, 'AA')?.name).toBe('Anadolu Agency');
  });

  it('is nothing where no tagger saw a name', () => {
    const doc = linked('The bond kept its AA rating.', [], ctx);
    expect(doc.entities.some((e) => e.kb === 'org:anadolu')).toBe(false);
  });
});
