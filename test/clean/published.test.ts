import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { inferZone, resolveStamp } from '../../src/clean/published.js';
import { findStamp, parseStamp } from '../../src/clean/timestamp.js';
import { knownZones, offsetAt, offsetForLocal } from '../../src/clean/zones.js';
import type { RawArticle } from '../../src/read/types.js';

const raw = (over: Partial<RawArticle> = {}): RawArticle => ({
  format: 'jsonl', input: 't', title: 'A headline', blocks: [{ text: 'Some paragraph of the story, long enough to be prose.' }], ...over,
});

describe('parseStamp', () => {
  it.each([
    ['2018-06-14T13:10:00Z', { y: 2018, mo: 6, d: 14, time: { h: 13, mi: 10, s: 0 }, offset: 0, abbreviationZone: 'UTC' }],
    ['2018-06-14T16:10:00+03:00', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 }, offset: 180 }],
    ['2018-06-14 16:10', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 } }],
    ['2019-03-05', { y: 2019, mo: 3, d: 5 }],
    ['Thu, 14 Jun 2018 13:10:00 GMT', { y: 2018, mo: 6, d: 14, time: { h: 13, mi: 10, s: 0 }, offset: 0, abbreviationZone: 'UTC' }],
    ['Thu, 14 Jun 2018 16:10:00 +0300', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 }, offset: 180 }],
    ['14 Jun 18 09:10 EDT', { y: 2018, mo: 6, d: 14, time: { h: 9, mi: 10, s: 0 }, offset: -240, abbreviationZone: 'America/New_York' }],
    ['26-FEB-1987 15:01:01.79', { y: 1987, mo: 2, d: 26, time: { h: 15, mi: 1, s: 1 } }],
    ['June 14, 2018, 16:10', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 } }],
    ['June 14, 2018 4:10 pm', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 } }],
    ['Friday, January 4, 2019', { y: 2019, mo: 1, d: 4 }],
    ['1528981800', { y: 2018, mo: 6, d: 14, time: { h: 13, mi: 10, s: 0 }, offset: 0 }],
    ['1528981800000', { y: 2018, mo: 6, d: 14, time: { h: 13, mi: 10, s: 0 }, offset: 0 }],
    ['July 14, 2015 / 10:21 AM GMT', { y: 2015, mo: 7, d: 14, time: { h: 10, mi: 21, s: 0 }, offset: 0, abbreviationZone: 'UTC' }],
    ['29 June 2019 - 08:20 GMT', { y: 2019, mo: 6, d: 29, time: { h: 8, mi: 20, s: 0 }, offset: 0, abbreviationZone: 'UTC' }],
    ['14 June 2018 16:10 MSK', { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 }, offset: 180, abbreviationZone: 'Europe/Moscow' }],
  ])('%s', (s, expected) => {
    expect(parseStamp(s)).toEqual(expected);
  });

  it.each(['yesterday', '2018-13-01', 'June 40, 2018', 'The talks ended on June 14, 2018 after a long day of negotiations', ''])('not a timestamp: %s', (s) => {
    expect(parseStamp(s)).toBeUndefined();
  });

  it('finds the timestamp on a section line', () => {
    const line = 'Russian Politics & Diplomacy June 14, 2018, 16:10';
    const f = findStamp(line)!;
    expect(line.slice(0, f.start).trim()).toBe('Russian Politics & Diplomacy');
    expect(line.slice(f.start, f.end)).toBe('June 14, 2018, 16:10');
  });
});

