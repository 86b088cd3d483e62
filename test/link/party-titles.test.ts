import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

const ctx = { reference: '2024-02-01T09:00:00Z' };

describe('link: a party adjective in a title gives the party\'s country where the article has that party', () => {
  it('"Conservative leader X" and "Labour leader X" in a story about Britain are British', () => {
    const text = 'Britain faces a vote. Conservative leader Jane Hollis and Labour leader Tom Arden clashed in London.';
    const doc = linked(text, [['Britain', 'PLACE'], ['Jane Hollis', 'PERSON'], ['Tom Arden', 'PERSON'], ['London', 'PLACE']], ctx);
    expect(entityWith(doc, 'Conservative leader Jane Hollis')).toMatchObject({ country: 'GBR', code: 'GBRPTY' });
    expect(entityWith(doc, 'Labour leader Tom Arden')).toMatchObject({ country: 'GBR', code: 'GBRPTY' });
  });

  it('"Republican senator X" and "Democratic lawmaker X" in a story about the US are American lawmakers', () => {
    const text = 'The United States Senate debated aid. Republican senator Mark Deller and Democratic lawmaker Ann Pruitt disagreed.';
    const doc = linked(text, [['United States', 'PLACE'], ['Mark Deller', 'PERSON'], ['Ann Pruitt', 'PERSON']], ctx);
    expect(entityWith(doc, 'Republican senator Mark Deller')).toMatchObject({ country: 'USA', code: 'USALEG' });
    expect(entityWith(doc, 'Democratic lawmaker Ann Pruitt')).toMatchObject({ country: 'USA', code: 'USALEG' });
  });

  it('with no country of that party in the article, the adjective gives none', () => {
    const text = 'Voters in Ruritania were unmoved. Conservative leader Jane Hollis conceded on Sunday.';
    const doc = linked(text, [['Ruritania', 'PLACE'], ['Jane Hollis', 'PERSON']], ctx);
    expect(entityWith(doc, 'Conservative leader Jane Hollis')?.country).toBeUndefined();
    const fr = linked('France voted on Sunday. Republican senator Luc Marel said he was pleased.', [['France', 'PLACE'], ['Luc Marel', 'PERSON']], ctx);
    expect(fr.entities.find((e) => e.name === 'Luc Marel')?.country).not.toBe('USA');
  });
});

describe('link: an election named without a country is the article\'s', () => {
  it('"the 2019 general election" in a story about Britain is British', () => {
    const text = 'Britain\'s economy slowed after the 2019 general election, officials in London said.';
    const doc = linked(text, [['Britain', 'PLACE'], ['2019 general election', 'EVENT'], ['London', 'PLACE']], ctx);
    expect(entityWith(doc, '2019 general election')?.country).toBe('GBR');
  });

  it('"the presidential election" takes the one country the article names (its capital included)', () => {
    const text = 'NAIROBI, Feb 1 (Reuters) - Kenya\'s opposition rejected the presidential election result on Monday, Kenyan officials said.';
    const doc = linked(text, [['NAIROBI', 'PLACE'], ['Kenya', 'PLACE'], ['presidential election', 'EVENT']], ctx);
    expect(entityWith(doc, 'presidential election')?.country).toBe('KEN');
  });

  it('with two countries named alike, the election has no country', () => {
    const text = 'France and Germany both watched the 2024 general election closely.';
    const doc = linked(text, [['France', 'PLACE'], ['Germany', 'PLACE'], ['2024 general election', 'EVENT']], ctx);
    expect(entityWith(doc, '2024 general election')?.country).toBeUndefined();
  });

  it('a country word in the name wins', () => {
    const text = 'Britain watched the 2020 US presidential election closely.';
    const doc = linked(text, [['Britain', 'PLACE'], ['2020 US presidential election', 'EVENT']], ctx);
    expect(entityWith(doc, '2020 US presidential election')?.country).toBe('USA');
  });
});
