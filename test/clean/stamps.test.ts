/**
 * Publication-time stamps in the shapes outlets print them, read into the record's `published`
 * with their zone; numeric dates whose day/month order only the outlet or the dateline settles.
 * The stories are our own short texts in the outlets' layouts.
 */
import { describe, expect, it } from 'vitest';
import { outletOrder, settleOrder } from '../../src/clean/date-order.js';
import { cleanArticle } from '../../src/clean/index.js';
import { parseSectionLine } from '../../src/clean/section-line.js';
import { findStamp, parseStamp } from '../../src/clean/timestamp.js';
import type { Article } from '../../src/model.js';
import type { RawArticle } from '../../src/read/types.js';
import { readInput } from '../../src/read/index.js';

const BODY = 'Finance ministers will meet again on Tuesday to agree on relief for the flooded provinces, officials said.';

/** A wire text: headline, the stamp line, then the story (with an optional dateline). */
function story(stampLine: string, dateline = ''): Article {
  const text = `Ministers to meet on flood relief\n\n${stampLine}\n\n${dateline ? `${dateline} ` : ''}${BODY}\n`;
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

function fromTextRaw(text: string): Article {
  const [r] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(r!);
}

const raw = (over: Partial<RawArticle>): RawArticle => ({ format: 'jsonl', input: 't', title: 'Flood relief', blocks: [{ text: BODY }], ...over });

describe('stamp lines as outlets print them', () => {
  it.each([
    // line, published, zone (undefined: none named)
    ['16/08/2020 - 18:55 GMT', '2020-08-16T18:55:00Z', 'UTC'],
    ['16-08-2020 | 18:55 UTC', '2020-08-16T18:55:00Z', 'UTC'],
    ['Aug 16, 2020 6:55 PM EDT', '2020-08-16T18:55:00-04:00', 'America/New_York'],
    ['16 August 2020, 18:55 BST', '2020-08-16T18:55:00+01:00', 'Europe/London'],
    ['Sunday 16 August 2020 18.55 BST', '2020-08-16T18:55:00+01:00', 'Europe/London'],
    ['2020-08-16T18:55:00+03:00', '2020-08-16T18:55:00+03:00', undefined],
    ['2020-08-16T18:55:00Z', '2020-08-16T18:55:00Z', 'UTC'],
    ['Updated: 16/08/2020 18:55 (GMT+3)', '2020-08-16T18:55:00+03:00', undefined],
    ['Published 16 Aug 2020 18:55 MSK', '2020-08-16T18:55:00+03:00', 'Europe/Moscow'],
    ['Last updated 16.08.2020 18:55 KST', '2020-08-16T18:55:00+09:00', 'Asia/Seoul'],
    ['16.08.2020 18:55 CEST', '2020-08-16T18:55:00+02:00', undefined],
    ['Updated 16.01.2020 18:55 CET', '2020-01-16T18:55:00+01:00', undefined],
  ])('%s', (line, published, zone) => {
    const a = story(line);
    expect(a.published).toBe(published);
    expect(a.publishedZone).toBe(zone);
    expect(a.publishedZoneInferred).toBeUndefined();
    // The stamp line is metadata: it is not in the text.
    expect(a.text).not.toContain(line);
  });

  it('names the dateline city when its zone agrees with the stated offset', () => {
    const a = story('16.08.2020 18:55 CEST', 'BERLIN (dpa) -');
    expect(a.published).toBe('2020-08-16T18:55:00+02:00');
    expect(a.publishedZone).toBe('Europe/Berlin');
    // London is on BST in August: GMT is then no London time, and the record says UTC.
    expect(story('16/08/2020 - 18:55 GMT', 'LONDON (Reuters) -').publishedZone).toBe('UTC');
    expect(story('16/01/2020 - 18:55 GMT', 'LONDON (Reuters) -').publishedZone).toBe('Europe/London');
  });

  it('gives an ISO time without an offset the agency zone, and says it inferred it', () => {
    const a = story('2020-08-16 18:55', 'MOSCOW, August 16. /TASS/.');
    expect(a.published).toBe('2020-08-16T18:55:00+03:00');
    expect(a.publishedZone).toBe('Europe/Moscow');
    expect(a.publishedZoneInferred).toBe(true);
  });

  it('reads "IST" as India time unless the source is Israeli, and says that reading is a guess', () => {
    const india = story('Published: Aug 16, 2020 18:55 IST', 'NEW DELHI, Aug 16 (PTI)');
    expect(india.published).toBe('2020-08-16T18:55:00+05:30');
    expect(india.publishedZone).toBe('Asia/Kolkata');
    expect(india.publishedZoneInferred).toBe(true);
    expect(story('Jan 16, 2020 18:55 IST', 'JERUSALEM (AP) —').published).toBe('2020-01-16T18:55:00+02:00');
  });

  it('takes a dotted time only where a time ends', () => {
    expect(findStamp('16 August 2020 18.55')?.stamp.time).toEqual({ h: 18, mi: 55, s: 0 });
    expect(findStamp('16 August 2020 18.55 | World')?.stamp.time).toEqual({ h: 18, mi: 55, s: 0 });
    expect(findStamp('Sales on 16 August 2020 2.50 million units')?.stamp.time).toBeUndefined();
    expect(findStamp('16 August 2020 2.5% growth')?.stamp.time).toBeUndefined();
    expect(findStamp('Sun 16 Aug 2020 6.55pm BST')?.stamp).toMatchObject({ time: { h: 18, mi: 55, s: 0 }, offset: 60 });
    expect(findStamp('16/08/2020 18h55')?.stamp.time).toEqual({ h: 18, mi: 55, s: 0 });
    // A label after the time is not taken for its zone, and the time stands.
    expect(parseSectionLine('Published: 16 August 2020 18.55 Updated: 17 August 2020 9.10')?.stamp.time).toEqual({ h: 18, mi: 55, s: 0 });
  });

  it('keeps prose with a numeric date out of the header', () => {
    expect(parseSectionLine('The vote on 16/08/2020 was postponed by a week')).toBeUndefined();
  });
});

describe('a stamp under the story', () => {
  it('is the publication time when the head has none, and stays out of the text', () => {
    const a = fromTextRaw(`Ministers to meet on flood relief\n\nANKARA (AA) - ${BODY}\n\nPublished: 16.08.2020 18:55\n`);
    expect(a.published).toBe('2020-08-16T18:55:00+03:00');
    expect(a.text).not.toContain('Published');
  });

  it('gives way to a stamp at the head', () => {
    const a = fromTextRaw(`Ministers to meet on flood relief\n\n17.08.2020 09:00 GMT\n\n${BODY}\n\nPublished: 16.08.2020 18:55 GMT\n`);
    expect(a.published).toBe('2020-08-17T09:00:00Z');
  });

  it('is not read from the story’s last sentence', () => {
    expect(fromTextRaw(`Ministers to meet on flood relief\n\n${BODY} The next meeting is on 16.08.2020.\n`).published).toBeUndefined();
  });
});

describe('header lines of more agencies and sites', () => {
  const t = (h: number, mi: number): { h: number; mi: number; s: number } => ({ h, mi, s: 0 });
  it.each([
    // line, section, agency, time, offset (minutes) or named zone
    ['Source: Xinhua| 2020-08-16 18:55:12|Editor: huaxia', undefined, 'Xinhua', { h: 18, mi: 55, s: 12 }, undefined],
    ['Press Trust of India | New Delhi | Updated: Aug 16 2020 18:55 IST', 'New Delhi', 'PTI', t(18, 55), 330],
    ['Posted : 2020-08-16 18:55 Updated : 2020-08-16 19:10', undefined, undefined, t(18, 55), undefined],
    ['Anadolu Agency | 16.08.2020 - 18:55 | Update: 16.08.2020 19:10', undefined, 'Anadolu Agency', t(18, 55), undefined],
    ['16.08.2020 18:55 | Europe | dpa', 'Europe', 'dpa', t(18, 55), undefined],
    ['Sun 16 Aug 2020 18.55 BST | Last modified on Mon 17 Aug 2020 09.10 BST', undefined, undefined, t(18, 55), 60],
    ['Interfax | 16 Aug 2020 18:55 MSK', undefined, 'Interfax', t(18, 55), 180],
    ['WAM | Sun 16-08-2020 18:55', undefined, 'WAM', t(18, 55), undefined],
    ['Bernama | 16/08/2020 06:55 PM', undefined, 'Bernama', t(18, 55), undefined],
    ['Antara | 16th August 2020 18:55 WIB', undefined, 'Antara', t(18, 55), 420],
    ['Jiji Press | 2020/08/16-18:55', undefined, 'Jiji', t(18, 55), undefined],
    ['Bloomberg | August 16, 2020 at 6:55 PM EDT', undefined, 'Bloomberg', t(18, 55), -240],
    ['Aug 16, 2020 6:55 PM EDT | 3 min read', undefined, undefined, t(18, 55), -240],
    ['16 August 2020 · 6 min read', undefined, undefined, undefined, undefined],
    ['Updated: August 16, 2020 @ 6:55 pm', undefined, undefined, t(18, 55), undefined],
    ['World News | 16-08-2020 18:55:12 (GMT+3)', 'World News', undefined, { h: 18, mi: 55, s: 12 }, 180],
    ['Aug 16 2020 18:55 GMT+0300', undefined, undefined, t(18, 55), 180],
    ['16 Aug 2020 18:55 (GMT +3)', undefined, undefined, t(18, 55), 180],
    ['2020-08-16 18:55 (UTC -04:00)', undefined, undefined, t(18, 55), -240],
    ['Saturday, August 15, 2020 11:55 PM ET | Updated Sunday', undefined, undefined, t(23, 55), 'America/New_York'],
  ] as const)('%s', (line, section, agency, time, zone) => {
    const sl = parseSectionLine(line)!;
    expect(sl).toBeDefined();
    expect(sl.section).toBe(section);
    expect(sl.agency).toBe(agency);
    expect(sl.stamp.time).toEqual(time);
    expect([sl.stamp.y, sl.stamp.mo, sl.stamp.d]).toEqual(zone === 'America/New_York' ? [2020, 8, 15] : [2020, 8, 16]);
    if (typeof zone === 'string') expect(sl.stamp.zone).toBe(zone);
    else expect(sl.stamp.offset).toBe(zone);
  });
});

describe('numeric day/month order', () => {
  it('is settled by a part over 12, whatever the outlet', () => {
    expect(parseStamp('13/08/2020')).toMatchObject({ mo: 8, d: 13 });
    expect(parseStamp('08/13/2020')).toMatchObject({ mo: 8, d: 13 });
    expect(parseStamp('13/08/2020')!.ambiguousOrder).toBeUndefined();
    expect(story('08/13/2020 10:00', 'ANKARA (AA) -').published?.slice(0, 10)).toBe('2020-08-13');
    expect(story('13/08/2020 10:00', 'WASHINGTON (AP) —').published?.slice(0, 10)).toBe('2020-08-13');
    expect(parseStamp('13/13/2020')).toBeUndefined();
  });

  it('reads dotted dates day first, and the same figures twice as one date', () => {
    expect(parseStamp('05.08.2020')).toEqual({ y: 2020, mo: 8, d: 5 });
    expect(parseStamp('07/07/2020')).toEqual({ y: 2020, mo: 7, d: 7 });
  });

  it('marks a slash or dash date of two small parts as open', () => {
    expect(parseStamp('05/08/2020 10:00')).toMatchObject({ mo: 8, d: 5, ambiguousOrder: true });
    expect(parseStamp('05-08-2020')).toMatchObject({ mo: 8, d: 5, ambiguousOrder: true });
  });

  it('follows the outlet: month first in the US, day first elsewhere', () => {
    expect(outletOrder('AP')).toBe('md');
    expect(outletOrder('The Washington Post')).toBe('md');
    expect(outletOrder('Anadolu')).toBe('dm');
    expect(outletOrder('PTI')).toBe('dm');
    expect(outletOrder('The Guardian')).toBe('dm');
    expect(outletOrder('Daily Planet')).toBeUndefined();
    expect(outletOrder(undefined)).toBeUndefined();
    expect(story('05/08/2020 10:00', 'WASHINGTON (AP) —').published).toBe('2020-05-08T10:00:00-04:00');
    expect(story('05/08/2020 10:00', 'ANKARA (AA) -').published).toBe('2020-08-05T10:00:00+03:00');
    expect(cleanArticle(raw({ published: '05/08/2020 10:00', agency: 'CNN' })).published?.slice(0, 10)).toBe('2020-05-08');
    expect(cleanArticle(raw({ published: '05/08/2020 10:00', agency: 'Press Trust of India' })).published?.slice(0, 10)).toBe('2020-08-05');
  });

  it('takes the dateline’s word over the outlet’s habit when it agrees with one reading only', () => {
    expect(story('05/08/2020 10:00', 'WASHINGTON, Aug 5 (AP) —').published?.slice(0, 10)).toBe('2020-08-05');
    expect(story('05/08/2020 10:00', 'LONDON, May 8 (Reuters) -').published?.slice(0, 10)).toBe('2020-05-08');
    // A dateline near neither reading leaves it to the outlet.
    expect(story('05/08/2020 10:00', 'WASHINGTON, Dec 20 (AP) —').published?.slice(0, 10)).toBe('2020-05-08');
    expect(settleOrder(parseStamp('06/05/2020')!, { outlet: 'AP', dateline: { mo: 12, d: 31 } })).toEqual({ y: 2020, mo: 6, d: 5 });
    // Across the new year: a Dec 31 dateline is two days before 2 January, and a month from 1 February.
    expect(settleOrder(parseStamp('02/01/2021')!, { dateline: { mo: 12, d: 31 } })).toEqual({ y: 2021, mo: 1, d: 2 });
    expect(settleOrder(parseStamp('01/02/2021')!, { dateline: { mo: 12, d: 31 } })).toEqual({ y: 2021, mo: 1, d: 2 });
    expect(settleOrder(parseStamp('12/01/2020')!, { dateline: { mo: 6, d: 30 } })).toBeUndefined();
  });

  it('without a convention, takes the reading the dateline agrees with', () => {
    expect(story('05/08/2020 10:00', 'LONDON, Aug 5 -').published?.slice(0, 10)).toBe('2020-08-05');
    expect(story('05/08/2020 10:00', 'LONDON, May 8 -').published?.slice(0, 10)).toBe('2020-05-08');
    // A dateline a day before the stamp (filed late, or across midnight) still decides.
    expect(story('05/08/2020 01:00', 'LONDON, Aug 4 -').published?.slice(0, 10)).toBe('2020-08-05');
  });

  it('reads no date that nothing settles, rather than a wrong one', () => {
    expect(story('05/08/2020 10:00').published).toBeUndefined();
    // A dateline far from both readings settles nothing either.
    expect(story('05/08/2020 10:00', 'LONDON, Dec 20 -').published).toBeUndefined();
    // The caller's --published then applies.
    const [r] = readInput(Buffer.from(`Flood relief\n\n05/08/2020 10:00\n\n${BODY}\n`), 'inline.txt');
    expect(cleanArticle(r!, { published: '2020-08-05T10:00:00Z' }).published).toBe('2020-08-05T10:00:00Z');
    expect(cleanArticle(raw({ published: '05/08/2020' })).published).toBeUndefined();
  });

  it('settleOrder leaves a settled stamp alone and drops the mark once settled', () => {
    const plain = parseStamp('2020-08-05')!;
    expect(settleOrder(plain, {})).toBe(plain);
    const open = parseStamp('05/08/2020')!;
    expect(settleOrder(open, { outlet: 'AP' })).toEqual({ y: 2020, mo: 5, d: 8 });
    expect(settleOrder(open, { dateline: { mo: 8, d: 5 } })).toEqual({ y: 2020, mo: 8, d: 5 });
    expect(settleOrder(open, {})).toBeUndefined();
  });
});
