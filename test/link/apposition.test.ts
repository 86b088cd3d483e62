/**
 * Titles in apposition before a name give the person's country and office on the article's date:
 * from the KB for office holders it knows, from the title for officials it does not ("Iran's
 * Foreign Ministry spokesman").
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.
describe('link: titles in apposition', () => {
  const text = 'Chinese Foreign Minister Wang Yi met his Iranian counterpart in Beijing on Friday.';

  it('gives a KB office holder the office held on the article’s date', () => {
    const now = linked(text, [['Wang Yi', 'PERSON'], ['Beijing', 'PLACE']], { reference: '2024-04-12T10:00:00Z' });
    expect(entityWith(now, 'Chinese Foreign Minister Wang Yi')).toMatchObject({
      kb: 'person:wang-yi', country: 'CHN', code: 'CHNGOV', role: 'Minister of Foreign Affairs of China', titles: ['Chinese Foreign Minister'],
    });
  });

  it('does not give the office to someone who did not hold it that day', () => {
    // Qin Gang was foreign minister in the spring of 2023.
    const then = linked(text, [['Wang Yi', 'PERSON'], ['Beijing', 'PLACE']], { reference: '2023-04-14T10:00:00Z' });
    expect(entityWith(then, 'Chinese Foreign Minister Wang Yi')?.role).not.toBe('Minister of Foreign Affairs of China');
  });

  it('gives an official the KB does not know the office the title names, with the body’s country', () => {
    const doc = linked('Iran’s Foreign Ministry spokesman Reza Farzaneh said the talks would resume in Oman.',
      [['Reza Farzaneh', 'PERSON'], ['Oman', 'PLACE']], { reference: '2024-01-10T10:00:00Z' });
    const person = doc.entities.find((e) => e.name === 'Reza Farzaneh');
    expect(person).toMatchObject({ country: 'IRN', code: 'IRNGOV', role: 'Spokesman of the Ministry of Foreign Affairs of Iran' });
  });

  it('reads a body in lower case before the job, and an intergovernmental body’s code', () => {
    const doc = linked('Russia’s foreign ministry spokeswoman Olga Demina and NATO spokesman Piet Vandamme both declined to comment.',
      [['Olga Demina', 'PERSON'], ['Piet Vandamme', 'PERSON'], ['NATO', 'ORG']], { reference: '2024-01-10T10:00:00Z' });
    expect(doc.entities.find((e) => e.name === 'Olga Demina')).toMatchObject({ country: 'RUS', role: 'Spokeswoman of the Ministry of Foreign Affairs of Russia' });
    expect(doc.entities.find((e) => e.name === 'Piet Vandamme')).toMatchObject({ code: 'IGONAT', role: 'Spokesman of NATO' });
  });
});

describe('link: no title from a joining word', () => {
  it('does not take "of" before a short name for a title', () => {
    const text = 'President Lee Jae-myung arrived on Friday. A meeting of Lee and the Japanese leader is planned.';
    const doc = linked(text, [['Lee Jae-myung', 'PERSON'], ['Lee', 'PERSON']], { reference: '2025-08-22T10:00:00Z' });
    const lee = doc.entities.find((e) => e.mentions.some((m) => m.text.endsWith('Lee') && m.start > text.indexOf('meeting')));
    expect(lee?.mentions.map((m) => m.text)).not.toContain('of Lee');
    expect(lee?.mentions.map((m) => m.text)).toContain('Lee');
  });
});

describe('link: offices with "General" and advisers', () => {
  it('keeps "General" in "Secretary General" and "Director General"', () => {
    const doc = linked('OSCE Secretary General Ana Lopez and agency Director General Tomas Berg met in Vienna.',
      [['Ana Lopez', 'PERSON'], ['Tomas Berg', 'PERSON'], ['OSCE', 'ORG'], ['Vienna', 'PLACE']], { reference: '2024-01-10T10:00:00Z' });
    expect(doc.entities.find((e) => e.name === 'Ana Lopez')?.titles).toEqual(['Secretary General']);
    expect(doc.entities.find((e) => e.name === 'Tomas Berg')?.titles).toEqual(['Director General']);
  });

  it('gives an adviser with a field the office, but not a bare adviser', () => {
    const doc = linked('Kenyan National Security Adviser Peter Otieno met Kenyan adviser Mary Wanjiru in Nairobi.',
      [['Peter Otieno', 'PERSON'], ['Mary Wanjiru', 'PERSON'], ['Nairobi', 'PLACE']], { reference: '2024-01-10T10:00:00Z' });
    expect(doc.entities.find((e) => e.name === 'Peter Otieno')).toMatchObject({ country: 'KEN', role: 'National Security Adviser of Kenya' });
    expect(doc.entities.find((e) => e.name === 'Mary Wanjiru')?.role).toBeUndefined();
  });
});
