/**
 * A numeric date line whose day/month order is open ("11/07/2024") is settled by evidence on the
 * page (its address, an update stamp, its other numeric dates, the dates the story names), then by
 * the outlet's convention; nothing settles it -> no publication date at all. All text is our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { settleOrder } from '../../src/clean/date-order.js';
import { cleanArticle } from '../../src/clean/index.js';
import { mentionedDates, pageOrder, urlDate } from '../../src/clean/page-dates.js';
import { findStamp, type Stamp } from '../../src/clean/timestamp.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

function read(text: string, input = 'inline.txt'): Article {
  const [raw] = readInput(Buffer.from(text), input);
  return cleanArticle(raw!);
}

const HEADLINE = 'River states agree to share flood data';
const BODY = 'The water ministers of three river states agreed on Thursday to share flood data every hour, officials said.\n\nThe deal follows two years of talks that stalled over the cost of new gauges.';

function page(stampLine: string, opts: { body?: string; tail?: string } = {}): string {
  return `${HEADLINE}\n\n${stampLine}\n\n${opts.body ?? BODY}\n${opts.tail ? `\n${opts.tail}\n` : ''}`;
}

/** The open stamp "11/07/2024" (held day first: 11 July; month first: 7 November). */
function open(text = '11/07/2024'): Stamp {
  const st = findStamp(text)!.stamp;
  expect(st.ambiguousOrder).toBe(true);
  return st;
}

const day = (st: Stamp | undefined): string | undefined => st && `${st.y}-${String(st.mo).padStart(2, '0')}-${String(st.d).padStart(2, '0')}`;

describe('settleOrder weighs the evidence', () => {
  it('nothing settles it: undefined, never a guess', () => {
    expect(settleOrder(open(), {})).toBeUndefined();
    expect(settleOrder(open(), { outlet: 'Example Daily' })).toBeUndefined();
  });

  it('the outlet convention: US outlets and DW month first, BBC day first', () => {
    expect(day(settleOrder(open(), { outlet: 'AP' }))).toBe('2024-11-07');
    expect(day(settleOrder(open(), { outlet: 'DW' }))).toBe('2024-11-07');
    expect(day(settleOrder(open(), { outlet: 'BBC News' }))).toBe('2024-07-11');
  });

  it('the page address date settles it, against the outlet convention', () => {
    expect(day(settleOrder(open(), { outlet: 'BBC News', near: [{ y: 2024, mo: 11, d: 7 }] }))).toBe('2024-11-07');
    expect(day(settleOrder(open(), { outlet: 'AP', near: [{ y: 2024, mo: 7, d: 12 }] }))).toBe('2024-07-11');
  });

  it('an update stamp printed the same way is read the same way', () => {
    // 11/07 then 11/08: a day apart month first, a month apart day first.
    expect(day(settleOrder(open(), { near: [open('11/08/2024')] }))).toBe('2024-11-07');
    // 11/07 then 12/07: a day apart day first.
    expect(day(settleOrder(open(), { near: [open('12/07/2024')] }))).toBe('2024-07-11');
  });

  it('the page\'s other numeric dates show its order', () => {
    expect(day(settleOrder(open(), { pageOrder: 'md', outlet: 'BBC News' }))).toBe('2024-11-07');
    expect(day(settleOrder(open(), { pageOrder: 'dm', outlet: 'AP' }))).toBe('2024-07-11');
  });

  it('a date the story names settles it, even against the outlet convention', () => {
    expect(day(settleOrder(open(), { outlet: 'BBC News', mentioned: [{ mo: 11, d: 7 }] }))).toBe('2024-11-07');
    expect(day(settleOrder(open(), { mentioned: [{ mo: 7, d: 10 }] }))).toBe('2024-07-11');
    // Dates on both readings settle nothing; a date long before either settles nothing.
    expect(settleOrder(open(), { mentioned: [{ mo: 7, d: 10 }, { mo: 11, d: 6 }] })).toBeUndefined();
    expect(settleOrder(open(), { mentioned: [{ mo: 3, d: 2 }] })).toBeUndefined();
  });

  it('the dateline still comes first', () => {
    expect(day(settleOrder(open(), { dateline: { mo: 11, d: 7 }, outlet: 'BBC News', near: [{ y: 2024, mo: 7, d: 11 }] }))).toBe('2024-11-07');
  });
});

