/**
 * Monarchs named by a style and a given name ("King Felipe", "Queen Elizabeth"): the one reigning
 * on the article's date, in the realm the article is about, else the realm a reader assumes.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: a monarch by style and given name', () => {
  it.each([
    ['King Felipe opened the new session of parliament on Tuesday.', 'Felipe', 'Felipe VI', 'ESP'],
    ['King Harald laid a wreath at the memorial in the morning.', 'Harald', 'Harald V', 'NOR'],
    ['King Mohammed chaired a council of ministers on Monday.', 'Mohammed', 'Mohammed VI', 'MAR'],
    ['Emir Tamim received the envoy at his palace.', 'Tamim', 'Tamim bin Hamad Al Thani', 'QAT'],
  ])('%s', (text, name, kbName, country) => {
    const doc = linked(text, [[name, 'PERSON']], { reference: '2021-06-01T10:00:00Z' });
    const e = entityWith(doc, `${text.split(' ')[0]} ${name}`);
    expect(e?.name).toBe(kbName);
    expect(e?.country).toBe(country);
  });

  it('takes the namesake of the country the article names when two reign at once', () => {
    const text = 'King Abdullah met Jordanian lawmakers in Amman. Jordan is preparing for an election.';
    const doc = linked(text, [['Abdullah', 'PERSON'], ['Amman', 'PLACE'], ['Jordan', 'PLACE']], { reference: '2012-03-05T10:00:00Z' });
    expect(entityWith(doc, 'King Abdullah')?.kb).toBe('person:abdullah-ii-of-jordan');
  });

  it('leaves two reigning namesakes alone when nothing tells them apart', () => {
    const doc = linked('King Abdullah received the visiting envoy on Sunday.', [['Abdullah', 'PERSON']], { reference: '2012-03-05T10:00:00Z' });
    expect(entityWith(doc, 'King Abdullah')?.kb).toBeUndefined();
  });

  it('is never the monarch for an heir or a former king', () => {
    const doc = linked('Crown Prince Mohammed met the delegation in the capital.', [['Mohammed', 'PERSON']], { reference: '2021-06-01T10:00:00Z' });
    expect(entityWith(doc, 'Mohammed')?.kb).not.toBe('person:mohammed-vi');
  });

  it('is nobody before the reign begins', () => {
    const doc = linked('King Felipe opened the new session of parliament on Tuesday.', [['Felipe', 'PERSON']], { reference: '2010-06-01T10:00:00Z' });
    expect(entityWith(doc, 'King Felipe')?.kb).toBeUndefined();
  });
});

describe('link: a monarch of several realms', () => {
  it('is the British monarch when the article names none of her realms', () => {
    const text = 'Queen Elizabeth will host the visiting president at a state banquet on Tuesday, officials said.';
    const doc = linked(text, [['Queen Elizabeth', 'PERSON']], { reference: '2018-03-05T10:00:00Z' });
    const e = entityWith(doc, 'Queen Elizabeth');
    expect(e?.kb).toBe('person:elizabeth-ii');
    expect(e?.country).toBe('GBR');
  });

  it('is the monarch of the realm the article is about', () => {
    const text = 'Queen Elizabeth will visit Canada in July. Canada last hosted her in 2010, and Ottawa is preparing a parade.';
    const doc = linked(text, [['Queen Elizabeth', 'PERSON'], ['Canada', 'PLACE'], ['Ottawa', 'PLACE']], { reference: '2018-03-05T10:00:00Z' });
    expect(entityWith(doc, 'Queen Elizabeth')?.country).toBe('CAN');
  });

  it('prefers the realm the article names most over one it names in passing', () => {
    const text = 'Queen Elizabeth sent greetings to Canada. Australia, Australia and again Australia marked the day in Canberra.';
    const doc = linked(text, [['Queen Elizabeth', 'PERSON'], ['Canada', 'PLACE'], ['Australia', 'PLACE'], ['Canberra', 'PLACE']], { reference: '2018-03-05T10:00:00Z' });
    expect(entityWith(doc, 'Queen Elizabeth')?.country).toBe('AUS');
  });

  it('keeps the British realm after her reign', () => {
    const text = 'A portrait of Queen Elizabeth was unveiled at the gallery on Friday.';
    const doc = linked(text, [['Queen Elizabeth', 'PERSON']], { reference: '2024-03-05T10:00:00Z' });
    expect(entityWith(doc, 'Queen Elizabeth')?.country).toBe('GBR');
    expect(entityWith(doc, 'Queen Elizabeth')?.code).toBe('GBRELI');
  });
});

describe('link: a style the tagger left outside the name', () => {
  it('is the reigning monarch of that regnal name', () => {
    const doc = linked('The envoy was received by Sultan Muhammad V at the palace.', [['Muhammad V', 'PERSON']], { reference: '2018-05-10T10:00:00Z' });
    expect(entityWith(doc, 'Sultan Muhammad V')?.kb).toBe('person:muhammad-v-of-kelantan');
  });

  it('is nobody for a crown prince', () => {
    const doc = linked('The envoy was received by Crown Prince Mohammed at the palace.', [['Mohammed', 'PERSON']], { reference: '2021-06-01T10:00:00Z' });
    expect(doc.entities.find((e) => e.kb === 'person:mohammed-vi')).toBeUndefined();
  });
});
