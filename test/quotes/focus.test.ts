import { describe, expect, it } from 'vitest';
import { docOf, fixture, quoteStarting, runQuotes, withEntities } from './helpers.js';

describe('speakers in focus: distant attribution, alternating speakers, multi-paragraph quotes', () => {
  const doc = withEntities(docOf(fixture('council-alternating.txt')), [
    { id: 'brandt', type: 'PERSON', name: 'Lena Brandt', names: ['Mayor Lena Brandt', 'Brandt'] },
    { id: 'weber', type: 'PERSON', name: 'Tomas Weber', names: ['Tomas Weber', 'Weber'] },
  ]);
  const quotes = runQuotes(doc);

  it('resolves "she said" to a subject named three sentences earlier', () => {
    const q = quoteStarting(quotes, 'We will rebuild every bridge');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'brandt', speakerText: 'she', speakerResolved: true });
  });

  it('follows two speakers alternating in one paragraph', () => {
    expect(quoteStarting(quotes, 'The budget is already spent')).toMatchObject({ speaker: 'weber', cue: 'said councillor Tomas Weber' });
    expect(quoteStarting(quotes, 'Then we borrow')).toMatchObject({ speaker: 'brandt', cue: 'Brandt replied' });
    expect(quoteStarting(quotes, 'Borrowing costs money')).toMatchObject({ speaker: 'weber', cue: 'Weber said' });
    expect(quoteStarting(quotes, 'Doing nothing costs more')).toMatchObject({ speaker: 'brandt', cue: 'Brandt answered' });
  });

  it('continues an unclosed quote into the next paragraph that opens with a mark', () => {
    const q = quoteStarting(quotes, 'I have read the engineers');
    expect(q?.text).toContain('That is what the report recommends.');
    expect(q?.text).toContain("'the old piers can be saved,'");
    // No cue of its own: the subject of the sentence before it speaks.
    expect(q).toMatchObject({ kind: 'direct', speaker: 'weber', speakerResolved: true });
    expect(quotes.some((x) => x.text.startsWith('We should repair'))).toBe(false);
  });

  it('keeps the speaker text of a speaker no entity covers', () => {
    const q = quoteStarting(quotes, 'Nobody asked me');
    expect(q?.speakerText).toBe('a council clerk');
    expect(q?.speaker).toBeUndefined();
  });
});

describe('focus without any entities', () => {
  it('still names the antecedent of a pronoun in speakerText terms', () => {
    const quotes = runQuotes(docOf('Talks\n\nThe minister arrived late. "We will sign today," he said.'));
    expect(quoteStarting(quotes, 'We will sign today')).toMatchObject({ speakerText: 'he', speakerResolved: true });
  });

  it('does not take a thing for a speaker', () => {
    const quotes = runQuotes(docOf('Storm\n\nThe river rose overnight. The bridge closed at noon. "Stay at home."'));
    const q = quoteStarting(quotes, 'Stay at home');
    expect(q?.speakerText).toBeUndefined();
  });
});