describe('page evidence helpers', () => {
  it('urlDate reads dated paths and ignores other numbers', () => {
    expect(urlDate('https://example.org/world/2024/11/07/river-plan')).toEqual({ y: 2024, mo: 11, d: 7 });
    expect(urlDate('https://example.org/news/20241107-river-plan')).toEqual({ y: 2024, mo: 11, d: 7 });
    expect(urlDate('https://example.org/a-70712345')).toBeUndefined();
    expect(urlDate('https://example.org/2024/13/40/x')).toBeUndefined();
    expect(urlDate(undefined)).toBeUndefined();
  });

  it('pageOrder: a figure over 12 shows the order; disagreement shows none', () => {
    expect(pageOrder(['More: 15/10/2024 Talks stall', 'x'])).toBe('dm');
    expect(pageOrder(['10/15/2024'])).toBe('md');
    expect(pageOrder(['15/10/2024', '10/15/2024'])).toBeUndefined();
    expect(pageOrder(['11/07/2024', '07.11.2024'])).toBeUndefined();
  });

  it('mentionedDates: capitalized months only, dates placed ahead left out', () => {
    expect(mentionedDates('They met on Thursday, November 7, and again on 9 Nov 2024.')).toEqual([{ mo: 11, d: 7 }, { y: 2024, mo: 11, d: 9 }]);
    expect(mentionedDates('They may 5 times refuse.')).toEqual([]);
    expect(mentionedDates('They met ahead of the vote on November 7.')).toEqual([]);
    expect(mentionedDates('The talks will resume on December 2.')).toEqual([]);
  });
});

describe('a numeric date line on a page', () => {
  it('DW-style: "11/07/2024" with the initials line is read month first (the habit of DW\'s English site)', () => {
    const a = read(page('11/07/2024', { tail: 'jd/ab (AFP, Reuters)' }));
    expect(a.published?.slice(0, 10)).toBe('2024-11-07');
    expect(a.dateline?.agency).toBe('DW');
  });

  it('DW-style, the story naming "Thursday, July 11": the page\'s own date wins over the habit', () => {
    const body = 'The water ministers of three river states agreed on Thursday, July 11, to share flood data, officials said.\n\nThe deal follows two years of talks.';
    const a = read(page('11/07/2024', { body, tail: 'jd/ab (AFP, Reuters)' }));
    expect(a.published?.slice(0, 10)).toBe('2024-07-11');
  });

  it('a date named for later does not move it', () => {
    const body = 'The water ministers agreed on Thursday to share flood data ahead of the vote on July 11, officials said.\n\nThe deal follows two years of talks.';
    expect(read(page('11/07/2024', { body, tail: 'jd/ab (AFP, Reuters)' })).published?.slice(0, 10)).toBe('2024-11-07');
  });

  it('a time after the date, and an update line beside it', () => {
    expect(read(page('Published: 11/07/2024 14:30 | Updated: 11/08/2024 09:00')).published).toBe('2024-11-07T14:30:00Z');
    expect(read(page('Published 11/07/2024 14:30\n\nUpdated 11/15/2024 09:00')).published).toBe('2024-11-07T14:30:00Z');
  });

  it('unambiguous shapes need no evidence', () => {
    for (const line of ['07.11.2024', '2024-11-07', 'Published On 7 Nov 2024', '13/11/2024']) {
      const want = line === '13/11/2024' ? '2024-11-13' : '2024-11-07';
      expect(read(page(line)).published?.slice(0, 10), line).toBe(want);
    }
  });

  it('nothing settles it: no publication date is invented, and the date line is not text', () => {
    for (const line of ['11/07/2024', 'Updated: 07/11/2024', '11/07/2024 14:30']) {
      const a = read(page(line));
      expect(a.published, line).toBeUndefined();
      expect(a.text, line).not.toContain('2024');
    }
  });

  it('an HTML page: the <time> text is settled by the address date', () => {
    const html = '<html><head><link rel="canonical" href="https://example.org/world/2024/11/07/river-plan"></head><body><article>'
      + `<h1>${HEADLINE}</h1><time>11/07/2024</time><p>The water ministers of three river states agreed on Thursday to share flood data every hour, officials said.</p>`
      + '<p>The deal follows two years of talks that stalled over the cost of new gauges.</p></article></body></html>';
    expect(read(html, 'page.html').published?.slice(0, 10)).toBe('2024-11-07');
  });

  it('once read, the relative dates of the story resolve against it; spans round-trip', () => {
    const rec = analyze(read(page('11/07/2024', { tail: 'jd/ab (AFP, Reuters)' })));
    expectSpansRoundTrip(rec);
    const thursday = rec.times.find((t) => t.text.includes('Thursday'));
    expect(thursday?.value).toBe('2024-11-07');
    const unread = analyze(read(page('11/07/2024')));
    expect(unread.published).toBeUndefined();
    expect(unread.times.find((t) => t.text.includes('Thursday'))?.value).not.toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });
});

