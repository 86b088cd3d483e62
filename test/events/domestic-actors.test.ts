/**
 * An actor the text does not place, acting on one country's own bodies, officials or places, is of
 * that country (src/analyze/events/domestic.ts). Our own sentences; the people and towns invented.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, type HandEntity } from './helpers.js';
import type { Participant, PoliticalEvent } from '../../src/model.js';
import type { Doc } from '../../src/analyze/doc.js';

const MARENGA: HandEntity = { name: 'Marenga', type: 'PLACE', code: 'KEN', country: 'KEN', at: ['Marenga'] };
const BURUNDI_GOV: HandEntity = { name: 'Government of Burundi', type: 'ORG', code: 'BDIGOV', country: 'BDI', at: ['Burundian government'] };
const HUNGARY: HandEntity = { name: 'Hungary', type: 'PLACE', code: 'HUN', country: 'HUN', at: ['Hungary', 'Hungarian'] };
const ANTI_GRAFT: HandEntity = { name: 'Hungarian Integrity Office', type: 'ORG', code: 'HUNGOV', country: 'HUN', at: ['Hungarian Integrity Office'] };
const VARGA: HandEntity = { name: 'Tomas Varga', type: 'PERSON', at: ['Tomas Varga', 'Varga'] };
const IRAQ: HandEntity = { name: 'Iraq', type: 'PLACE', code: 'IRQ', country: 'IRQ', at: ['Iraq'] };
const ALL = [MARENGA, BURUNDI_GOV, HUNGARY, ANTI_GRAFT, VARGA, IRAQ];

function countryOf(doc: Doc, p: Participant): string | undefined {
  const e = p.entity ? doc.entities.find((x) => x.id === p.entity) : undefined;
  return (p.country ?? p.code ?? e?.country ?? e?.code)?.slice(0, 3);
}

function coded(text: string, type: string): { doc: Doc; e: PoliticalEvent } {
  const { doc, events } = eventsOf(text, ALL);
  const e = events.find((x) => x.type === type);
  expect(e, `${type} in "${text}"`).toBeDefined();
  return { doc, e: e! };
}

describe('an unplaced actor acting on one country at home is of that country', () => {
  it('a group agreeing on a town\'s rally', () => {
    const { doc, e } = coded('Opposition leaders agreed to call off the march in Marenga on Friday.', 'AGREE');
    expect(e.actor.map((a) => countryOf(doc, a))).toEqual(['KEN']);
  });

  it('rebels demanding something of a government', () => {
    const { doc, e } = coded('Rebels demanded that the Burundian government free all political prisoners.', 'REQUEST');
    expect(e.actor.map((a) => countryOf(doc, a))).toEqual(['BDI']);
    expect(e.actor[0]!.code).toBe('BDIREB');
  });

  it('a person under pressure from a national body', () => {
    const { doc, e } = coded('Deputy Speaker Tomas Varga refused to step down despite pressure from the Hungarian Integrity Office.', 'REJECT');
    expect(e.actor.map((a) => countryOf(doc, a))).toEqual(['HUN']);
  });

  it('a threat keeps its own country\'s target', () => {
    const { doc, e } = coded('The nationalist party threatened to boycott Hungary\'s local elections.', 'THREATEN');
    expect(e.actor.map((a) => countryOf(doc, a))).toEqual(['HUN']);
    expect(e.recipient.map((r) => countryOf(doc, r))).toEqual(['HUN']);
  });
});

describe('no placement where the target says nothing of the actor', () => {
  it('a person urging a country may be a foreign envoy', () => {
    const { doc, e } = coded('Envoy Tomas Varga urged Iraq to hold early elections.', 'REQUEST');
    expect(e.actor.map((a) => countryOf(doc, a))).toEqual([undefined]);
  });

  it('troops firing on a town may be another country\'s; gunmen in it are its own', () => {
    const troops = coded('Troops fired rockets at Marenga on Monday.', 'ASSAULT');
    expect(troops.e.actor.map((a) => countryOf(troops.doc, a))).toEqual([undefined]);
    const gunmen = coded('Gunmen attacked a police station in Marenga on Monday.', 'ASSAULT');
    expect(gunmen.e.actor.map((a) => countryOf(gunmen.doc, a))).toEqual(['KEN']);
  });

  it('a delegation meeting a country\'s body may be a visiting one', () => {
    const { events, doc } = eventsOf('A delegation met the Hungarian Integrity Office in Budapest.', ALL);
    for (const e of events.filter((x) => x.type === 'CONSULT')) expect(e.actor.map((a) => countryOf(doc, a))).not.toContain('HUN');
  });
});

describe('an ethnic group is of the country it lives in', () => {
  const SERBS: HandEntity = { name: 'Serbs', type: 'GROUP', code: 'SRB', country: 'SRB', at: ['Serbs'] };
  const KOSOVO: HandEntity = { name: 'Kosovo', type: 'PLACE', code: 'XKX', country: 'XKX', at: ['Kosovo'] };
  const HUNGARIANS: HandEntity = { name: 'Hungarians', type: 'GROUP', code: 'HUN', country: 'HUN', at: ['Hungarians'] };
  const SLOVAKIA: HandEntity = { name: 'Slovakia', type: 'PLACE', code: 'SVK', country: 'SVK', at: ['Slovakia'] };
  const ETHNIC = [SERBS, KOSOVO, HUNGARIANS, SLOVAKIA];

  it('"ethnic Serbs demonstrated in Kosovo"', () => {
    const { doc, events } = eventsOf('About 300 ethnic Serbs demonstrated in Kosovo on Sunday.', ETHNIC);
    const e = events.find((x) => x.type === 'PROTEST');
    expect(e).toBeDefined();
    expect(e!.actor.map((a) => countryOf(doc, a))).toEqual(['XKX']);
  });

  it('"the ethnic Hungarians of southern Slovakia"', () => {
    const { doc, events } = eventsOf('The ethnic Hungarians of southern Slovakia demanded more autonomy from the government.', ETHNIC);
    const e = events.find((x) => x.type === 'REQUEST');
    expect(e).toBeDefined();
    expect(e!.actor.map((a) => countryOf(doc, a))).toEqual(['SVK']);
  });

  it('a group named without "ethnic" keeps its name\'s country', () => {
    const { doc, events } = eventsOf('Serbs demonstrated in Kosovo on Sunday.', ETHNIC);
    expect(events.find((x) => x.type === 'PROTEST')!.actor.map((a) => countryOf(doc, a))).toEqual(['SRB']);
  });
});

describe('an unplaced target of one country\'s side at home is of that country', () => {
  it('a government conceding to rebels', () => {
    const { doc, e } = coded('The Burundian government accepted demands from the rebels on Thursday.', 'CONCEDE');
    expect(e.recipient.map((r) => countryOf(doc, r))).toEqual(['BDI']);
    expect(e.recipient[0]!.code).toBe('BDIREB');
  });

  it('a state body turning down a person nothing places', () => {
    const { doc, e } = coded('The Hungarian Integrity Office dismissed an appeal from Tomas Varga.', 'REJECT');
    expect(e.recipient.map((r) => countryOf(doc, r))).toEqual(['HUN']);
  });

  it('a country answering a person may answer a foreigner', () => {
    const { doc, e } = coded('Hungary dismissed an appeal from Tomas Varga.', 'REJECT');
    expect(e.recipient.map((r) => countryOf(doc, r))).toEqual([undefined]);
  });
});

describe('force used for a purpose', () => {
  it('"police opened fire to disperse the protesters" is aimed at the protesters, of the police\'s country', () => {
    const POLICE: HandEntity = { name: 'Kenya Police Service', type: 'ORG', code: 'KENCOP', country: 'KEN', at: ['Kenyan police'] };
    const { doc, events } = eventsOf('Kenyan police opened fire to disperse the protesters on Monday.', [POLICE]);
    const e = events.find((x) => x.type === 'ASSAULT');
    expect(e).toBeDefined();
    expect(e!.recipient.map((r) => r.text)).toEqual(['the protesters']);
    expect(e!.recipient.map((r) => countryOf(doc, r))).toEqual(['KEN']);
  });
});
