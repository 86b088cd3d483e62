/**
 * Places in conflict news: a town printed after "in", "near", "from", "outside" is that place with
 * its country, whatever type the tagger gave it, and even where the tagger missed it, when the
 * article names its country; a region the KB knows whole wins over the pieces a tagger cut it
 * into; "Brussels" stays the city, coded as the EU body where it speaks. Original prose.
 */
import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

const ctx = { reference: '2019-03-02T08:00:00Z' };

describe('link: towns after a locative preposition', () => {
  it('places a town the tagger typed OTHER, in its country', () => {
    const doc = linked('Two soldiers died outside Avdiivka overnight, the Ukrainian military said.', [['Avdiivka', 'OTHER'], ['Ukrainian', 'GROUP']], ctx);
    const town = entityWith(doc, 'Avdiivka');
    expect(town?.type).toBe('PLACE');
    expect(town?.country).toBe('UKR');
  });

  it('gives a small town its own country even when the article names another', () => {
    const doc = linked('Indian jets struck a camp near Balakot, officials in New Delhi said.', [['Balakot', 'PLACE'], ['New Delhi', 'PLACE']], ctx);
    expect(entityWith(doc, 'Balakot')?.country).toBe('PAK');
  });

  it('leaves a name the tagger typed OTHER alone without a preposition (a film, a people, a volcano)', () => {
    const doc = linked('Argo won the prize, and Lyons praised it in the United States.', [['Argo', 'OTHER'], ['Lyons', 'OTHER'], ['United States', 'PLACE']], ctx);
    expect(entityWith(doc, 'Argo')?.type).toBe('OTHER');
  });

  it('reads a town the tagger took for a person as the town, in the article’s country', () => {
    const doc = linked('Ukraine said its troops held positions in Chasiv Yar on Monday.', [['Ukraine', 'PLACE'], ['Chasiv Yar', 'PERSON']], ctx);
    const town = entityWith(doc, 'Chasiv Yar');
    expect(town?.type).toBe('PLACE');
    expect(town?.country).toBe('UKR');
  });

  it('names a town as printed, not with GeoNames’ diacritics', () => {
    const doc = linked('A farmer from Churu said the jets flew low over India.', [['Churu', 'PLACE'], ['India', 'PLACE']], ctx);
    expect(entityWith(doc, 'Churu')?.name).toBe('Churu');
    expect(entityWith(doc, 'Churu')?.country).toBe('IND');
  });

  it('finds a town the tagger missed, in a country the article names', () => {
    const doc = linked('Shelling was reported near Soledar, Ukraine’s army said.', [['Ukraine', 'PLACE']], ctx);
    expect(entityWith(doc, 'Soledar')?.country).toBe('UKR');
  });

  it('does not take a language after "in" for a town of its name', () => {
    const doc = linked('The statement was read in English to reporters in the United States.', [['United States', 'PLACE']], ctx);
    expect(entityWith(doc, 'English')?.country).not.toBe('USA');
    const tagged = linked('The statement was read in English to reporters in the United States.', [['English', 'OTHER'], ['United States', 'PLACE']], ctx);
    expect(entityWith(tagged, 'English')?.country).not.toBe('USA');
  });

  it('leaves a capitalized word after a preposition alone when no named country has such a town', () => {
    const doc = linked('He spoke at Harvard about Russia in May.', [['Harvard', 'ORG'], ['Russia', 'PLACE']], ctx);
    expect(entityWith(doc, 'Harvard')?.type).toBe('ORG');
    expect(entityWith(doc, 'May')).toBeUndefined();
  });

  it('keeps a person a person after "from" when the text names them so', () => {
    const doc = linked('India received a call from Prime Minister Narendra Modi.', [['India', 'PLACE'], ['Narendra Modi', 'PERSON']], ctx);
    expect(byName(doc, 'Narendra Modi')?.type).toBe('PERSON');
  });
});

describe('link: regions the KB knows', () => {
  it('takes "Jammu and Kashmir" whole where the tagger cut it in two', () => {
    const doc = linked('Security was tightened across Jammu and Kashmir after the attack.', [['Jammu', 'PLACE'], ['Kashmir', 'PLACE']], ctx);
    const region = entityWith(doc, 'Jammu and Kashmir');
    expect(region?.country).toBe('IND');
    expect(entityWith(doc, 'Jammu')).toBeUndefined();
  });

  it('finds a state the tagger missed', () => {
    const doc = linked('Farmers in Rajasthan said the harvest failed.', [], ctx);
    expect(entityWith(doc, 'Rajasthan')?.country).toBe('IND');
  });
});