describe('stamp lines of web pages', () => {
  it('Al Arabiya style: "07 November ,2024: 02:30 PM GST", with the update in the same line', () => {
    const a = read(`${HEADLINE}\n\nAl Arabiya English\n\nPublished: 07 November ,2024: 02:30 PM GST Updated: 07 November ,2024: 04:10 PM GST\n\n${BODY}\n`);
    expect(a.published).toBe('2024-11-07T14:30:00+04:00');
    expect(a.dateline?.agency).toBe('Al Arabiya');
    expect(a.text).toBe(`${HEADLINE}\n\n${BODY}`);
  });

  it('a time glued to the year by a copied page ("November 7, 20242:30 PM GMT+1Updated 2 hours ago")', () => {
    const a = read(`${HEADLINE}\n\nBy Jane Doe and John Roe\n\nNovember 7, 20242:30 PM GMT+1Updated 2 hours ago\n\n${BODY}\n`);
    expect(a.published).toBe('2024-11-07T14:30:00+01:00');
    expect(a.text).toBe(`${HEADLINE}\n\n${BODY}`);
  });

  it('a long stamp after "Updated:" keeps the line a header line', () => {
    const a = read(page('Published: 11/07/2024 | Updated: 4:02 PM EDT, November 7, 2024'));
    expect(a.published?.slice(0, 10)).toBe('2024-11-07');
    expect(a.text).not.toContain('Updated');
  });
});

describe('the byline\'s outlet gives the convention', () => {
  it('a US byline reads month first, a BBC one day first', () => {
    expect(read(page('11/07/2024 2:30 PM', { body: `By Jane Doe, Associated Press\n\n${BODY}` })).published).toBe('2024-11-07T14:30:00Z');
    expect(read(page('11/07/2024 14:30', { body: `By Jane Doe, BBC News, Nairobi\n\n${BODY}` })).published?.slice(0, 10)).toBe('2024-07-11');
  });
});

describe('a date line further down a page\'s head', () => {
  const STANDFIRST = 'Interior ministers of the two neighbors signed a deal to patrol the river together.';
  const DW_PAGE = `${HEADLINE}\n\n${STANDFIRST}\n\nPolitics\n\n11/07/2024\n\nJane Doe\n\n${BODY}\n\njd/ab (AFP, dpa)\n`;

  it('standfirst, topic label, date, author: the date is read, label and name leave the text', () => {
    const a = read(DW_PAGE);
    expect(a.published?.slice(0, 10)).toBe('2024-11-07');
    expect(a.section).toBe('Politics');
    expect(a.text).toBe(`${HEADLINE}\n\n${STANDFIRST}\n\n${BODY}`);
    expect(a.dateline?.agency).toBe('DW');
  });

  it('the relative dates resolve against it, and the author is no entity', () => {
    const rec = analyze(read(DW_PAGE));
    expectSpansRoundTrip(rec);
    expect(rec.times.find((t) => t.text === 'Thursday')?.value).toBe('2024-11-07');
    expect(rec.entities.some((e) => e.name.includes('Jane Doe'))).toBe(false);
  });

  it('a line with more than a stamp that far down is left to the story', () => {
    const a = read(`${HEADLINE}\n\n${STANDFIRST}\n\nPolitics\n\nFlood season review, November 7, 2024\n\n${BODY}\n`);
    expect(a.text).toContain('Flood season review, November 7, 2024');
  });

  it('a name line away from any stamp stays (it may be a subheading)', () => {
    const a = read(`${HEADLINE}\n\n${BODY}\n\nGeorge Washington Bridge\n\n${BODY.split('\n\n')[1]}\n`);
    expect(a.text).toContain('George Washington Bridge');
  });
});
