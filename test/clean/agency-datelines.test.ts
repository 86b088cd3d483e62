/**
 * Datelines in the styles of PTI, dpa, Anadolu, Yonhap and Kyodo, in capitals and in mixed case,
 * with places of several words. Our own sentences in the agencies' layouts.
 */
import { describe, expect, it } from 'vitest';
import { parseDateline, parseDatelineBlock } from '../../src/clean/dateline.js';
import { cleanArticle } from '../../src/clean/index.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

describe('agency datelines', () => {
  it.each([
    // paragraph, place, date as printed, agency, the dateline as printed
    ['New Delhi, Feb 26 (PTI) The government said on Monday that talks would resume.', 'New Delhi', 'Feb 26', 'PTI', 'New Delhi, Feb 26 (PTI)'],
    ['NEW DELHI, Feb 26 (PTI) The government said on Monday that talks would resume.', 'New Delhi', 'Feb 26', 'PTI', 'NEW DELHI, Feb 26 (PTI)'],
    ['Mumbai, Feb 26 (PTI) Shares rose on Monday.', 'Mumbai', 'Feb 26', 'PTI', 'Mumbai, Feb 26 (PTI)'],
    ['Berlin (dpa) - The government said on Monday that talks would resume.', 'Berlin', undefined, 'dpa', 'Berlin (dpa) -'],
    ['BERLIN (dpa) - The government said on Monday.', 'Berlin', undefined, 'dpa', 'BERLIN (dpa) -'],
    ['Frankfurt/Main (dpa) - The central bank kept rates on hold.', 'Frankfurt/Main', undefined, 'dpa', 'Frankfurt/Main (dpa) -'],
    ['ANKARA (AA) - The Turkish government said on Monday.', 'Ankara', undefined, 'AA', 'ANKARA (AA) -'],
    ['Ankara (AA) - The Turkish government said on Monday.', 'Ankara', undefined, 'AA', 'Ankara (AA) -'],
    ['SEOUL, April 27 (Yonhap) -- North Korea fired a missile on Monday.', 'Seoul', 'April 27', 'Yonhap', 'SEOUL, April 27 (Yonhap) --'],
    ['Seoul, April 27 (Yonhap) -- North Korea fired a missile on Monday.', 'Seoul', 'April 27', 'Yonhap', 'Seoul, April 27 (Yonhap) --'],
    ['TOKYO (Kyodo) -- Japan said on Monday it would send aid.', 'Tokyo', undefined, 'Kyodo', 'TOKYO (Kyodo) --'],
    ['Tokyo (Kyodo) -- Japan said on Monday it would send aid.', 'Tokyo', undefined, 'Kyodo', 'Tokyo (Kyodo) --'],
    ['ABU DHABI, May 3 (WAM) -- The UAE said on Monday.', 'Abu Dhabi', 'May 3', 'WAM', 'ABU DHABI, May 3 (WAM) --'],
    ['Abu Dhabi, May 3 (WAM) -- The UAE said on Monday.', 'Abu Dhabi', 'May 3', 'WAM', 'Abu Dhabi, May 3 (WAM) --'],
    ['RIO DE JANEIRO (AP) — Brazil said on Monday.', 'Rio de Janeiro', undefined, 'AP', 'RIO DE JANEIRO (AP) —'],
    ['Rio de Janeiro, May 3 (AFP) - Brazil said on Monday.', 'Rio de Janeiro', 'May 3', 'AFP', 'Rio de Janeiro, May 3 (AFP) -'],
    ['Ho Chi Minh City, May 3 (VNA) - Exports rose in April.', 'Ho Chi Minh City', 'May 3', 'VNA', 'Ho Chi Minh City, May 3 (VNA) -'],
    ['ANKARA The Turkish government said on Monday that talks would resume.', 'Ankara', undefined, undefined, 'ANKARA'],
    ['New Delhi [India], Feb 26 (ANI): The government said on Monday.', 'New Delhi', 'Feb 26', 'ANI', 'New Delhi [India], Feb 26 (ANI):'],
    ['MADRID, Aug 16 (EFE).- The government said on Monday.', 'Madrid', 'Aug 16', 'EFE', 'MADRID, Aug 16 (EFE).-'],
    ['Kathmandu, Aug 16 (IANS) The government said on Monday.', 'Kathmandu', 'Aug 16', 'IANS', 'Kathmandu, Aug 16 (IANS)'],
    ['NEW YORK CITY (AP) — A man was arrested on Monday.', 'New York City', undefined, 'AP', 'NEW YORK CITY (AP) —'],
    ['SÃO PAULO (AP) — Brazil said on Monday.', 'São Paulo', undefined, 'AP', 'SÃO PAULO (AP) —'],
  ])('%s', (paragraph, place, dateText, agency, printed) => {
    const d = parseDateline(paragraph);
    expect(d).toBeDefined();
    expect(d!.place).toBe(place);
    expect(d!.date?.text).toBe(dateText);
    expect(d!.agency).toBe(agency);
    expect(paragraph.slice(0, d!.length)).toBe(printed);
  });

  it.each([
    'NATO The alliance said on Monday that talks would resume.',
    'BREAKING The government has resigned.',
    'Prime Minister Narendra Modi said on Monday that talks would resume.',
    'ANKARA, which hosted the talks, said they would resume.',
    'Rio de Janeiro is the second city of Brazil.',
    'Minister of Defence (MoD) - the ministry said on Monday that talks would resume.',
    'Bank of England (BoE) - Rates were left on hold on Monday.',
  ])('no dateline in: %s', (paragraph) => {
    expect(parseDateline(paragraph)).toBeUndefined();
  });

  it('reads a dateline alone on its line only when it is a known city or carries a credit', () => {
    expect(parseDatelineBlock('ANKARA')).toMatchObject({ place: 'Ankara', length: 6 });
    expect(parseDatelineBlock('NEW DELHI, Feb 26 (PTI)')).toMatchObject({ place: 'New Delhi', agency: 'PTI', length: 23 });
    expect(parseDatelineBlock('ANKARA (AA)')).toMatchObject({ place: 'Ankara', agency: 'AA', length: 11 });
    expect(parseDatelineBlock('TRADE TALKS')).toBeUndefined();
    expect(parseDatelineBlock('ANKARA TALKS')).toBeUndefined();
    expect(parseDatelineBlock('Ankara')).toBeUndefined();
  });
});

