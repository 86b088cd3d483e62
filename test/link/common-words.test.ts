/**
 * Places and bodies the tagger misses or mistypes: a one-word territory printed anywhere ("a
 * ceasefire in Gaza"), "the North" for North Korea, "the Alliance" for NATO, and a country joined
 * to a participle ("U.S.-drafted").
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: words the tagger misses or mistypes', () => {
  it('finds a one-word territory or region the KB lists without any tagger name', () => {
    const doc = linked('Envoys pressed for a ceasefire in Gaza and for food convoys to reach Darfur.', [], { reference: '2024-03-25T10:00:00Z' });
    expect(entityWith(doc, 'Gaza')).toMatchObject({ type: 'PLACE', country: 'PSE' });
    expect(entityWith(doc, 'Darfur')).toMatchObject({ type: 'PLACE', country: 'SDN' });
  });

  it('does not take a word that is as often an adjective for a place', () => {
    const doc = linked('Gulf states and Arctic nations sent observers.', [], { reference: '2024-03-25T10:00:00Z' });
    expect(doc.entities.filter((e) => e.type === 'PLACE')).toEqual([]);
  });

  it('reads "the North" as the one northern country the article names', () => {
    const text = 'North Korea fired two missiles on Monday. Seoul said the North had been warned.';
    const doc = linked(text, [['North Korea', 'PLACE'], ['Seoul', 'PLACE'], ['North', 'PLACE']], { reference: '2023-05-20T10:00:00Z' });
    expect(entityWith(doc, 'North', text.indexOf('the North') + 4)?.name).toBe('North Korea');
  });

  it('leaves "the North" alone when the article names no such country', () => {
    const text = 'Farmers in the North said the rains came late.';
    const doc = linked(text, [['North', 'PLACE']], { reference: '2023-05-20T10:00:00Z' });
    expect(doc.entities.some((e) => e.kb?.startsWith('country:'))).toBe(false);
  });

  it('reads a capitalized "the Alliance" as the alliance named before', () => {
    const text = 'NATO leaders met on Tuesday. Ukraine hopes to join the Alliance soon.';
    const doc = linked(text, [['NATO', 'ORG'], ['Ukraine', 'PLACE'], ['Alliance', 'ORG']], { reference: '2023-07-11T10:00:00Z' });
    expect(entityWith(doc, 'the Alliance')?.name).toBe('NATO');
    expect(doc.entities.some((e) => e.name === 'Alliance')).toBe(false);
  });

  it('still reads "the Ministry of ..." as a name of its own', () => {
    const text = 'The Ministry of Economy, Trade and Industry said exports rose.';
    const doc = linked(text, [['Ministry of Economy, Trade and Industry', 'ORG']], { reference: '2023-03-16T10:00:00Z' });
    expect(entityWith(doc, 'Ministry of Economy, Trade and Industry')?.kb).toBe('org:meti');
  });

  it('takes "U.S.-drafted" as a mention of the United States', () => {
    const text = 'The council passed a U.S.-drafted resolution and a Saudi-led appeal.';
    const doc = linked(text, [['U.S.-drafted', 'OTHER'], ['Saudi-led', 'OTHER']], { reference: '2024-03-25T10:00:00Z' });
    expect(entityWith(doc, 'U.S.')?.name).toBe('United States');
    expect(entityWith(doc, 'Saudi')?.country).toBe('SAU');
    expect(doc.entities.some((e) => /-(?:drafted|led)$/u.test(e.name))).toBe(false);
  });

  it('reads "The Kremlin" as the body even when the tagger calls it a person', () => {
    const doc = linked('The Kremlin said on Friday that talks were possible.', [['Kremlin', 'PERSON']], { reference: '2024-06-24T10:00:00Z' });
    expect(entityWith(doc, 'Kremlin')).toMatchObject({ type: 'ORG', kb: 'org:kremlin', country: 'RUS' });
  });

  it('still never links a bare person name to a body of the same spelling', () => {
    const doc = linked('Moon said on Friday that talks were possible.', [['Moon', 'PERSON']], { reference: '2018-06-14T10:00:00Z' });
    expect(entityWith(doc, 'Moon')?.type).toBe('PERSON');
  });

  it('gives a generic body the country of the capital printed after it', () => {
    const doc = linked('The Foreign Ministry in Tokyo summoned the envoy, while Seoul kept silent.', [['Seoul', 'PLACE']], { reference: '2023-03-16T10:00:00Z' });
    expect(entityWith(doc, 'The Foreign Ministry')).toMatchObject({
      name: 'Foreign Ministry', kbName: 'Ministry of Foreign Affairs of Japan', kb: 'org:foreign-ministry:JPN', country: 'JPN',
    });
  });
});
