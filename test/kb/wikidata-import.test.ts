import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWikidata, parseWikidataDump, wikidataPeople, wikidataTime, type WikidataEntity } from '../../src/kb/import/wikidata.js';
import { byName, linked } from '../link/helpers.js';

// A small dump in Wikidata's JSON shape, written for this test: one invented country, its two
// offices, two invented people (one holding both offices in turn) and one non-human.
const item = (id: string) => ({ mainsnak: { datavalue: { value: { id } } } });
const time = (t: string, precision = 11) => [{ datavalue: { value: { time: t, precision } } }];
const ENTITIES: WikidataEntity[] = [
  { id: 'Q900', labels: { en: { value: 'Northland' } }, claims: {
    P298: [{ mainsnak: { datavalue: { value: 'NLX' } } }], P1906: [item('Q901')], P1313: [item('Q902')] } },
  { id: 'Q901', labels: { en: { value: 'President of Northland' } }, claims: { P1001: [item('Q900')] } },
  { id: 'Q902', labels: { en: { value: 'Prime Minister of Northland' } }, claims: { P1001: [item('Q900')] } },
  { id: 'Q903', labels: { en: { value: 'Minister of Foreign Affairs of Northland' } }, claims: { P1001: [item('Q900')] } },
  { id: 'Q910', labels: { en: { value: 'Vesna Torr' } }, aliases: { en: [{ value: 'V. Torr' }, { value: 'Torr' }] }, claims: {
    P31: [item('Q5')], P27: [item('Q900')],
    P39: [
      { ...item('Q902'), qualifiers: { P580: time('+2010-05-01T00:00:00Z'), P582: time('+2014-12-31T00:00:00Z') } },
      { ...item('Q901'), qualifiers: { P580: time('+2015-01-00T00:00:00Z', 10) } },
    ] } },
  { id: 'Q911', labels: { en: { value: 'Ilan Dorr' } }, claims: {
    P31: [item('Q5')], P39: [{ ...item('Q903'), qualifiers: { P580: time('+2016-00-00T00:00:00Z', 9) } }] } },
  { id: 'Q912', labels: { en: { value: 'Northland Bridge' } }, claims: { P31: [item('Q12280')] } },
];

describe('Wikidata import', () => {
  const people = wikidataPeople(ENTITIES);

  it('keeps humans with positions held, with start/end and precision', () => {
    expect(people.map((p) => p.name)).toEqual(['Vesna Torr', 'Ilan Dorr']);
    const torr = people[0];
    expect(torr?.wikidata).toBe('Q910');
    expect(torr?.aliases).toEqual(['V. Torr']);
    expect(torr?.terms).toEqual([
      { office: 'Prime Minister of Northland', kinds: ['HOG'], country: 'NLX', start: '2010-05-01', end: '2014-12-31' },
      { office: 'President of Northland', kinds: ['HOS'], country: 'NLX', start: '2015-01' },
    ]);
    expect(people[1]?.terms[0]).toMatchObject({ kinds: ['FM'], country: 'NLX', start: '2016' });
  });

  it('reads the dump shapes: array, one entity per line, Special:EntityData', () => {
    const lines = `[\n${ENTITIES.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
    expect(parseWikidataDump(lines, 'x')).toHaveLength(ENTITIES.length);
    expect(parseWikidataDump(ENTITIES.map((e) => JSON.stringify(e)).join('\n'), 'x')).toHaveLength(ENTITIES.length);
    expect(parseWikidataDump(JSON.stringify({ entities: { Q910: ENTITIES[4] } }), 'x')).toHaveLength(1);
    expect(() => parseWikidataDump('{"id": "Q1"}\nnot json\n', 'dump.json')).toThrow('dump.json:2: not a JSON entity');
    expect(wikidataTime({ datavalue: { value: { time: '+1999-03-00T00:00:00Z', precision: 10 } } })).toBe('1999-03');
  });

  it('imported people answer roles at a date in the link stage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wd-'));
    writeFileSync(join(dir, 'dump.json'), JSON.stringify(ENTITIES));
    const entries = importWikidata(join(dir, 'dump.json'));
    const doc = linked('Vesna Torr met voters.', [['Vesna Torr', 'PERSON']], { reference: '2012-01-01T00:00:00Z', dictionaries: { entries } });
    expect(byName(doc, 'Vesna Torr')).toMatchObject({ role: 'Prime Minister of Northland', country: 'NLX', code: 'NLXGOV', kb: 'person:vesna-torr' });
    const later = linked('Torr met voters.', [['Torr', 'PERSON']], { reference: '2016-01-01T00:00:00Z', dictionaries: { entries } });
    expect(byName(later, 'Vesna Torr')?.role).toBe('President of Northland');
  });
});
