/**
 * Descriptions as speakers: "the 65-year-old leader said", "the veteran president told supporters",
 * "the former banker said" stand for a person the article has named. Our own paragraphs; entities
 * (with the roles and titles the link stage would give) are set by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/analyze/doc.js';
import { docOf, quoteStarting, runQuotes, withEntities, type EntitySpec } from './helpers.js';

type Extra = { role?: string; titles?: string[]; country?: string };

function build(text: string, specs: Array<EntitySpec & Extra>): Doc {
  const doc = withEntities(docOf(text), specs);
  for (const sp of specs) {
    const e = doc.entities.find((x) => x.id === sp.id);
    if (!e) continue;
    if (sp.role) e.role = sp.role;
    if (sp.titles) e.titles = sp.titles;
    if (sp.country) e.country = sp.country;
  }
  return doc;
}

describe('a description of an office stands for its holder', () => {
  const text = [
    'Vote called',
    'Prime Minister Ola Brenn resigned last week. President Halvard Rusk of Norland dissolved parliament on Monday. Finance Minister Ines Kalla said she would campaign in every district.',
    'The 65-year-old leader said the country needed a fresh mandate. "We owe voters a choice," the veteran president told supporters in Ostby.',
    'The prime minister said the timing was a mistake.',
  ].join('\n\n');
  const doc = build(text, [
    { id: 'rusk', type: 'PERSON', name: 'Halvard Rusk', names: ['Halvard Rusk'], role: 'President of Norland', country: 'NRL' },
    { id: 'kalla', type: 'PERSON', name: 'Ines Kalla', names: ['Ines Kalla'], role: 'Minister of Finance of Norland', country: 'NRL' },
    { id: 'brenn', type: 'PERSON', name: 'Ola Brenn', names: ['Ola Brenn'], role: 'Prime Minister of Norland', country: 'NRL' },
  ]);
  const quotes = runQuotes(doc);

  it('"the 65-year-old leader" is the last leader named, not the last person named', () => {
    expect(quoteStarting(quotes, 'the country needed')).toMatchObject({ speaker: 'rusk', speakerText: 'The 65-year-old leader', speakerResolved: true });
  });

  it('"the veteran president" is the president', () => {
    expect(quoteStarting(quotes, 'We owe voters')).toMatchObject({ speaker: 'rusk', speakerText: 'the veteran president' });
  });

  it('"the prime minister" is the prime minister even after the president spoke', () => {
    expect(quoteStarting(quotes, 'the timing was')).toMatchObject({ speaker: 'brenn', speakerText: 'The prime minister' });
  });
});

describe('a plain description stands for the person just named', () => {
  it('"the former banker" and "the 58-year-old economist"', () => {
    const doc = build([
      'New minister',
      'The governor of the central bank, Oskar Veld, was named finance minister on Tuesday.',
      'The former banker said he would cut borrowing. "Debt is a tax on our children," the 58-year-old economist told reporters.',
    ].join('\n\n'), [
      { id: 'veld', type: 'PERSON', name: 'Oskar Veld', names: ['Oskar Veld'], titles: ['central bank governor'] },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteStarting(quotes, 'he would cut borrowing')).toMatchObject({ speaker: 'veld', speakerText: 'The former banker', speakerResolved: true });
    expect(quoteStarting(quotes, 'Debt is a tax')).toMatchObject({ speaker: 'veld', speakerText: 'the 58-year-old economist' });
  });

  it('"the former vice president" is the article\'s person, not the sitting vice president', () => {
    const doc = build([
      'Rally',
      'Opposition leader Teodor Amsel held a rally in Varna. Vice President Lidia Brok stayed in the capital.',
      '"We are not going anywhere," the former vice president told supporters.',
    ].join('\n\n'), [
      { id: 'amsel', type: 'PERSON', name: 'Teodor Amsel', names: ['Teodor Amsel', 'Amsel'], titles: ['Opposition leader'] },
      { id: 'brok', type: 'PERSON', name: 'Lidia Brok', names: ['Lidia Brok'], role: 'Vice President of Varnia' },
    ]);
    const q = quoteStarting(runQuotes(doc), 'We are not going');
    expect(q).toMatchObject({ speaker: 'amsel', speakerText: 'the former vice president' });
  });

  it('of the people just named, the one the story is about', () => {
    const doc = build([
      'Race',
      'Candidate Rolf Mayer toured three factories on Tuesday. Mayer promised new jobs, and Mayer\'s aides said he would return.',
      'President Halvard Rusk, campaigning elsewhere, mocked the tour. The businessman said the president was out of touch.',
    ].join('\n\n'), [
      { id: 'mayer', type: 'PERSON', name: 'Rolf Mayer', names: ['Rolf Mayer', 'Mayer'] },
      { id: 'rusk', type: 'PERSON', name: 'Halvard Rusk', names: ['Halvard Rusk'], role: 'President of Norland' },
    ]);
    expect(quoteStarting(runQuotes(doc), 'the president was out')).toMatchObject({ speaker: 'mayer', speakerText: 'The businessman' });
  });

  it('a hyphenated description ("the cricketer-turned-politician")', () => {
    const doc = build('Protest\n\nFormer premier Rafiq Daud led a march on Sunday.\n\nThe cricketer-turned-politician said the march would go on.', [
      { id: 'daud', type: 'PERSON', name: 'Rafiq Daud', names: ['Rafiq Daud'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'the march would')).toMatchObject({ speaker: 'daud' });
  });
});

describe('titles and words the tagger took for names', () => {
  const specs = [
    { id: 'pita', type: 'PERSON' as const, name: 'Lek Pannarai', names: ['Lek Pannarai'], titles: ['Sarnian opposition leader'] },
    { id: 'harvard', type: 'OTHER' as const, name: 'Harvard-educated', names: ['Harvard-educated'] },
  ];
  const quotes = runQuotes(build([
    'Sarnian opposition leader vows to fight ban',
    'Sarnian opposition leader Lek Pannarai vowed on Wednesday to fight the ruling.',
    '"We have done nothing wrong," the Harvard-educated politician told reporters.',
  ].join('\n\n'), specs));

  it('a headline speaker that is the title the article gives one person', () => {
    expect(quoteStarting(quotes, 'to fight ban')).toMatchObject({ speaker: 'pita', speakerText: 'Sarnian opposition leader' });
  });

  it('a headline\'s lone office that one person holds', () => {
    const doc = build('Minister rejects criticism\n\nDefence Minister Ada Roon rejected the report. President Ulf Sand said nothing.', [
      { id: 'roon', type: 'PERSON', name: 'Ada Roon', names: ['Ada Roon'], titles: ['Defence Minister'] },
      { id: 'sand', type: 'PERSON', name: 'Ulf Sand', names: ['Ulf Sand'], titles: ['President'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'criticism')).toMatchObject({ speaker: 'roon', speakerText: 'Minister' });
  });

  it('a description with a word the tagger took for a name', () => {
    expect(quoteStarting(quotes, 'We have done nothing')).toMatchObject({ speaker: 'pita', speakerText: 'the Harvard-educated politician' });
  });
});

describe('"the leader" with no office known', () => {
  it('is the article\'s main person', () => {
    const doc = build([
      'March',
      'Protest organiser Marta Quell led 10,000 people through Ostby on Saturday. Quell wants early elections.',
      'Police said the march was peaceful. "We will be back," the 65-year-old leader told the crowd.',
    ].join('\n\n'), [{ id: 'quell', type: 'PERSON', name: 'Marta Quell', names: ['Marta Quell', 'Quell'] }]);
    expect(quoteStarting(runQuotes(doc), 'We will be back')).toMatchObject({ speaker: 'quell', speakerText: 'the 65-year-old leader' });
  });

  it('but not a particular office ("the minister")', () => {
    const doc = build([
      'March',
      'Protest organiser Marta Quell led 10,000 people through Ostby on Saturday. Quell wants early elections.',
      'The minister said the march was peaceful.',
    ].join('\n\n'), [{ id: 'quell', type: 'PERSON', name: 'Marta Quell', names: ['Marta Quell', 'Quell'] }]);
    expect(quoteStarting(runQuotes(doc), 'the march was peaceful')?.speaker).toBeUndefined();
  });
});

describe('descriptions of someone else', () => {
  const people = [
    { id: 'rusk', type: 'PERSON' as const, name: 'Halvard Rusk', names: ['Halvard Rusk'], role: 'President of Norland' },
  ];

  it('"the president\'s spokesman" is not the president', () => {
    const doc = build('Talks\n\nHalvard Rusk met the envoys on Friday. The president\'s spokesman said the talks were useful.', people);
    const q = quoteStarting(runQuotes(doc), 'the talks were useful');
    expect(q?.speakerText).toBe("The president's spokesman");
    expect(q?.speaker).toBeUndefined();
  });

  it('an indefinite description is someone new', () => {
    const doc = build('Talks\n\nHalvard Rusk met the envoys on Friday. A former banker said the plan would fail.', people);
    const q = quoteStarting(runQuotes(doc), 'the plan would fail');
    expect(q?.speaker).toBeUndefined();
  });

  it('an office no one named holds stays unresolved', () => {
    const doc = build('Talks\n\nHalvard Rusk met the envoys on Friday. The minister said the plan would fail.', people);
    const q = quoteStarting(runQuotes(doc), 'the plan would fail');
    expect(q?.speakerText).toBe('The minister');
    expect(q?.speaker).toBeUndefined();
  });

  it('a party or place word the person\'s titles lack, or a noun making another office', () => {
    const doc = build([
      'Race',
      'Republican nominee Dana Wolk and Libertarian nominee Gus Ohm debated on Monday. Former president Hal Brand watched.',
      'The Democratic nominee said the debate was a farce. The band leader said he had enjoyed it.',
    ].join('\n\n'), [
      { id: 'wolk', type: 'PERSON', name: 'Dana Wolk', names: ['Dana Wolk'], titles: ['Republican nominee'] },
      { id: 'ohm', type: 'PERSON', name: 'Gus Ohm', names: ['Gus Ohm'], titles: ['Libertarian nominee'] },
      { id: 'brand', type: 'PERSON', name: 'Hal Brand', names: ['Hal Brand'], role: 'President of Norland' },
    ]);
    const quotes = runQuotes(doc);
    expect(quoteStarting(quotes, 'the debate was a farce')?.speaker).toBeUndefined();
    expect(quoteStarting(quotes, 'he had enjoyed it')?.speaker).toBeUndefined();
  });

  it('the description\'s gender', () => {
    const doc = build('Race\n\nSenator Ana Pell spoke first. "We will win," she said.\n\nThe businessman said the race was close.', [
      { id: 'pell', type: 'PERSON', name: 'Ana Pell', names: ['Ana Pell'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'the race was close')?.speaker).toBeUndefined();
  });

  it('a country word in the description is not the speaker', () => {
    const doc = build('Talks\n\nHalvard Rusk met the envoys on Friday. The Ostrian envoy said the plan would fail.', [
      ...people,
      { id: 'ostria', type: 'PLACE', name: 'Ostria', names: ['Ostrian'] },
    ]);
    const q = quoteStarting(runQuotes(doc), 'the plan would fail');
    expect(q?.speakerText).toBe('The Ostrian envoy');
    expect(q?.speaker).toBeUndefined();
  });
});

describe('ranks in titles', () => {
  it('"the admiral" is the person whose title says "Adm."', () => {
    const doc = build('Border\n\nNavy spokesman Adm. Piet Aalders met reporters in Ostby on Monday.\n\nThe admiral said two soldiers had been wounded.', [
      { id: 'aalders', type: 'PERSON', name: 'Piet Aalders', names: ['Piet Aalders'], titles: ['Navy spokesman Adm.'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'two soldiers')).toMatchObject({ speaker: 'aalders', speakerText: 'The admiral' });
  });

  it('"the general" (which the tagger calls an adjective) is the person whose title says "Maj Gen"', () => {
    const doc = build('Border\n\nArmy spokesman Maj Gen Piet Aalders met reporters in Ostby on Monday.\n\nThe general said two soldiers had been wounded.', [
      { id: 'aalders', type: 'PERSON', name: 'Piet Aalders', names: ['Piet Aalders'], titles: ['Army spokesman Maj Gen'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'two soldiers')).toMatchObject({ speaker: 'aalders', speakerText: 'The general' });
  });

  it('"the senator" is the person whose title says "Sen."', () => {
    const doc = build('Vote\n\nSen. Mara Vogt voted against the bill on Friday.\n\nThe senator said the bill was rushed.', [
      { id: 'vogt', type: 'PERSON', name: 'Mara Vogt', names: ['Mara Vogt'], titles: ['Sen.'] },
    ]);
    expect(quoteStarting(runQuotes(doc), 'the bill was rushed')).toMatchObject({ speaker: 'vogt', speakerText: 'The senator' });
  });
});

describe('an age and a new noun stand for the person the story is about', () => {
  const text = [
    'Berg takes oath as interim leader, Moen cuts ties',
    'The head of the Norland assembly, Anna Berg, on Monday swore herself in as interim leader before a large crowd, and Varnian President Tom Hart backed her within minutes.',
    'Erik Moen answered by cutting relations with Varnia. Moen said Moen would stay. Moen called the move a coup.',
    '"From today I serve the people," the 35-year-old engineer told the crowd.',
    '"We will not be divided," the 35-year-old engineers told the crowd.',
  ].join('\n\n');
  const doc = build(text, [
    { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg', 'Berg'] },
    { id: 'moen', type: 'PERSON', name: 'Erik Moen', names: ['Erik Moen', 'Moen'] },
    { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'], titles: ['Varnian President'], country: 'VRN' },
  ]);
  const quotes = runQuotes(doc);

  it('"the 35-year-old engineer" is the headline and lead subject, not the person named more often just before', () => {
    expect(quoteStarting(quotes, 'From today')).toMatchObject({ speaker: 'berg', speakerText: 'the 35-year-old engineer', speakerResolved: true });
  });

  it('a plural ("the 35-year-old engineers") is no one person', () => {
    expect(quoteStarting(quotes, 'We will not')?.speaker).toBeUndefined();
  });

  it('an age the article gave someone else rules that person out', () => {
    const other = build([
      'Vote in Norland',
      'Erik Moen, 61, called the vote a fraud. Anna Berg said nothing.',
      '"The count was clean," the 61-year-old lawyer said.',
    ].join('\n\n'), [
      { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg'] },
      { id: 'moen', type: 'PERSON', name: 'Erik Moen', names: ['Erik Moen'] },
    ]);
    expect(quoteStarting(runQuotes(other), 'The count')).toMatchObject({ speaker: 'moen' });
  });
});

describe('a president-elect and a bare minister', () => {
  const text = [
    'Test condemned',
    'President Tom Hart called the test a provocation. President-elect Anna Berg, who takes office next month, said it was a threat.',
    'The 61-year-old president-elect said the North would gain nothing. The president said sanctions would follow.',
    'Foreign Minister Ines Kalla and her counterpart Lars Eide met on Monday.',
    'Kalla said Prime Minister Ola Brenn apologised to the victims. The government regrets the pain, the 58-year-old minister said.',
  ].join('\n\n');
  const doc = build(text, [
    { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'], titles: ['President'] },
    { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg'] },
    { id: 'kalla', type: 'PERSON', name: 'Ines Kalla', names: ['Ines Kalla', 'Kalla'], titles: ['Foreign Minister'] },
    { id: 'eide', type: 'PERSON', name: 'Lars Eide', names: ['Lars Eide'], role: 'Minister of Foreign Affairs of Varnia' },
    { id: 'brenn', type: 'PERSON', name: 'Ola Brenn', names: ['Ola Brenn'], titles: ['Prime Minister'] },
  ]);
  const quotes = runQuotes(doc);

  it('"the 61-year-old president-elect" is the one printed "President-elect" before the name', () => {
    expect(quoteStarting(quotes, 'the North would')).toMatchObject({ speaker: 'berg', speakerText: 'The 61-year-old president-elect' });
  });

  it('"the president" is the sitting president, not the president-elect', () => {
    expect(quoteStarting(quotes, 'sanctions would')).toMatchObject({ speaker: 'hart' });
  });

  it('"the 58-year-old minister" is the minister who spoke, not the prime minister she quoted', () => {
    expect(quoteStarting(quotes, 'The government regrets')).toMatchObject({ speaker: 'kalla', speakerText: 'the 58-year-old minister' });
  });
});

describe('a bare office is the home country\'s holder, never another country\'s', () => {
  const specs = (): Array<EntitySpec & Extra> => [
    { id: 'ostby', type: 'PLACE', name: 'Ostby', names: ['OSTBY', 'Ostby'], country: 'NRL' },
    { id: 'varnia', type: 'PLACE', name: 'Varnia', names: ['Varnia'], country: 'VRN' },
    { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'], titles: ['Varnia Prime Minister'], role: 'Prime Minister of Varnia', country: 'VRN', descriptions: ['The Prime Minister'] },
  ];

  it('"The Prime Minister" capitalised is the prime minister the story named, not the linker\'s later foreign one', () => {
    const doc = build([
      'Berg sworn in',
      'OSTBY, May 10 -- Anna Berg was sworn in as Prime Minister of Norland in Ostby tonight.',
      'The Prime Minister said the queen had agreed to a pardon.',
      'Varnia Prime Minister Tom Hart congratulated Berg.',
    ].join('\n\n'), [...specs(), { id: 'berg', type: 'PERSON', name: 'Anna Berg', names: ['Anna Berg', 'Berg'], role: 'Prime Minister of Norland', country: 'NRL' }]);
    expect(quoteStarting(runQuotes(doc), 'the queen had')).toMatchObject({ speaker: 'berg', speakerText: 'The Prime Minister' });
  });

  it('a foreign envoy the linker named by the description and the apposition after it stays', () => {
    const doc = build([
      'Truce signed',
      'OSTBY, May 10 -- A truce was signed in Ostby tonight.',
      '"Both sides have agreed to stop fighting," the union\'s envoy, former Varnia president Tom Hart, told reporters.',
    ].join('\n\n'), [...specs().filter((x) => x.id !== 'hart'), { id: 'hart', type: 'PERSON', name: 'Tom Hart', names: ['Tom Hart'], titles: ['former Varnia president'], country: 'VRN', descriptions: ["the union's envoy"] }]);
    expect(quoteStarting(runQuotes(doc), 'Both sides')).toMatchObject({ speaker: 'hart' });
  });

  it('with no prime minister named before, the foreign one the linker guessed is dropped', () => {
    const doc = build([
      'Pardon granted',
      'OSTBY, May 10 -- A pardon was granted in Ostby tonight.',
      'The Prime Minister said the queen had agreed to a pardon.',
      'Varnia Prime Minister Tom Hart welcomed it.',
    ].join('\n\n'), specs());
    const q = quoteStarting(runQuotes(doc), 'the queen had');
    expect(q?.speakerText).toBe('The Prime Minister');
    expect(q?.speaker).toBeUndefined();
  });
});
