import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

const ctx = { reference: '2024-02-01T09:00:00Z' };

describe('link: a named organization is ORG, a people GROUP (the contract\'s types)', () => {
  it('armed groups and movements are ORG with their CAMEO codes, whatever the tagger typed', () => {
    const text = 'Hamas and Hezbollah praised the attack, while the Taliban and al-Qaeda stayed silent. Islamic State claimed a bombing.';
    const doc = linked(text, [['Hamas', 'ORG'], ['Hezbollah', 'GROUP'], ['Taliban', 'GROUP'], ['al-Qaeda', 'ORG'], ['Islamic State', 'ORG']], ctx);
    expect(entityWith(doc, 'Hamas')).toMatchObject({ type: 'ORG', code: 'PSEREBHMS' });
    expect(entityWith(doc, 'Hezbollah')).toMatchObject({ type: 'ORG', code: 'LBNREBHEZ', country: 'LBN' });
    expect(entityWith(doc, 'Taliban')).toMatchObject({ type: 'ORG', code: 'AFGREBTAL' });
    expect(entityWith(doc, 'al-Qaeda')?.type).toBe('ORG');
    expect(entityWith(doc, 'Islamic State')?.type).toBe('ORG');
  });

  it('Fatah and the TPLF are ORG too', () => {
    const doc = linked('Fatah officials met in Ramallah. The TPLF said in Mekelle that talks would resume.', [['Fatah', 'ORG'], ['Ramallah', 'PLACE'], ['TPLF', 'ORG'], ['Mekelle', 'PLACE']], ctx);
    expect(entityWith(doc, 'Fatah')?.type).toBe('ORG');
    expect(entityWith(doc, 'TPLF')).toMatchObject({ type: 'ORG', country: 'ETH' });
  });

  it('a people stays a GROUP', () => {
    const doc = linked('Kurds in the north and Russians in the capital watched the vote.', [['Kurds', 'GROUP'], ['Russians', 'GROUP']], ctx);
    expect(entityWith(doc, 'Russians')?.type).toBe('GROUP');
  });

  it('a movement in a title still gives its unknown official its code ("UNITA leader X")', () => {
    const doc = linked('UNITA leader Adalberto Costa Junior spoke in Luanda.', [['Adalberto Costa Junior', 'PERSON'], ['UNITA', 'ORG'], ['Luanda', 'PLACE']], ctx);
    expect(entityWith(doc, 'UNITA leader Adalberto Costa Junior')).toMatchObject({ country: 'AGO', code: 'AGOREB' });
  });
});
