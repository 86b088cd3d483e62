/**
 * Bans and restrictions aimed at another country are sanctions (PLOVER SANCTION, CAMEO 16): the
 * banning government acts on the country whose goods, firms, flights or people are banned. A ban
 * at home stays coercion (CAMEO 1722). Sentences we wrote.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, CHINA, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const INDIA: HandEntity = { name: 'India', type: 'PLACE', code: 'IND', country: 'IND', at: ['India', 'Indian', 'New Delhi'] };
const HUNGARY: HandEntity = { name: 'Hungary', type: 'PLACE', code: 'HUN', country: 'HUN', at: ['Hungary'] };
const UKRAINE: HandEntity = { name: 'Ukraine', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Ukraine', 'Ukrainian'] };
const GEORGIA: HandEntity = { name: 'Georgia', type: 'PLACE', code: 'GEO', country: 'GEO', at: ['Georgia'] };
const ISRAEL: HandEntity = { name: 'Israel', type: 'PLACE', code: 'ISR', country: 'ISR', at: ['Israel'] };
const UN: HandEntity = { name: 'United Nations', type: 'ORG', code: 'IGOUNO', at: ['UN'] };
const EU: HandEntity = { name: 'European Union', type: 'ORG', code: 'IGOEUR', at: ['European Union', 'EU'] };
const BRITAIN: HandEntity = { name: 'United Kingdom', type: 'PLACE', code: 'GBR', country: 'GBR', at: ['Britain', 'British'] };
const OLIGARCH: HandEntity = { name: 'Pavel Dorin', type: 'PERSON', country: 'RUS', code: 'RUSBUS', at: ['Pavel Dorin'] };
const ALL = [INDIA, HUNGARY, UKRAINE, GEORGIA, ISRAEL, UN, EU, BRITAIN, OLIGARCH, CHINA, RUSSIA];

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL);
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

function coded(text: string): Array<{ type: string; cameo: string | undefined; actor: string; recipient: string; status: string }> {
  return eventsOf(text, ALL).events.map((e) => ({ type: e.type, cameo: e.cameo, actor: e.actor.map((p) => p.code ?? '').join('+'), recipient: e.recipient.map((p) => p.code ?? '').join('+'), status: e.status }));
}

describe('a ban aimed at another country is a sanction on it', () => {
  it('"India banned 59 Chinese apps": China is the target', () => {
    expect(briefs('India banned 59 Chinese apps, citing security concerns.')).toEqual(['SANCTION India -> China occurred']);
  });
  it('"banned imports of Russian oil"', () => {
    expect(briefs('The European Union banned imports of Russian oil.')).toEqual(['SANCTION European Union -> Russia occurred']);
  });
  it('"barred Ukrainian grain imports", "barred imports of Ukrainian grain"', () => {
    expect(briefs('Hungary barred Ukrainian grain imports.')).toEqual(['SANCTION Hungary -> Ukraine occurred']);
    expect(briefs('Hungary barred imports of Ukrainian grain.')).toEqual(['SANCTION Hungary -> Ukraine occurred']);
  });
  it('"imposed an export ban on X": the ban\'s target', () => {
    expect(coded('China imposed an export ban on India.')).toEqual([{ type: 'SANCTION', cameo: '163', actor: 'CHN', recipient: 'IND', status: 'occurred' }]);
  });
  it('"froze the assets of X"', () => {
    expect(briefs('Britain froze the assets of Russian businessman Pavel Dorin.')).toEqual(['SANCTION United Kingdom -> Pavel Dorin occurred']);
  });
  it('"suspended flights to Georgia"', () => {
    expect(briefs('Russia suspended flights to Georgia.')).toEqual(['SANCTION Russia -> Georgia occurred']);
  });
  it('"closed its airspace to Russian flights", "banned the export of wheat to X"', () => {
    expect(briefs('Ukraine closed its airspace to Russian flights.')).toEqual(['SANCTION Ukraine -> Russia occurred']);
    expect(briefs('India banned the export of wheat to China.')).toEqual(['SANCTION India -> China occurred']);
  });
  it('"told the US official to leave the country": an expulsion (166), not a request', () => {
    expect(coded('Ukraine told the senior Russian diplomat to leave the country.')).toEqual([{ type: 'SANCTION', cameo: '166', actor: 'UKR', recipient: 'RUSGOV', status: 'occurred' }]);
  });
  it('"signed an executive order imposing sanctions on X": the signer sanctions X', () => {
    expect(briefs('Hungary signed an executive order imposing sanctions on Russian banks.')).toEqual(['SANCTION Hungary -> Russia occurred']);
  });
  it('"ordered the expulsion of ten diplomats"', () => {
    expect(coded('Ukraine ordered the expulsion of ten Russian diplomats.')).toEqual([{ type: 'SANCTION', cameo: '166', actor: 'UKR', recipient: 'RUSGOV', status: 'occurred' }]);
  });
  it('"barred X from entering the country": entry denied (CAMEO 166)', () => {
    expect(coded('Israel barred the UN envoy from entering the country.')).toEqual([{ type: 'SANCTION', cameo: '166', actor: 'ISR', recipient: 'IGOUNO', status: 'occurred' }]);
  });
});

describe('modality and what is no sanction', () => {
  it('a ban planned or threatened is not yet imposed', () => {
    expect(briefs('India plans to ban Chinese apps.')).toEqual(['SANCTION India -> China planned']);
    expect(briefs('India did not ban Chinese apps.')).toEqual(['SANCTION India -> China negated']);
    expect(briefs('India threatened to ban Chinese apps.').map((x) => x.split(' ')[0])).toEqual(['THREATEN']);
  });
  it('a ban at home coerces, it sanctions no country', () => {
    expect(coded('The Indian government banned the opposition party.')).toEqual([expect.objectContaining({ type: 'COERCE', cameo: '1722' })]);
  });
  it('barred from a race at home is no denial of entry', () => {
    expect(coded('The Indian election commission barred opposition candidates from running.').filter((e) => e.type === 'SANCTION')).toEqual([]);
  });
  it('lifting a ban eases it', () => {
    expect(briefs('India lifted the ban on Chinese apps.').map((x) => x.split(' ')[0])).toEqual(['RETREAT']);
  });
});
