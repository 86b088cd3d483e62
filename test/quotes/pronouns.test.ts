/**
 * Partial quotes with a pronoun speaker after them: "X had shown "reckless disregard", he said" is
 * the person who spoke before (the speaker text stays "he"), not the person the words are about;
 * and a pronoun never stands for someone the article has shown to be of the other gender. Our own
 * paragraphs, entities set by hand.
 */
import { describe, expect, it } from 'vitest';
import { docOf, quoteStarting, runQuotes, withEntities } from './helpers.js';

const people = [
  { id: 'qadir', type: 'PERSON' as const, name: 'Selim Qadir', names: ['Foreign Minister Selim Qadir', 'Qadir'] },
  { id: 'varga', type: 'PERSON' as const, name: 'Anton Varga', names: ['Prime Minister Anton Varga', 'Anton Varga', 'Varga'] },
];

describe('a pronoun after a partial quote', () => {
  const doc = withEntities(docOf([
    'Strike condemned',
    'Foreign Minister Selim Qadir condemned the strike on Tuesday.',
    'Prime Minister Anton Varga had shown "reckless disregard" for peace, he said.',
    'Varga\'s government was "playing with fire," he told reporters.',
    '"Anton Varga is gambling with the region," he said.',
  ].join('\n\n')), people);
  const quotes = runQuotes(doc);

  it('is the speaker named before, not the person the content is about', () => {
    expect(quoteStarting(quotes, 'reckless disregard')).toMatchObject({ kind: 'partial', speaker: 'qadir', speakerText: 'he', speakerResolved: true });
    expect(quoteStarting(quotes, 'Prime Minister Anton Varga had shown')).toMatchObject({ kind: 'indirect', speaker: 'qadir', speakerText: 'he' });
  });

  it('keeps to that speaker over the next paragraphs', () => {
    expect(quoteStarting(quotes, 'playing with fire')).toMatchObject({ kind: 'partial', speaker: 'qadir', speakerText: 'he' });
    expect(quoteStarting(quotes, 'Anton Varga is gambling')).toMatchObject({ kind: 'direct', speaker: 'qadir', speakerText: 'he' });
  });

  it('is the content\'s subject when no one else could be meant', () => {
    const d = withEntities(docOf('Plans\n\nAnton Varga would attend the summit "in person," he said.'), people);
    expect(quoteStarting(runQuotes(d), 'in person')).toMatchObject({ speaker: 'varga', speakerText: 'he' });
  });

  it('is the person named before the quote in the same paragraph', () => {
    const d = withEntities(docOf('Strike condemned\n\nQadir spoke after the cabinet met. The strike was "a grave provocation", he said.'), people);
    expect(quoteStarting(runQuotes(d), 'a grave provocation')).toMatchObject({ speaker: 'qadir', speakerText: 'he' });
  });
});

describe('gender', () => {
  it('"she" is not a man the linker called "he" elsewhere, even when the linker says so here', () => {
    const doc = withEntities(docOf([
      'Strike condemned',
      'Foreign Minister Selim Qadir condemned the strike. "It was a provocation," he said.',
      '"Reckless," she said of the strike.',
    ].join('\n\n')), people);
    // The linker's pronoun links: the right one ("he"), and a wrong one ("she").
    const he = doc.article.text.indexOf(' he ') + 1;
    const she = doc.article.text.indexOf('she');
    doc.entities.find((e) => e.id === 'qadir')?.mentions.push(
      { start: he, end: he + 2, text: 'he', form: 'pronoun', resolved: true },
      { start: she, end: she + 3, text: 'she', form: 'pronoun', resolved: true },
    );
    const q = quoteStarting(runQuotes(doc), 'Reckless');
    expect(q?.speakerText).toBe('she');
    expect(q?.speaker).toBeUndefined();
  });
});
