import { describe, expect, it } from 'vitest';
import { docOf, fixture, quoteContaining, quoteStarting, runQuotes, withEntities } from './helpers.js';

describe('indirect and partial quotes', () => {
  const doc = withEntities(docOf(fixture('reported-speech.txt')), [
    { id: 'mulder', type: 'PERSON', name: 'Agnes Mulder', names: ['Dutch Fisheries Minister Agnes Mulder', 'Agnes Mulder', 'Mulder'] },
    { id: 'lund', type: 'PERSON', name: 'Soren Lund', names: ['Danish Minister Soren Lund', 'Lund'], descriptions: ['The senior Danish official'] },
    { id: 'commission', type: 'ORG', name: 'European Commission', names: ['the European Commission'] },
    { id: 'union', type: 'ORG', name: "fishermen's union", names: ["the fishermen's union"] },
  ]);
  const quotes = runQuotes(doc);

  it('reads "According to X, …"', () => {
    const q = quoteContaining(quotes, 'the quota talks could end by Friday');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'mulder', cue: 'According to Agnes Mulder' });
    expect(q?.text.startsWith('the quota talks')).toBe(true);
  });

  it('reads "X said on Thursday that …" and "X noted that …"', () => {
    expect(quoteContaining(quotes, 'the fleet would lose a fifth')).toMatchObject({ kind: 'indirect', speaker: 'mulder' });
    expect(quoteContaining(quotes, 'would apply to cod only')).toMatchObject({ kind: 'indirect', speaker: 'mulder', cue: 'Mulder noted' });
  });

  it('reads "In her view, …" and resolves the pronoun', () => {
    const q = quoteContaining(quotes, 'the cut was the price');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'mulder', speakerText: 'her', cue: 'In her view', speakerResolved: true });
  });

  it('reads "X told reporters that …" with the addressee', () => {
    const q = quoteContaining(quotes, 'Denmark would not sign');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'lund', addresseeText: 'reporters' });
  });

  it('reads "X was quoted as saying …"', () => {
    expect(quoteContaining(quotes, 'the fund should cover the whole coast')).toMatchObject({ kind: 'indirect', speaker: 'lund' });
  });

  it('finds a partial quote inside reported speech, spoken by the described official', () => {
    const q = quoteStarting(quotes, 'give the fishermen a future');
    expect(q).toMatchObject({ kind: 'partial', speaker: 'lund', cue: 'The senior Danish official was hopeful' });
    expect(q?.speakerResolved).toBe(true);
    // …and the statement around it as indirect speech.
    expect(quoteContaining(quotes, 'that the agreement would')).toMatchObject({ kind: 'indirect', speaker: 'lund' });
  });

  it('takes the addressee from "In a message to X, …"', () => {
    const q = quoteContaining(quotes, 'the ministry would pay for new nets');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'mulder', addressee: 'union' });
  });

  it('reads a framing verb with a quoted object, and a request', () => {
    expect(quoteStarting(quotes, 'a fair start')).toMatchObject({ kind: 'partial', speaker: 'lund' });
    expect(quoteStarting(quotes, 'the European Commission to publish the figures')).toMatchObject({ kind: 'indirect', speaker: 'lund', addressee: 'commission' });
  });

  it('does not read a plain object as speech ("confirmed his invitation")', () => {
    const qs = runQuotes(docOf('Visit\n\nThe president confirmed his invitation to the king to visit the capital in any season.'));
    expect(qs).toEqual([]);
  });
});

describe('wire-service cue phrases', () => {
  const quotes = runQuotes(docOf([
    'Talks',
    'The foreign minister pointed out that the talks had stalled. He went on to say that the embassy would stay open.',
    '"We will answer in kind," the diplomat specified.',
  ].join('\n\n')));

  it('keeps the particle of "pointed out" in the cue', () => {
    expect(quoteContaining(quotes, 'the talks had stalled')).toMatchObject({ kind: 'indirect', cue: 'The foreign minister pointed out' });
  });

  it('reads "told reporters" before a bare clause', () => {
    const qs = runQuotes(docOf('Talks\n\nThe spokesman told reporters the talks had failed.'));
    expect(quoteStarting(qs, 'the talks had failed')).toMatchObject({ kind: 'indirect', addresseeText: 'reporters', speakerText: 'The spokesman' });
  });

  it('reads "went on to say that"', () => {
    expect(quoteContaining(quotes, 'the embassy would stay open')).toMatchObject({ kind: 'indirect', speakerText: 'He' });
  });

  it('knows less common verbs of saying', () => {
    expect(quoteStarting(quotes, 'We will answer in kind')).toMatchObject({ kind: 'direct', speakerText: 'the diplomat', cue: 'the diplomat specified' });
  });
});

describe('relative-pronoun speakers', () => {
  it('keeps "who" as printed and links it to the antecedent', () => {
    const doc = withEntities(docOf('Vote\n\nThe bill passed despite Senator Ida Hale, who said the deal would cost too much.'), [
      { id: 'hale', type: 'PERSON', name: 'Ida Hale', names: ['Senator Ida Hale'] },
    ]);
    const q = quoteContaining(runQuotes(doc), 'the deal would cost too much');
    expect(q).toMatchObject({ kind: 'indirect', speakerText: 'who', speaker: 'hale', speakerResolved: true });
  });
});

