/**
 * Header (metadata) lines in the shapes agencies and news sites print them, and datelines of more
 * agencies. Every line and story here is our own writing in the agencies' layouts.
 */
import { describe, expect, it } from 'vitest';
import { agencyAtStart, agencyNamed } from '../../src/clean/agencies.js';
import { isBoilerplate } from '../../src/clean/boilerplate.js';
import { parseDateline } from '../../src/clean/dateline.js';
import { cleanArticle } from '../../src/clean/index.js';
import { resolveStamp } from '../../src/clean/published.js';
import { parseSectionLine } from '../../src/clean/section-line.js';
import { findStamp, parseStamp } from '../../src/clean/timestamp.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

const t = (h: number, mi: number, s = 0): { h: number; mi: number; s: number } => ({ h, mi, s });

describe('header lines: shapes', () => {
  it.each([
    // line, section, agency, date [y, mo, d], time, offset (minutes; undefined = none stated)
    ['KYODO NEWS - Mar 16, 2023 - 21:40 | Politics', 'Politics', 'Kyodo', [2023, 3, 16], t(21, 40), undefined],
    ['Kyodo News | Apr 2, 2024 - 08:05 | World', 'World', 'Kyodo', [2024, 4, 2], t(8, 5), undefined],
    ['Updated 4:02 PM EDT, March 25, 2024', undefined, undefined, [2024, 3, 25], t(16, 2), -240],
    ['Updated 11:15 AM EST, January 9, 2024', undefined, undefined, [2024, 1, 9], t(11, 15), -300],
    ['Published 9:30 AM GMT, 12 May 2022', undefined, undefined, [2022, 5, 12], t(9, 30), 0],
    ['Source: Xinhua Editor: huaxia 2024-12-18 21:30:12', undefined, 'Xinhua', [2024, 12, 18], t(21, 30, 12), undefined],
    ['Source: Xinhua | 2018-06-14 16:10:00 | Editor: Li Jia', undefined, 'Xinhua', [2018, 6, 14], t(16, 10), undefined],
    ['March 14, 2018 / 1:02 PM / Updated 6 years ago', undefined, undefined, [2018, 3, 14], t(13, 2), undefined],
    ['Published on 3 May 2023 - 10:15 CEST · Europe', 'Europe', undefined, [2023, 5, 3], t(10, 15), 120],
    ['Posted : 2023-05-20 14:05', undefined, undefined, [2023, 5, 20], t(14, 5), undefined],
    ['Published On 25 Mar 2024', undefined, undefined, [2024, 3, 25], undefined, undefined],
    ['Published On 25 Mar 2024 · Middle East', 'Middle East', undefined, [2024, 3, 25], undefined, undefined],
    ['Published 25 March 2024', undefined, undefined, [2024, 3, 25], undefined, undefined],
    ['Last updated: 2023-05-03 12:00 GMT+3', undefined, undefined, [2023, 5, 3], t(12, 0), 180],
    ['Mon. Mar. 25, 2024 09:00 CST', undefined, undefined, [2024, 3, 25], t(9, 0), -360],
    ['By Jane Doe | Tuesday, May 2, 2023 | World', 'World', undefined, [2023, 5, 2], undefined, undefined],
    ['Anadolu Agency | 03.05.2023 - Update : 03.05.2023', undefined, 'Anadolu Agency', [2023, 5, 3], undefined, undefined],
    ['03.05.2023 14:20', undefined, undefined, [2023, 5, 3], t(14, 20), undefined],
    ['PTI | Updated: May 3, 2023 18:42 IST', undefined, 'PTI', [2023, 5, 3], t(18, 42), 330],
    ['ANI | Updated: Jan 10, 2024 07:15 IST', undefined, 'ANI', [2024, 1, 10], t(7, 15), 330],
    ['dpa · 03.05.2023', undefined, 'dpa', [2023, 5, 3], undefined, undefined],
    ['EFE | 5 Jun 2023 | World', 'World', 'EFE', [2023, 6, 5], undefined, undefined],
    ['ANSA - 14 July 2022 16:45 - Politics', 'Politics', 'ANSA', [2022, 7, 14], t(16, 45), undefined],
    ['Politics | Yonhap | Posted : 2023-05-20 14:05', 'Politics', 'Yonhap', [2023, 5, 20], t(14, 5), undefined],
    ['CGTN | Updated 21:04, 08-Mar-2024', undefined, 'CGTN', [2024, 3, 8], t(21, 4), undefined],
    ['Politics | 2024/03/25 09:10', 'Politics', undefined, [2024, 3, 25], t(9, 10), undefined],
    ['IRNA - 2024-01-07 10:20', undefined, 'IRNA', [2024, 1, 7], t(10, 20), undefined],
    ['Updated 4:02 p.m. EDT, March 25, 2024', undefined, undefined, [2024, 3, 25], t(16, 2), -240],
    ['Sept. 3, 2023 at 11:20 a.m. GMT | Business', 'Business', undefined, [2023, 9, 3], t(11, 20), 0],
    ['Wednesday, 18 December 2024 21:30 CST', undefined, undefined, [2024, 12, 18], t(21, 30), -360],
  ] as const)('%s', (line, section, agency, date, time, offset) => {
    const sl = parseSectionLine(line);
    expect(sl).toBeDefined();
    expect(sl!.section).toBe(section);
    expect(sl!.agency).toBe(agency);
    expect([sl!.stamp.y, sl!.stamp.mo, sl!.stamp.d]).toEqual(date);
    expect(sl!.stamp.time).toEqual(time);
    expect(sl!.stamp.offset).toBe(offset);
  });

  it.each([
    'The talks ended on June 14, 2018',
    'Officials met in Geneva | June 14, 2018 | and agreed to meet again next month',
    'Moscow | Beijing | Seoul',
    'Moscow | Beijing | June 14, 2018',
    'Russia and China signed the treaty in 2001 and renewed it on June 28, 2021',
    'Source: Kremlin aide says Putin and Xi will hold talks in Beijing, May 16, 2024',
    'Updated: Putin and Kim meet, June 14, 2018',
  ])('not a header line: %s', (line) => {
    expect(parseSectionLine(line)).toBeUndefined();
  });
});

