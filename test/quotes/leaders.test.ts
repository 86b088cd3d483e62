/**
 * Words a party's or group's leader is quoted as using inside the writer's sentence: the partial
 * quote belongs to the leader, named before the verb with the party's title, in apposition, or by
 * a description. Our own sentences; entities set by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, runQuotes, withEntities, type EntitySpec } from './helpers.js';

const PEOPLE: EntitySpec[] = [
  { id: 'vik', type: 'PERSON', name: 'Tomas Vik', names: ['Tomas Vik', 'Vik'] },
  { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg'] },
  { id: 'dale', type: 'PERSON', name: 'Keir Dale', names: ['Keir Dale'] },
  { id: 'lib', type: 'ORG', name: 'Liberal Party', names: ['Liberal Party'] },
];

function partial(quotes: Quote[], words: string): Quote | undefined {
  return quotes.find((q) => q.kind === 'partial' && q.text.includes(words));
}

describe('partial quotes by a party leader', () => {
  const quotes = runQuotes(withEntities(docOf([
    'Deal signed',
    'The government signed the trade deal on Monday.',
    'Opposition leader Tomas Vik called the deal "a betrayal of our farmers".',
    'The head of the Liberal Party, Anna Berg, described it as "a surrender".',
    'Labour leader Keir Dale branded the agreement "a disgrace" and labelled the vote "a sham".',
  ].join('\n\n')), PEOPLE));

  it('"Opposition leader X called the deal "…"": the leader, not the opposition', () => {
    expect(partial(quotes, 'a betrayal of our farmers')).toMatchObject({ speaker: 'vik' });
  });

  it('"the head of the party, X, described it as "…"": the name in apposition, not the party', () => {
    expect(partial(quotes, 'a surrender')).toMatchObject({ speaker: 'berg' });
  });

  it('a framing verb the tagger reads as an adjective ("branded"), and the British "labelled"', () => {
    expect(partial(quotes, 'a disgrace')).toMatchObject({ speaker: 'dale' });
    expect(partial(quotes, 'a sham')?.speaker).toBe('dale');
  });

  it('no partial quote from a quoted name with no framing verb', () => {
    const qs = runQuotes(withEntities(docOf('Deal signed\n\nOpposition leader Tomas Vik read "The Farmers" on the train.'), PEOPLE));
    expect(qs.filter((q) => q.kind === 'partial')).toEqual([]);
  });
});

describe('the leader by description', () => {
  it('"the opposition leader called the vote "…"" is the opposition leader named before', () => {
    const doc = withEntities(docOf([
      'Vote',
      'Opposition leader Tomas Vik and Prime Minister Ola Brenn debated on Monday. Brenn said the bill was fair.',
      'The opposition leader called the vote "rushed".',
    ].join('\n\n')), [...PEOPLE, { id: 'brenn', type: 'PERSON', name: 'Ola Brenn', names: ['Ola Brenn', 'Brenn'] }]);
    const vik = doc.entities.find((e) => e.id === 'vik');
    if (vik) vik.titles = ['Opposition leader'];
    const brenn = doc.entities.find((e) => e.id === 'brenn');
    if (brenn) brenn.titles = ['Prime Minister'];
    expect(partial(runQuotes(doc), 'rushed')).toMatchObject({ speaker: 'vik', speakerText: 'The opposition leader' });
  });
});