describe('speaker names that hold a comma', () => {
  it('"CLAUSE, the Ministry of Economy, Trade and Industry said" keeps the whole name', () => {
    const doc = withEntities(docOf('Trade\n\nTokyo will lift the controls on three materials, the Ministry of Economy, Trade and Industry said.'), [
      { id: 'meti', type: 'ORG', name: 'Ministry of Economy, Trade and Industry', names: ['Ministry of Economy, Trade and Industry'] },
      { id: 'tokyo', type: 'PLACE', name: 'Tokyo', names: ['Tokyo'] },
    ]);
    const q = runQuotes(doc).find((x) => x.kind === 'indirect');
    expect(q?.text).toBe('Tokyo will lift the controls on three materials');
    expect(q?.speaker).toBe('meti');
  });
});

describe('bare clauses whose subject holds an infinitive', () => {
  it('"said the decision not to use its veto was a retreat" is a statement; "confirmed his invitation to Kim to visit" is not', () => {
    const doc = withEntities(docOf('Veto\n\nThe prime minister\'s office said the decision not to use its veto was a retreat from its position. Mayor Tom Reyes confirmed his invitation to the team to visit the city.'), [
      { id: 'reyes', type: 'PERSON', name: 'Tom Reyes', names: ['Mayor Tom Reyes'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteStarting(quotes, 'the decision not to use its veto was a retreat')).toBeDefined();
    expect(quotes.some((q) => q.text.includes('to visit the city') && q.kind === 'indirect' && q.text.startsWith('the team'))).toBe(false);
  });
});

describe('indirect statements in agency copy', () => {
  const specs = [
    { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart', 'Hart'] },
    { id: 'council', type: 'ORG' as const, name: 'Security Council', names: ['Security Council'] },
    { id: 'varnia', type: 'PLACE' as const, name: 'Varnia', names: ['Varnia'] },
  ];
  const quotesOf = (s: string) => runQuotes(withEntities(docOf(`Talks\n\n${s}`), specs));

  it('a bare verb the content\'s modal governs is more of the content ("should respect … and seek …")', () => {
    const q = quoteContaining(quotesOf('Tom Hart said that the two countries should respect each other and seek lasting cooperation.'), 'respect each other');
    expect(q?.text).toBe('that the two countries should respect each other and seek lasting cooperation');
  });

  it('a past verb after "and" is still the speaker\'s next act', () => {
    const q = quoteContaining(quotesOf('Tom Hart said that the two countries should respect each other and urged calm.'), 'respect each other');
    expect(q?.text).toBe('that the two countries should respect each other');
  });

  it('"CLAUSE, X said, expressing the hope that …": the fronted clause stops at the cue', () => {
    const quotes = quotesOf('The border question bears on national sovereignty, Hart said, expressing the hope that Varnia will act with prudence.');
    expect(quoteStarting(quotes, 'The border question')).toMatchObject({ speaker: 'hart', text: 'The border question bears on national sovereignty' });
  });

  it('"said at least 13 people had been killed": a count opens the content', () => {
    expect(quoteContaining(quotesOf('Tom Hart said at least 13 people had been killed in clashes since Tuesday.'), '13 people')).toMatchObject({ speaker: 'hart', text: 'at least 13 people had been killed in clashes since Tuesday' });
  });

  it('"said at a rally that …" is still a place before the content', () => {
    expect(quoteContaining(quotesOf('Tom Hart said at a rally that the vote was rigged.'), 'the vote')?.text).toBe('that the vote was rigged');
  });

  it('"CLAUSE, diplomats said, at the request of Varnia": the phrase after the cue is no content', () => {
    const q = quoteStarting(quotesOf('The Security Council is to discuss the ruling next week, diplomats said, at the request of Varnia.'), 'The Security Council');
    expect(q).toMatchObject({ speakerText: 'diplomats', text: 'The Security Council is to discuss the ruling next week' });
    expect(q?.speaker).toBeUndefined();
  });

  it('"said leave of security personnel had been cancelled": a noun read as a verb opens the content', () => {
    expect(quoteContaining(quotesOf('Officials said leave of security personnel had been cancelled.'), 'leave of')).toMatchObject({ speakerText: 'Officials', text: 'leave of security personnel had been cancelled' });
  });

  it('"said leave to appeal" is no clause: nothing reported', () => {
    expect(quoteContaining(quotesOf('Hart said leave to appeal.'), 'leave')).toBeUndefined();
  });

  it('"told crowds rallying outside parliament that …": the participle on the addressee is skipped', () => {
    const q = quoteContaining(quotesOf('Hart told tens of thousands of people rallying outside parliament in the capital that his country would leave the alliance.'), 'his country would');
    expect(q).toMatchObject({ speaker: 'hart', text: 'that his country would leave the alliance' });
  });
});
