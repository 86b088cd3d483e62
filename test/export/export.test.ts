import { describe, expect, it } from 'vitest';
import { exportHeader, exportLine, GDELT_COLUMNS, goldstein, matchesFilter, ploverType, quadClass, toGdeltRow } from '../../src/export/index.js';
import type { AnalyzedArticle, PoliticalEvent } from '../../src/model.js';

const text = 'Lavrov met Wang Yi in Paris, said "yes, fine".';
const event: PoliticalEvent = {
  type: 'CONSULT', mode: 'visit', cameo: '042', status: 'occurred', date: '2026-03-02',
  actor: [{ entity: 'e1', text: 'Lavrov', code: 'RUSGOV', country: 'RUS' }],
  recipient: [{ entity: 'e2', text: 'Wang Yi', code: 'CHNGOV', country: 'CHN' }],
  location: 'e3', evidence: { start: 0, end: 18, text: 'Lavrov met Wang Yi' },
};
const record: AnalyzedArticle = {
  id: 'abc123', source: { format: 'jsonl', url: 'https://example.org/a' }, text, parts: [], headline: '', published: '2026-03-04T10:00:00Z',
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Sergei Lavrov', code: 'RUSGOV', country: 'RUS', mentions: [] },
    { id: 'e2', type: 'PERSON', name: 'Wang Yi', code: 'CHNGOV', country: 'CHN', mentions: [] },
    { id: 'e3', type: 'PLACE', name: 'Paris', code: 'FRAGOV', country: 'FRA', mentions: [] },
  ],
  times: [], quotes: [], events: [event],
};

describe('GDELT 2.0 rows', () => {
  const line = exportLine('gdelt', { record, event, index: 0 }, '2026-03-05T01:02:03Z');
  const cols = line.split('\t');
  const at = (name: (typeof GDELT_COLUMNS)[number]): string => cols[GDELT_COLUMNS.indexOf(name)] ?? '';
  it('61 tab-separated columns, no header', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(cols).toHaveLength(61);
    expect(exportHeader('gdelt')).toBeUndefined();
  });
  it('dates, actors, codes, quad class, Goldstein, geography, URL', () => {
    expect(at('Day')).toBe('20260302');
    expect(at('MonthYear')).toBe('202603');
    expect(at('Year')).toBe('2026');
    expect(Number(at('FractionDate'))).toBeCloseTo(2026.16, 1);
    expect(at('Actor1Code')).toBe('RUSGOV');
    expect(at('Actor1Name')).toBe('SERGEI LAVROV');
    expect(at('Actor1CountryCode')).toBe('RUS');
    expect(at('Actor1Type1Code')).toBe('GOV');
    expect(at('Actor2CountryCode')).toBe('CHN');
    expect(at('EventCode')).toBe('042');
    expect(at('EventBaseCode')).toBe('042');
    expect(at('EventRootCode')).toBe('04');
    expect(at('QuadClass')).toBe('1');
    expect(at('GoldsteinScale')).toBe('1.9');
    expect(at('ActionGeo_FullName')).toBe('Paris');
    expect(at('ActionGeo_CountryCode')).toBe('FRA');
    expect(at('DATEADDED')).toBe('20260305010203');
    expect(at('SOURCEURL')).toBe('https://example.org/a');
    expect(at('GlobalEventID')).toMatch(/^\d+$/);
  });
  it('an event without a date of its own takes the publication day', () => {
    const { date: _date, ...undated } = event;
    void _date;
    const row = toGdeltRow(record, undated, 0, '20260305000000');
    expect(row.Day).toBe('20260304');
  });
  it('no field holds a tab or newline', () => {
    const row = toGdeltRow(record, { ...event, actor: [{ text: 'A\tB\nC' }] }, 1, '20260305000000');
    expect(Object.values(row).every((v) => !/[\t\n]/.test(v))).toBe(true);
  });
  it('quad classes and Goldstein values by CAMEO code', () => {
    expect(quadClass('051')).toBe(1);
    expect(quadClass('0311')).toBe(1);
    expect(quadClass('073')).toBe(2);
    expect(quadClass('111')).toBe(3);
    expect(quadClass('194')).toBe(4);
    expect(goldstein('0311')).toBe(5.2);
    expect(goldstein('1234')).toBe(-4);
    expect(goldstein(undefined)).toBeUndefined();
  });
});

describe('PLOVER, CSV, JSON Lines', () => {
  it('PLOVER codes intentions and demands as PLOVER does', () => {
    expect(ploverType({ type: 'CONSULT', status: 'planned' })).toBe('AGREE');
    expect(ploverType({ type: 'ASSAULT', status: 'possible' })).toBe('THREATEN');
    expect(ploverType({ type: 'RETREAT', status: 'demanded' })).toBe('REQUEST');
    expect(ploverType({ type: 'CONSULT', status: 'negated' })).toBe('REJECT');
    expect(ploverType({ type: 'CONSULT', status: 'occurred' })).toBe('CONSULT');
  });
  it('a PLOVER record with source, target, sector and location', () => {
    const r = JSON.parse(exportLine('plover', { record, event, index: 0 }, '2026-03-05T00:00:00Z')) as Record<string, unknown>;
    expect(r.event).toBe('CONSULT');
    expect(r.source).toEqual([{ actorText: 'Lavrov', code: 'RUSGOV', country: 'RUS', sector: 'GOV', entity: 'e1', name: 'Sergei Lavrov' }]);
    expect(r.eventLoc).toBe('Paris');
    expect(r.id).toBe('abc123-1');
  });
  it('CSV quotes fields with commas and quotes', () => {
    const line = exportLine('csv', { record, event: { ...event, evidence: { start: 0, end: text.length, text } }, index: 0 }, '2026-03-05T00:00:00Z');
    expect(line).toContain('"Lavrov met Wang Yi in Paris, said ""yes, fine""."');
    expect(exportHeader('csv')?.split(',')[0]).toBe('article');
  });
  it('filters by type, country, actor and day', () => {
    expect(matchesFilter(record, event, { type: 'CONSULT', country: 'CHN', actor: 'lavrov', since: '2026-03-01', until: '2026-03-02' })).toBe(true);
    expect(matchesFilter(record, event, { type: 'AGREE' })).toBe(false);
    expect(matchesFilter(record, event, { country: 'USA' })).toBe(false);
    expect(matchesFilter(record, event, { since: '2026-03-03' })).toBe(false);
  });
});
