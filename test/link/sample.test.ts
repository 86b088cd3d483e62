/**
 * The seed sample (../shared/samples), linked from names placed by hand — the tagger is tested on
 * its own; this checks what the link stage makes of correct names: KB entries, countries, roles,
 * the mentions the reference lists, and the entities only the linker can find (Moon Jae-in, the
 * Foreign Ministry, South Korea from "South Korean").
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../src/model.js';
import { byName, linked } from './helpers.js';

const FILE = '../shared/samples/tass-2018-06-14-putin-kim.txt';
const NAMES: Array<[string, EntityType]> = [
  ['Vladimir Putin', 'PERSON'], ['Putin', 'PERSON'], ['Kim Jong-un', 'PERSON'], ['Kim Yong-nam', 'PERSON'],
  ['Donald Trump', 'PERSON'], ['Trump', 'PERSON'], ['Moscow', 'PLACE'], ['MOSCOW', 'PLACE'], ['Russia', 'PLACE'],
  ['Vladivostok', 'PLACE'], ['Eastern Economic Forum', 'EVENT'], ['FIFA World Cup', 'EVENT'], ['TASS', 'ORG'],
  ['Supreme People\'s Assembly', 'ORG'], ['North Korea', 'PLACE'], ['Korean Peninsula', 'PLACE'],
];

describe.skipIf(!existsSync(FILE))('link on the seed sample', () => {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  const doc = linked(text, NAMES, { reference: '2018-06-14T16:10:00+03:00' });
  const mentions = (name: string): string[] => byName(doc, name)?.mentions.map((m) => m.text.toLowerCase()) ?? [];

  it('links the four people with KB entry, country and role at the date', () => {
    expect(byName(doc, 'Vladimir Putin')).toMatchObject({ kb: 'person:vladimir-putin', country: 'RUS', role: 'President of Russia', code: 'RUSGOV' });
    expect(byName(doc, 'Kim Jong-un')).toMatchObject({ kb: 'person:kim-jong-un', country: 'PRK', code: 'PRKGOV' });
    expect(byName(doc, 'Kim Jong-un')?.role).toMatch(/State Affairs Commission/);
    expect(byName(doc, 'Kim Yong-nam')).toMatchObject({ country: 'PRK', role: "President of the Presidium of the Supreme People's Assembly" });
    expect(byName(doc, 'Donald Trump')).toMatchObject({ country: 'USA', role: 'President of the United States' });
  });

  it('attaches every listed mention', () => {
    expect(mentions('Vladimir Putin')).toEqual(expect.arrayContaining(['russian president vladimir putin', 'putin', 'the russian leader', 'the russian president']));
    expect(mentions('Kim Jong-un')).toEqual(expect.arrayContaining(['north korean leader kim jong-un', 'kim jong-un', 'kim']));
    expect(mentions('Kim Jong-un').some((m) => m.endsWith('chairman comrade kim jong-un'))).toBe(true);
    expect(mentions('Kim Yong-nam')).toEqual(expect.arrayContaining(['kim yong-nam', 'the senior north korean official', 'he']));
    expect(mentions('Donald Trump')).toEqual(expect.arrayContaining(['us president donald trump', 'us president trump', 'trump']));
  });

  it('places, bodies and events', () => {
    expect(byName(doc, 'Moscow')?.country).toBe('RUS');
    expect(byName(doc, 'Vladivostok')?.country).toBe('RUS');
    expect(byName(doc, 'North Korea')?.country).toBe('PRK');
    expect(byName(doc, "Supreme People's Assembly")?.country).toBe('PRK');
    expect(byName(doc, 'TASS')?.country).toBe('RUS');
    expect(byName(doc, 'Eastern Economic Forum')).toMatchObject({ type: 'EVENT', country: 'RUS' });
    expect(byName(doc, 'Korean Peninsula')?.type).toBe('PLACE');
  });

  it('finds what only the linker can: Moon Jae-in, the Foreign Ministry, South Korea, the US, FIFA', () => {
    expect(byName(doc, 'Moon Jae-in')?.mentions.map((m) => m.text)).toEqual(['the South Korean president']);
    expect(byName(doc, 'Ministry of Foreign Affairs of Russia')?.mentions.map((m) => m.text)).toEqual(['Foreign Ministry']);
    expect(byName(doc, 'South Korea')?.mentions.map((m) => m.text)).toContain('South Korean');
    expect(byName(doc, 'United States')?.mentions.map((m) => m.text)).toContain('US');
    expect(byName(doc, 'FIFA')?.type).toBe('ORG');
  });

  it('never makes "Comrade" part of a name, and every mention round-trips', () => {
    for (const e of doc.entities) {
      expect(e.name).not.toMatch(/Comrade/);
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
