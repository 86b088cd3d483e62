import { describe, expect, it } from 'vitest';
import { docOf, fixture, quoteContaining, quoteStarting, runQuotes, withEntities, type EntitySpec } from './helpers.js';

const SUMMIT: EntitySpec[] = [
  { id: 'halvorsen', type: 'PERSON', name: 'Ingrid Halvorsen', names: ['Ingrid Halvorsen', 'Halvorsen'], descriptions: ['The Norwegian leader'] },
  { id: 'kask', type: 'PERSON', name: 'Mart Kask', names: ['Mart Kask', 'Kask'] },
  { id: 'oslo', type: 'PLACE', name: 'Oslo', names: ['Oslo', 'OSLO'] },
];

describe('direct quotes: attribution after, before and in the middle', () => {
  const doc = withEntities(docOf(fixture('summit-direct.txt')), SUMMIT);
  const quotes = runQuotes(doc);

  it('keeps every span round-tripping', () => {
    for (const q of quotes) {
      expect(doc.article.text.slice(q.start, q.end)).toBe(q.text);
      if (q.cueSpan) expect(doc.article.text.slice(q.cueSpan.start, q.cueSpan.end)).toBe(q.cueSpan.text);
    }
  });

  it('attributes a quote followed by its cue, with the addressee', () => {
    const q = quoteStarting(quotes, 'I would like to ask you');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'halvorsen', speakerText: 'Halvorsen', cue: 'Halvorsen said', addressee: 'kask' });
    // The content stops before the comma inside the closing mark.
    expect(q?.text.endsWith('in May')).toBe(true);
  });

  it('keeps a quote of two sentences in one piece', () => {
    const q = quoteStarting(quotes, 'The harbour can take three more ships');
    expect(q?.text).toContain('It could also take larger tankers by the autumn');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'halvorsen' });
  });

  it('resolves "she added" to the speaker in focus', () => {
    const q = quoteStarting(quotes, 'We welcome every new ferry line');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'halvorsen', speakerText: 'she', speakerResolved: true, cue: 'she added' });
  });

  it('resolves "he said" to the subject of the sentence before, not the last speaker', () => {
    const q = quoteStarting(quotes, 'I bring warm greetings');
    expect(q).toMatchObject({ speaker: 'kask', speakerText: 'he', speakerResolved: true, addressee: 'halvorsen' });
  });

  it('finds the cue before a quote ("Kask told reporters: …")', () => {
    const q = quoteStarting(quotes, 'Our grid will be connected');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'kask', cue: 'Kask told', addresseeText: 'reporters' });
  });

  it('gives both halves of an interrupted quote the cue in the middle', () => {
    expect(quoteStarting(quotes, 'Energy prices are too high')).toMatchObject({ speaker: 'kask', cue: 'Kask said' });
    expect(quoteStarting(quotes, 'and we intend to bring them down')).toMatchObject({ speaker: 'kask', cue: 'Kask said' });
  });

  it('reads a headline quote "Name: words"', () => {
    const q = quoteStarting(quotes, 'Nordic ports ready');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'halvorsen', speakerText: 'Halvorsen' });
  });

  it('reports the participle statement after a quote as indirect speech by the same speaker', () => {
    const q = quoteContaining(quotes, 'the port authority would publish a timetable');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'halvorsen' });
  });
});

describe('direct quotes in every typographic style', () => {
  const quotes = runQuotes(docOf(fixture('typography.txt')));

  it.each([
    ['We are ready for the talks', 'Claire Dubois'],
    ['We will come back in June', 'Klaus Meier'],
    ['We are not going anywhere', 'Fiona Grant'],
    ['The vote is final', 'Senator Ruth Cole'],
    ['The committee heard one witness', 'Cole'],
  ])('«%s» is attributed to %s', (words, speaker) => {
    const q = quoteStarting(quotes, words);
    expect(q?.kind).toBe('direct');
    expect(q?.speakerText).toBe(speaker);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const q = quoteStarting(quotes, 'He told us');
    expect(q?.text).toBe("He told us, 'I saw the boats leave,' and then he left.");
    expect(quotes.some((x) => x.text.startsWith('I saw the boats'))).toBe(false);
  });

  it('carries the speaker to a following quote with no cue of its own', () => {
    const q = quoteStarting(quotes, 'It will name the owners');
    expect(q).toMatchObject({ kind: 'direct', speakerText: 'Cole', speakerResolved: true });
    expect(q?.cue).toBeUndefined();
  });

  it('without entities keeps the speaker text and leaves the speaker unset', () => {
    for (const q of quotes) expect(q.speaker).toBeUndefined();
  });
});

describe('speakers set off by appositions', () => {
  const quotes = runQuotes(docOf([
    'Ruling',
    'Judge Mira Holm - a senior appeal judge - said the rules were unfair to foreign workers. Judge Anton Berg, in his own ruling, said: "No court can accept a detention without end."',
    '"The decision stands," said the court\'s president, Eva Lind, on Friday.',
  ].join('\n\n')));

  it('takes the name before a dash apposition, not the object after the verb', () => {
    expect(quoteContaining(quotes, 'the rules were unfair')).toMatchObject({ kind: 'indirect', speakerText: 'Judge Mira Holm' });
  });

  it('takes the name before an inserted phrase ("X, in his own ruling, said:")', () => {
    expect(quoteStarting(quotes, 'No court can accept')).toMatchObject({ kind: 'direct', speakerText: 'Judge Anton Berg' });
  });

  it('reads an inverted cue ("said the court\'s president")', () => {
    expect(quoteStarting(quotes, 'The decision stands')?.speakerText).toMatch(/president/u);
  });
});
