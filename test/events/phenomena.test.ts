/**
 * Phenomena of wire copy the coder gets right in general, each pinned with sentences we wrote:
 * telegraphic headlines, hedged exclusions ("did not rule out"), demands told by a speaker ("X
 * said Y must ..."), reported support, coordinated actors, accusations, calls and rejections,
 * a time standing where an object is expected, and a sentence that opens with "it".
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, FRANCE, IRAN, LAVROV, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';
import type { HandOptions } from './helpers.js';

const GERMANY: HandEntity = { name: 'Germany', type: 'PLACE', code: 'DEU', country: 'DEU', at: ['Germany', 'German', 'Berlin'] };
const BRITAIN: HandEntity = { name: 'United Kingdom', type: 'PLACE', code: 'GBR', country: 'GBR', at: ['Britain', 'British'] };
const USA: HandEntity = { name: 'United States', type: 'PLACE', code: 'USA', country: 'USA', at: ['Washington', 'US', 'United States'] };
const SYRIA: HandEntity = { name: 'Syria', type: 'PLACE', code: 'SYR', country: 'SYR', at: ['Syria', 'Damascus'] };
const CHILE: HandEntity = { name: 'Chile', type: 'PLACE', code: 'CHL', country: 'CHL', at: ['Chile', 'Santiago'] };
const PERU: HandEntity = { name: 'Peru', type: 'PLACE', code: 'PER', country: 'PER', at: ['Peru', 'Lima'] };
const UN: HandEntity = { name: 'United Nations', type: 'ORG', code: 'IGOUNO', at: ['United Nations', 'UN'] };
const MOLINA: HandEntity = { name: 'Ana Molina', type: 'PERSON', code: 'CHLGOV', country: 'CHL', at: ['Ana Molina', 'Molina'] };
const KAZAR: HandEntity = { name: 'Petr Kazar', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Petr Kazar', 'Kazar'] };
const ALL = [GERMANY, BRITAIN, USA, SYRIA, CHILE, PERU, UN, MOLINA, KAZAR, FRANCE, IRAN, RUSSIA, LAVROV];

function briefs(text: string, opts: HandOptions = {}): string[] {
  const { doc, events } = eventsOf(text, ALL, opts);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

describe('telegraphic headlines: the present-tense verb is a verb', () => {
  const body = 'The dispute continued on Monday.';
  it('"X slams Y over Z"', () => {
    expect(briefs(body, { headline: 'Chile slams Peru over new fishing limits' })).toContain('ACCUSE Chile -> Peru occurred');
  });
  it('"X urges Y to ..."', () => {
    expect(briefs(body, { headline: 'Germany urges Syria to free detained reporters' })).toContain('REQUEST Germany -> Syria occurred');
  });
  it('"X accuses Y of ..."', () => {
    expect(briefs(body, { headline: 'Iran accuses Washington of stalling talks' })).toContain('ACCUSE Iran -> United States occurred');
  });
  it('"X says ..." opens a reported clause, and a noun compound stays a noun', () => {
    const got = briefs(body, { headline: 'Chile says it backs Peru bid' });
    expect(got).toContain('SUPPORT Chile -> Peru occurred');
    expect(briefs(body, { headline: 'Chile-Peru talks end without deal' }).filter((b) => b.startsWith('ACCUSE') || b.startsWith('REQUEST'))).toEqual([]);
  });
  it('the body of a story is read as before ("the fishing talks stalled")', () => {
    expect(briefs('Chile and Peru held talks in Lima.')).toEqual(['CONSULT Chile+Peru -> - occurred']);
  });
});

describe('"did not rule out", "would not exclude": possible, not rejected', () => {
  it('a that-clause is possible', () => {
    const got = briefs('Molina did not rule out that Kazar will visit Peru next month.');
    expect(got).toContain('CONSULT Petr Kazar -> Peru possible');
    expect(got.filter((b) => b.startsWith('REJECT'))).toEqual([]);
  });
  it('an event noun object is the subject\'s possible act', () => {
    const got = briefs('Germany would not exclude new sanctions against Syria.');
    expect(got).toEqual(['SANCTION Germany -> Syria possible']);
  });
  it('not negated, the verbs reject', () => {
    expect(briefs('Chile ruled out talks with Peru.')[0]).toMatch(/^REJECT Chile -> Peru occurred/);
  });
});

describe('a demand told by a speaker is the speaker\'s request', () => {
  it('"X said Y must ..."', () => {
    const { doc, events } = eventsOf('Russia said on Tuesday that Syria must return the seized aircraft.', ALL, { times: [{ text: 'Tuesday', value: '2024-03-05' }] });
    expect(events.map((e) => brief(doc, e))).toEqual(['REQUEST Russia -> Syria occurred']);
    expect(events[0]!.about?.type).toBe('RETREAT');
    expect(events[0]!.about?.status).toBe('demanded');
  });
  it('with no speaker, the act stays demanded', () => {
    const got = briefs('Syria must return the seized aircraft.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^RETREAT Syria -> .* demanded$/);
  });
});

describe('reported support, coordination, accusations, calls, rejections', () => {
  it('"said it supports Y\'s ..." is support by the speaker toward the owner', () => {
    expect(briefs('Chile said it supports Peru\'s bid to host the games.')).toContain('SUPPORT Chile -> Peru occurred');
  });
  it('coordinated actors each act', () => {
    expect(briefs('Britain, France and Germany imposed sanctions on Iran.')).toEqual(['SANCTION United Kingdom+France+Germany -> Iran occurred']);
  });
  it('"they would keep their sanctions on Y": the speakers keep them', () => {
    expect(briefs('Britain, France and Germany said they would keep their sanctions on Iran in place.')).toContain('SANCTION United Kingdom+France+Germany -> Iran occurred');
  });
  it('"accused Washington of ..." names the accused', () => {
    expect(briefs('Iran accused Washington of undermining the talks.')).toEqual(['ACCUSE Iran -> United States occurred']);
  });
  it('"call on X to ..." asks X', () => {
    expect(briefs('Molina called on Peru to reopen the border.')[0]).toBe('REQUEST Ana Molina -> Peru occurred');
  });
  it('"rejected"/"dismissed" claims reject', () => {
    expect(briefs('Russia rejected the claims as baseless.')).toEqual(['REJECT Russia -> - occurred']);
    expect(briefs('Russia dismissed the claims by Britain.')).toEqual(['REJECT Russia -> United Kingdom occurred']);
  });
  it('a time where the object should stand binds no slot', () => {
    const got = briefs('Syria rejected Thursday a United Nations appeal for talks with France.', { times: [{ text: 'Thursday', value: '2024-03-07' }] });
    expect(got[0]).toMatch(/^REJECT Syria -> United Nations occurred/);
  });
  it('a capitalized modifier after "to" is no verb', () => {
    expect(briefs('Syria is opposed to French mediation in the dispute with Peru.')).toEqual(['REJECT Syria -> France occurred']);
  });
});

describe('a sentence that opens with "it" or "they"', () => {
  it('"it" is the last sentence\'s subject when that was one party', () => {
    expect(briefs('Syria has not answered the letter. It has rejected earlier UN resolutions as hostile.')).toContain('REJECT Syria -> United Nations occurred');
  });
  it('"they" is the last sentence\'s coordinated subject', () => {
    expect(briefs('Chile and Peru signed a trade pact. They also condemned Syria.')).toContain('ACCUSE Chile+Peru -> Syria occurred');
  });
  it('a person is no "it"', () => {
    expect(briefs('Molina has not answered the letter. It has rejected earlier UN resolutions as hostile.').join(' ')).not.toMatch(/Molina/);
  });
});

describe('parties placed by their description', () => {
  it('"the Chilean and Peruvian sides": a body a demonym places', () => {
    expect(briefs('The Chilean and Peruvian sides agreed to share information.')[0]).toBe('AGREE CHL+PER -> - occurred');
  });
  it('a name nothing codes takes the code of its apposition', () => {
    const OSHIMA: HandEntity = { name: 'Teodor Valkanen', type: 'PERSON', at: ['Teodor Valkanen'] };
    const { doc, events } = eventsOf('Teodor Valkanen, the United Nations relief coordinator, demanded that Syria allow aid workers in.', [...ALL, OSHIMA]);
    expect(events.map((e) => brief(doc, e))).toEqual(['REQUEST Teodor Valkanen -> Syria occurred']);
    expect(events[0]!.actor[0]!.code).toBe('IGOUNO');
  });
  it('a complementizer follows its verb: "demanded an admission by X that ..."', () => {
    expect(briefs('Peru demanded an immediate admission by Russia that its troops shelled the port.')[0]).toBe('REQUEST Peru -> Russia occurred');
  });
  it('a coordinated target is every conjunct', () => {
    expect(briefs('Syria threatened to deliver heavy blows to Chile and Peru.')).toEqual(['THREATEN Syria -> Chile+Peru occurred']);
  });
});

describe('reported clauses', () => {
  it('after "but" the speaker goes on: "did not rule out that …, but declined to …"', () => {
    const got = briefs('Molina did not rule out that Kazar would visit Peru soon, but declined to meet Syria.');
    expect(got).toContain('CONSULT Petr Kazar -> Peru possible');
    expect(got.join(' ')).toMatch(/REJECT Ana Molina -> Syria/);
  });
  it('"X said Y deserved to …" is X backing Y', () => {
    expect(briefs('Molina said after the talks that Peru deserved to join the bloc.')).toContain('SUPPORT Ana Molina -> Peru occurred');
  });
  it('"wrote that Y would not cease fire": a refusal told in writing', () => {
    // The writer refuses for her country; the ceasefire refused is what the refusal is about.
    const { doc, events } = eventsOf('Molina wrote on Sunday that Chile would not cease fire.', ALL);
    expect(events.map((e) => brief(doc, e))).toEqual(['REJECT Ana Molina -> - occurred']);
    expect(events[0]!.about?.type).toBe('RETREAT');
    expect(events[0]!.about?.status).toBe('negated');
  });
  it('the frame an act takes place in is no party ("within the United Nations")', () => {
    expect(briefs('Chile said it was ready to work together within the United Nations.').join(' ')).not.toMatch(/United Nations/);
  });
});

describe('officials of intergovernmental bodies', () => {
  it('a person whose "country" is a body\'s code is coded as the body (IGO…), with no country', () => {
    const HEAD: HandEntity = { name: 'Mara Lind', type: 'PERSON', code: 'UNO', country: 'UNO', at: ['Mara Lind'] };
    const { events } = eventsOf('Chile rejected calls by Mara Lind to adopt the reforms.', [...ALL, HEAD]);
    const r = events.find((e) => e.type === 'REJECT')?.recipient[0];
    expect(r?.code).toBe('IGOUNO');
    expect(r?.country).toBeUndefined();
  });
  it('a name the body\'s name stands before takes the body\'s code ("U.N. mediator X")', () => {
    const MED: HandEntity = { name: 'Tomas Berg', type: 'PERSON', at: ['Tomas Berg'] };
    const { events } = eventsOf('Peru said it would meet United Nations mediator Tomas Berg.', [...ALL, MED]);
    expect(events[0]?.recipient[0]?.code).toBe('IGOUNO');
  });
});

describe('targets', () => {
  it('the source of a report (", the Peruvian army said") is no target', () => {
    expect(briefs('Chilean police seized weapons in the port, the Peruvian army said on Friday.').join(' ')).not.toMatch(/Peru/);
  });
  it('"according to the Peruvian navy" is the source, no target', () => {
    expect(briefs('Chile seized the vessel, according to the Peruvian navy.')).toEqual(['COERCE Chile -> - occurred']);
  });
  it('another party of the actor\'s own country may be the target ("protest the president\'s failure")', () => {
    expect(briefs('A member of the Chilean parliament started a hunger strike yesterday to protest Molina\'s failure to act.')).toContain('PROTEST CHLLEG -> Ana Molina occurred');
  });
  it('a thing that names no party belongs to its of-phrase\'s party ("a camp for Syrian refugees")', () => {
    expect(briefs('A camp for Iranian refugees was attacked by Chilean troops.')).toEqual(['ASSAULT Chile -> Iran occurred']);
  });
});

describe('a visit\'s host', () => {
  it('the one leader of the visited country the story names the visitor dealing with joins the recipients', () => {
    const got = briefs('Kazar and Molina agreed on Monday to expand trade. Kazar is the first Russian minister to visit Chile in a decade.');
    expect(got).toContain('CONSULT Petr Kazar -> Chile+Ana Molina occurred');
  });
  it('no such leader, no host', () => {
    expect(briefs('Kazar is the first Russian minister to visit Chile in a decade.')).toEqual(['CONSULT Petr Kazar -> Chile occurred']);
  });
});

describe('condemnation and reactions to an act named again', () => {
  it('"called X absurd": the caller disapproves', () => {
    expect(briefs('Molina called the new border rules "absurd and unfair".')).toEqual(['ACCUSE Ana Molina -> - occurred']);
  });
  it('"which X called an abuse of … by Y" is aimed at Y', () => {
    expect(briefs('Kazar denounced the vote, which Molina called an abuse of the council by Peru.')).toContain('ACCUSE Ana Molina -> Peru occurred');
  });
  it('"called Y" on the phone is no condemnation', () => {
    expect(briefs('Kazar called Molina on Monday.').filter((b) => b.startsWith('ACCUSE'))).toEqual([]);
  });
  it('"condemned this measure" is aimed at who took the act told before', () => {
    const got = briefs('Syria decided on Friday to expel the French inspectors. "I strongly condemn this unilateral measure," Molina said.', {
      quotes: [{ text: 'I strongly condemn this unilateral measure,', kind: 'direct', speaker: 'e8' }],
    });
    expect(got).toContain('ACCUSE Ana Molina -> Syria occurred');
  });
  it('a reaction with no act told before keeps no target', () => {
    expect(briefs('Molina welcomed the decision.')).toEqual(['SUPPORT Ana Molina -> - occurred']);
  });
});

describe('subjects and verb groups in ordinary copy', () => {
  it('an abbreviation in brackets stands between subject and verb', () => {
    const FRONT: HandEntity = { name: 'Coastal Liberation Front', type: 'ORG', at: ['Coastal Liberation Front', 'CLF'] };
    const { doc, events } = eventsOf('The rebel Coastal Liberation Front (CLF) announced it will release the Chilean hostages.', [...ALL, FRONT]);
    expect(events.map((e) => brief(doc, e))[0]).toMatch(/^RETREAT Coastal Liberation Front -> .* planned$/);
  });
  it('a participle aside between subject and verb ("X, following the deal, has …")', () => {
    expect(briefs('Molina, following the partial peace deal, has released the Peruvian prisoners.')).toEqual(['RETREAT Ana Molina -> PERCVL occurred']);
  });
  it('a participle phrase inside the subject ("The agency operating in Syria said …")', () => {
    const AGENCY: HandEntity = { name: 'Relief Council', type: 'ORG', code: 'NGO', at: ['Relief Council'] };
    const { doc, events } = eventsOf('The Relief Council operating in Syria said Chile must release the prisoners.', [...ALL, AGENCY]);
    expect(events.map((e) => brief(doc, e))).toContain('REQUEST Relief Council -> Chile occurred');
  });
  it('a run of adverbs inside the verb group ("has once again outright rejected")', () => {
    expect(briefs('Chile has once again outright rejected a Peruvian proposal.')).toEqual(['REJECT Chile -> PER occurred']);
  });
  it('a possessive participle stays in its noun phrase ("Chile\'s leading rights activist")', () => {
    const ACTIVIST: HandEntity = { name: 'Rosa Vidal', type: 'PERSON', at: ['Rosa Vidal'] };
    const { doc, events } = eventsOf('Rosa Vidal, Chile\'s leading rights activist, staged a hunger strike in prison.', [...ALL, ACTIVIST]);
    expect(events.map((e) => brief(doc, e))).toEqual(['PROTEST Rosa Vidal -> - occurred']);
    expect(events[0]!.actor[0]!.code).toBe('CHL');
  });
  it('a name that runs over a lower-case verb is a tagging slip and hides no verb', () => {
    const SLIP: HandEntity = { name: 'Armed Forces of Chile', type: 'ORG', code: 'CHLMIL', country: 'CHL', at: ['Chile mobilized army'] };
    const { doc, events } = eventsOf('Chile mobilized army reservists against Peru.', [...ALL, SLIP]);
    expect(events.map((e) => brief(doc, e))).toEqual(['MOBILIZE Chile -> Peru occurred']);
  });
  it('a group of the actor\'s own country named by a demonym may be its target', () => {
    expect(briefs('Chilean police seized weapons from Chilean armed groups.')).toEqual(['COERCE CHLCOP -> CHL occurred']);
  });
});

describe('more of the dictionary', () => {
  it('"is prepared to lift the ban on X": a planned easing', () => {
    expect(briefs('Chile is prepared to lift the ban on Peru.')).toEqual(['RETREAT Chile -> Peru planned']);
  });
  it('"would tighten the blockade of X"', () => {
    expect(briefs('Chile would tighten the naval blockade of Peru.')).toEqual(['COERCE Chile -> Peru possible']);
  });
  it('"have sworn to fight": a planned act', () => {
    expect(briefs('Syria has sworn to fight Chile.')).toEqual(['ASSAULT Syria -> Chile planned']);
  });
  it('"forced X out"', () => {
    expect(briefs('Syria forced the French inspectors out of the country.')[0]).toMatch(/^SANCTION Syria -> France occurred$/);
  });
  it('"sought refuge in X"', () => {
    expect(briefs('Thousands of Syrians sought refuge in Chile.')[0]).toMatch(/^REQUEST .* -> Chile occurred$/);
  });
});

describe('participle clauses, demands and conditions', () => {
  it('"…, urging X to …" is the main clause subject\'s request', () => {
    expect(briefs('Chile rejected the Peruvian plan, urging Peru to sign the regional pact instead.')).toContain('REQUEST Chile -> Peru occurred');
  });
  it('"a declaration demanding that X …": the declaring party demands, the clause is what it demands', () => {
    const { doc, events } = eventsOf('Syria issued a declaration demanding that Chile release the prisoners.', ALL);
    expect(events.map((e) => brief(doc, e))).toEqual(['REQUEST Syria -> Chile occurred']);
    expect(events[0]!.about?.status).toBe('demanded');
  });
  it('"the parade supporting X" is no act of the subject', () => {
    expect(briefs('Neither Chile nor Peru boycotted the parade supporting Syria.').filter((b) => b.startsWith('SUPPORT'))).toEqual([]);
  });
  it('"will X unless Y …" is a threat, and the condition is no fact', () => {
    const { doc, events } = eventsOf('Chile will withdraw its force from Peru unless Molina agrees to hold talks.', ALL);
    const got = events.map((e) => brief(doc, e));
    expect(got).toContain('THREATEN Chile -> Peru occurred');
    expect(events.find((e) => e.type === 'THREATEN')?.about?.type).toBe('RETREAT');
    expect(got.filter((b) => b.startsWith('AGREE')).every((b) => b.endsWith('possible'))).toBe(true);
  });
  it('a time inside the subject phrase is not its head ("Chile today announced …")', () => {
    expect(briefs('Chile today announced that it will release the Peruvian prisoners.', { times: [{ text: 'today', value: '2024-01-01' }] })[0]).toMatch(/^RETREAT Chile -> PER/);
  });
});

describe('a participle right after people', () => {
  it('"demonstrators protesting X" protest', () => {
    expect(briefs('Chilean police dispersed demonstrators protesting the vote in Santiago.').filter((b) => b.startsWith('PROTEST'))).toHaveLength(1);
  });
});

describe('aspect verbs', () => {
  it('"began collecting signatures": the subject of "began" acts', () => {
    expect(briefs('Chilean students began collecting signatures against the law.')).toEqual(['PROTEST CHLEDU -> - occurred']);
  });
});

describe('headline nouns stay nouns', () => {
  it('"Chile sanctions bill passes" names a bill, no sanction', () => {
    expect(briefs('The vote was held on Monday.', { headline: 'Chile sanctions bill passes Senate' })).toEqual([]);
  });
});

describe('an indefinite event noun that names its parties', () => {
  it('"A meeting of X, Y and Z is expected on Sunday": planned, all three', () => {
    expect(briefs('A trilateral meeting of Molina, Kazar and Lavrov is also expected on Sunday.')).toEqual(['CONSULT Ana Molina+Petr Kazar+Sergei Lavrov -> - planned']);
  });
  it('"a meeting of ministers" names no party', () => {
    expect(briefs('A meeting of foreign ministers took place.')).toEqual([]);
  });
});

describe('a demand of "it"', () => {
  it('"reminded X that it must …": the party just addressed', () => {
    expect(briefs('Molina issued a stern reminder to Peru that it must cooperate with the inspectors.')[0]).toBe('REQUEST Ana Molina -> Peru occurred');
  });
});

describe('a past tense is no participle', () => {
  it('"a prisoner died as a result of torture": the prisoner tortured no one', () => {
    expect(briefs('A Chilean prisoner died as a result of torture while in Peruvian police custody.').join(' ')).not.toMatch(/ASSAULT CHL/);
  });
});

describe('concessions and apologies', () => {
  it('"will lift the export controls on X"', () => {
    expect(briefs('Chile will lift the tighter export controls on Peru.')).toEqual(['CONCEDE Chile -> Peru planned']);
  });
  it('"did not issue an apology to X"', () => {
    expect(briefs('Molina did not issue a new apology to Peru.')).toEqual(['SUPPORT Ana Molina -> Peru negated']);
  });
});