describe('pronoun gender', () => {
  it('skips a speaker a pronoun of the other gender already stood for', () => {
    const doc = withEntities(docOf([
      'Festival',
      'Actor Paul Dorn signed posters all morning. Singer Ana Velez joined him at noon. "It was a good day," she said.',
      '"We met so many fans," he told the organisers.',
    ].join('\n\n')), [
      { id: 'dorn', type: 'PERSON', name: 'Paul Dorn', names: ['Actor Paul Dorn'] },
      { id: 'velez', type: 'PERSON', name: 'Ana Velez', names: ['Singer Ana Velez'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteStarting(quotes, 'It was a good day')?.speaker).toBe('velez');
    expect(quoteStarting(quotes, 'We met so many fans')?.speaker).toBe('dorn');
  });

  it('reads the gender from a title', () => {
    const quotes = runQuotes(withEntities(docOf('Vote\n\nMrs Hale spoke first. Mr Ortiz spoke after her. "I agree with every word," she said.'), [
      { id: 'hale', type: 'PERSON', name: 'Hale', names: ['Mrs Hale'] },
      { id: 'ortiz', type: 'PERSON', name: 'Ortiz', names: ['Mr Ortiz'] },
    ]));
    expect(quoteStarting(quotes, 'I agree with every word')?.speaker).toBe('hale');
  });
});

describe('focus: descriptions, relative clauses, linked pronouns', () => {
  it('"the mediator" with no link stands for the person who spoke last', () => {
    const doc = withEntities(docOf([
      'Talks',
      '"The parties have agreed," envoy Mara Okafor told reporters.',
      '"This is only the beginning," the mediator said. "Now comes the work," she added.',
    ].join('\n\n')), [{ id: 'okafor', type: 'PERSON', name: 'Mara Okafor', names: ['Mara Okafor'] }]);
    const quotes = runQuotes(doc);
    const q = quoteStarting(quotes, 'This is only the beginning');
    expect(q?.speaker).toBe('okafor');
    expect(q?.speakerResolved).toBe(true);
    expect(quoteStarting(quotes, 'Now comes the work')?.speaker).toBe('okafor');
  });

  it('a subject with a relative clause is in focus for "In his view"', () => {
    const doc = withEntities(docOf([
      'Summit',
      'Mayor Tom Reyes spoke first and said little.',
      'Governor Luis Brandt, who flew in from the coast, toured the docks. In his view, the port would "grow fast".',
    ].join('\n\n')), [
      { id: 'reyes', type: 'PERSON', name: 'Tom Reyes', names: ['Mayor Tom Reyes'] },
      { id: 'brandt', type: 'PERSON', name: 'Luis Brandt', names: ['Governor Luis Brandt'] },
    ]);
    const quotes = runQuotes(doc);
    const q = quotes.find((x) => x.speakerText === 'his');
    expect(q?.speaker).toBe('brandt');
  });

  it('"According to X, Y is expected …": the speaker is X, not the subject of the content', () => {
    const doc = withEntities(docOf('Visit\n\nAccording to the Turkish leader, Russian President Vladimir Putin is expected to visit in August.'), [
      { id: 'erdogan', type: 'PERSON', name: 'Recep Tayyip Erdogan', names: [], descriptions: ['the Turkish leader'] },
      { id: 'putin', type: 'PERSON', name: 'Vladimir Putin', names: ['Russian President Vladimir Putin'] },
    ]);
    const q = runQuotes(doc).find((x) => x.kind === 'indirect');
    expect(q?.speakerText).toBe('the Turkish leader');
    expect(q?.speaker).toBe('erdogan');
  });
});

describe('speaker phrases with a place', () => {
  it('"The Russian embassy in London … said": the speaker is the embassy, not the city', () => {
    const doc = withEntities(docOf('Expulsions\n\nThe Russian embassy in London called the decision hostile and said Moscow would respond.'), [
      { id: 'embassy', type: 'ORG', name: 'Embassy of Russia', names: ['Russian embassy'] },
      { id: 'london', type: 'PLACE', name: 'London', names: ['London'] },
      { id: 'moscow', type: 'PLACE', name: 'Moscow', names: ['Moscow'] },
    ]);
    const q = runQuotes(doc).find((x) => x.kind === 'indirect');
    expect(q?.speakerText).toBe('The Russian embassy in London');
    expect(q?.speaker).toBe('embassy');
  });
});

describe('object pronouns as speakers', () => {
  it('"According to him, …" is the man in focus', () => {
    const doc = withEntities(docOf('Talks\n\nMayor Tom Reyes thanked the council for its help. According to him, the two sides discussed a new budget.'), [
      { id: 'reyes', type: 'PERSON', name: 'Tom Reyes', names: ['Mayor Tom Reyes'] },
    ]);
    const q = runQuotes(doc).find((x) => x.speakerText === 'him');
    expect(q?.speaker).toBe('reyes');
    expect(q?.speakerResolved).toBe(true);
  });
});

describe('appositions and negated infinitives', () => {
  it('"The host, NAME, urged the allies not to …": the named person, and the infinitive content', () => {
    const doc = withEntities(docOf('Summit\n\nThe host, Mayor Tom Reyes, urged the guests not to leave before the vote.'), [
      { id: 'reyes', type: 'PERSON', name: 'Tom Reyes', names: ['Mayor Tom Reyes'] },
    ]);
    const q = runQuotes(doc).find((x) => x.kind === 'indirect');
    expect(q?.text).toContain('not to leave before the vote');
    expect(q?.speakerText).toBe('Mayor Tom Reyes');
    expect(q?.speaker).toBe('reyes');
  });
});

describe('pronouns the link stage resolved', () => {
  it('an antecedent in focus that names no entity gives way to the link stage', () => {
    const doc = withEntities(docOf('Visit\n\nThe spokesman spoke briefly. He called the delay "absurd".'), [
      { id: 'dorn', type: 'PERSON', name: 'Paul Dorn', names: [], descriptions: ['He'] },
    ]);
    const q = runQuotes(doc).find((x) => x.speakerText === 'He');
    expect(q?.speaker).toBe('dorn');
  });
});

describe('focus in a long article', () => {
  it('a cue-less quote early in the article takes the speaker before it, however many cues follow', () => {
    const later = Array.from({ length: 80 }, (_, k) => `Clerk number ${k + 1} said the road was closed.`);
    const text = ['Roads', '"The pier is safe," Tomas Lind said on Monday. "The cracks are old."', ...later].join('\n\n');
    const doc = withEntities(docOf(text), [{ id: 'lind', type: 'PERSON', name: 'Tomas Lind', names: ['Tomas Lind'] }]);
    const q = quoteStarting(runQuotes(doc), 'The cracks are old');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'lind' });
  });
});
