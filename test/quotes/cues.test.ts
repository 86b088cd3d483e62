/**
 * Reported speech the tagger makes hard to see, and structures around a cue verb: a verb of saying
 * or finding read as a noun ("The institute estimates that …"), a verb joined by "and" to its
 * clause's subject, gerund and participle objects, bare clauses after verbs of complaint or
 * admission. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, quoteStarting, runQuotes, withEntities } from './helpers.js';

function quotesOf(...paragraphs: string[]): Quote[] {
  return runQuotes(docOf(['Headline', ...paragraphs].join('\n\n')));
}

const indirect = (qs: Quote[]): Quote[] => qs.filter((q) => q.kind === 'indirect');

describe('a cue verb the tagger called a noun', () => {
  it('"The Budget Institute estimates that …"', () => {
    const q = quoteStarting(quotesOf('The Budget Institute estimates that the new levy would raise four billion crowns a year.'), 'that the new levy');
    expect(q?.kind).toBe('indirect');
    expect(q?.speakerText).toBe('The Budget Institute');
  });

  it('"a review panel in 2019 found the ministry was …"', () => {
    const q = quoteStarting(quotesOf('The dispute dragged on, though a review panel in 2019 found the ministry was in breach of the contract.'), 'the ministry was in breach');
    expect(q?.speakerText).toBe('a review panel');
  });

  it('not an owned noun, and not a noun with no clause after it', () => {
    const qs = quotesOf('The institute\'s estimates that month were revised twice.', 'Budget estimates rose sharply in the spring.');
    expect(indirect(qs)).toEqual([]);
  });
});

describe('verbs joined to the subject, and their objects', () => {
  it('"X urged …, and criticized the party\'s lack of …": the second verb\'s object, X speaking', () => {
    const qs = quotesOf('In her speech, Senator Ada Holm urged voters to register, and criticized the party\'s neglect of rural towns.');
    expect(quoteStarting(qs, 'the party\'s neglect of rural towns')?.speakerText).toBe('Senator Ada Holm');
  });

  it('"called for" a participle or an adverb\'s gerund', () => {
    const qs = quotesOf('On Wednesday, the governor called for increased spending on roads.', 'The mayor has also called for immediately lifting the curfew.');
    expect(quoteStarting(qs, 'increased spending on roads')?.kind).toBe('indirect');
    expect(quoteStarting(qs, 'immediately lifting the curfew')?.kind).toBe('indirect');
  });

  it('a gerund object whatever follows it ("proposes doing away with …")', () => {
    const qs = quotesOf('The minister proposes doing away with the fuel subsidy.');
    expect(quoteStarting(qs, 'doing away with the fuel subsidy')?.speakerText).toBe('The minister');
  });

  it('"called for" a time is no content', () => {
    const qs = quotesOf('The union called for a meeting at noon and then left.');
    expect(quoteStarting(qs, 'noon')).toBeUndefined();
  });
});

describe('bare clauses after more verbs of saying', () => {
  it('"have complained they were …", "conceded the plan had …"', () => {
    const qs = quotesOf('Several former staff have complained they were never paid for overtime.', 'The director conceded the plan had failed.');
    expect(quoteStarting(qs, 'they were never paid')?.speakerText).toBe('Several former staff');
    expect(quoteStarting(qs, 'the plan had failed')?.speakerText).toBe('The director');
  });

  it('no clause after the verb: no quote', () => {
    const qs = quotesOf('The residents complained loudly about the noise all week.');
    expect(qs.some((q) => q.text.startsWith('loudly'))).toBe(false);
  });
});

describe('views voiced with a noun, and more verbs of finding', () => {
  it('"expressed hope that …", "voiced deep concern that …": the clause, the verb\'s subject speaking', () => {
    const qs = quotesOf('The mayor expressed hope that the ferry would sail again by May.', 'Several councillors voiced deep concern that the budget was rushed.');
    expect(quoteStarting(qs, 'that the ferry would sail')?.speakerText).toBe('The mayor');
    expect(quoteStarting(qs, 'that the budget was rushed')?.speakerText).toBe('Several councillors');
    // The noun is not read as the object as well.
    expect(quoteStarting(qs, 'deep concern')).toBeUndefined();
  });

  it('"discovered that", "signaled he would"', () => {
    const qs = quotesOf('Auditors discovered that the accounts had been altered.', 'The governor signaled he would veto the bill.');
    expect(quoteStarting(qs, 'that the accounts had been altered')?.speakerText).toBe('Auditors');
    expect(quoteStarting(qs, 'he would veto the bill')?.speakerText).toBe('The governor');
  });

  it('"said in a statement posted on its website that …": the ministry said it, the statement did not post it', () => {
    const qs = quotesOf('The ministry said in a statement posted on its website that the ferry was safe.');
    const q = quoteStarting(qs, 'that the ferry was safe');
    expect(q?.speakerText).toBe('The ministry');
    expect(qs.some((x) => x.speakerText === 'a statement')).toBe(false);
  });
});

describe('a title mention the linker ran over a comma', () => {
  it('does not join the words before the comma to the speaker', () => {
    const text = 'Headline\n\nThe floods could ruin a million farmers who depend on rice, Dr. Vera Lund said.';
    const doc = withEntities(docOf(text), [{ id: 'lund', type: 'PERSON', name: 'Vera Lund', names: ['Vera Lund'] }]);
    const at = text.indexOf('rice, Dr. Vera Lund');
    doc.entities[0]?.mentions.push({ start: at, end: at + 'rice, Dr. Vera Lund'.length, text: 'rice, Dr. Vera Lund', form: 'title' });
    const q = quoteStarting(runQuotes(doc), 'The floods could ruin');
    expect(q?.speaker).toBe('lund');
    expect(q?.text).toBe('The floods could ruin a million farmers who depend on rice');
  });
});

describe('words quoted inside two statements', () => {
  it('belong to the innermost: \'X said …, hours after Y warned that … "swift punishment."\'', () => {
    const qs = quotesOf('The ministry said Monday it was studying a plan to close the port, hours after the mayor warned that any strike would be met with "swift punishment."');
    const partial = qs.find((q) => q.kind === 'partial');
    expect(partial?.speakerText).toBe('the mayor');
    // The ministry's statement ends before the reporter's "hours after".
    expect(quoteStarting(qs, 'it was studying')?.text).toBe('it was studying a plan to close the port');
  });

  it('but not an inner statement made of an object verb inside what was said', () => {
    const qs = quotesOf('The president said Norland would defend its borders and make the "foreign raiders" regret their attack.');
    expect(qs.find((q) => q.kind === 'partial')?.speakerText).toBe('The president');
  });
});

describe('topics, charges and floated quantifiers', () => {
  it('a topic past "out", an adverb or the one asked ("spoke out against", "spoke emotionally of", "asked him about")', () => {
    const qs = quotesOf('The mayor spoke out against the new toll.', 'The judge spoke emotionally of the victims of the flood.', 'The host asked him about his tax returns.');
    expect(quoteStarting(qs, 'the new toll')?.speakerText).toBe('The mayor');
    expect(quoteStarting(qs, 'the victims of the flood')?.speakerText).toBe('The judge');
    expect(quoteStarting(qs, 'his tax returns')?.speakerText).toBe('The host');
  });

  it('"spoke on Tuesday" has no topic; "wrote on Facebook that" keeps its clause', () => {
    const qs = quotesOf('The mayor spoke on Tuesday.', 'The mayor wrote on Facebook that the toll was unfair.');
    expect(quoteStarting(qs, 'Tuesday')).toBeUndefined();
    expect(quoteStarting(qs, 'Facebook')).toBeUndefined();
    expect(quoteStarting(qs, 'that the toll was unfair')?.speakerText).toBe('The mayor');
  });

  it('"charged two developers with defrauding investors"', () => {
    const q = quoteStarting(quotesOf('Prosecutors charged two developers with defrauding investors.'), 'two developers with defrauding');
    expect(q?.speakerText).toBe('Prosecutors');
  });

  it('"Three senators all suggested that …": the senators, past the floated "all"', () => {
    const q = quoteStarting(quotesOf('Three senators all suggested that the bank had misled investors.'), 'that the bank had misled');
    expect(q?.speakerText).toBe('Three senators');
  });

  it('"The poll indicates a tightening race as X consolidates …": the object stops before the clause', () => {
    const q = quoteStarting(quotesOf('The poll indicates a tightening race as the governor consolidates his lead.'), 'a tightening race');
    expect(q?.text).toBe('a tightening race');
  });
});

describe('relatives, indefinite speakers, long addressees', () => {
  it('"the deal, which officials said would be signed Friday, …": the relative\'s verb onwards, officials speaking', () => {
    const q = quoteStarting(quotesOf('The deal, which officials said would be signed Friday, was delayed.'), 'would be signed Friday');
    expect(q?.text).toBe('would be signed Friday');
    expect(q?.speakerText).toBe('officials');
  });

  it('"the rules that he says are unfair will stay": up to the sentence\'s own verb', () => {
    const q = quoteStarting(quotesOf('The rules that the mayor says are unfair will stay.'), 'are unfair');
    expect(q?.text).toBe('are unfair');
  });

  it('"Then someone asked how …"', () => {
    expect(quoteStarting(quotesOf('Then someone asked how the mayor could win again.'), 'how the mayor could win')?.speakerText).toBe('someone');
  });

  it('"asked NAME, the moderator of …, to …": the infinitive past the apposition', () => {
    const q = quoteStarting(quotesOf('The campaign has asked Lena Holt, the moderator for the first debate, to check the facts.'), 'Lena Holt');
    expect(q?.text.endsWith('to check the facts')).toBe(true);
    expect(q?.speakerText).toBe('The campaign');
  });
});

describe('more cue shapes', () => {
  it('"made clear that …", "has made it clear the plan …"', () => {
    const qs = quotesOf('The minister made clear that the toll would stay.', 'The mayor has made it clear the ferry would keep running.');
    expect(quoteStarting(qs, 'that the toll would stay')?.speakerText).toBe('The minister');
    expect(quoteStarting(qs, 'the ferry would keep running')?.speakerText).toBe('The mayor');
  });

  it('"said: the plan will …" (a clause after the colon)', () => {
    expect(quoteStarting(quotesOf('The minister said: the toll will stay in place.'), 'the toll will stay')?.speakerText).toBe('The minister');
  });

  it('"hinted at a delay", "stressed the need for calm"', () => {
    const qs = quotesOf('The minister hinted at a delay.', 'The envoy stressed the need for calm.');
    expect(quoteStarting(qs, 'a delay')?.speakerText).toBe('The minister');
    expect(quoteStarting(qs, 'the need for calm')?.speakerText).toBe('The envoy');
  });

  it('"speaking on condition of anonymity": no topic, and the official speaks', () => {
    const qs = quotesOf('An official speaking on condition of anonymity said the toll would stay.', 'The envoy, who spoke on condition of anonymity, said the talks had stalled.');
    expect(quoteStarting(qs, 'the toll would stay')?.speakerText).toBe('An official');
    expect(qs.some((q) => q.text.startsWith('condition'))).toBe(false);
    expect(quoteStarting(qs, 'the talks had stalled')?.speakerText).toBe('The envoy');
  });
});

describe('verbs of praise and blame take their object', () => {
  it('"lauded X for …", "derided the deal as toothless"', () => {
    const qs = quotesOf('The governor lauded the engineers for finishing early.', 'The opposition derided the deal as toothless.');
    expect(quoteStarting(qs, 'the engineers for finishing early')?.speakerText).toBe('The governor');
    expect(quoteStarting(qs, 'the deal as toothless')?.speakerText).toBe('The opposition');
  });
});

describe('subjects set apart from their verb', () => {
  it('by an aside between commas ("The mayor, however, said", "X, in particular, has criticized")', () => {
    const qs = quotesOf('The mayor, however, said the port would reopen.', 'The senator, in particular, has sharply criticized the toll.');
    expect(quoteStarting(qs, 'the port would reopen')?.speakerText).toBe('The mayor');
    expect(quoteStarting(qs, 'the toll')?.speakerText).toBe('The senator');
  });

  it('by a time ("The court this month rejected", "The ministry Tuesday said")', () => {
    const qs = quotesOf('The court this month rejected a request from the city.', 'The ministry Tuesday said the port would reopen.');
    expect(quoteStarting(qs, 'a request from the city')?.speakerText).toBe('The court');
    expect(quoteStarting(qs, 'the port would reopen')?.speakerText).toBe('The ministry');
  });

  it('"rejected that argument" is an object; "denied that reports were true" a clause', () => {
    const qs = quotesOf('The judge rejected that argument.', 'The ministry denied that reports were true.');
    expect(quoteStarting(qs, 'that argument')?.speakerText).toBe('The judge');
    expect(quoteStarting(qs, 'that reports were true')?.speakerText).toBe('The ministry');
  });
});

describe('what evidence shows, and decisions', () => {
  it('"Polls show a close contest", "A study by a professor found 31 cases of …"', () => {
    const qs = quotesOf('Polls show a close contest in the region.', 'A 2019 study by a law professor found 31 cases of ballot fraud.');
    expect(quoteStarting(qs, 'a close contest in the region')?.speakerText).toBe('Polls');
    expect(quoteStarting(qs, '31 cases of ballot fraud')?.kind).toBe('indirect');
  });

  it('not an object found by a person ("The police found the car")', () => {
    expect(quoteStarting(quotesOf('The police found the car in a ditch.'), 'the car')).toBeUndefined();
  });

  it('"decided she should …" is a clause; "decided to build" an infinitive', () => {
    const qs = quotesOf('The school board decided she should share the prize.', 'The council decided to build a bridge.');
    expect(quoteStarting(qs, 'she should share the prize')?.speakerText).toBe('The school board');
    expect(quoteStarting(qs, 'to build a bridge')?.speakerText).toBe('The council');
  });
});

describe('views, responses and stances of named parties', () => {
  it('"Critics see the plan as a giveaway"; not "saw the mayor as I left"', () => {
    const qs = quotesOf('Critics see the plan as a giveaway.', 'I saw the mayor as I left.');
    expect(quoteStarting(qs, 'the plan as a giveaway')?.speakerText).toBe('Critics');
    expect(quoteStarting(qs, 'the mayor as I left')).toBeUndefined();
  });

  it('"responded by attacking the press", "responded with attacks on the judge"', () => {
    const qs = quotesOf('The senator responded by attacking the press.', 'The senator has responded with attacks on the judge.');
    expect(quoteStarting(qs, 'by attacking the press')?.speakerText).toBe('The senator');
    expect(quoteStarting(qs, 'with attacks on the judge')?.speakerText).toBe('The senator');
  });
});

describe('questions raised', () => {
  it('"is raising questions about X", "raised concerns over X"; not "faced questions"', () => {
    const qs = quotesOf('The auditor is raising questions about the contract.', 'Several senators raised concerns over the plan.', 'The mayor faced questions about the budget.');
    expect(quoteStarting(qs, 'the contract')?.speakerText).toBe('The auditor');
    expect(quoteStarting(qs, 'the plan')?.speakerText).toBe('Several senators');
    expect(quoteStarting(qs, 'the budget')).toBeUndefined();
  });
});

describe('sources that frame a sentence', () => {
  it('"According to a new report by the Herald, CLAUSE": the whole source up to its comma', () => {
    const q = quoteStarting(quotesOf('According to a new report by the Herald, party officials are trying to win back rural voters.'), 'party officials are trying');
    expect(q?.speakerText).toBe('a new report by the Herald');
  });

  it('"In this poll, CLAUSE" is what the poll found; "In a survey, voters said …" is the voters\'', () => {
    const qs = quotesOf('In this poll, the mayor rose 2 points since the debate.', 'In a recent survey, most voters said the economy mattered most.');
    expect(quoteStarting(qs, 'the mayor rose 2 points')?.speakerText).toBe('this poll');
    expect(quoteStarting(qs, 'the economy mattered most')?.speakerText).toBe('most voters');
    expect(qs.some((q) => q.speakerText === 'a recent survey')).toBe(false);
  });
});

describe('a subject with a contact clause', () => {
  it('"the experts I interviewed said …", "Everyone I asked criticized …"', () => {
    const qs = quotesOf('The experts I interviewed said her plan was sound.', 'Everyone I asked criticized the toll.');
    expect(quoteStarting(qs, 'her plan was sound')?.speakerText).toBe('The experts');
    expect(quoteStarting(qs, 'the toll')?.speakerText).toBe('Everyone');
  });
});

describe('a long thing named', () => {
  it('"called her vote in favor of the war a mistake"; "called the police in the morning" is no naming', () => {
    const qs = quotesOf('The senator called her vote in favor of the war a mistake.', 'The governor called the police in the morning.');
    expect(quoteStarting(qs, 'her vote in favor of the war a mistake')?.speakerText).toBe('The senator');
    expect(quoteStarting(qs, 'the police')).toBeUndefined();
  });
});