describe('link: Brussels', () => {
  it('stays the city when it speaks, coded as the EU body it speaks for, as capitals are as their governments', () => {
    const doc = linked('Brussels said on Monday it would fine the company. Ministers met in Brussels later.', [['Brussels', 'PLACE']], ctx);
    const first = entityWith(doc, 'Brussels');
    const second = entityWith(doc, 'Brussels', 20);
    expect(first?.type).toBe('PLACE');
    expect(first?.country).toBe('BEL');
    expect(first?.code).toBe('IGOEUR');
    expect(second).toBe(first);
  });

  it('speaks like Moscow and Washington do', () => {
    const text = 'Brussels has warned Minsk, Moscow said the vote was fair and Washington urged restraint.';
    const doc = linked(text, [['Brussels', 'ORG'], ['Minsk', 'PLACE'], ['Moscow', 'PLACE'], ['Washington', 'PLACE']], ctx);
    expect(entityWith(doc, 'Brussels')?.type).toBe('PLACE');
    expect(entityWith(doc, 'Brussels')?.code).toBe('IGOEUR');
    expect(entityWith(doc, 'Moscow')?.code).toBe('RUSGOV');
    expect(entityWith(doc, 'Washington')?.code).toBe('USAGOV');
  });

  it('is the capital, coded as Belgium\'s, where it only hosts', () => {
    const doc = linked('European Union leaders will meet in Brussels on Thursday.', [['Brussels', 'PLACE'], ['European Union', 'ORG']], ctx);
    expect(entityWith(doc, 'Brussels')?.country).toBe('BEL');
    expect(entityWith(doc, 'Brussels')?.code).toBe('BELGOV');
  });
});

describe('link: namesakes abroad', () => {
  it('does not place a British site in an American town of the name', () => {
    const doc = linked('Protesters gathered at Heathrow and in Greenwich on Saturday, the Home Office said.', [['Heathrow', 'PLACE'], ['Greenwich', 'PLACE']], ctx);
    expect(entityWith(doc, 'Heathrow')?.country).not.toBe('USA');
    expect(entityWith(doc, 'Greenwich')?.country).not.toBe('USA');
  });

  it('keeps "Westminster" the British parliament, not a town in Colorado', () => {
    const doc = linked('MPs at Westminster voted on the bill.', [['Westminster', 'ORG']], ctx);
    expect(entityWith(doc, 'Westminster')?.country).toBe('GBR');
  });
});

describe('link: a place the text qualifies', () => {
  it('gives a village no gazetteer knows the country printed after it', () => {
    const doc = linked('Jets struck a seminary near Jabbar Kot, Pakistan, officials said.', [['Jabbar Kot', 'PLACE'], ['Pakistan', 'PLACE']], ctx);
    expect(entityWith(doc, 'Jabbar Kot')?.country).toBe('PAK');
  });

  it('finds such a village after a preposition even when the tagger missed it', () => {
    const doc = linked('Residents near Khurdaha, Rajasthan, heard the blasts.', [], ctx);
    const v = entityWith(doc, 'Khurdaha');
    expect(v?.type).toBe('PLACE');
    expect(v?.country).toBe('IND');
  });

  it('does not read a possessive after the comma as a qualifier', () => {
    const doc = linked('The vote was held in Zorbland, India’s lawmakers said.', [], ctx);
    expect(entityWith(doc, 'Zorbland')).toBeUndefined();
  });
});


describe('link: Ukrainian towns under their other spellings', () => {
  const ctx2 = { reference: '2023-05-05T10:00:00Z' };
  it.each([
    ['Gorlovka', 'Horlivka'], ['Artemovsk', 'Bakhmut'], ['Kharkov', 'Kharkiv'], ['Nikolaev', 'Mykolaiv'],
    ['Lugansk', 'Luhansk'], ['Avdiyivka', 'Avdiivka'], ['Kiev', 'Kyiv'],
  ])('"%s" is the Ukrainian town %s, named as printed', (printed, kbName) => {
    const doc = linked(`Shelling hit ${printed} overnight, officials said.`, [[printed, 'PLACE']], ctx2);
    const e = entityWith(doc, printed);
    expect(e?.country).toBe('UKR');
    expect(e?.name).toBe(printed);
    expect(e?.kbName ?? e?.name).toBe(kbName);
  });

  it('"Mykolaiv" is the large southern city, not a small namesake, and keeps its name', () => {
    const doc = linked('Missiles struck Mykolaiv on Monday.', [['Mykolaiv', 'PLACE']], ctx2);
    expect(entityWith(doc, 'Mykolaiv')).toMatchObject({ name: 'Mykolaiv', country: 'UKR' });
    expect(entityWith(doc, 'Mykolaiv')?.kb).toMatch(/mykolaiv/u);
  });
});
