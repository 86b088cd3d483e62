import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

describe('link: a city name two countries share goes by the article\'s countries', () => {
  it('Tripoli with Lebanon in the sentence is Lebanon\'s Tripoli', () => {
    const text = 'Gunmen clashed in Tripoli overnight, Lebanon\'s army said on Sunday.';
    const doc = linked(text, [['Tripoli', 'PLACE'], ['Lebanon', 'PLACE']], { reference: '2019-05-05T10:00:00Z' });
    expect(entityWith(doc, 'Tripoli')?.country).toBe('LBN');
  });

  it('Tripoli with Lebanese in the article (Libya unnamed) is Lebanon\'s Tripoli', () => {
    const text = 'Lebanese troops moved into the northern districts. Shops in Tripoli stayed shut on Monday.';
    const doc = linked(text, [['Tripoli', 'PLACE'], ['Lebanese', 'GROUP']], { reference: '2019-05-05T10:00:00Z' });
    expect(entityWith(doc, 'Tripoli')?.country).toBe('LBN');
  });

  it('Tripoli with no other clue, or with Libya named, is the Libyan capital', () => {
    const bare = linked('Shops in Tripoli stayed shut on Monday.', [['Tripoli', 'PLACE']], { reference: '2019-05-05T10:00:00Z' });
    expect(entityWith(bare, 'Tripoli')?.country).toBe('LBY');
    const libya = linked('Shops in Tripoli stayed shut on Monday, Libya\'s government said, as Lebanese envoys arrived.', [['Tripoli', 'PLACE'], ['Libya', 'PLACE']], { reference: '2019-05-05T10:00:00Z' });
    expect(entityWith(libya, 'Tripoli')?.country).toBe('LBY');
  });
});

describe('link: "Congolese" is the DR Congo unless the article is about the Republic of the Congo', () => {
  const congolese = (text: string): string | undefined =>
    entityWith(linked(text, [['Congolese', 'GROUP'], ['Brazzaville', 'PLACE'], ['Kinshasa', 'PLACE']], { reference: '2021-05-05T10:00:00Z' }), 'Congolese')?.country;

  it('with no context: COD, the far more frequent referent', () => {
    expect(congolese('Congolese soldiers patrolled the market on Sunday.')).toBe('COD');
  });
  it('with Kinshasa: COD', () => {
    expect(congolese('Congolese soldiers patrolled the streets of Kinshasa on Sunday.')).toBe('COD');
  });
  it('with Brazzaville: COG', () => {
    expect(congolese('Congolese soldiers patrolled the streets of Brazzaville on Sunday.')).toBe('COG');
  });
});
