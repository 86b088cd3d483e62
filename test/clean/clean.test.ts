import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/clean/boilerplate.js';
import { cleanArticle } from '../../src/clean/index.js';
import { parseSectionLine } from '../../src/clean/section-line.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { articleOf, articlesOf, fixture, partTexts } from '../read/helpers.js';

const ALL_FIXTURES = [
  'wire-tass-style.txt', 'wire-ap-style.txt', 'wire-reuters-style.txt', 'wire-xinhua-style.txt', 'wire-afp-style.txt',
  'wire-un-style.txt', 'page.html', 'truncated.html', 'feed-rss.xml', 'feed-atom.xml', 'articles.jsonl', 'articles.csv', 'reuters.sgm',
];

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

describe('text and parts', () => {
  it.each(ALL_FIXTURES)('%s: parts tile the text, headline first, blank lines between', (name) => {
    for (const a of articlesOf(name, { onItemError: () => {} })) {
      expect(a.parts[0]!.kind).toBe('headline');
      expect(a.text.slice(a.parts[0]!.start, a.parts[0]!.end)).toBe(a.headline);
      expect(a.parts[0]!.start).toBe(0);
      expect(a.parts.at(-1)!.end).toBe(a.text.length);
      for (let i = 1; i < a.parts.length; i++) {
        expect(a.text.slice(a.parts[i - 1]!.end, a.parts[i]!.start)).toBe('\n\n');
        const body = a.text.slice(a.parts[i]!.start, a.parts[i]!.end);
        expect(body.trim()).toBe(body);
        expect(body).not.toContain('\n');
      }
      if (a.dateline?.span) expect(a.text.slice(a.dateline.span.start, a.dateline.span.end)).toBe(a.dateline.span.text);
      expect(a.text).toBe(a.text.normalize('NFC'));
    }
  });
});

