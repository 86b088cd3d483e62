/**
 * Towns and regions the tagger typed OTHER or PERSON (not ORG: companies bear towns' names), where the text expects a place ("captured
 * X", "X, a railway hub", "the town of X"): the place the KB or GeoNames knows, in its country, when
 * the article names that country; "the Indonesian island of Bali" is in Indonesia whatever larger
 * namesake GeoNames has. Original prose written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';

const ctx = { reference: '2020-11-10T08:00:00Z' };

describe('link: places in a place context', () => {
  it('a town typed OTHER after a verb of taking ground', () => {
    const doc = linked('Azerbaijani troops captured Shusha on Sunday, officials in Baku said.', [['Shusha', 'OTHER'], ['Baku', 'PLACE']], ctx);
    const e = entityWith(doc, 'Shusha');
    expect(e?.type).toBe('PLACE');
    expect(e?.country).toBe('AZE');
  });

  it('a town typed PERSON before an apposition calling it a hub, and its other mentions', () => {
    const text = 'Ukrainian forces held Debaltseve. The fate of Debaltseve, a railway hub, was unclear.';
    const doc = linked(text, [['Debaltseve', 'PERSON'], ['Ukrainian', 'GROUP']], ctx);
    const e = entityWith(doc, 'Debaltseve', text.indexOf('Debaltseve,'));
    expect(e?.type).toBe('PLACE');
    expect(e?.country).toBe('UKR');
    expect(e?.mentions.filter((m) => m.text === 'Debaltseve')).toHaveLength(2);
  });

  it('a town typed OTHER after "the town of"', () => {
    const doc = linked('Shelling hit the town of Vuhlehirsk in eastern Ukraine.', [['Vuhlehirsk', 'OTHER'], ['Ukraine', 'PLACE']], ctx);
    expect(entityWith(doc, 'Vuhlehirsk')?.type).toBe('PLACE');
  });

  it('a company typed ORG after a preposition stays a body ("an advance to Argo")', () => {
    const doc = linked('The plan calls for an advance to Argo, Argo Petroleum of New York said.', [['Argo', 'ORG'], ['New York', 'PLACE']], ctx);
    expect(entityWith(doc, 'Argo')?.type).toBe('ORG');
  });

  it('no place context: a person stays a person', () => {
    const doc = linked('Ukrainian officials said Debaltseve would testify on Monday.', [['Debaltseve', 'PERSON'], ['Ukrainian', 'GROUP']], ctx);
    expect(entityWith(doc, 'Debaltseve')?.type).toBe('PERSON');
  });

  it('a place context but a country the article never names: left alone', () => {
    const doc = linked('Rebels captured Vuhlehirsk on Sunday, a spokesman said.', [['Vuhlehirsk', 'PERSON']], ctx);
    expect(entityWith(doc, 'Vuhlehirsk')?.type).toBe('PERSON');
  });

  it('"the Indonesian island of Bali" is in Indonesia, and so is "Bali" again', () => {
    const text = 'The two leaders met on the Indonesian island of Bali in November. Bali hosted the summit.';
    const doc = linked(text, [['Bali', 'PLACE'], ['Indonesian', 'GROUP']], { reference: '2023-02-03T10:00:00Z' });
    expect(entityWith(doc, 'Bali')?.country).toBe('IDN');
    expect(entityWith(doc, 'Bali', text.indexOf('Bali hosted'))?.country).toBe('IDN');
  });

  it('"the Russian city of Kazan" picks the namesake in that country', () => {
    const doc = linked('They flew to the Russian city of Kazan.', [['Kazan', 'PLACE'], ['Russian', 'GROUP']], ctx);
    expect(entityWith(doc, 'Kazan')?.country).toBe('RUS');
  });
});

describe('link: "at" and "to" are no place context for a name typed PERSON', () => {
  it('"jobs go at Oracle" is no town of Oracle', () => {
    const doc = linked('Jobs go at Oracle after the takeover in the U.S. market.', [['Oracle', 'PERSON'], ['U.S.', 'PLACE']], ctx);
    expect(entityWith(doc, 'Oracle')?.type).not.toBe('PLACE');
  });

  it('"Rajasthan\'s Churu" is two places, the town inside the state', () => {
    const text = 'Addressing a rally in Rajasthan’s Churu, the prime minister said the country was safe.';
    const doc = linked(text, [['Rajasthan’s Churu', 'PLACE']], { reference: '2019-02-26T09:00:00Z' });
    expect(entityWith(doc, 'Rajasthan')).toMatchObject({ type: 'PLACE', country: 'IND' });
    expect(entityWith(doc, 'Churu')).toMatchObject({ type: 'PLACE', country: 'IND' });
    for (const m of doc.entities.flatMap((e) => e.mentions)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
