/**
 * Reported-speech structures read by the quote stage: a long apposition between a quote and its
 * cue, a question's cue in the next sentence, "according to" inside a clause, hanging participle
 * cues, gerund objects, and the speaking pronoun after a paragraph that reports others' words.
 * Every sentence here is our own.
 */
import { describe, expect, it } from 'vitest';
import { docOf, quoteContaining, quoteStarting, runQuotes, withEntities } from './helpers.js';

describe('speakers set off by an apposition', () => {
  it('\'"…," NAME, the head of a panel that oversees …, told reporters\': the named person', () => {
    const doc = withEntities(docOf('Fishing\n\n"This is a sensible pause, and it gives both sides time to think," Anna Berg, the head of the parliamentary committee that oversees fishing policy, told reporters.'), [
      { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg'] },
    ]);
    const q = quoteContaining(runQuotes(doc), 'sensible pause');
    expect(q).toMatchObject({ kind: 'direct', speaker: 'berg' });
    expect(q?.addresseeText).toBe('reporters');
  });

  it('\'DESCRIPTION, NAME, wrote\': the name, not the description', () => {
    const doc = withEntities(docOf('Fishing\n\n"We will not sign a bad deal," Norway\'s fisheries minister, Ingrid Solberg, wrote on Facebook.'), [
      { id: 'solberg', type: 'PERSON', name: 'Ingrid Solberg', names: ['Ingrid Solberg'] },
      { id: 'nor', type: 'PLACE', name: 'Norway', names: ['Norway'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'bad deal')).toMatchObject({ kind: 'direct', speaker: 'solberg', speakerText: 'Ingrid Solberg' });
    // Where she wrote is no content of hers.
    expect(quotes.some((q) => q.text === 'Facebook')).toBe(false);
  });

  it('a question ends the sentence: its cue is the next one, and no indirect quote is made of it', () => {
    const doc = withEntities(docOf('Fishing\n\nThe talks broke off on Monday.\n\n"Why would anyone sign that?" Norway\'s fisheries minister, Ingrid Solberg, wrote on her blog.'), [
      { id: 'solberg', type: 'PERSON', name: 'Ingrid Solberg', names: ['Ingrid Solberg'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'Why would anyone')).toMatchObject({ kind: 'direct', speaker: 'solberg' });
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('a question followed by a sentence of its own keeps no cue from it', () => {
    const doc = withEntities(docOf('Fishing\n\n"Is that fair?" Ingrid Solberg said the quota was too small.'), [
      { id: 'solberg', type: 'PERSON', name: 'Ingrid Solberg', names: ['Ingrid Solberg'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'Is that fair')?.cue).toBeUndefined();
    expect(quoteContaining(quotes, 'the quota was too small')).toMatchObject({ kind: 'indirect', speaker: 'solberg' });
  });
});

describe('"according to" inside the clause', () => {
  it('"SUBJECT, according to X, VERB …": the whole clause is the content', () => {
    const doc = withEntities(docOf('Budget\n\nThe deficit, according to the finance ministry, will narrow sharply next year.'), [
      { id: 'mof', type: 'ORG', name: 'finance ministry', names: ['the finance ministry'] },
    ]);
    const q = quoteContaining(runQuotes(doc), 'will narrow sharply');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'mof', cue: 'according to the finance ministry' });
    expect(q?.text.startsWith('The deficit')).toBe(true);
  });

  it('"CLAUSE, according to X, PARTICIPLE …": the clause before the source only', () => {
    const doc = withEntities(docOf('Prices\n\nPrices rose by 4 percent in May, according to the statistics office, driven by fuel.'), [
      { id: 'stat', type: 'ORG', name: 'statistics office', names: ['the statistics office'] },
    ]);
    const q = quoteContaining(runQuotes(doc), 'Prices rose');
    expect(q?.text).toBe('Prices rose by 4 percent in May');
  });

  it('"According to X, A, while B": the source frames B too', () => {
    const doc = withEntities(docOf('Talks\n\nAccording to Tom Hart, Erik Moen raised the fishing dispute twice, while Olav Berg denied that his boats had crossed the line.'), [
      { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'] },
      { id: 'moen', type: 'PERSON', name: 'Erik Moen', names: ['Erik Moen'] },
      { id: 'berg', type: 'PERSON', name: 'Olav Berg', names: ['Olav Berg'] },
    ]);
    const q = runQuotes(doc).find((x) => x.speaker === 'hart');
    expect(q?.text).toContain('while Olav Berg denied');
  });
});

describe('the speaking pronoun after reported words', () => {
  const specs = [
    { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart'] },
    { id: 'moen', type: 'PERSON' as const, name: 'Erik Moen', names: ['Erik Moen'] },
    { id: 'berg', type: 'PERSON' as const, name: 'Olav Berg', names: ['Olav Berg'] },
  ];

  it('"According to X, A did …, while B denied …. "…," he told reporters": X, not the last name', () => {
    const doc = withEntities(docOf('Talks\n\nThe two ministers met in Oslo on Friday.\n\nAccording to Tom Hart, Erik Moen raised the fishing dispute twice, while Olav Berg denied that his boats had crossed the line. "The two of them got on well," he told reporters afterwards.'), specs);
    expect(quoteContaining(runQuotes(doc), 'got on well')).toMatchObject({ speaker: 'hart', speakerText: 'he' });
  });

  it('"X said A had resigned. He added …": the speaker, not the one spoken of', () => {
    const doc = withEntities(docOf('Talks\n\nTom Hart said Erik Moen had resigned on Thursday. He added that a successor would be named soon.'), specs);
    expect(quoteContaining(runQuotes(doc), 'a successor would be named')).toMatchObject({ speaker: 'hart' });
  });

  it('with no one else to stand for, the pronoun may still be someone reported on', () => {
    const doc = withEntities(docOf('Talks\n\nOlav Berg has resigned, the ministry said. He said he was innocent.'), [
      ...specs,
      { id: 'min', type: 'ORG', name: 'ministry', names: ['the ministry'] },
    ]);
    expect(quoteContaining(runQuotes(doc), 'he was innocent')).toMatchObject({ speaker: 'berg' });
  });
});

describe('hanging participle cues and gerund objects', () => {
  const specs = [{ id: 'gov', type: 'PERSON' as const, name: 'Ruth Lang', names: ['Ruth Lang'] }];

  it('", promising to …" and ", warning that …" borrow the clause\'s subject', () => {
    const doc = withEntities(docOf('Farm\n\nRuth Lang spoke to farmers in Ames, promising to cut fuel taxes and open more land to grazing.\n\nRuth Lang toured the flooded district, warning that more rain was on the way.'), specs);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'to cut fuel taxes')).toMatchObject({ kind: 'indirect', speaker: 'gov', cue: 'promising' });
    expect(quoteContaining(quotes, 'more rain was on the way')).toMatchObject({ kind: 'indirect', speaker: 'gov', cue: 'warning' });
  });

  it('a warning that is a noun with no cue before it stays narrative', () => {
    const doc = withEntities(docOf('Farm\n\nThe warning that more rain was coming reached the valley late.'), specs);
    expect(runQuotes(doc)).toEqual([]);
  });

  it('"proposes scrapping …", "admitted taking …": the gerund clause is the content', () => {
    const doc = withEntities(docOf('Farm\n\nRuth Lang proposes scrapping the fuel tax entirely. Ruth Lang admitted taking the money, but said it was a loan.'), specs);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'scrapping the fuel tax')?.text).toBe('scrapping the fuel tax entirely');
    expect(quoteContaining(quotes, 'taking the money')?.text).toBe('taking the money');
  });

  it('a gerund after a verb that reports nothing is no quote', () => {
    const doc = withEntities(docOf('Farm\n\nRuth Lang stopped paying the fuel tax in May.'), specs);
    expect(runQuotes(doc)).toEqual([]);
  });
});

describe('more verbs that report: expectations, decisions, votes, rulings, questions', () => {
  const specs = [
    { id: 'lang', type: 'PERSON' as const, name: 'Ruth Lang', names: ['Ruth Lang', 'Lang'] },
    { id: 'court', type: 'ORG' as const, name: 'appeals court', names: ['The appeals court'] },
  ];
  const content = (text: string, words: string): string | undefined => quoteContaining(runQuotes(withEntities(docOf(`Farm\n\n${text}`), specs)), words)?.text;

  it('"expects X to …", "hopes to …": the infinitive (with the one expected)', () => {
    expect(content('Lang expects the central bank to raise rates in June.', 'raise rates')).toBe('the central bank to raise rates in June');
    expect(content('Lang hopes to offset the emissions with credits.', 'offset')).toBe('to offset the emissions with credits');
  });

  it('"decided not to …", "decided against …", "voted to …", "voted against …"', () => {
    expect(content('Lang decided not to pursue charges against her.', 'pursue')).toBe('not to pursue charges against her');
    expect(content('Lang decided against recommending charges.', 'recommending')).toBe('recommending charges');
    expect(content('Lang voted to send the bill to the full house.', 'send the bill')).toBe('to send the bill to the full house');
    expect(content('Lang voted against the farm bill.', 'farm bill')).toBe('the farm bill');
  });

  it('"voted for X" is a ballot, no quote', () => {
    expect(runQuotes(withEntities(docOf('Farm\n\nLang voted for the farm bill.'), specs))).toEqual([]);
  });

  it('"ruled that …", "agreed it was …"', () => {
    expect(content("The appeals court ruled that the state's practice was unlawful.", 'unlawful')).toBe("that the state's practice was unlawful");
    expect(content('Lang agreed it was still a costly plan.', 'costly plan')).toBe('it was still a costly plan');
  });

  it('"the Clean Air Act rules that …" are rules, not a ruling', () => {
    expect(runQuotes(withEntities(docOf('Farm\n\nThe Clean Air Act rules that took effect in May closed two plants.'), specs))).toEqual([]);
  });

  it('a question after the verb or its addressee: "questioned whether …", "told the host how …"', () => {
    expect(content('Lang questioned whether the plant was safe.', 'plant was safe')).toBe('whether the plant was safe');
    expect(content('Lang told the radio host on Thursday how surprised she was by the result.', 'surprised')).toBe('how surprised she was by the result');
    expect(content('Lang pressed the minister on how the dam would be paid for.', 'the dam')).toBe('how the dam would be paid for');
  });

  it('"called Friday for …": a day between the verb and its preposition', () => {
    expect(content('Lang called Friday for releasing the videos.', 'videos')).toBe('releasing the videos');
  });
});

describe('"X\'s claim that …" and other owned speech nouns', () => {
  const specs = [{ id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart', 'Hart'] }];
  const quotes = (text: string): ReturnType<typeof runQuotes> => runQuotes(withEntities(docOf(`Bridge\n\n${text}`), specs));

  it('as the subject: the clause ends before the sentence\'s own verb', () => {
    expect(quoteContaining(quotes("Hart's claim that the bridge was safe drew ridicule from engineers."), 'bridge was safe')).toMatchObject({ text: 'that the bridge was safe', speaker: 'hart' });
    expect(quoteContaining(quotes("Hart's conclusion that courts should not try to judge a document's value to voters is not widely shared."), 'courts')?.text)
      .toBe("that courts should not try to judge a document's value to voters");
  });

  it('"that" the tagger reads as a pronoun still opens the clause; a relative "that" does not', () => {
    expect(quotes('His claim that he had been audited was false, Tom Hart wrote.').find((q) => q.cue === 'His claim')?.text).toBe('that he had been audited');
    expect(quotes('His claim that was rejected by the court is now moot.').filter((q) => q.text.startsWith('that was'))).toEqual([]);
  });

  it('in an opening phrase: the clause ends at the phrase\'s comma', () => {
    expect(quoteContaining(quotes("Contrary to Hart's claim that voters would learn nothing, the records would show a great deal."), 'learn nothing')?.text)
      .toBe('that voters would learn nothing');
  });

  it('as an object: the clause runs to the end', () => {
    expect(quotes("Critics dismissed Hart's claim that the bridge was safe and would reopen soon.").find((q) => q.cue === "Hart's claim")?.text)
      .toBe('that the bridge was safe and would reopen soon');
  });
});

describe('cues the tagger blurs', () => {
  const specs = [
    { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart', 'Hart'] },
    { id: 'ag', type: 'PERSON' as const, name: 'Ruth Lang', names: ['Ruth Lang'], descriptions: ['The state attorney general'] },
  ];
  const quotes = (text: string): ReturnType<typeof runQuotes> => runQuotes(withEntities(docOf(`Charity\n\n${text}`), specs));

  it('"that" read as a determiner before a clause: "Hart charges that countries that stand to gain … gave"', () => {
    expect(quoteContaining(quotes('Hart charges that countries that stand to gain from the deal gave money to the foundation.'), 'gave money')?.text)
      .toBe('that countries that stand to gain from the deal gave money to the foundation');
    expect(quoteContaining(quotes('Shippers complain bitterly that fees are too high.'), 'fees')?.text).toBe('that fees are too high');
  });

  it('"the attorney general is confirming that …": a title ending in "general"', () => {
    expect(quoteContaining(quotes('The state attorney general is confirming that the foundation is not registered.'), 'not registered'))
      .toMatchObject({ speaker: 'ag', text: 'that the foundation is not registered' });
  });

  it('"he appeared to suggest that …": the subject of the verb before "to"', () => {
    expect(quoteContaining(quotes('Tom Hart drew criticism after he appeared to suggest that veterans were weak.'), 'veterans'))
      .toMatchObject({ speaker: 'hart', text: 'that veterans were weak' });
  });

  it('"declined to comment" takes no clause before it', () => {
    expect(quotes('Through a spokesman, Tom Hart declined to comment.').filter((q) => q.text.includes('spokesman'))).toEqual([]);
  });
});

describe('the subject behind an apposition', () => {
  it('"NAME, the host, was less upbeat. "…," he told reporters": the subject, not the speaker before', () => {
    const doc = withEntities(docOf('Talks\n\nTom Hart said the talks with Erik Moen had gone well. Olav Berg, the host, was less upbeat. "Nothing was agreed," he told reporters.'), [
      { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'] },
      { id: 'moen', type: 'PERSON', name: 'Erik Moen', names: ['Erik Moen'] },
      { id: 'berg', type: 'PERSON', name: 'Olav Berg', names: ['Olav Berg'] },
    ]);
    expect(quoteContaining(runQuotes(doc), 'Nothing was agreed')).toMatchObject({ speaker: 'berg', speakerText: 'he' });
  });
});

describe('attitudes with a that-clause', () => {
  const specs = [{ id: 'lang', type: 'PERSON' as const, name: 'Ruth Lang', names: ['Ruth Lang'] }];
  const quotes = (text: string): ReturnType<typeof runQuotes> => runQuotes(withEntities(docOf(`Schools\n\n${text}`), specs));

  it('"was frustrated that …", "is so frustrated that …"', () => {
    expect(quoteContaining(quotes('Ruth Lang was frustrated that the police released only some of the footage.'), 'footage'))
      .toMatchObject({ speaker: 'lang', text: 'that the police released only some of the footage' });
    expect(quoteContaining(quotes('Ruth Lang is so frustrated that the state is cutting school funds.'), 'school funds')?.text)
      .toBe('that the state is cutting school funds');
  });

  it('a result clause after an adjective of degree is no attitude ("so tired that she slept")', () => {
    expect(quotes('Ruth Lang was so tired that she slept through the vote.')).toEqual([]);
  });
});

describe('a source after the statement', () => {
  it('"X said CLAUSE, according to a transcript": the clause stops before the source', () => {
    const doc = withEntities(docOf('Plant\n\nTom Hart said the plant would close, according to a transcript released by his office.'), [
      { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'] },
    ]);
    expect(runQuotes(doc).find((q) => q.speaker === 'hart')?.text).toBe('the plant would close');
  });
});

describe('two speakers joined by "and", and a verb joined to a fronted statement', () => {
  const specs = [
    { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Prime Minister Tom Hart', 'Tom Hart'], descriptions: ['the prime minister'] },
    { id: 'moen', type: 'PERSON' as const, name: 'Erik Moen', names: ['President Erik Moen', 'Erik Moen'] },
    { id: 'union', type: 'ORG' as const, name: 'Dock Workers Union', names: ['the union'] },
    { id: 'police', type: 'ORG' as const, name: 'Oslo Police', names: ["the city's police"] },
    { id: 'oslo', type: 'PLACE' as const, name: 'Oslo', names: ['Oslo'] },
  ];
  const quotes = (text: string): ReturnType<typeof runQuotes> => runQuotes(withEntities(docOf(`Talks\n\n${text}`), specs));

  it('"CLAUSE, the union and the city\'s police have said": both are the speaker phrase, the first for the entity', () => {
    const q = quoteContaining(quotes("A dock worker has been injured in an attack on his home in Oslo, the union and the city's police have said."), 'injured');
    expect(q).toMatchObject({ speaker: 'union', speakerText: "the union and the city's police" });
    expect(q?.text.startsWith('A dock worker')).toBe(true);
  });

  it('"A and B held talks and agreed to …, the prime minister said": all of it his, the agreement theirs', () => {
    const qs = quotes('Prime Minister Tom Hart and President Erik Moen held talks on Monday and agreed to start preparing a hotline between the two navies, the prime minister said.');
    expect(qs.find((q) => q.cue === 'the prime minister said')?.text).toContain('and agreed to start preparing a hotline between the two navies');
    expect(qs.find((q) => q.cue === 'agreed')).toMatchObject({ speaker: 'hart', text: 'to start preparing a hotline between the two navies' });
  });

  it('a list before a passive is no pair of speakers', () => {
    expect(quotes('His dislike of tariffs, quotas and the old treaty is well known.').filter((q) => q.speakerText?.includes('and'))).toEqual([]);
  });
});

describe('a paragraph of words after "X added:" with their marks lost', () => {
  const specs = [{ id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart'] }];

  it('is what X said', () => {
    const doc = withEntities(docOf('Plan\n\nTom Hart added:\n\nThe plan will fail. It is far too costly, and nobody wants it.'), specs);
    expect(quoteContaining(runQuotes(doc), 'The plan will fail')).toMatchObject({ speaker: 'hart', text: 'The plan will fail. It is far too costly, and nobody wants it.' });
  });

  it('not after a colon with no speaker ("The demands:"), nor when the paragraph has its own marks', () => {
    expect(runQuotes(withEntities(docOf('Plan\n\nThe demands were these:\n\nLower taxes and more jobs for the port.'), specs))).toEqual([]);
    const quoted = runQuotes(withEntities(docOf('Plan\n\nTom Hart added:\n\n"The plan will fail."'), specs));
    expect(quoted.map((q) => q.text)).toEqual(['The plan will fail.']);
  });
});

describe('a place inside a participle phrase is no speaker', () => {
  const specs = [
    { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Tom Hart'] },
    { id: 'ostby', type: 'PLACE' as const, name: 'Ostby', names: ['Ostby'] },
    { id: 'norland', type: 'PLACE' as const, name: 'Norland', names: ['Norland'] },
    { id: 'agency', type: 'ORG' as const, name: 'Border Control Investigations', names: ['Border Control Investigations'] },
  ];

  it('"Hart, addressing a rally in Ostby, Norland, said": Hart, not Ostby', () => {
    const doc = withEntities(docOf('Rally\n\nPrime Minister Tom Hart, addressing a rally in Ostby, Norland, said the country was in safe hands.'), specs);
    expect(quoteStarting(runQuotes(doc), 'the country was')).toMatchObject({ speaker: 'hart', speakerText: 'Prime Minister Tom Hart' });
  });

  it('"Officials at Border Control Investigations, a unit of the ministry, said": the body, not a skip past it', () => {
    const doc = withEntities(docOf('Visas\n\nOfficials at Border Control Investigations, a unit of the ministry, said the program was open to abuse.'), specs);
    expect(quoteStarting(runQuotes(doc), 'the program was')).toMatchObject({ speaker: 'agency' });
  });
});

describe('a place the subject is based or fighting in, or that leads it', () => {
  const specs = [
    { id: 'varnia', type: 'PLACE' as const, name: 'Varnia', names: ['Varnia', 'Varnia-led'] },
    { id: 'ostria', type: 'PLACE' as const, name: 'Ostria', names: ['Ostria'] },
  ];

  it('"A Varnia-led coalition fighting in Ostria said": neither place speaks', () => {
    const doc = withEntities(docOf('Alliance\n\nA Varnia-led coalition fighting in Ostria also said it was expelling Norland from the alliance.'), specs);
    const q = quoteStarting(runQuotes(doc), 'it was expelling');
    expect(q?.speakerText).toBe('A Varnia-led coalition');
    expect(q?.speaker).toBeUndefined();
  });

  it('"Varnia said" is still Varnia', () => {
    const doc = withEntities(docOf('Alliance\n\nVarnia also said it was expelling Norland from the alliance.'), specs);
    expect(quoteStarting(runQuotes(doc), 'it was expelling')).toMatchObject({ speaker: 'varnia' });
  });
});

describe('subjects the tagger or an apposition hides', () => {
  it('"the military said" with "military" read as an adjective', () => {
    const doc = withEntities(docOf('Coup\n\nIn a statement the military said it would hold a new "free and fair" election once the emergency ended.'), []);
    const quotes = runQuotes(doc);
    expect(quoteContaining(quotes, 'it would hold')).toMatchObject({ kind: 'indirect', speakerText: 'the military' });
    expect(quoteStarting(quotes, 'free and fair')).toMatchObject({ kind: 'partial', speakerText: 'the military' });
  });

  it('"the military leaders said": the adjective stays inside the phrase', () => {
    const doc = withEntities(docOf('Coup\n\nThe military leaders said they would hold a new election.'), []);
    expect(quoteContaining(runQuotes(doc), 'they would hold')).toMatchObject({ speakerText: 'The military leaders' });
  });

  it('"Minister Anna Berg of the Greens, Hart\'s partner, said": the minister, not the party', () => {
    const doc = withEntities(docOf('Coalition\n\nEconomy Minister Anna Berg of the Greens, Hart\'s remaining coalition partner, said the breakup felt "wrong and unnecessary" at a bad time.'), [
      { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg'] },
      { id: 'greens', type: 'ORG', name: 'Greens', names: ['Greens'] },
      { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Hart'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteStarting(quotes, 'wrong and unnecessary')).toMatchObject({ kind: 'partial', speaker: 'berg' });
    expect(quoteContaining(quotes, 'the breakup felt')).toMatchObject({ kind: 'indirect', speaker: 'berg' });
  });
});

describe('a subject with a relative clause', () => {
  const specs = [{ id: 'ostby', type: 'PLACE' as const, name: 'Ostby', names: ['Ostby'] }, { id: 'hart', type: 'PERSON' as const, name: 'Tom Hart', names: ['Hart'] }];

  it('"crowds who had been camped outside …, Ostby, since Saturday said": the crowds', () => {
    const doc = withEntities(docOf('Sit-in\n\nBut crowds who had been camped outside the army headquarters in the capital, Ostby, since Saturday said they would not leave until a civilian government took over.'), specs);
    expect(quoteContaining(runQuotes(doc), 'they would not leave')).toMatchObject({ speakerText: 'crowds' });
  });

  it('"Protesters who marched in Ostby on Monday said": the protesters, not the place', () => {
    const doc = withEntities(docOf('March\n\nProtesters who marched in Ostby on Monday said they would return.'), specs);
    const q = quoteContaining(runQuotes(doc), 'they would return');
    expect(q?.speakerText).toBe('Protesters');
    expect(q?.speaker).toBeUndefined();
  });

  it('"the man who Hart said was the leader": Hart speaks', () => {
    const doc = withEntities(docOf('Arrest\n\nPolice arrested the man who Hart said was the leader of the gang.'), specs);
    expect(quoteContaining(runQuotes(doc), 'the leader')).toMatchObject({ speaker: 'hart' });
  });
});
