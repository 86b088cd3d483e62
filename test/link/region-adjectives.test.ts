/**
 * The adjective of a region, state or continent the tagger marks as a name ("Bavarian premier",
 * "European countries", "the Southeast Asian nation") is a mention of that place, as "South Korean"
 * is of South Korea; the plural is a people and stays a group.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2021-09-27T10:00:00Z' };

// Original prose written for these tests.
describe('link: a region\'s adjective', () => {
  it.each([
    ['The Bavarian sister party lost ground in Munich.', 'Bavarian', 'Bavaria', 'DEU'],
    ['European countries would be dragged into the war, he said.', 'European', 'Europe', undefined],
    ['Sanctions were reimposed on the Southeast Asian nation.', 'Southeast Asian', 'Southeast Asia', undefined],
    ['Siberian forests burned for a month.', 'Siberian', 'Siberia', 'RUS'],
  ])('%s', (text, word, place, country) => {
    const doc = linked(text, [[word, 'GROUP']], ctx);
    const e = entityWith(doc, word);
    expect(e?.type).toBe('PLACE');
    expect(e?.name).toBe(place);
    expect(e?.country).toBe(country);
  });

  it('leaves the people, in the plural, a group', () => {
    const doc = linked('Bavarians voted on Sunday.', [['Bavarians', 'GROUP']], ctx);
    expect(entityWith(doc, 'Bavarians')?.type).toBe('GROUP');
  });
});
