/**
 * Ceasefires and withdrawals, protests by crowds, visits called off, meetings between led
 * delegations, and threats told as reported speech — pinned with sentences we wrote, each with a
 * negative that must not code the same way.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, FRANCE, IRAN, RUSSIA, type HandEntity, type HandOptions } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const SERBIA: HandEntity = { name: 'Serbia', type: 'PLACE', code: 'SRB', country: 'SRB', at: ['Serbia', 'Serbian'] };
const CROATIA: HandEntity = { name: 'Croatia', type: 'PLACE', code: 'HRV', country: 'HRV', at: ['Croatia', 'Croatian'] };
const ISRAEL: HandEntity = { name: 'Israel', type: 'PLACE', code: 'ISR', country: 'ISR', at: ['Israel', 'Israeli'] };
const GERMANY: HandEntity = { name: 'Germany', type: 'PLACE', code: 'DEU', country: 'DEU', at: ['Germany', 'German'] };
const TOKYO: HandEntity = { name: 'Tokyo', type: 'PLACE', code: 'JPNGOV', country: 'JPN', at: ['Tokyo'] };
const ATHENS: HandEntity = { name: 'Athens', type: 'PLACE', code: 'GRCGOV', country: 'GRC', at: ['Athens'] };
const NOVAK: HandEntity = { name: 'Petar Novak', type: 'PERSON', code: 'SRBGOV', country: 'SRB', at: ['Petar Novak', 'Novak'] };
const HORVAT: HandEntity = { name: 'Ivana Horvat', type: 'PERSON', code: 'HRVGOV', country: 'HRV', at: ['Ivana Horvat', 'Horvat'] };
const DURAND: HandEntity = { name: 'Luc Durand', type: 'PERSON', code: 'FRAGOV', country: 'FRA', at: ['Luc Durand', 'Durand'] };
const KARIMI: HandEntity = { name: 'Reza Karimi', type: 'PERSON', code: 'IRNGOV', country: 'IRN', at: ['Reza Karimi', 'Karimi'] };
const ALL = [SERBIA, CROATIA, ISRAEL, GERMANY, TOKYO, ATHENS, NOVAK, HORVAT, DURAND, KARIMI, FRANCE, IRAN, RUSSIA];

function briefs(text: string, opts: HandOptions = {}): string[] {
  const { doc, events } = eventsOf(text, ALL, opts);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

function typesOf(text: string, opts: HandOptions = {}): string[] {
  return eventsOf(text, ALL, opts).events.map((e) => `${e.type}/${e.cameo}`);
}

describe('ceasefires and truces (RETREAT 0871)', () => {
  it('an agreement to end the fighting is an agreement and a ceasefire still to come', () => {
    const got = briefs('Serbia and Croatia on Monday agreed to end four weeks of fighting along the river.');
    expect(got).toContain('AGREE Serbia+Croatia -> - occurred');
    expect(got).toContain('RETREAT Serbia+Croatia -> - planned');
  });
  it('a truce agreed on is planned, its parties the ones who agree', () => {
    const got = briefs('Officials said Serbia and Croatia had agreed on a truce in the border villages that would take effect at dawn on Friday.');
    expect(got).toContain('RETREAT Serbia+Croatia -> - planned');
    expect(got.filter((b) => b.startsWith('RETREAT'))).toHaveLength(1);
  });
  it('a ceasefire that took effect occurred', () => {
    const { events } = eventsOf('The ceasefire took effect at midnight, and the guns fell silent along the front.', ALL);
    expect(events.some((e) => e.type === 'RETREAT' && e.cameo === '0871' && e.status === 'occurred')).toBe(true);
  });
  it('a law that takes effect is no ceasefire', () => {
    expect(typesOf('The new customs law took effect at midnight.')).not.toContain('RETREAT/0871');
  });
  it('"the fighting" under discussion is no ceasefire', () => {
    expect(typesOf('Serbia and Croatia discussed the fighting along the river.')).not.toContain('RETREAT/0871');
  });
});

describe('withdrawals and territory handed over (RETREAT 0872, 0874)', () => {
  it('a district to be handed over by a deadline is a planned withdrawal', () => {
    const got = briefs('Serbia must hand over the Vukovar district by May 3.', { times: [{ text: 'May 3', value: '2031-05-03' }] });
    expect(got).toEqual(['RETREAT Serbia -> - planned']);
  });
  it('an obligation with no deadline stays demanded', () => {
    expect(briefs('Serbia must hand over the Vukovar district.')).toEqual(['RETREAT Serbia -> - demanded']);
  });
  it('troops pulled back from a place', () => {
    expect(briefs('Russian troops pulled back from the outskirts of the town on Sunday.')[0]).toMatch(/^RETREAT (?:Russia|RUSMIL) -> .* occurred$/);
  });
  it('handing over a suspect is no territorial retreat', () => {
    expect(typesOf('Serbia handed over the suspect to Croatian police.')).not.toContain('RETREAT/0874');
  });
});

describe('protests by crowds (PROTEST 14x)', () => {
  it('a crowd storming a building protests violently', () => {
    const { events } = eventsOf('In Athens, crowds stormed the finance ministry overnight, smashing windows.', ALL);
    const p = events.find((e) => e.type === 'PROTEST');
    expect(p?.cameo).toBe('145');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });
  it('an embassy stormed by protesters (passive)', () => {
    expect(typesOf('The Croatian embassy was stormed by protesters last year.')).toContain('PROTEST/145');
  });
  it('a crowd besieging an office protests', () => {
    expect(typesOf('Angry crowds besieged the governor\'s office.')).toContain('PROTEST/145');
  });
  it('soldiers storming a building assault it', () => {
    const t = typesOf('Israeli soldiers stormed the compound before dawn.');
    expect(t).toContain('ASSAULT/190');
    expect(t).not.toContain('PROTEST/145');
  });
  it('protesters who beat a person assault him', () => {
    expect(briefs('Protesters beat Petar Novak outside the parliament.')[0]).toMatch(/^ASSAULT .* -> Petar Novak occurred$/);
  });
  it('riot police using tear gas on a crowd repress it (COERCE 175)', () => {
    const { events } = eventsOf('Police fired tear gas at demonstrators in central Athens.', ALL);
    expect(events.map((e) => `${e.type}/${e.cameo}`)).toContain('COERCE/175');
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });
  it('a crowd rallying in a city', () => {
    expect(typesOf('Thousands rallied in Athens on Sunday.')).toContain('PROTEST/141');
  });
  it('a crowd that gathered to protest protested (occurred, the crowd acting)', () => {
    const { doc, events } = eventsOf('Hundreds of students gathered outside the ministry in Athens to protest against the new fees.', ALL);
    const p = events.find((e) => e.type === 'PROTEST');
    expect(p?.status).toBe('occurred');
    expect(p && brief(doc, p)).toMatch(/^PROTEST Hundreds/);
  });
  it('engineers who gathered to discuss a bridge did not protest', () => {
    expect(typesOf('Engineers gathered in Athens to discuss the bridge.')).not.toContain('PROTEST/141');
  });
  it('protests told as a noun that erupted or were triggered took place', () => {
    expect(typesOf('Protests erupted in Athens after the vote.')).toContain('PROTEST/141');
    expect(typesOf('The deal triggered angry protests in the Croatian capital.')).toContain('PROTEST/141');
    expect(typesOf('Riots broke out in the port overnight.')).toContain('PROTEST/145');
  });
  it('protests feared or denied did not take place', () => {
    expect(typesOf('The government feared protests in Athens.')).not.toContain('PROTEST/141');
    expect(typesOf('Police said no protests took place in Athens.')).not.toContain('PROTEST/141');
  });
});

describe('visits and meetings called off are negated', () => {
  it('"called off a trip to X"', () => {
    const got = briefs('Luc Durand on Friday called off a trip to Tokyo that had been due to begin on Sunday.');
    expect(got).toContain('CONSULT Luc Durand -> Tokyo negated');
    expect(got.some((b) => b.startsWith('CONSULT') && b.endsWith('occurred'))).toBe(false);
  });
  it('"postponed talks with X"', () => {
    expect(briefs('Germany postponed talks with France.')).toContain('CONSULT Germany -> France negated');
  });
  it('a visit cancelled in the passive', () => {
    const got = briefs("Durand's visit to Tokyo was cancelled.");
    expect(got).toContain('CONSULT Luc Durand -> Tokyo negated');
  });
  it('a visit that may be cancelled is still possible, not negated', () => {
    expect(briefs('Durand may cancel his visit to Tokyo.')).toContain('CONSULT Luc Durand -> Tokyo possible');
  });
  it('a strike called off is a concession, and "called X" still a call', () => {
    expect(typesOf('The dockers union called off the strike.')).toContain('CONCEDE/083');
    expect(briefs('Durand called Karimi on Monday.')).toContain('CONSULT Luc Durand -> Reza Karimi occurred');
  });
});

describe('talks between delegations led by named people', () => {
  it('each delegation stands for its leader', () => {
    const got = briefs('The accord was reached during talks held in Geneva between a Serbian delegation led by Petar Novak, the deputy prime minister, and a Croatian delegation headed by Ivana Horvat.');
    expect(got).toContain('CONSULT Petar Novak+Ivana Horvat -> - occurred');
  });
  it('delegations led by two people held talks', () => {
    expect(briefs('Delegations led by Petar Novak and Ivana Horvat held talks in Geneva on Monday.')).toContain('CONSULT Petar Novak+Ivana Horvat -> - occurred');
  });
  it('talks between two countries are unchanged', () => {
    expect(briefs('Talks between Serbia and Croatia ended on Monday.')).toContain('CONSULT Serbia+Croatia -> - occurred');
  });
});

describe('arrests and searches (COERCE)', () => {
  it('"the arrest last week of X": a time phrase after the noun does not hide the arrest', () => {
    expect(typesOf('The move follows the arrest last week of a Croatian engineer.')).toContain('COERCE/173');
  });
  it('investigators searching an office coerce', () => {
    expect(typesOf('On Wednesday, investigators searched the home and office of a Serbian official.')).toContain('COERCE/170');
  });
  it('an arrest that is only a word in a title is none', () => {
    expect(typesOf('The book is called Arrest and Trial.')).not.toContain('COERCE/173');
  });
});

describe('what is said on the phone to someone', () => {
  it('"had informed X in a phone call" is a call with X', () => {
    expect(briefs('Durand said he had informed Reza Karimi in a phone call that the talks were off.')).toContain('CONSULT Luc Durand -> Reza Karimi occurred');
  });
  it('"informed the police" is no call', () => {
    expect(typesOf('Durand has informed the police.')).not.toContain('CONSULT/041');
  });
});

describe('confrontations and meetings of two', () => {
  it('"X confronted Y over Z" accuses Y; "their meeting" is X and Y meeting', () => {
    const got = briefs('Luc Durand confronted Reza Karimi over the seized tanker during their first meeting on Friday.');
    expect(got).toContain('ACCUSE Luc Durand -> Reza Karimi occurred');
    expect(got).toContain('CONSULT Luc Durand+Reza Karimi -> - occurred');
  });
  it('confronting a crowd accuses no one', () => {
    expect(typesOf('Durand confronted the crowd.')).not.toContain('ACCUSE/112');
  });
});

describe('what a speaker says others would do is planned', () => {
  it('"said the truce would begin on Sunday and both sides would pull back"', () => {
    const got = briefs('Karimi said both sides would then pull their tanks back from the border.');
    expect(got.some((b) => b.startsWith('RETREAT') && b.endsWith('planned'))).toBe(true);
  });
  it('"said it would" (its own intention) stays possible, and a condition keeps it possible', () => {
    expect(briefs('Serbia said it would withdraw its troops.').some((b) => b.startsWith('RETREAT') && b.endsWith('possible'))).toBe(true);
    expect(briefs('Karimi said both sides would pull back if the talks succeeded.').some((b) => b.startsWith('RETREAT') && b.endsWith('planned'))).toBe(false);
  });
});

describe('threats told as reported speech', () => {
  it('"X said Y would pay a heavy price": X threatens Y', () => {
    expect(briefs('Karimi said Israel would pay a heavy price for the raid.')).toContain('THREATEN Reza Karimi -> Israel occurred');
  });
  it('scare quotes inside the clause do not hide the threat', () => {
    expect(briefs('Karimi said Israel had brought a "severe punishment" upon itself.')).toContain('THREATEN Reza Karimi -> Israel occurred');
  });
  it('"would not go unpunished" threatens; "went unpunished" does not', () => {
    expect(briefs('Karimi said the bombing was a crime that would not go unpunished.')).toContain('THREATEN Reza Karimi -> - occurred');
    expect(typesOf('Karimi said the bombing went unpunished.')).not.toContain('THREATEN/138');
  });
  it('a party that pays a price of its own accord, with no speaker, threatens no one', () => {
    expect(typesOf('Israel paid a heavy price in the war.')).not.toContain('THREATEN/138');
  });
  it('"vowed to avenge" is a threat, not a mere promise', () => {
    const got = typesOf('Iran vowed to avenge the death of its general.');
    expect(got).toContain('THREATEN/138');
    expect(got).not.toContain('AGREE/030');
  });
  it('condemning a killing accuses', () => {
    expect(briefs('Germany condemned the killing of the journalist.')).toContain('ACCUSE Germany -> - occurred');
  });
});
