/**
 * Relative pronouns as speakers: "…, which said" and "…, who said" stand for the noun phrase they
 * follow, never for a place named earlier. Our own paragraphs, entities set by hand.
 */
import { describe, expect, it } from 'vitest';
import { docOf, quoteStarting, runQuotes, withEntities } from './helpers.js';

const places = [
  { id: 'ostria', type: 'PLACE' as const, name: 'Ostria', names: ['Ostria', 'Ostrian'] },
  { id: 'varnia', type: 'PLACE' as const, name: 'Varnia', names: ['Varnia'] },
];

describe('"which" and "who" after a noun phrase', () => {
  it('"which" is the body it follows, not a place named before', () => {
    const doc = withEntities(docOf([
      'Security panel meets',
      'After the border clash in Varnia, the prime minister convened the Defence Council, which said Ostria had committed an act of aggression.',
    ].join('\n\n')), [...places, { id: 'council', type: 'ORG', name: 'Defence Council', names: ['Defence Council'] }]);
    expect(quoteStarting(runQuotes(doc), 'Ostria had committed')).toMatchObject({ speaker: 'council', speakerText: 'which', speakerResolved: true });
  });

  it('a body the linker missed leaves "which" unresolved rather than taking the country inside it', () => {
    const doc = withEntities(docOf([
      'Security panel meets',
      "The prime minister convened Varnia's security cabinet, which said Ostria had committed an act of aggression.",
    ].join('\n\n')), places);
    const q = quoteStarting(runQuotes(doc), 'Ostria had committed');
    expect(q?.speakerText).toBe('which');
    expect(q?.speaker).toBeUndefined();
  });

  it('"which" after a quoted name does not fall back to a place in focus', () => {
    const doc = withEntities(docOf([
      'Rally',
      'Varnia closed its border on Monday.',
      'The march was organised by "Open Roads", which said 5,000 people had signed up.',
    ].join('\n\n')), places);
    const q = quoteStarting(runQuotes(doc), '5,000 people');
    expect(q?.speaker).not.toBe('varnia');
  });

  it('"who" after a description is that person, not the country in the description', () => {
    const doc = withEntities(docOf([
      'Envoy summoned',
      'Officials in Varnia met the Ostrian envoy, who said his country had acted in self-defence.',
    ].join('\n\n')), places);
    const q = quoteStarting(runQuotes(doc), 'his country had acted');
    expect(q?.speakerText).toBe('who');
    expect(q?.speaker).toBeUndefined();
  });

  it('"who" after a name is the person', () => {
    const doc = withEntities(docOf('Envoy summoned\n\nOfficials in Varnia met envoy Piet Aalders, who said talks would resume.'), [
      ...places, { id: 'aalders', type: 'PERSON', name: 'Piet Aalders', names: ['Piet Aalders'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'talks would resume')).toMatchObject({ speaker: 'aalders', speakerText: 'who' });
  });

  it('a verb joined inside the relative clause keeps the relative\'s antecedent', () => {
    const doc = withEntities(docOf([
      'Mayor under fire',
      'Mayor Karin Holt has angered the Tarn Residents Association, which marched on Sunday and called for her resignation.',
    ].join('\n\n')), [
      { id: 'holt', type: 'PERSON', name: 'Karin Holt', names: ['Karin Holt'] },
      { id: 'assoc', type: 'ORG', name: 'Tarn Residents Association', names: ['Tarn Residents Association'] },
    ]);
    const q = runQuotes(doc).find((x) => x.cue === 'called');
    expect(q?.speaker).toBe('assoc');
  });

  it('a verb joined after the relative clause closed is the sentence subject\'s', () => {
    const doc = withEntities(docOf([
      'Host',
      'Piet Aalders worked for Radio Norland, which let him go in 2015, and said he did not regret it.',
    ].join('\n\n')), [
      { id: 'aalders', type: 'PERSON', name: 'Piet Aalders', names: ['Piet Aalders'] },
      { id: 'radio', type: 'ORG', name: 'Radio Norland', names: ['Radio Norland'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'he did not regret')?.speaker).toBe('aalders');
  });

  it('"who" after a place hangs on the noun before it', () => {
    const doc = withEntities(docOf('Tax\n\nThe plan pleased Democrats in Ostria, who have argued for it for years.'), [
      ...places, { id: 'dems', type: 'GROUP', name: 'Democrats', names: ['Democrats'] },
    ]);
    expect(runQuotes(doc).find((q) => q.speakerText === 'who')?.speaker).toBe('dems');
  });

  it('"who" after a body hangs on the person before it', () => {
    const doc = withEntities(docOf('Email\n\nThe panel heard from a staffer at the Foreign Office who said he was told never to speak of it.'), [
      { id: 'fo', type: 'ORG', name: 'Foreign Office', names: ['Foreign Office'] },
    ]);
    const q = runQuotes(doc).find((x) => x.speakerText === 'who');
    expect(q).toBeDefined();
    expect(q?.speaker).toBeUndefined();
  });
});

describe('"whose delegate said": the antecedent speaks through its own', () => {
  const text = [
    'Deal adopted',
    'Ostria, whose delegate complained that the deal placed no duty on rich states, said it would not sign the text.',
    'Tom Hart, whose lawyer said the charges were false, left the court.',
  ].join('\n\n');
  const doc = withEntities(docOf(text), [...places, { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'] }]);
  const quotes = runQuotes(doc);

  it('a country\'s delegate speaks for the country, and the complaint ends where the main clause resumes', () => {
    const q = quotes.find((x) => x.text.includes('the deal placed'));
    expect(q).toMatchObject({ speaker: 'ostria', speakerText: 'whose delegate' });
    expect(q?.text).toMatch(/the deal placed no duty on rich states$/u);
  });

  it('the main clause\'s statement is the country\'s own', () => {
    expect(quoteStarting(quotes, 'it would not sign')).toMatchObject({ speaker: 'ostria' });
  });

  it('"Some women, whose age is 90, said …, according to a group": the whole clause is the group\'s', () => {
    const other = runQuotes(withEntities(docOf('Deal\n\nSome of the surviving women, whose average age is nearly 90, said they had not been consulted, according to a support group.'), places));
    expect(other.find((q) => q.speakerText === 'a support group')?.text).toBe('Some of the surviving women, whose average age is nearly 90, said they had not been consulted');
  });

  it('a person\'s lawyer is someone else: no speaker entity', () => {
    const q = quoteStarting(quotes, 'the charges were false');
    expect(q?.speakerText).toBe('whose lawyer');
    expect(q?.speaker).toBeUndefined();
  });
});
