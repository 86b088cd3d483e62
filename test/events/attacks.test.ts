/**
 * Attacks as wire copy tells them (sentences we wrote): strikes and shelling by a named force,
 * killings told by their means ("a drone attack killed"), victims as counts, unnamed gunmen and
 * bombers, and what is no attack of the day: a threat, a denial, a war recalled from years ago.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const ISRAEL: HandEntity = { name: 'Israel', type: 'PLACE', code: 'ISR', country: 'ISR', at: ['Israel', 'Israeli'] };
const GAZA: HandEntity = { name: 'Gaza', type: 'PLACE', code: 'PSE', country: 'PSE', at: ['Gaza', 'Rafah'] };
const UKRAINE: HandEntity = { name: 'Ukraine', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Ukraine', 'Ukrainian'] };
const KHARKIV: HandEntity = { name: 'Kharkiv', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Kharkiv', 'Odesa'] };
const IRAN: HandEntity = { name: 'Iran', type: 'PLACE', code: 'IRN', country: 'IRN', at: ['Iran', 'Iranian'] };
const SAMARRA: HandEntity = { name: 'Samarra', type: 'PLACE', code: 'IRQ', country: 'IRQ', at: ['Samarra'] };
const PESHAWAR: HandEntity = { name: 'Peshawar', type: 'PLACE', code: 'PAK', country: 'PAK', at: ['Peshawar'] };
const ALL = [ISRAEL, GAZA, UKRAINE, KHARKIV, IRAN, SAMARRA, PESHAWAR, RUSSIA];
const published = '2024-03-05T10:00:00Z';

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL, { published });
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

function codes(text: string, times: Array<{ text: string; value: string }> = []): Array<{ type: string; actor: string; recipient: string; status: string; evidence: string }> {
  const { events } = eventsOf(text, ALL, { published, times });
  return events.map((e) => ({ type: e.type, actor: e.actor.map((p) => p.code ?? '').join('+'), recipient: e.recipient.map((p) => p.code ?? p.text).join('+'), status: e.status, evidence: e.evidence.text }));
}

describe('strikes, shelling and shootings by a named force', () => {
  it('"Israeli warplanes struck targets in Gaza": the force acts on the place', () => {
    expect(codes('Israeli warplanes struck targets in Gaza on Tuesday.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', actor: 'ISRMIL', recipient: 'PSE', status: 'occurred' }));
  });
  it('"Russian forces shelled Kharkiv"', () => {
    expect(briefs('Russian forces shelled Kharkiv overnight.')).toContain('ASSAULT Russia -> Kharkiv occurred');
  });
  it('"Gunmen shot dead a police officer in Peshawar": unnamed gunmen are the actor, placed where they act', () => {
    const out = codes('Gunmen shot dead a police officer in Peshawar on Sunday.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'ASSAULT', actor: 'PAKUAF', status: 'occurred' });
    expect(out[0]!.evidence).toBe('Gunmen shot dead a police officer');
  });
  it('"said it had shot down 12 drones": shot down after "had"', () => {
    expect(codes('Russia said it had shot down 12 Ukrainian drones.')).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUS', recipient: 'UKR' })]);
  });
  it('"police shot dead two suspects": "dead" is no part of the victims', () => {
    const { doc, events } = eventsOf('Police shot dead two suspects.', ALL, { published });
    expect(events.map((e) => e.recipient.map((r) => r.text).join('+'))).toEqual(['two suspects']);
    void doc;
  });
});

describe('killings told by their means, victims as counts', () => {
  it('"a drone attack killed five soldiers": an attack with no named attacker is still coded', () => {
    const out = codes('A drone attack killed five soldiers on Monday.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: '', recipient: 'five soldiers', status: 'occurred' })]);
  });
  it('"a missile strike on Odesa killed three people": the place struck is the target, not the attacker', () => {
    const out = codes('A missile strike on Odesa killed three people.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: '', recipient: 'UKR' })]);
  });
  it('"killed in Israeli air strikes on Rafah": the strikes name the attacker', () => {
    const out = codes('At least 30 people were killed in Israeli air strikes on Rafah.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'ISRMIL', recipient: 'PSE', status: 'occurred' })]);
    expect(out[0]!.evidence).toContain('Israeli air strikes');
  });
  it('"were killed by a Russian drone": a weapon after "by" names whose it is', () => {
    expect(codes('Two civilians were killed by a Russian drone.')).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUSMIL', recipient: 'Two civilians' })]);
  });
  it('"a roadside bomb exploded …, killing four peacekeepers": the killing is the bomb\'s', () => {
    const out = codes('A roadside bomb exploded near a convoy, killing four peacekeepers.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: '', recipient: 'four peacekeepers', status: 'occurred' })]);
  });
  it('"a roadside bombing near Samarra killed …": the country of the place named acts, as CAMEO codes it', () => {
    expect(codes('A roadside bombing near Samarra killed two soldiers.')).toContainEqual(expect.objectContaining({ type: 'ASSAULT', actor: 'IRQ' }));
  });
  it('"A suicide bomber killed 12 people": the bomber\'s words are the actor', () => {
    const { events } = eventsOf('A suicide bomber killed 12 people at a market.', ALL, { published });
    expect(events.map((e) => [e.type, e.actor.map((p) => p.text).join('+'), e.recipient.map((p) => p.text).join('+')])).toEqual([['ASSAULT', 'A suicide bomber', '12 people']]);
  });
  it('"killed when a Russian missile hit a building in Dnipro": the missile of the clause of time names the attacker', () => {
    const out = codes('At least 15 people were killed when a Russian missile hit an apartment building in Kharkiv.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUSMIL', recipient: 'UKR' })]);
  });
  it('"killed and 10 wounded in Russian shelling of Kharkiv": the shelling\'s owner acts, the place shelled is the target', () => {
    const out = codes('Two people were killed and 10 wounded in Russian shelling of Kharkiv.');
    expect(out).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUSMIL', recipient: 'UKR' })]);
  });
  it('a blast that killed no one named and a verb with no victims: no event', () => {
    expect(codes('A loud blast was heard in the city centre.')).toEqual([]);
  });
});

describe('attacks told as nouns and in headlines', () => {
  it('"an Israeli strike on Beirut that targeted commander X": the attacker\'s country, the one aimed at', () => {
    const { events } = eventsOf('The raid came hours after an Israeli strike on Gaza that targeted commander Omar Haddad.', [...ALL, { name: 'Omar Haddad', type: 'PERSON', code: 'PSEREB', country: 'PSE', at: ['Omar Haddad'] }], { published });
    expect(events.map((e) => [e.type, e.actor.map((p) => p.code).join('+'), e.recipient.map((p) => p.text).join('+')])).toContainEqual(['ASSAULT', 'ISRMIL', 'Omar Haddad']);
  });
  it('a labour strike called off "on Friday" is no attack: a time is no target', () => {
    const { events } = eventsOf('Russian unions called off the strike on Friday.', ALL, { published, times: [{ text: 'Friday', value: '2024-03-01' }] });
    expect(events.map((e) => e.type)).toEqual(['CONCEDE']);
  });
  it('an attack noun that names no attacker and is no one\'s stands for nothing', () => {
    expect(codes('Officials discussed a strike on the city.')).toEqual([]);
  });
  it('a headline\'s bare participle is passive: "X killed in Tehran" kills X', () => {
    const haddad: HandEntity = { name: 'Omar Haddad', type: 'PERSON', code: 'PSEREB', country: 'PSE', at: ['Omar Haddad'] };
    const { doc, events } = eventsOf('Officials confirmed the death.', [...ALL, haddad], { published, headline: 'Militant leader Omar Haddad killed in Gaza' });
    expect(events.map((e) => brief(doc, e))).toEqual(['ASSAULT  -> Omar Haddad occurred']);
  });
  it('a headline\'s active verb keeps its subject: "Israel kills commander in Gaza strike"', () => {
    const { events } = eventsOf('Officials confirmed the death.', ALL, { published, headline: 'Israel kills militant commander in Gaza strike' });
    expect(events.map((e) => e.actor.map((p) => p.code).join('+'))).toEqual(['ISR']);
  });
});

describe('strikes carried out on a group\'s camp', () => {
  it('"carried out an air strike on the camp of the X (ABBR) group": the group, known by its abbreviation', () => {
    const group: HandEntity = { name: 'Harakat al-Tahrir', type: 'ORG', code: 'PAKREB', country: 'PAK', at: ['HAT'] };
    const { events } = eventsOf('Israel carried out an air strike on the main camp of the Harakat al-Tahrir (HAT) group.', [...ALL, group], { published });
    expect(events.map((e) => [e.type, e.actor.map((p) => p.code).join('+'), e.recipient.map((p) => p.code).join('+')])).toEqual([['ASSAULT', 'ISR', 'PAKREB']]);
  });
});

describe('what is no attack of the day', () => {
  it('a threat to strike is a threat, the strike only planned', () => {
    const { events } = eventsOf('Iran threatened to strike Israel.', ALL, { published });
    expect(events.map((e) => e.type)).toEqual(['THREATEN']);
    expect(events[0]!.about?.status).toBe('planned');
  });
  it('"warned it would strike back if attacked": a threat, the strike back only possible (no labour strike)', () => {
    const { events } = eventsOf('Iran warned it would strike back if attacked.', ALL, { published });
    expect(events.map((e) => e.type)).toEqual(['THREATEN']);
    expect(events[0]!.about?.type).toBe('ASSAULT');
    expect(events[0]!.about?.status).toBe('possible');
  });
  it('"X could strike Y, officials warned": the strike possible, the unnamed officials not made the target\'s', () => {
    const { events } = eventsOf("Israel could strike Iran's nuclear facilities, officials warned.", ALL, { published });
    expect(events.find((e) => e.type === 'ASSAULT')?.status).toBe('possible');
    expect(events.filter((e) => e.actor.some((p) => p.code?.startsWith('IRN')))).toEqual([]);
  });
  it('"vowed to destroy X", "said it was ready to fight X": a promised attack is a threat, the attack planned or possible', () => {
    const vow = eventsOf('Israel vowed to destroy the militants in Gaza.', ALL, { published }).events;
    expect(vow.map((e) => [e.type, e.cameo, e.about?.type, e.about?.status])).toEqual([['THREATEN', '138', 'ASSAULT', 'planned']]);
    const ready = eventsOf('Russia said it was ready to fight Ukraine.', ALL, { published }).events;
    expect(ready.map((e) => [e.type, e.about?.type, e.about?.status])).toEqual([['THREATEN', 'ASSAULT', 'possible']]);
  });
  it('a pledge to help is no threat', () => {
    expect(eventsOf('Russia pledged to send aid to Gaza.', ALL, { published }).events.map((e) => e.type)).not.toContain('THREATEN');
  });
  it('"did not strike" is negated', () => {
    expect(briefs('Israel did not strike Iran on Friday.')).toEqual(['ASSAULT Israel -> Iran negated']);
  });
  it('a war the two sides fought years ago is background, not an attack', () => {
    expect(codes('The two countries fought a war in 1999 over the border.')).toEqual([]);
    expect(codes('Russia and Ukraine have fought a bitter war.')).toEqual([]);
  });
  it('an attack dated years before the report is background; one of the report\'s week is news', () => {
    expect(codes('Russian forces shelled Kharkiv in 2014.', [{ text: '2014', value: '2014' }])).toEqual([]);
    expect(codes('Russian forces shelled Kharkiv on 9 May 2022.', [{ text: '9 May 2022', value: '2022-05-09' }])).toEqual([]);
    expect(codes('During the 1990s, Russian forces shelled Kharkiv.', [{ text: 'the 1990s', value: '199' }])).toEqual([]);
    // A month counts from its last day: over a year back is background, within the year is news.
    expect(codes('Russian forces shelled Kharkiv in February 2023.', [{ text: 'February 2023', value: '2023-02' }])).toEqual([]);
    expect(codes('Russian forces shelled Kharkiv in April 2023.', [{ text: 'April 2023', value: '2023-04' }])).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUSMIL', recipient: 'UKR' })]);
    expect(codes('Russian forces shelled Kharkiv on Sunday.', [{ text: 'Sunday', value: '2024-03-03' }])).toEqual([expect.objectContaining({ type: 'ASSAULT', actor: 'RUSMIL', recipient: 'UKR' })]);
  });
});
