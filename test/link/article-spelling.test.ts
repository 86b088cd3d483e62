import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

// Original prose written for these tests.

const ctx = { reference: '2023-05-10T09:00:00Z' };

describe('link: a person goes by the full name as the article spells it', () => {
  it('an alias the article prints renames the entity; the KB id and name stay', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday. Lavrov said the talks were useful.';
    const doc = linked(text, [['Sergei Lavrov', 'PERSON'], ['Lavrov', 'PERSON'], ['Ankara', 'PLACE']], ctx);
    const e = entityWith(doc, 'Russian Foreign Minister Sergei Lavrov');
    expect(e?.name).toBe('Sergei Lavrov');
    expect(e?.kb).toMatch(/lavrov/u);
    expect(e?.kbName).toBe('Sergey Lavrov');
    expect(entityWith(doc, 'Lavrov', text.indexOf('Lavrov said'))).toBe(e);
  });

  it('the KB spelling keeps the KB name, with no kbName', () => {
    const doc = linked('Sergey Lavrov met reporters in Moscow.', [['Sergey Lavrov', 'PERSON'], ['Moscow', 'PLACE']], ctx);
    const e = entityWith(doc, 'Sergey Lavrov');
    expect(e?.name).toBe('Sergey Lavrov');
    expect(e?.kbName).toBeUndefined();
  });

  it('a bare surname, a title or a capitals headline never renames: the KB name', () => {
    const bare = linked('Lavrov told reporters in Moscow that Russia would respond.', [['Lavrov', 'PERSON'], ['Moscow', 'PLACE'], ['Russia', 'PLACE']], ctx);
    expect(entityWith(bare, 'Lavrov')?.name).toBe('Sergey Lavrov');
    const caps = linked('SERGEI LAVROV IN ANKARA\n\nLavrov said Russia would respond.', [['SERGEI LAVROV', 'PERSON'], ['Lavrov', 'PERSON'], ['Russia', 'PLACE']], ctx);
    expect(entityWith(caps, 'SERGEI LAVROV')?.name).toBe('Sergey Lavrov');
  });

  it('of several printed full names, the longest, then the first', () => {
    const text = 'Sergei Lavrov spoke first. Later, Sergey Viktorovich Lavrov answered questions.';
    const doc = linked(text, [['Sergei Lavrov', 'PERSON'], ['Sergey Viktorovich Lavrov', 'PERSON']], ctx);
    expect(entityWith(doc, 'Sergei Lavrov')?.name).toBe('Sergey Viktorovich Lavrov');
    const two = linked('Kim Jong Un inspected a factory. State media said Kim Jong-un was pleased.', [['Kim Jong Un', 'PERSON'], ['Kim Jong-un', 'PERSON']], ctx);
    expect(entityWith(two, 'Kim Jong Un')?.name).toBe('Kim Jong Un');
  });

  it('a Western-order alias printed is the name ("William Lai")', () => {
    const doc = linked('Taiwan President William Lai said on Monday that Lai would not bow to pressure.', [['William Lai', 'PERSON'], ['Lai', 'PERSON'], ['Taiwan', 'PLACE']], { reference: '2024-10-10T09:00:00Z' });
    const e = entityWith(doc, 'Taiwan President William Lai');
    expect(e?.name).toBe('William Lai');
    expect(e?.kbName).toBe('Lai Ching-te');
  });

  it('a given name that is also a style ("Shah") is still a name: the alias printed renames', () => {
    const doc = linked('Foreign Minister Shah Mahmood Qureshi said Islamabad would respond.', [['Shah Mahmood Qureshi', 'PERSON'], ['Islamabad', 'PLACE']], { reference: '2019-02-26T09:00:00Z' });
    const e = entityWith(doc, 'Foreign Minister Shah Mahmood Qureshi');
    expect(e?.name).toBe('Shah Mahmood Qureshi');
    expect(e?.kbName).toBe('Shah Mehmood Qureshi');
    // A style before a one-word name is still a title: "King Salman" never renames the KB's entry.
    const king = linked('King Salman received the envoy in Riyadh.', [['Salman', 'PERSON'], ['Riyadh', 'PLACE']], { reference: '2019-02-26T09:00:00Z' });
    expect(entityWith(king, 'Salman')?.name).not.toBe('King Salman');
  });
});
