/**
 * Zones printed in a page's stamp give the publication's offset. An abbreviation several zones share
 * ("IST": India, Israel, Ireland; "CST": US Central, China) is read by the page's home (its outlet,
 * its address, its dateline) and left out when nothing tells. Every page here is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { resolveStamp } from '../../src/clean/published.js';
import { parseStamp } from '../../src/clean/timestamp.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';

const STORY = 'Lawmakers approved a new budget for the water board on Thursday after a debate that ran late into the night, council officials said.';

function fromText(lines: string[]): Article {
  const [raw] = readInput(Buffer.from(['Council approves water board budget', ...lines, 'The vote was 31 to 12, the speaker said.'].join('\n\n')), 'inline.txt');
  return cleanArticle(raw!);
}

function fromHtml(stamp: string, opts: { site?: string; url?: string; dateline?: string } = {}): Article {
  const head = [
    '<title>Council approves water board budget</title>',
    opts.site ? `<meta property="og:site_name" content="${opts.site}">` : '',
    opts.url ? `<link rel="canonical" href="${opts.url}">` : '',
  ].join('');
  const html = `<!DOCTYPE html><html><head>${head}</head><body><article><h1>Council approves water board budget</h1>
<p>${stamp}</p><p>${opts.dateline ?? ''}${STORY}</p><p>The vote was 31 to 12, the speaker said, and the plan goes to the regional governor next.</p>
</article></body></html>`;
  const [raw] = readInput(Buffer.from(html), 'page.html');
  return cleanArticle(raw!);
}

describe('zones printed in stamps', () => {
  it.each([
    ['Published 7 Nov 2024, 14:30 PKT', '2024-11-07T14:30:00+05:00', 'Asia/Karachi'],
    ['07 November 2024 02:30 PM GST', '2024-11-07T14:30:00+04:00', 'Asia/Dubai'],
    ['Nov 7, 2024 14:30 EAT', '2024-11-07T14:30:00+03:00', undefined],
    ['7 November 2024, 14:30 WIB', '2024-11-07T14:30:00+07:00', 'Asia/Jakarta'],
    ['2024-11-07 14:30 KST', '2024-11-07T14:30:00+09:00', 'Asia/Seoul'],
    ['7 Nov 2024 14:30 JST', '2024-11-07T14:30:00+09:00', 'Asia/Tokyo'],
    ['7 November 2024, 14:30 MSK', '2024-11-07T14:30:00+03:00', 'Europe/Moscow'],
    ['07.11.2024 14:30 CET', '2024-11-07T14:30:00+01:00', undefined],
    ['07.07.2024 14:30 CEST', '2024-07-07T14:30:00+02:00', undefined],
    ['Sun 7 Jul 2024 14.30 BST', '2024-07-07T14:30:00+01:00', 'Europe/London'],
    ['November 7, 2024 at 2:30 p.m. EST', '2024-11-07T14:30:00-05:00', 'America/New_York'],
    ['July 7, 2024 2:30 PM EDT', '2024-07-07T14:30:00-04:00', 'America/New_York'],
    ['7 Nov 2024 14:30 GMT+3', '2024-11-07T14:30:00+03:00', undefined],
    ['7 Nov 2024 14:30 (UTC+05:30)', '2024-11-07T14:30:00+05:30', undefined],
    ['2:30 PM GMT+3, November 7, 2024', '2024-11-07T14:30:00+03:00', undefined],
    ['Updated 14:30 UTC+05:30 | 07 Nov 2024', '2024-11-07T14:30:00+05:30', undefined],
    // A zone named by its city: that city's, with its summer time.
    ['June 14, 2018, 16:10 Moscow time', '2018-06-14T16:10:00+03:00', 'Europe/Moscow'],
    ['18 December 2024 21:30 (Beijing time)', '2024-12-18T21:30:00+08:00', 'Asia/Shanghai'],
    ['7 July 2024 14:30 Kyiv time', '2024-07-07T14:30:00+03:00', 'Europe/Kyiv'],
  ] as const)('%s', (line, published, zone) => {
    const a = fromText([line, STORY]);
    expect(a.published).toBe(published);
    expect(a.publishedZone).toBe(zone);
    expect(a.publishedZoneInferred).toBeUndefined();
    expect(a.text).not.toContain('14:30');
  });
});

describe('zone abbreviations several zones share', () => {
  it('IST with nothing to tell India, Israel or Ireland apart is left out: the local time is kept, marked inferred', () => {
    const a = fromText(['Jane Doe, Nairobi | Published 07 Nov 2024, 14:30 IST', STORY]);
    expect(a.published).toBe('2024-11-07T14:30:00Z');
    expect(a.publishedZoneInferred).toBe(true);
    expect(a.publishedZone).toBeUndefined();
    expect(a.text).not.toContain('Jane Doe');
  });

  it('a city the byline names beside the stamp is evidence too, the weakest', () => {
    expect(fromText(['Jane Doe, New Delhi | Published 07 Nov 2024, 14:30 IST', STORY]).published).toBe('2024-11-07T14:30:00+05:30');
    expect(fromText(['Jane Doe in Jerusalem | Jul 7, 2024, 14:30 IST', STORY]).published).toBe('2024-07-07T14:30:00+02:00');
    const ist = parseStamp('7 July 2024 14:30 IST')!;
    expect(resolveStamp(ist, { agency: 'PTI', bylinePlace: 'Jerusalem' }).published).toBe('2024-07-07T14:30:00+05:30');
  });

  it('IST on an Indian site (its name or its address) is India time', () => {
    expect(fromHtml('Jane Doe | Updated: Nov 7, 2024, 14:30 IST', { site: 'Hindustan Times' })).toMatchObject({
      published: '2024-11-07T14:30:00+05:30', publishedZone: 'Asia/Kolkata', publishedZoneInferred: true,
    });
    expect(fromHtml('Jane Doe | Updated: Nov 7, 2024, 14:30 IST', { url: 'https://news.example.co.in/2024/11/07/water-board' }).published)
      .toBe('2024-11-07T14:30:00+05:30');
  });

  it('IST on an Israeli or an Irish page is that country\'s time', () => {
    expect(fromHtml('Jane Doe | Jul 7, 2024, 14:30 IST', { site: 'The Times of Israel' }).published).toBe('2024-07-07T14:30:00+02:00');
    expect(fromHtml('Jane Doe | Jul 7, 2024, 14:30 IST', { url: 'https://www.example.ie/news/water-board' })).toMatchObject({
      published: '2024-07-07T14:30:00+01:00', publishedZone: 'Europe/Dublin',
    });
    // The dateline is evidence too.
    expect(fromText(['Jul 7, 2024, 14:30 IST', `JERUSALEM — ${STORY}`]).published).toBe('2024-07-07T14:30:00+02:00');
  });

  it('CST is US Central time on a US outlet, China time on a Chinese one, and left out otherwise', () => {
    expect(fromText(['Updated 9:15 PM CST, December 18, 2024', `CHICAGO (AP) — ${STORY}`]).published).toBe('2024-12-18T21:15:00-06:00');
    expect(fromHtml('Dec 18, 2024 21:15 CST', { site: 'Xinhua' }).published).toBe('2024-12-18T21:15:00+08:00');
    expect(fromHtml('Dec 18, 2024 21:15 CST', { url: 'https://www.example.com.cn/world/1234.html' }).published).toBe('2024-12-18T21:15:00+08:00');
    expect(fromHtml('Dec 18, 2024 21:15 CST').published).toBe('2024-12-18T21:15:00Z');
  });

  it('BST is British unless the page is Bangladeshi', () => {
    const bst = parseStamp('7 July 2024 14:30 BST')!;
    expect(resolveStamp(bst, {})).toEqual({ published: '2024-07-07T14:30:00+01:00', zone: 'Europe/London' });
    expect(resolveStamp(bst, { outlets: ['Dhaka Tribune'] })).toMatchObject({ published: '2024-07-07T14:30:00+06:00', zone: 'Asia/Dhaka', zoneInferred: true });
  });

  it('the most telling evidence comes first: the agency before the dateline city', () => {
    const ist = parseStamp('7 July 2024 14:30 IST')!;
    expect(resolveStamp(ist, { agency: 'PTI', place: 'Jerusalem' }).published).toBe('2024-07-07T14:30:00+05:30');
    expect(resolveStamp(ist, { place: 'Jerusalem' }).published).toBe('2024-07-07T14:30:00+02:00');
  });
});