describe('zones', () => {
  it('knows every zone in its tables', () => {
    for (const z of knownZones()) expect(() => offsetAt(z, Date.UTC(2020, 0, 1)), z).not.toThrow();
  });

  it('computes offsets with daylight saving time', () => {
    const t = { y: 2023, mo: 1, d: 15, h: 12, mi: 0, s: 0 };
    expect(offsetForLocal('America/New_York', t)).toBe(-300);
    expect(offsetForLocal('America/New_York', { ...t, mo: 7 })).toBe(-240);
    expect(offsetForLocal('Europe/London', { ...t, mo: 7 })).toBe(60);
    expect(offsetForLocal('Europe/Moscow', { ...t, y: 2018, mo: 6 })).toBe(180);
    // Moscow kept UTC+4 from 2011 to 2014.
    expect(offsetForLocal('Europe/Moscow', { ...t, y: 2012, mo: 6 })).toBe(240);
    expect(offsetForLocal('Asia/Pyongyang', { ...t, y: 2016, mo: 6 })).toBe(510);
  });

  it('infers the agency zone first, then the dateline city, then UTC', () => {
    expect(inferZone({ agency: 'TASS', place: 'Washington' })).toBe('Europe/Moscow');
    expect(inferZone({ agency: 'Xinhua' })).toBe('Asia/Shanghai');
    expect(inferZone({ agency: 'Yonhap' })).toBe('Asia/Seoul');
    expect(inferZone({ agency: 'KCNA' })).toBe('Asia/Pyongyang');
    expect(inferZone({ agency: 'Interfax' })).toBe('Europe/Moscow');
    expect(inferZone({ agency: 'AP', place: 'Washington' })).toBe('America/New_York');
    expect(inferZone({ agency: 'Reuters', place: 'Nowhereville' })).toBe('UTC');
    expect(inferZone({})).toBe('UTC');
  });
});

describe('resolveStamp', () => {
  it('keeps a stated offset', () => {
    // Moscow's zone does not agree with Z; the record names UTC, what Z stands for.
    expect(resolveStamp(parseStamp('2018-06-14T13:10:00Z')!, { agency: 'TASS' })).toEqual({ published: '2018-06-14T13:10:00Z', zone: 'UTC' });
    expect(resolveStamp(parseStamp('2018-06-14T16:10:00+03:00')!, {})).toEqual({ published: '2018-06-14T16:10:00+03:00' });
  });

  it('puts a zoneless local time in the agency zone and says it was inferred', () => {
    expect(resolveStamp(parseStamp('June 14, 2018, 16:10')!, { agency: 'TASS' }))
      .toEqual({ published: '2018-06-14T16:10:00+03:00', zone: 'Europe/Moscow', zoneInferred: true });
  });

  it('keeps a date-only value at local midnight, marked as day precision', () => {
    const p = resolveStamp(parseStamp('2019-03-05')!, {});
    expect(p).toEqual({ published: '2019-03-05T00:00:00Z', zone: 'UTC', zoneInferred: true, precision: 'day' });
    // West of UTC the local date is still the printed one.
    const ny = resolveStamp(parseStamp('2019-03-05')!, { place: 'Washington' });
    expect(ny.published).toBe('2019-03-05T00:00:00-05:00');
    expect(ny.published.slice(0, 10)).toBe('2019-03-05');
  });
});

describe('publication time in clean', () => {
  it('--published fills in what the input lacks', () => {
    const a = cleanArticle(raw(), { published: '2020-05-06T10:00:00+02:00' });
    expect(a.published).toBe('2020-05-06T10:00:00+02:00');
    expect(a.publishedZoneInferred).toBeUndefined();
  });

  it('--published never overrides what the input states', () => {
    const a = cleanArticle(raw({ published: 'Thu, 14 Jun 2018 13:10:00 GMT' }), { published: '2020-05-06T10:00:00+02:00' });
    expect(a.published).toBe('2018-06-14T13:10:00Z');
  });

  it('a section-line timestamp is used before --published', () => {
    const r = raw({ title: undefined, blocks: [{ text: 'A headline' }, { text: 'World June 14, 2018, 16:10' }, { text: 'MOSCOW, June 14. /TASS/. Something happened in the capital today, officials said.' }] });
    const a = cleanArticle(r, { published: '2020-05-06T10:00:00+02:00' });
    expect(a.published).toBe('2018-06-14T16:10:00+03:00');
    expect(a.section).toBe('World');
  });

  it('an unparseable source value falls back rather than failing', () => {
    const a = cleanArticle(raw({ published: 'sometime last week' }), { published: '2020-05-06T10:00:00Z' });
    expect(a.published).toBe('2020-05-06T10:00:00Z');
  });

  it('rejects a bad --published as an option error', () => {
    expect(() => cleanArticle(raw(), { published: 'next Tuesday' })).toThrow(/option published "next Tuesday"/u);
  });

  it('leaves published out when nothing gives it', () => {
    expect(cleanArticle(raw()).published).toBeUndefined();
  });
});
