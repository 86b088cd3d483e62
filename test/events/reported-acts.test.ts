/**
 * Requests, rejections, accusations and denials told in reported speech (sentences we wrote): the
 * act itself took place (or did not, "has not asked"); what is asked is demanded, what is alleged
 * possible, what is denied negated, and a denied claim's "it" is the denier.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';
import type { PoliticalEvent } from '../../src/model.js';

const UKRAINE: HandEntity = { name: 'Ukraine', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Ukraine', 'Ukrainian', 'Kyiv'] };
const USA: HandEntity = { name: 'United States', type: 'PLACE', code: 'USA', country: 'USA', at: ['United States', 'Washington'] };
const CHINA: HandEntity = { name: 'China', type: 'PLACE', code: 'CHN', country: 'CHN', at: ['China', 'Beijing'] };
const IRAN: HandEntity = { name: 'Iran', type: 'PLACE', code: 'IRN', country: 'IRN', at: ['Iran'] };
const VARGA: HandEntity = { name: 'Ivan Varga', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Ivan Varga', 'Varga'] };
const OKO: HandEntity = { name: 'Petro Oko', type: 'PERSON', code: 'UKRGOV', country: 'UKR', at: ['Petro Oko', 'Oko'] };
const ALL = [UKRAINE, USA, CHINA, IRAN, VARGA, OKO, RUSSIA];

function run(text: string): { out: string[]; events: PoliticalEvent[] } {
  const { doc, events } = eventsOf(text, ALL);
  expectSpansRoundTrip(toRecord(doc));
  return { out: events.map((e) => brief(doc, e)), events };
}

const about = (e: PoliticalEvent | undefined): string => (e?.about ? `${e.about.type} ${e.about.status}` : '-');

describe('requests: the asking took place, what is asked is demanded', () => {
  it('"X asked Y to send weapons"', () => {
    const { out, events } = run('Petro Oko asked the United States to send more weapons.');
    expect(out).toEqual(['REQUEST Petro Oko -> United States occurred']);
    expect(about(events[0])).toBe('AID demanded');
  });
  it('"X urged Y to end the war"', () => {
    const { out, events } = run('Ivan Varga urged Ukraine to end the war.');
    expect(out).toEqual(['REQUEST Ivan Varga -> Ukraine occurred']);
    expect(about(events[0])).toBe('RETREAT demanded');
  });
  it('"said he had asked Y to …": the speaker asked', () => {
    expect(run('Ivan Varga said he had asked China to help.').out).toEqual(['REQUEST Ivan Varga -> China occurred']);
  });
  it('"X told Y to allow aid": telling someone to act asks it of them', () => {
    const { out, events } = run('Ivan Varga told Petro Oko to withdraw the troops.');
    expect(out).toEqual(['REQUEST Ivan Varga -> Petro Oko occurred']);
    expect(about(events[0])).toBe('RETREAT demanded');
  });
  it('"X requested that Y hold a meeting": the meeting only demanded', () => {
    const { out, events } = run('Russia has requested that China hold an emergency meeting.');
    expect(out).toEqual(['REQUEST Russia -> China occurred']);
    expect(about(events[0])).toBe('CONSULT demanded');
  });
  it('"will ask Y to join" is planned', () => {
    expect(run('China will ask Russia to join the talks.').out).toEqual(['REQUEST China -> Russia planned']);
  });
  it('"has not asked Y for weapons" is negated', () => {
    expect(run('Iran has not asked Russia for weapons, Ivan Varga said.').out).toContain('REQUEST Iran -> Russia negated');
  });
});

describe('rejections', () => {
  it('"X rejected Y\'s proposal": the proposal\'s owner is the target', () => {
    expect(run("Ukraine rejected Russia's proposal for a truce.").out).toEqual(['REJECT Ukraine -> Russia occurred']);
  });
  it('"Y said X had rejected its proposal": "its" is the speaker\'s', () => {
    expect(run('Ukraine said Russia had rejected its proposal for a prisoner exchange.').out).toEqual(['REJECT Russia -> Ukraine occurred']);
  });
  it('"X rebuffed Y\'s request"', () => {
    expect(run("Ukraine rebuffed Russia's request for talks.").out).toEqual(['REJECT Ukraine -> Russia occurred']);
  });
  it('"did not reject the proposal" is negated', () => {
    expect(run('Russia did not reject the proposal.').out).toEqual(['REJECT Russia -> - negated']);
  });
});

describe('accusations and denials', () => {
  it('"X accused Y of shelling a hospital": the shelling only alleged', () => {
    const { out, events } = run('Ukraine accused Russia of shelling a hospital.');
    expect(out).toEqual(['ACCUSE Ukraine -> Russia occurred']);
    expect(about(events[0])).toBe('ASSAULT possible');
    expect(events[0]!.about?.actor.map((p) => p.code)).toEqual(['RUS']);
  });
  it('"X denied shelling the hospital": a rejection, the shelling negated', () => {
    const { out, events } = run('Russia denied shelling the hospital.');
    expect(out).toEqual(['REJECT Russia -> - occurred']);
    expect(about(events[0])).toBe('ASSAULT negated');
  });
  it('"X denied Y\'s claim that it had shelled a hospital": no shelling is told as done, "it" the denier', () => {
    const { out, events } = run("Russia denied Ukraine's claim that it had shelled a hospital.");
    expect(out).toEqual(['REJECT Russia -> Ukraine occurred']);
    expect(about(events[0])).toBe('ASSAULT negated');
    expect(events[0]!.about?.actor.map((p) => p.code)).toEqual(['RUS']);
  });
  it('"X rejected claims that its forces had attacked civilians": the forces are the denier\'s', () => {
    const { events } = run('Ukraine rejected claims that its forces had attacked civilians.');
    expect(about(events[0])).toBe('ASSAULT negated');
    expect(events[0]!.about?.actor.map((p) => p.code)).toEqual(['UKRMIL']);
  });
  it('"X said its forces had captured the village": the speaker\'s forces', () => {
    const { events } = run('Russia said its forces had captured the village of Kurakhove.');
    expect(events.map((e) => [e.type, e.actor.map((p) => p.code).join('+')])).toEqual([['COERCE', 'RUSMIL']]);
  });
  it('"X urged Y to ban Z\'s imports": the ban asked for is a sanction, demanded', () => {
    const { events } = run('Ukraine urged the United States to ban Russian oil imports.');
    expect(about(events[0])).toBe('SANCTION demanded');
  });
  it('"X alleged that Y had supplied weapons": alleged, not a fact', () => {
    const { out, events } = run('The United States alleged that Iran had provided weapons to Russia.');
    expect(out).toEqual(['ACCUSE United States -> Iran occurred']);
    expect(about(events[0])).toBe('AID possible');
  });
});
