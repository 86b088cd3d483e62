import { describe, expect, it } from 'vitest';
import { datelineDate, parseDateline, titleCase } from '../../src/clean/dateline.js';
import { articleOf } from '../read/helpers.js';

describe('parseDateline: agency styles', () => {
  it.each([
    ['MOSCOW, June 14. /TASS/. President Putin said', 'Moscow', 'June 14', 'TASS', 'MOSCOW, June 14. /TASS/.'],
    ['WASHINGTON (AP) — The Senate voted', 'Washington', undefined, 'AP', 'WASHINGTON (AP) —'],
    ['LONDON (Reuters) - Britain said', 'London', undefined, 'Reuters', 'LONDON (Reuters) -'],
    ['BEIJING, June 14 (Xinhua) -- China and', 'Beijing', 'June 14', 'Xinhua', 'BEIJING, June 14 (Xinhua) --'],
    ['PARIS (AFP) - France summoned', 'Paris', undefined, 'AFP', 'PARIS (AFP) -'],
    ['UNITED NATIONS, June 14 (Reuters) - The council', 'United Nations', 'June 14', 'Reuters', 'UNITED NATIONS, June 14 (Reuters) -'],
    ['SALVADOR, Feb 26 - Showers continued', 'Salvador', 'Feb 26', undefined, 'SALVADOR, Feb 26 -'],
    ['SAN FRANCISCO, Calif. (AP) — A judge', 'San Francisco', undefined, 'AP', 'SAN FRANCISCO, Calif. (AP) —'],
    ['MOSCOW. June 14 (Interfax) - The Kremlin', 'Moscow', 'June 14', 'Interfax', 'MOSCOW. June 14 (Interfax) -'],
    ['SEOUL, June 14 (Yonhap) -- South Korea', 'Seoul', 'June 14', 'Yonhap', 'SEOUL, June 14 (Yonhap) --'],
    ['Pyongyang, June 14 (KCNA) -- The leader', 'Pyongyang', 'June 14', 'KCNA', 'Pyongyang, June 14 (KCNA) --'],
    ['PARIS, 14 June 2018 (AFP) - Talks', 'Paris', '14 June 2018', 'AFP', 'PARIS, 14 June 2018 (AFP) -'],
    ['BANGKOK, Nov. 17 (Kyodo) -- Japanese Prime Minister', 'Bangkok', 'Nov. 17', 'Kyodo', 'BANGKOK, Nov. 17 (Kyodo) --'],
    ['WASHINGTON, Sept. 3 (Reuters) - The White House', 'Washington', 'Sept. 3', 'Reuters', 'WASHINGTON, Sept. 3 (Reuters) -'],
    ['ISLAMABAD: Pakistan said on Monday', 'Islamabad', undefined, undefined, 'ISLAMABAD:'],
    ['KYIV, Ukraine (AP) — Officials said', 'Kyiv', undefined, 'AP', 'KYIV, Ukraine (AP) —'],
    ['SEOUL, South Korea (AP) — North Korea fired', 'Seoul', undefined, 'AP', 'SEOUL, South Korea (AP) —'],
    ['ST. PETERSBURG, June 14. /TASS/. The forum', 'St. Petersburg', 'June 14', 'TASS', 'ST. PETERSBURG, June 14. /TASS/.'],
  ])('%s', (paragraph, place, dateText, agency, printed) => {
    const d = parseDateline(paragraph);
    expect(d).toBeDefined();
    expect(d!.place).toBe(place);
    expect(d!.date?.text).toBe(dateText);
    expect(d!.agency).toBe(agency);
    expect(paragraph.slice(0, d!.length)).toBe(printed);
  });

  it.each([
    ['COLUMBUS, Ohio, Feb 26 - The company said', 'Columbus', 'Feb 26', 'COLUMBUS, Ohio, Feb 26 -'],
    ['MINNETONKA, MINN., Feb 26 - The company said', 'Minnetonka', 'Feb 26', 'MINNETONKA, MINN., Feb 26 -'],
    ['RICHMOND, Va. Feb 26 - The utility said', 'Richmond', 'Feb 26', 'RICHMOND, Va. Feb 26 -'],
    ['ESCHBORN, West Germany, March 2 - The bank said', 'Eschborn', 'March 2', 'ESCHBORN, West Germany, March 2 -'],
  ])('with a region: %s', (paragraph, place, dateText, printed) => {
    const d = parseDateline(paragraph)!;
    expect(d.place).toBe(place);
    expect(d.date?.text).toBe(dateText);
    expect(paragraph.slice(0, d.length)).toBe(printed);
  });

  it('reads a dateline the source vouches for leniently, and ordinary text strictly', () => {
    expect(parseDateline('Toronto, Feb 26 -', true)).toMatchObject({ place: 'Toronto', date: { mo: 2, d: 26 } });
    expect(parseDateline('Caracas, feb 26 -', true)).toMatchObject({ place: 'Caracas', date: { mo: 2, d: 26 } });
    expect(parseDateline('Toronto, Feb 26 - The company said')).toBeUndefined();
    expect(parseDateline('On Monday, June 14 - the day of the vote - officials met.')).toBeUndefined();
  });

  it.each([
    'President Putin said on Thursday that talks would continue.',
    'The Security Council (UNSC) met on Friday.',
    'NATO members met in Brussels on Thursday.',
    'Kim Yong-nam handed over a message.',
    'MOSCOW',
    'U.S. officials said the talks were useful.',
    'UPDATE: The ministry has since confirmed the figures.',
    'EXCLUSIVE - Talks on a ceasefire have stalled, sources say.',
    'BREAKING: Parliament has approved the bill.',
  ])('no dateline in: %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeUndefined();
  });

  it('is linear on long capitalized runs', () => {
    const evil = `${'ABC '.repeat(20000)}x`;
    const started = performance.now();
    expect(parseDateline(evil)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('datelineDate', () => {
  it('is ISO when the year comes from the publication date', () => {
    expect(datelineDate({ mo: 6, d: 14, text: 'June 14' }, '2018-06-14T16:10:00+03:00')).toBe('2018-06-14');
  });
  it('crosses a year boundary towards the publication date', () => {
    expect(datelineDate({ mo: 12, d: 31, text: 'Dec 31' }, '2019-01-01T08:00:00Z')).toBe('2018-12-31');
  });
  it('uses a printed year', () => {
    expect(datelineDate({ mo: 6, d: 14, y: 2017, text: '14 June 2017' }, '2018-06-14T00:00:00Z')).toBe('2017-06-14');
  });
  it('stays as printed without a year', () => {
    expect(datelineDate({ mo: 6, d: 14, text: 'June 14' })).toBe('June 14');
  });
});

describe('titleCase', () => {
  it.each([['MOSCOW', 'Moscow'], ['UNITED NATIONS', 'United Nations'], ['RIO DE JANEIRO', 'Rio de Janeiro'], ['PORT-AU-PRINCE', 'Port-Au-Prince']])('%s', (a, b) => {
    expect(titleCase(a)).toBe(b);
  });
});

describe('datelines in whole articles', () => {
  it.each([
    ['wire-tass-style.txt', { place: 'Moscow', date: '2023-03-22', agency: 'TASS' }, 'MOSCOW, March 22. /TASS/.'],
    ['wire-ap-style.txt', { place: 'Washington', agency: 'AP' }, 'WASHINGTON (AP) —'],
    ['wire-reuters-style.txt', { place: 'London', agency: 'Reuters' }, 'LONDON (Reuters) -'],
    ['wire-xinhua-style.txt', { place: 'Beijing', date: 'June 14', agency: 'Xinhua' }, 'BEIJING, June 14 (Xinhua) --'],
    ['wire-afp-style.txt', { place: 'Paris', agency: 'AFP' }, 'PARIS (AFP) -'],
    ['wire-un-style.txt', { place: 'United Nations', date: 'June 14', agency: 'Reuters' }, 'UNITED NATIONS, June 14 (Reuters) -'],
  ])('%s', (name, fields, printed) => {
    const a = articleOf(name);
    expect(a.dateline).toMatchObject(fields);
    const span = a.dateline!.span!;
    expect(span.text).toBe(printed);
    expect(a.text.slice(span.start, span.end)).toBe(printed);
    // The dateline stays in the text, at the head of a paragraph.
    expect(a.parts.some((p) => p.kind === 'paragraph' && p.start === span.start)).toBe(true);
  });

  it('gives an ISO date once --published supplies the year', () => {
    const a = articleOf('wire-xinhua-style.txt', { published: '2024-06-14T09:00:00+08:00' });
    expect(a.dateline!.date).toBe('2024-06-14');
  });
});
