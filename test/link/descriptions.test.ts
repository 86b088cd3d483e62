import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

// Original prose written for these tests.

describe('link: descriptions resolve to the person in the article', () => {
  it('"the X leader" finds the titled president even when the article has no date', () => {
    const text = 'South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday. "We are neighbours," the South Korean leader said.';
    const doc = linked(text, [['Yoon Suk Yeol', 'PERSON'], ['Tokyo', 'PLACE']], {});
    expect(entityWith(doc, 'the South Korean leader')?.name).toBe('Yoon Suk-yeol');
  });

  it('"the former Norwegian prime minister" is the person the KB knows held that office', () => {
    const text = 'NATO Secretary General Jens Stoltenberg spoke in Riga. "The door is open," the former Norwegian prime minister said.';
    const doc = linked(text, [['Jens Stoltenberg', 'PERSON'], ['Riga', 'PLACE'], ['NATO', 'ORG']], { reference: '2022-05-02T10:00:00Z' });
    expect(entityWith(doc, 'the former Norwegian prime minister')?.name).toBe('Jens Stoltenberg');
    expect(entityWith(doc, 'the former Norwegian prime minister')?.mentions.find((m) => m.form === 'description')?.resolved).toBe(true);
  });

  it("a body's envoy takes the name in apposition after a prepositional phrase", () => {
    const text = '"Both sides have agreed," the AU\'s envoy for the Sahel, former Malian president Amadou Keita Sow, told reporters.';
    const doc = linked(text, [['Amadou Keita Sow', 'PERSON']], { reference: '2022-05-02T10:00:00Z' });
    expect(entityWith(doc, "the AU's envoy")?.name).toBe('Amadou Keita Sow');
  });

  it('a comma after a framing phrase is no apposition: the leader is not the next name of another country', () => {
    const text = 'Turkish President Recep Tayyip Erdogan met reporters. According to the Turkish leader, Russian President Vladimir Putin will visit in August.';
    const doc = linked(text, [['Recep Tayyip Erdogan', 'PERSON'], ['Vladimir Putin', 'PERSON']], { reference: '2023-07-07T10:00:00Z' });
    expect(entityWith(doc, 'the Turkish leader')?.name).toMatch(/Erdo/u);
  });

  it('"the minister" goes to the minister the paragraph is about, not the last one named', () => {
    const text = [
      'Russian Foreign Minister Sergei Lavrov arrived in Beijing on Monday.',
      'Lavrov said ties were at their best. Lavrov thanked his host, Chinese Foreign Minister Wang Yi.',
      'According to the minister, the two sides agreed on a plan.',
    ].join(' ');
    const doc = linked(text, [['Sergei Lavrov', 'PERSON'], ['Wang Yi', 'PERSON'], ['Lavrov', 'PERSON'], ['Beijing', 'PLACE']], { reference: '2024-04-08T10:00:00Z' });
    expect(entityWith(doc, 'the minister')?.name).toMatch(/Lavrov/u);
  });
});

describe('link: short names', () => {
  it('a name the KB does not know answers to its first word too, and that link is stated', () => {
    const text = 'Rebel spokesman Tadesse Worku spoke in Mekelle. "We want peace," Tadesse said.';
    const doc = linked(text, [['Tadesse Worku', 'PERSON'], ['Tadesse', 'PERSON'], ['Mekelle', 'PLACE']], {});
    const e = byName(doc, 'Tadesse Worku');
    const short = e?.mentions.find((m) => m.text === 'Tadesse');
    expect(short).toBeDefined();
    expect(short?.resolved).toBeUndefined();
  });

  it('a country name of several words tagged as a person is the country', () => {
    const doc = linked('Leaders urge N. Korea to halt launches.', [['N. Korea', 'PERSON']], {});
    expect(entityWith(doc, 'N. Korea')?.country).toBe('PRK');
    expect(entityWith(doc, 'N. Korea')?.type).toBe('PLACE');
  });

  it('an all-capitals name with a digit is swept ("G7")', () => {
    const doc = linked('The G7 leaders met in Hiroshima.', [['Hiroshima', 'PLACE']], {});
    expect(entityWith(doc, 'G7')?.type).toBe('ORG');
  });
});
