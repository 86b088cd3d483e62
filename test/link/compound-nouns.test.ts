/**
 * A surname printed at the head of an English compound common noun ("Trump card", "Brown rice")
 * is no mention of the person, even in an article that names them; with a sign of the person (a
 * possessive, a verb) it stays theirs. Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { byName, entityWith, linked } from './helpers.js';

const ctx = { reference: '2018-05-01T10:00:00Z' };

describe('link: surnames in compound common nouns', () => {
  it('"Trump card" is nobody, though the article names Donald Trump', () => {
    const text = 'President Donald Trump spoke on Monday. Pyongyang played its Trump card, the analyst said.';
    const doc = linked(text, [['Donald Trump', 'PERSON'], ['Trump', 'PERSON'], ['Pyongyang', 'PLACE']], ctx);
    expect(entityWith(doc, 'Trump', text.indexOf('Trump card'))).toBeUndefined();
    expect(byName(doc, 'Donald Trump')?.kb).toBe('person:donald-trump');
  });

  it('plural too, and "Brown rice" in an article about Gordon Brown', () => {
    const text = 'Gordon Brown visited the farm. Brown rice sold well, and the growers held all the Trump cards.';
    const doc = linked(text, [['Gordon Brown', 'PERSON'], ['Brown', 'PERSON'], ['Trump', 'PERSON']], ctx);
    expect(entityWith(doc, 'Brown', text.indexOf('Brown rice'))).toBeUndefined();
    expect(entityWith(doc, 'Trump')).toBeUndefined();
  });

  it('a possessive or a verb keeps the person', () => {
    const text = 'Trump\'s card game was a joke, aides said. Trump said he would meet Kim.';
    const doc = linked(text, [['Trump', 'PERSON']], ctx);
    expect(entityWith(doc, 'Trump')?.kb).toBe('person:donald-trump');
    expect(entityWith(doc, 'Trump', text.indexOf('Trump said'))?.kb).toBe('person:donald-trump');
  });
});
