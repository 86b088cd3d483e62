/**
 * A person the KB does not know takes the country their own title or apposition gives, and only
 * that: not a country named elsewhere in the sentence, nor a news agency's.
 */
import { describe, expect, it } from 'vitest';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';
import { byName, linked, namesIn } from './helpers.js';

const ctx = { reference: '2024-03-05T10:00:00Z' };

/** As `linked`, but the tagger gave `name` the title `title` (a shorter one than printed). */
function linkedWithTitle(text: string, names: ReadonlyArray<readonly [string, EntityType]>, name: string, title: string): Doc {
  const doc = newDoc({ id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, names);
  const at = text.indexOf(name);
  const n = doc.names.find((m) => m.start === at);
  if (n) n.title = { start: at - title.length - 1, end: at - 1, text: title };
  linkDoc(doc, ctx);
  return doc;
}

// Original prose written for these tests.
describe('link: a person’s country from their own words', () => {
  it('reads the country before a title the tagger cut short, for every mention', () => {
    const text = 'Moldovan Transport Minister Ion Rusnac opened the bridge on Tuesday. Rusnac said trucks would cross by May.';
    const doc = linkedWithTitle(text, [['Ion Rusnac', 'PERSON'], ['Rusnac', 'PERSON']], 'Ion Rusnac', 'Minister');
    const p = byName(doc, 'Ion Rusnac');
    expect(p?.country).toBe('MDA');
    expect(p?.titles).toEqual(['Moldovan Transport Minister']);
    expect(p?.mentions.map((m) => m.text)).toContain('Rusnac');
  });

  it('reads an apposition after the name', () => {
    const doc = linked('“Nothing was agreed,” said Olga Demina, the Russian Foreign Ministry spokeswoman, on Friday.',
      [['Olga Demina', 'PERSON']], ctx);
    expect(byName(doc, 'Olga Demina')?.country).toBe('RUS');
  });

  it('reads a possessive country in an apposition, and a later mention shares it', () => {
    const text = 'Karl Brenner, the conservative candidate of Germany’s CDU, toured the port. Later Brenner said the vote was close.';
    const doc = linked(text, [['Karl Brenner', 'PERSON'], ['Brenner', 'PERSON'], ['CDU', 'ORG']], ctx);
    const p = byName(doc, 'Karl Brenner');
    expect(p?.country).toBe('DEU');
    expect(p?.mentions.some((m) => m.text === 'Brenner')).toBe(true);
  });

  it('does not take the country of a news agency credited in the sentence', () => {
    const doc = linked('KARACHI (Reuters) - Foreign Secretary Tariq Mehmood said the talks would resume.',
      [['Tariq Mehmood', 'PERSON'], ['Reuters', 'ORG'], ['KARACHI', 'PLACE']], ctx);
    expect(byName(doc, 'Tariq Mehmood')?.country).toBeUndefined();
  });

  it('does not read a country in a later clause as an apposition', () => {
    const doc = linked('Priya Nair, who met the Pakistani delegation, said little.', [['Priya Nair', 'PERSON']], ctx);
    expect(byName(doc, 'Priya Nair')?.country).toBeUndefined();
  });
});

describe('link: no country from another clause', () => {
  it('does not give an official the country of a body in another clause of the sentence', () => {
    const doc = linked('Nepal’s Foreign Ministry protested after Foreign Secretary Arjun Rao spoke in Delhi.',
      [['Arjun Rao', 'PERSON'], ['Delhi', 'PLACE']], ctx);
    expect(byName(doc, 'Arjun Rao')?.country).not.toBe('NPL');
  });
});

describe('link: a destination in the title is not the person’s country', () => {
  it('reads "envoy to Pakistan" as an American envoy', () => {
    const doc = linked('U.S. envoy to Pakistan Daniel Ross arrived in Lahore on Monday.', [['Daniel Ross', 'PERSON'], ['Lahore', 'PLACE']], ctx);
    expect(byName(doc, 'Daniel Ross')?.country).toBe('USA');
  });
});