describe('datelines in the record', () => {
  it('Anadolu: the place on its own line above the story', () => {
    const a = fromText('Turkey hosts grain talks\n\n16.08.2020\n\nANKARA\n\nThe Turkish government said on Monday that grain talks would resume in Istanbul next week.\n\nOfficials gave no further details.\n');
    expect(a.dateline?.place).toBe('Ankara');
    expect(a.dateline?.span).toEqual({ start: a.text.indexOf('ANKARA'), end: a.text.indexOf('ANKARA') + 6, text: 'ANKARA' });
    // A local date without a zone: Ankara's.
    expect(a.published).toBe('2020-08-16T00:00:00+03:00');
    expect(a.text).toContain('The Turkish government said');
  });

  it('a heading in capitals above a paragraph is no dateline', () => {
    const a = fromText('Turkey hosts grain talks\n\nGRAIN TALKS\n\nThe Turkish government said on Monday that grain talks would resume in Istanbul next week.\n');
    expect(a.dateline).toBeUndefined();
  });

  it.each([
    ['New Delhi, Feb 26 (PTI) The government said on Monday that trade talks would resume.', 'New Delhi', 'PTI', '2020-02-26', '2020-02-26T18:42:00+05:30'],
    ['SEOUL, April 27 (Yonhap) -- North Korea said on Monday it would hold a party meeting.', 'Seoul', 'Yonhap', '2020-04-27', '2020-04-27T18:42:00+09:00'],
    ['TOKYO (Kyodo) -- Japan said on Monday it would send aid.', 'Tokyo', 'Kyodo', undefined, '2020-04-27T18:42:00+09:00'],
    ['Berlin (dpa) - The government said on Monday that talks would resume.', 'Berlin', 'dpa', undefined, '2020-04-27T18:42:00+02:00'],
  ])('%s', (paragraph, place, agency, date, published) => {
    const stamp = date ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)} 18:42` : '27.04.2020 18:42';
    const a = fromText(`A headline for the story\n\n${stamp}\n\n${paragraph}\n`);
    expect(a.dateline?.place).toBe(place);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.dateline?.date).toBe(date);
    // The agency's (or the dateline city's) home zone for a stamp printed without one.
    expect(a.published).toBe(published);
    expect(a.text.slice(a.dateline!.span!.start, a.dateline!.span!.end)).toBe(a.dateline!.span!.text);
  });
});
