/**
 * An official the KB does not know is of the country they represent ("U.S.", "Britain's",
 * "Iranian"), never of their portfolio: the country after "for", "to" or "in" in the title is where
 * or what they serve. Without a country of their own the text gives none rather than a wrong one.
 */
import { describe, expect, it } from 'vitest';
import { byName, linked } from './helpers.js';

const ctx = { reference: '2024-03-05T10:00:00Z' };

// Original prose written for these tests; the people are made up.
describe('link: the country an official represents, not their portfolio', () => {
  it('"U.S. envoy for Syria X" is American, and so is every later mention', () => {
    const text = 'U.S. envoy for Syria Martin Ashdale said on Tuesday that the talks would go on. Ashdale met Kurdish leaders.';
    const doc = linked(text, [['U.S.', 'PLACE'], ['Syria', 'PLACE'], ['Martin Ashdale', 'PERSON'], ['Ashdale', 'PERSON']], ctx);
    const p = byName(doc, 'Martin Ashdale');
    expect(p?.country).toBe('USA');
    expect(p?.code).toBe('USAGOV');
    expect(p?.mentions.map((m) => m.text)).toContain('Ashdale');
    // The title is the whole phrase, the portfolio inside it; Syria stays a place of its own.
    expect(p?.mentions.some((m) => m.text === 'U.S. envoy for Syria Martin Ashdale')).toBe(true);
    expect(byName(doc, 'Syria')?.type).toBe('PLACE');
  });

  it('"Britain\'s ambassador to Iran X" is British', () => {
    const doc = linked('Britain\'s ambassador to Iran Roger Fell was summoned in Tehran.', [['Britain', 'PLACE'], ['Iran', 'PLACE'], ['Roger Fell', 'PERSON'], ['Tehran', 'PLACE']], ctx);
    expect(byName(doc, 'Roger Fell')?.country).toBe('GBR');
  });

  it('"the Iranian ambassador in London, X," is Iranian', () => {
    const doc = linked('The Iranian ambassador in London, Reza Karimpour, rejected the charge.', [['Iranian', 'GROUP'], ['London', 'PLACE'], ['Reza Karimpour', 'PERSON']], ctx);
    expect(byName(doc, 'Reza Karimpour')?.country).toBe('IRN');
  });

  it('"the U.S. envoy for Syria, X," in an apposition before the name is American', () => {
    const doc = linked('The U.S. special envoy for Syria, Tom Harlow, arrived in Ankara.', [['U.S.', 'PLACE'], ['Syria', 'PLACE'], ['Tom Harlow', 'PERSON'], ['Ankara', 'PLACE']], ctx);
    expect(byName(doc, 'Tom Harlow')?.country).toBe('USA');
  });

  it('an envoy whose own country the text does not give gets none, not the portfolio\'s', () => {
    const doc = linked('Special envoy for Yemen Carl Nyberg flew to Aden.', [['Yemen', 'PLACE'], ['Carl Nyberg', 'PERSON'], ['Aden', 'PLACE']], ctx);
    expect(byName(doc, 'Carl Nyberg')?.country).toBeUndefined();
    const un = linked('UN envoy for Syria Lars Ekholm met officials in Damascus.', [['UN', 'ORG'], ['Syria', 'PLACE'], ['Lars Ekholm', 'PERSON'], ['Damascus', 'PLACE']], ctx);
    expect(byName(un, 'Lars Ekholm')).toMatchObject({ country: 'UNO', code: 'IGOUNO' });
  });

  it('an "of" after the portfolio names the owner ("Minister for Foreign Affairs of Ireland")', () => {
    const doc = linked('Minister for Foreign Affairs of Ireland Sean Doyle spoke in Brussels.', [['Ireland', 'PLACE'], ['Sean Doyle', 'PERSON'], ['Brussels', 'PLACE']], ctx);
    expect(byName(doc, 'Sean Doyle')?.country).toBe('IRL');
  });

  it('a country before "for" in a ministry title is still the minister\'s ("Ireland\'s Minister for Health")', () => {
    const doc = linked('Ireland\'s Minister for Health Aoife Byrne opened the clinic.', [['Ireland', 'PLACE'], ['Aoife Byrne', 'PERSON']], ctx);
    expect(byName(doc, 'Aoife Byrne')?.country).toBe('IRL');
  });
});

describe('link: more of the ways a title names whom an official represents', () => {
  it('a High Commissioner "to"/"in" is of the country before it, and gets the government code', () => {
    const doc = linked('Pakistan\'s High Commissioner to India Imran Baig was summoned. India\'s Deputy High Commissioner in Islamabad Vikram Sood was called in.',
      [['Pakistan', 'PLACE'], ['India', 'PLACE'], ['Imran Baig', 'PERSON'], ['Islamabad', 'PLACE'], ['Vikram Sood', 'PERSON']], ctx);
    expect(byName(doc, 'Imran Baig')).toMatchObject({ country: 'PAK', code: 'PAKGOV' });
    expect(byName(doc, 'Vikram Sood')).toMatchObject({ country: 'IND', code: 'INDGOV' });
  });

  it('a capital in the possessive stands for its country ("Washington\'s special envoy for Ukraine, X,")', () => {
    const doc = linked('Washington\'s special envoy for Ukraine, Kurt Keller, arrived in Kyiv.', [['Washington', 'PLACE'], ['Ukraine', 'PLACE'], ['Kurt Keller', 'PERSON'], ['Kyiv', 'PLACE']], ctx);
    expect(byName(doc, 'Kurt Keller')?.country).toBe('USA');
  });

  it('a police officer is coded COP', () => {
    const doc = linked('Kenyan police commander Peter Kamau said the march was illegal.', [['Kenyan', 'GROUP'], ['Peter Kamau', 'PERSON']], ctx);
    expect(byName(doc, 'Peter Kamau')).toMatchObject({ country: 'KEN', code: 'KENCOP' });
  });

  it('a portfolio of affairs stays inside the title ("deputy foreign minister for Middle East affairs X")', () => {
    const doc = linked('Russia\'s deputy foreign minister for Middle East affairs Ilya Petrov met the envoy.', [['Russia', 'PLACE'], ['Middle East', 'PLACE'], ['Ilya Petrov', 'PERSON']], ctx);
    const p = byName(doc, 'Ilya Petrov');
    expect(p?.country).toBe('RUS');
    expect(p?.mentions.some((m) => m.text.startsWith('Russia\'s deputy foreign minister'))).toBe(true);
  });

  it('"in" after a name that is no title does not make one ("talks in Moscow Ivan Orlov")', () => {
    const doc = linked('After talks in Moscow Ivan Orlov flew home.', [['Moscow', 'PLACE'], ['Ivan Orlov', 'PERSON']], ctx);
    expect(byName(doc, 'Ivan Orlov')?.country).toBeUndefined();
  });
});

describe('link: "for" before an honorific and a name is no portfolio', () => {
  it('"a spokesman for Mr Blake said" does not make the spokesman\'s title Blake\'s', () => {
    const doc = linked('British Prime Minister Tom Blake spoke on Monday. A spokesman for Mr Blake said later that talks would go on.', [['Tom Blake', 'PERSON'], ['Blake', 'PERSON']], ctx);
    const p = byName(doc, 'Tom Blake');
    expect(p?.mentions.some((m) => m.text.includes('spokesman'))).toBe(false);
  });
});