describe('stamp lines without a date', () => {
  it.each(['Published 2 hours ago', 'Updated: 3 days ago', 'Posted on 45 minutes ago', 'an hour ago', 'Editor: huaxia'])('chrome: %s', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(['Source: Xinhua Editor: huaxia 2024-12-18 21:30:12', 'Two years ago the talks collapsed.', 'Updated rules take effect in 2 days'])('not chrome: %s', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('timestamps: a time before the date, zones after ISO times', () => {
  it('finds a time printed before the date, with its zone, as part of the stamp', () => {
    const line = 'Updated 4:02 PM EDT, March 25, 2024';
    const f = findStamp(line)!;
    expect(line.slice(f.start, f.end)).toBe('4:02 PM EDT, March 25, 2024');
    expect(f.stamp).toEqual({ y: 2024, mo: 3, d: 25, time: t(16, 2), offset: -240, abbreviationZone: 'America/New_York' });
  });

  it('leaves an unknown word before the date out of the stamp', () => {
    const f = findStamp('At 10:00 Politics, March 25, 2024')!;
    expect(f.stamp.time).toBeUndefined();
  });

  it.each([
    ['2024-03-25 16:02 GMT', 0],
    ['2024-03-25 16:02 JST', 540],
    ['2024-03-25 16:02 KST', 540],
    ['2024-03-25 16:02 MSK', 180],
    ['2024-03-25 16:02 BST', 60],
    ['2024-03-25 16:02 CET', 60],
    ['2024-03-25 16:02 UTC+05:30', 330],
    ['March 25, 2024 16:02 IST', 330],
  ])('%s', (s, offset) => {
    expect(parseStamp(s)?.offset).toBe(offset);
  });
});

describe('zones named without standard or daylight time', () => {
  it.each([
    ['March 25, 2024 at 9:15 a.m. ET', '2024-03-25T09:15:00-04:00'],
    ['January 9, 2024 at 9:15 a.m. ET', '2024-01-09T09:15:00-05:00'],
    ['Updated 6:40 PM PT, July 4, 2023', '2023-07-04T18:40:00-07:00'],
  ])('%s', (line, published) => {
    const sl = parseSectionLine(line)!;
    const p = resolveStamp(sl.stamp, {});
    expect(p.published).toBe(published);
    expect(p.zoneInferred).toBeUndefined();
  });
});

describe('ambiguous zone abbreviations', () => {
  const cst = parseStamp('December 18, 2024 21:30 CST')!;

  it('reads CST as China time for a Chinese source and says it was inferred', () => {
    expect(resolveStamp(cst, { agency: 'Xinhua' })).toMatchObject({ published: '2024-12-18T21:30:00+08:00', zoneInferred: true });
    expect(resolveStamp(cst, { agency: 'CGTN' }).published).toBe('2024-12-18T21:30:00+08:00');
    expect(resolveStamp(cst, { place: 'Beijing' }).published).toBe('2024-12-18T21:30:00+08:00');
  });

  it('reads CST as US Central time for a US source, also marked inferred', () => {
    expect(resolveStamp(cst, { agency: 'AP', place: 'Chicago' })).toMatchObject({ published: '2024-12-18T21:30:00-06:00', zoneInferred: true });
    expect(resolveStamp(cst, { agency: 'AP' }).published).toBe('2024-12-18T21:30:00-06:00');
  });

  it('leaves CST out when nothing tells which it is: the local time is kept, in UTC, marked inferred', () => {
    expect(resolveStamp(cst, {})).toEqual({ published: '2024-12-18T21:30:00Z', zoneInferred: true });
  });

  it('reads IST as India time unless the source is Israeli or Irish', () => {
    const ist = parseStamp('May 3, 2023 18:42 IST')!;
    expect(resolveStamp(ist, { agency: 'PTI' }).published).toBe('2023-05-03T18:42:00+05:30');
    expect(resolveStamp(ist, { place: 'Jerusalem' }).published).toBe('2023-05-03T18:42:00+02:00');
    expect(resolveStamp(ist, { place: 'Dublin' }).published).toBe('2023-05-03T18:42:00+01:00');
  });

  it('an unambiguous abbreviation is stated, not inferred', () => {
    expect(resolveStamp(parseStamp('March 25, 2024 16:02 EDT')!, {}).zoneInferred).toBeUndefined();
  });
});

describe('datelines of more agencies', () => {
  it.each([
    ['ANKARA (AA) - Turkish officials said', 'Ankara', undefined, 'AA', 'ANKARA (AA) -'],
    ['NEW DELHI, May 3 (PTI) - The government said', 'New Delhi', 'May 3', 'PTI', 'NEW DELHI, May 3 (PTI) -'],
    ['NEW DELHI, Jan 10 (ANI): The minister said', 'New Delhi', 'Jan 10', 'ANI', 'NEW DELHI, Jan 10 (ANI):'],
    ['BERLIN, May 3 (dpa) - The chancellor said', 'Berlin', 'May 3', 'dpa', 'BERLIN, May 3 (dpa) -'],
    ['MADRID, June 5 (EFE) - Spain said', 'Madrid', 'June 5', 'EFE', 'MADRID, June 5 (EFE) -'],
    ['ROME, July 14 (ANSA) - Italy said', 'Rome', 'July 14', 'ANSA', 'ROME, July 14 (ANSA) -'],
    ['TEHRAN, Jan 7 (IRNA) - Iran said', 'Tehran', 'Jan 7', 'IRNA', 'TEHRAN, Jan 7 (IRNA) -'],
    ['TOKYO, March 16 (Kyodo) -- Japan said', 'Tokyo', 'March 16', 'Kyodo', 'TOKYO, March 16 (Kyodo) --'],
    ['TOKYO, March 16 Kyodo - Japan said', 'Tokyo', 'March 16', 'Kyodo', 'TOKYO, March 16 Kyodo -'],
    ['SEOUL, May 20 (Yonhap) -- South Korea said', 'Seoul', 'May 20', 'Yonhap', 'SEOUL, May 20 (Yonhap) --'],
    ['Pyongyang, May 20 (KCNA) -- The leader said', 'Pyongyang', 'May 20', 'KCNA', 'Pyongyang, May 20 (KCNA) --'],
    ['(ANSA) - ROME, JUL 14 - Italy said', 'Rome', 'JUL 14', 'ANSA', '(ANSA) - ROME, JUL 14 -'],
    ['(AFP) - PARIS - France said', 'Paris', undefined, 'AFP', '(AFP) - PARIS -'],
    ['BEIJING, March 4 (CGTN) -- China said', 'Beijing', 'March 4', 'CGTN', 'BEIJING, March 4 (CGTN) --'],
  ])('%s', (paragraph, place, dateText, agency, printed) => {
    const d = parseDateline(paragraph)!;
    expect(d).toBeDefined();
    expect(d.place).toBe(place);
    expect(d.date?.text).toBe(dateText);
    expect(d.agency).toBe(agency);
    expect(paragraph.slice(0, d.length)).toBe(printed);
  });

  it.each(['KYODO NEWS - Mar 16, 2023 - 21:40 | Politics', 'REUTERS - The company said on Monday', 'AFP - The minister said', 'XINHUA -- The talks'])(
    'an agency name is never the place: %s',
    (line) => {
      expect(parseDateline(line)).toBeUndefined();
    },
  );

  it('a bare word before the separator is no agency unless it is a known one', () => {
    expect(parseDateline('TOKYO, March 16 Officials - Japan said')).toBeUndefined();
    // A credit first with no dateline after it is not a dateline.
    expect(parseDateline('(AFP) - The president said on Monday')).toBeUndefined();
  });
});

describe('agency names', () => {
  it('knows printed names and their short forms', () => {
    expect(agencyNamed('KYODO NEWS')).toBe('Kyodo');
    expect(agencyNamed('Anadolu Ajansi')).toBe('Anadolu Agency');
    expect(agencyNamed('Press Trust of India')).toBe('PTI');
    expect(agencyNamed('dpa')).toBe('dpa');
    expect(agencyNamed('Fars')).toBe('Fars');
    // A short capitals name counts only in capitals.
    expect(agencyNamed('Ap')).toBeUndefined();
    expect(agencyNamed('aa')).toBeUndefined();
    expect(agencyNamed('Tokyo')).toBeUndefined();
    expect(agencyAtStart('Kyodo News Politics')).toEqual({ agency: 'Kyodo', length: 10 });
  });
});

describe('header lines in whole stories', () => {
  it('Kyodo: agency stamp with section; the dateline credits Kyodo bare', () => {
    const a = fromText([
      'Japan and Australia agree to expand defense drills',
      'KYODO NEWS - Feb 7, 2024 - 19:20 | Politics',
      'TOKYO, Feb. 7 Kyodo - Japan and Australia agreed Wednesday to hold more joint exercises, the two governments said after talks between their defense ministers in Tokyo.',
      'The ministers also discussed supply chains for critical minerals, officials said.',
    ].join('\n\n'));
    expect(a.section).toBe('Politics');
    expect(a.published).toBe('2024-02-07T19:20:00+09:00');
    expect(a.publishedZoneInferred).toBe(true);
    expect(a.dateline).toMatchObject({ place: 'Tokyo', agency: 'Kyodo', date: '2024-02-07' });
    expect(a.text).not.toContain('KYODO NEWS');
  });

  it('AP: "Updated" with a 12-hour time and a zone before the date', () => {
    const a = fromText([
      'Senate passes stopgap bill to avert shutdown',
      'Updated 11:48 PM EST, January 19, 2024',
      'WASHINGTON (AP) — The Senate passed a short-term spending bill late Friday, sending it to the House hours before funding was due to lapse.',
      'The measure keeps agencies open into March while lawmakers negotiate full-year bills.',
    ].join('\n\n'));
    expect(a.section).toBeUndefined();
    expect(a.published).toBe('2024-01-19T23:48:00-05:00');
    expect(a.publishedZoneInferred).toBeUndefined();
    expect(a.dateline).toMatchObject({ place: 'Washington', agency: 'AP' });
    expect(a.text).not.toContain('Updated');
  });

  it('Xinhua: "Source: Xinhua  Editor: …  time" gives Beijing time; the editor is not text', () => {
    const a = fromText([
      'China, Vietnam pledge closer rail links',
      'Source: Xinhua    Editor: huaxia    2023-12-13 18:02:40',
      'HANOI, Dec. 13 (Xinhua) -- Chinese and Vietnamese leaders on Wednesday agreed to speed up work on cross-border railways, according to a joint statement.',
      'The two sides signed more than 30 cooperation documents, the statement said.',
      'Editor: huaxia',
    ].join('\n\n'));
    expect(a.published).toBe('2023-12-13T18:02:40+08:00');
    expect(a.publishedZone).toBe('Asia/Shanghai');
    expect(a.dateline).toMatchObject({ place: 'Hanoi', agency: 'Xinhua' });
    expect(a.text).not.toContain('huaxia');
  });

  it('Reuters web: date / time / age', () => {
    const a = fromText([
      'Chile central bank holds rate steady',
      'October 18, 2023 / 9:41 PM / Updated 5 months ago',
      'SANTIAGO (Reuters) - Chile\'s central bank kept its benchmark interest rate unchanged on Wednesday, citing uncertainty over global financing conditions.',
      'The board voted unanimously, the bank said in a statement.',
    ].join('\n\n'));
    expect(a.published?.startsWith('2023-10-18T21:41:00')).toBe(true);
    expect(a.text).not.toContain('months ago');
  });

  it('Yonhap: "Posted :" with a numeric date, Seoul time', () => {
    const a = fromText([
      'S. Korea, Japan hold talks on supply chains',
      'Posted : 2023-05-22 10:31',
      'SEOUL, May 22 (Yonhap) -- South Korea and Japan held working-level talks on Monday on semiconductor supply chains, the industry ministry said.',
      'The talks were the first of their kind in five years.',
    ].join('\n\n'));
    expect(a.published).toBe('2023-05-22T10:31:00+09:00');
    expect(a.dateline).toMatchObject({ place: 'Seoul', agency: 'Yonhap' });
  });

  it('Al Jazeera: "Published On" with a day-first date and a section', () => {
    const a = fromText([
      'Qatar hosts new round of Sudan talks',
      'Published On 25 Mar 2024 · Middle East',
      'Qatar has hosted a new round of talks between Sudan\'s warring parties, mediators said on Monday, as fighting continued around the capital.',
      'No agreement was announced after the first day.',
    ].join('\n\n'));
    expect(a.section).toBe('Middle East');
    expect(a.published?.slice(0, 10)).toBe('2024-03-25');
    expect(a.publishedPrecision).toBe('day');
    expect(a.text).not.toContain('Published On');
  });

  it('PTI: IST read as India time; dateline with (PTI)', () => {
    const a = fromText([
      'India, Bangladesh agree to boost border trade',
      'PTI | Updated: May 3, 2023 18:42 IST',
      'NEW DELHI, May 3 (PTI) - India and Bangladesh on Wednesday agreed to open two more border markets, officials said.',
      'The decision was taken at a meeting of commerce secretaries.',
    ].join('\n\n'));
    expect(a.published).toBe('2023-05-03T18:42:00+05:30');
    expect(a.dateline).toMatchObject({ place: 'New Delhi', agency: 'PTI' });
  });

  it('CGTN: "CST" on a Chinese site is China time, marked inferred', () => {
    const a = fromText([
      'China, Brazil sign agreements on trade',
      'CGTN | Wednesday, 18 December 2024 21:30 CST',
      'BEIJING, Dec. 18 (CGTN) -- China and Brazil signed a series of agreements on trade and investment on Wednesday, officials said.',
      'The agreements cover agriculture, energy and infrastructure.',
    ].join('\n\n'));
    expect(a.published).toBe('2024-12-18T21:30:00+08:00');
    expect(a.publishedZoneInferred).toBe(true);
  });

  it('a stamp printed above the headline is metadata, and the headline is the next line', () => {
    const a = fromText([
      'KYODO NEWS - Jun 1, 2023 - 12:05 | World',
      'Japan, Philippines coast guards hold first joint drill',
      'MANILA, June 1 Kyodo - The coast guards of Japan and the Philippines held their first joint exercise on Thursday, officials said.',
      'The drill off Bataan province also involved the U.S. Coast Guard.',
    ].join('\n\n'));
    expect(a.headline).toBe('Japan, Philippines coast guards hold first joint drill');
    expect(a.section).toBe('World');
    expect(a.published).toBe('2023-06-01T12:05:00+09:00');
    expect(a.dateline).toMatchObject({ place: 'Manila', agency: 'Kyodo' });
  });

  it('a dated headline stays the headline', () => {
    const a = fromText('Election results, November 5, 2024\n\nVoters in the state chose a new governor on Tuesday, officials said after the count.\n');
    expect(a.headline).toBe('Election results, November 5, 2024');
  });

  it('a second stamp line ("Published" then "Updated") is metadata too; the first stamp is the publication', () => {
    const a = fromText([
      'Ministers agree on grain corridor talks',
      'Published 10:02 AM GMT, 3 May 2023',
      'Updated 1:30 PM GMT, 3 May 2023',
      'ANKARA (AA) - Turkish, Russian and Ukrainian officials agreed on Wednesday to meet again next week on the grain corridor, the ministry said.',
      'The talks were held in Istanbul.',
    ].join('\n\n'));
    expect(a.published).toBe('2023-05-03T10:02:00Z');
    expect(a.text).not.toContain('Updated');
    expect(a.dateline).toMatchObject({ place: 'Ankara', agency: 'AA' });
  });
});