describe('id', () => {
  it.each(ALL_FIXTURES)('%s: re-reading gives the same ids', (name) => {
    const once = articlesOf(name, { onItemError: () => {} }).map((a) => a.id);
    const twice = articlesOf(name, { onItemError: () => {} }).map((a) => a.id);
    expect(twice).toEqual(once);
    expect(new Set(once).size).toBe(once.length);
  });

  it('ignores whitespace and Unicode composition differences', () => {
    const a = fromText('Talks in Zu\u0308rich\n\nThe ministers   met on Monday, officials said.\n');
    const b = fromText('Talks in Zürich\r\n\r\n\r\nThe ministers met on Monday,\nofficials said.\n');
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('changes when the words change', () => {
    expect(fromText('Talks in Zürich\n\nThe ministers met on Monday.').id).not.toBe(fromText('Talks in Zürich\n\nThe ministers met on Tuesday.').id);
  });

  it('does not depend on chrome around the story', () => {
    const plain = fromText('Talks resume\n\nLONDON (Reuters) - Talks resumed on Monday, officials said.\n');
    const chromed = fromText('Talks resume\n\nLONDON (Reuters) - Talks resumed on Monday, officials said.\n\nShare\n\nRead more on the site →\n');
    expect(chromed.id).toBe(plain.id);
  });
});

describe('lead', () => {
  it('is kept once when the body repeats it (even without its final period)', () => {
    const a = articleOf('wire-tass-style.txt');
    expect(partTexts(a, 'lead')).toHaveLength(1);
    expect(a.text.indexOf("ahead of the leaders' meeting in the autumn")).toBe(a.text.lastIndexOf("ahead of the leaders' meeting in the autumn"));
  });

  it('a dateline paragraph that only repeats the lead keeps the dateline, drops the standalone lead', () => {
    const a = fromText('Ministers meet\n\nForeign ministers met in Rome on Monday\n\nROME (Reuters) - Foreign ministers met in Rome on Monday.\n\nThey discussed trade and migration, officials said.\n');
    expect(a.text.match(/Foreign ministers met in Rome on Monday/gu)).toHaveLength(1);
    expect(a.dateline?.place).toBe('Rome');
  });

  it('a lead that opens the dateline paragraph is kept once, in the paragraph', () => {
    const a = fromText('Ministers meet\n\nForeign ministers of the two countries met in Rome on Monday\n\nROME, May 6. /TASS/. Foreign ministers of the two countries met in Rome on Monday. They discussed trade, officials said.\n\nA second meeting is planned for June.\n');
    expect(a.text.match(/Foreign ministers of the two countries met in Rome on Monday/gu)).toHaveLength(1);
    expect(a.text).toContain('They discussed trade');
    expect(a.dateline?.span?.text).toBe('ROME, May 6. /TASS/.');
    expect(partTexts(a, 'lead')).toEqual([]);
  });

  it('a lead that opens a later paragraph is kept once', () => {
    const a = fromText('Ministers meet\n\nThe ministers agreed to meet again before the end of the year\n\nROME (Reuters) - The foreign ministers of Italy and Egypt met in Rome on Monday, officials said.\n\nThe ministers agreed to meet again before the end of the year. No date was set.\n');
    expect(a.text.match(/agreed to meet again/gu)).toHaveLength(1);
    expect(a.text).toContain('No date was set.');
  });

  it('a short lead recurring inside a paragraph is left alone', () => {
    const a = fromText('Talks resume\n\nTalks resumed on Monday morning\n\nROME (Reuters) - Negotiators returned to Rome after a week-long pause, officials said.\n\nTalks resumed on Monday morning after the pause, and will go on all week.\n');
    expect(partTexts(a, 'lead')).toEqual(['Talks resumed on Monday morning']);
  });

  it('a short label before the dateline paragraph is the section, not the lead', () => {
    const a = fromText('Ministers meet\n\nEurope\n\nROME (Reuters) - Foreign ministers met in Rome on Monday, officials said.\n');
    expect(a.section).toBe('Europe');
    expect(partTexts(a, 'lead')).toEqual([]);
    expect(a.text).not.toContain('Europe');
  });

  it('a standfirst without a dateline is a lead; an ordinary first paragraph is not', () => {
    const withStandfirst = fromText('Ministers meet\n\nThe two sides agreed to continue talks in the new year despite deep differences\n\nThe ministers met for three hours on Monday in the capital, officials said.\n');
    expect(partTexts(withStandfirst, 'lead')).toHaveLength(1);
    const plain = fromText('Ministers meet\n\nThe ministers met for three hours on Monday in the capital, officials said.\n\nThey will meet again next month.\n');
    expect(partTexts(plain, 'lead')).toHaveLength(0);
  });
});

describe('subheadings', () => {
  it('are short unpunctuated lines between paragraphs', () => {
    const a = articleOf('wire-tass-style.txt');
    expect(partTexts(a, 'subheading')).toEqual(['Trade and energy']);
  });

  it('are not found in tables or at the end of a story', () => {
    const a = fromText('Results for the quarter\n\nThe company reported its results on Monday, the board said in a statement.\n\nShr 34 cts vs 1.19 dlrs\n\nNet 807,000 vs 2,858,000\n\nRevs 12.1 mln vs 11.0 mln\n\nFull year figures follow next week\n');
    expect(partTexts(a, 'subheading')).toEqual([]);
  });
});

describe('headline', () => {
  it('is absent, not faked, when the text opens straight into the story', () => {
    const [raw] = readInput(Buffer.from('{"text": "ROME (Reuters) - Talks resumed on Monday, officials said.\\n\\nMore meetings are planned."}\n'), 'x.jsonl');
    const a = cleanArticle(raw!);
    expect(a.headline).toBe('');
    expect(a.parts.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
    expect(a.dateline).toMatchObject({ place: 'Rome', agency: 'Reuters' });
    expect(a.dateline!.span!.start).toBe(0);
  });
});

describe('link lists', () => {
  it('drops "Read also" and the story links after it, which would otherwise pass for subheadings', () => {
    const a = fromText('Talks resume\n\nROME (Reuters) - Talks resumed on Monday, officials said, after a pause of a week.\n\nRead also\n\nForeign ministers to meet in Cairo next week\n\nThe talks will go on all week, the officials said, and may end on Friday.\n\nRelated:\n\nEarlier talks ended without a deal\n\nWhat the deal would mean for trade\n');
    expect(partTexts(a, 'subheading')).toEqual([]);
    expect(a.text).not.toContain('Cairo');
    expect(a.text).not.toContain('Earlier talks');
    expect(a.text).toContain('The talks will go on all week');
  });
});

describe('tail', () => {
  it('drops tag lists and link lines after the last sentence, not the story', () => {
    const a = fromText('Talks resume\n\nROME (Reuters) - Talks resumed on Monday, officials said.\n\nMore meetings are planned.\n\nTags\n\nItaly\n\nEgypt\n\nMore news from Rome\n');
    expect(a.text.endsWith('More meetings are planned.')).toBe(true);
  });

  it('keeps a headline-only story', () => {
    expect(fromText('Talks resume in Rome').text).toBe('Talks resume in Rome');
  });
});

describe('section line', () => {
  it.each([
    ['Russian Politics & Diplomacy June 14, 2018, 16:10', 'Russian Politics & Diplomacy', { h: 16, mi: 10, s: 0 }],
    ['World | 14 June 2018 16:10', 'World', { h: 16, mi: 10, s: 0 }],
    ['Friday, January 4, 2019', undefined, undefined],
    ['Published: June 14, 2018 at 4:10 pm', undefined, { h: 16, mi: 10, s: 0 }],
    ['World 16:10, January 15, 2024 UPDATED: January 15, 2024, 17:20', 'World', { h: 16, mi: 10, s: 0 }],
    ['Politics 4:10 pm, June 14, 2018', 'Politics', { h: 16, mi: 10, s: 0 }],
  ])('%s', (line, section, time) => {
    const sl = parseSectionLine(line)!;
    expect(sl).toBeDefined();
    expect(sl.section).toBe(section);
    expect(sl.stamp.time).toEqual(time);
  });

  it('reads a section label and a timestamp on lines of their own', () => {
    const a = fromText('Ministers meet\n\nWorld\n\nJune 14, 2018, 16:10\n\nThe ministers agreed to meet again before the end of the year in Moscow\n\nMOSCOW, June 14. /TASS/. The foreign ministers of the two countries met in Moscow on Thursday, the ministry said.\n');
    expect(a.section).toBe('World');
    expect(a.published).toBe('2018-06-14T16:10:00+03:00');
    expect(partTexts(a, 'lead')).toHaveLength(1);
    expect(a.text).not.toContain('16:10');
  });

  it('reads a line of metadata fields', () => {
    const sl = parseSectionLine('Source: Xinhua | 2018-06-14 16:10:00 | Editor: Li Jia')!;
    expect(sl).toMatchObject({ agency: 'Xinhua', stamp: { y: 2018, mo: 6, d: 14, time: { h: 16, mi: 10, s: 0 } } });
    expect(sl.section).toBeUndefined();
    expect(parseSectionLine('World | Updated: June 14, 2018 16:10')).toMatchObject({ section: 'World' });
    expect(parseSectionLine('Moscow | Beijing | Seoul')).toBeUndefined();
  });

  it('a metadata line credits the agency whose zone the time is in', () => {
    const a = fromText('China and Kazakhstan sign rail deal\n\nSource: Xinhua| 2018-06-14 16:10:00|Editor: Li Jia\n\nChina and Kazakhstan signed an agreement on rail freight on Thursday, officials said.\n');
    expect(a.published).toBe('2018-06-14T16:10:00+08:00');
    expect(a.publishedZone).toBe('Asia/Shanghai');
    expect(a.text).not.toContain('Editor');
  });

  it.each(['The meeting was held on June 14, 2018, in Moscow.', 'Talks between the two leaders are expected to continue into the night on June 14, 2018'])('not a section line: %s', (line) => {
    expect(parseSectionLine(line)).toBeUndefined();
  });
});

describe('boilerplate', () => {
  it.each([
    'Read more on the site →', 'Read more', 'Share', 'Share this article', 'Follow us on Twitter', 'Follow TASS on Telegram',
    'Subscribe', 'Subscribe to our newsletter', 'Sign up for our daily briefing', '© 2023 Example Wire. All rights reserved.',
    'Copyright 2023 The Associated Press. All rights reserved.', 'Facebook Twitter WhatsApp Telegram', 'Facebook | Twitter | Email',
    'Advertisement', 'Related: Earlier talks end without a deal', 'See also: the summit in pictures', 'More from the region »',
    '(Reporting by Jane Doe; Editing by John Roe)', 'REUTER', 'Download our app for the latest news', 'By Jane Doe',
    'By JANE DOE, Associated Press', 'By Ivan Petrov and Anna Smirnova', 'Vladimir Putin © Mikhail Metzel/TASS',
    'Home / World / Asia', 'News › Politics › Europe',
  ])('chrome: %s', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Merkel also welcomed the recent talks between French President Emmanuel Macron and Chinese leader Xi Jinping.',
    'Trump-Kim talks',
    'Follow-up talks are planned for next month, the ministry said.',
    'Subscribers to the treaty met in Geneva on Tuesday.',
    'Share prices fell sharply after the announcement.',
    'Reuters could not independently verify the report.',
    'By Monday, the ministers had agreed on a text.',
    'Russia / China',
    'Copyright disputes were also on the agenda of the trade talks, officials said in a joint statement issued after the meeting in Brussels on Thursday.',
  ])('text: %s', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe('fixtures end to end', () => {
  it('source information is kept', () => {
    const [a] = articlesOf('feed-rss.xml');
    expect(a!.source).toEqual({ format: 'rss', path: 'feed-rss.xml', url: 'https://example.org/news/1', sourceId: 'item-0001' });
  });

  it('an input named by URL is recorded as a URL', () => {
    const [raw] = readInput(fixture('wire-ap-style.txt'), 'https://example.org/story.txt');
    expect(cleanArticle(raw!).source).toEqual({ format: 'wire-text', url: 'https://example.org/story.txt' });
  });
});
