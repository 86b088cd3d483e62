import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { readAll, readInput } from '../../src/read/index.js';
import { articleOf, articlesOf, fixture, partTexts, readFixture } from './helpers.js';

describe('format detection', () => {
  it.each([
    ['wire-tass-style.txt', 'wire-text'],
    ['wire-tass-updated.txt', 'wire-text'],
    ['page.html', 'html'],
    ['page-busy.html', 'html'],
    ['truncated.html', 'html'],
    ['feed-rss.xml', 'feed'],
    ['feed-atom.xml', 'feed'],
    ['articles.jsonl', 'jsonl'],
    ['articles.csv', 'csv'],
    ['reuters.sgm', 'reuters-sgml'],
  ])('%s is read as %s', (name, format) => {
    expect(readFixture(name, { onItemError: () => {} }).format).toBe(format);
  });

  it('goes by content, not by the file name', () => {
    expect(readAll(fixture('feed-rss.xml'), 'saved-feed.txt').format).toBe('feed');
    expect(readAll(fixture('wire-ap-style.txt'), 'story.html').format).toBe('wire-text');
  });

  it('lets the caller name the format', () => {
    const r = readAll(fixture('page.html'), 'page.html', { format: 'wire-text' });
    expect(r.format).toBe('wire-text');
    expect(() => readAll(fixture('page.html'), 'page.html', { format: 'pdf' })).toThrow('unknown input format "pdf"');
  });
});

describe('wire text', () => {
  it('reads headline, section line, lead, dateline and subheadings', () => {
    const a = articleOf('wire-tass-style.txt');
    expect(a.source.format).toBe('wire-text');
    expect(a.headline).toBe('Lavrov and Wang Yi discuss preparations for a summit');
    expect(a.section).toBe('World News & Diplomacy');
    expect(a.published).toBe('2023-03-22T11:45:00+03:00');
    expect(partTexts(a, 'lead')).toEqual(["The two ministers agreed to keep in close contact ahead of the leaders' meeting in the autumn"]);
    expect(partTexts(a, 'subheading')).toEqual(['Trade and energy']);
    expect(a.dateline).toMatchObject({ place: 'Moscow', date: '2023-03-22', agency: 'TASS' });
  });

  it('removes the site chrome and keeps the repeated lead once', () => {
    const a = articleOf('wire-tass-style.txt');
    for (const chrome of ['Read more on the site', 'Share', 'Follow TASS on Telegram']) expect(a.text).not.toContain(chrome);
    expect(a.text.split("leaders' meeting in the autumn").length - 1).toBe(1);
    expect(a.text).not.toContain('World News & Diplomacy'); // the section line is metadata
  });

  it('copes with a page copied with its breadcrumb, caption, updated stamp and tag list', () => {
    const a = articleOf('wire-tass-updated.txt');
    expect(a.headline).toBe('Mishustin and Vietnamese counterpart discuss energy and trade in Hanoi');
    expect(a.section).toBe('World');
    expect(a.published).toBe('2024-01-15T16:10:00+03:00'); // the first stamp, not the update
    expect(a.dateline).toMatchObject({ place: 'Hanoi', date: '2024-01-15', agency: 'TASS' });
    expect(partTexts(a, 'lead')).toEqual(['The prime ministers agreed to expand cooperation in oil and gas production and in nuclear research']);
    expect(a.text.match(/agreed to expand cooperation/gu)).toHaveLength(1);
    expect(partTexts(a, 'subheading')).toEqual(['What comes next?']);
    for (const chrome of ['Home / News', '©', 'Example Photographer', 'Tags', 'Vietnam\n', 'UPDATED']) expect(a.text).not.toContain(chrome);
    expect(a.text.endsWith('without naming a date.')).toBe(true);
  });

  it('reads the same story with a BOM and CRLF line ends to the same record', () => {
    const lf = fixture('wire-tass-style.txt');
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.toString('utf8').replace(/\n/gu, '\r\n'))]);
    const a = cleanArticle(readInput(lf, 'a.txt')[0]!);
    const b = cleanArticle(readInput(crlf, 'a.txt')[0]!);
    expect(b).toEqual(a);
  });

  it('reads the BBC layout: headline line, blank line, paragraphs', () => {
    const text = 'Minister sets out plan for rail links\n\nThe transport minister has set out plans to improve rail links in the north.\n\nThe plan, published on Tuesday, would cost several billion pounds over ten years, officials said.\n';
    const [raw] = readInput(Buffer.from(text), 'bbc.txt');
    expect(raw!.blocks.map((b) => b.text)).toEqual([
      'Minister sets out plan for rail links',
      'The transport minister has set out plans to improve rail links in the north.',
      'The plan, published on Tuesday, would cost several billion pounds over ten years, officials said.',
    ]);
  });

  it('joins hard-wrapped lines and splits indented paragraphs', () => {
    const text = 'Headline here\n\nThe first paragraph is wrapped\nat a narrow width by the wire.\n    A second paragraph starts\nwith an indent.\n';
    const [raw] = readInput(Buffer.from(text), 'w.txt');
    expect(raw!.blocks.map((b) => b.text)).toEqual([
      'Headline here', 'The first paragraph is wrapped at a narrow width by the wire.', 'A second paragraph starts with an indent.',
    ]);
  });
});

describe('encoded wire text', () => {
  const RU = 'Лавров обсудил с коллегой подготовку визита\n\nПолитика 22 марта 2023, 11:45\n\n'
    + 'МОСКВА, 22 марта. /ТАСС/. Министр иностранных дел России провёл телефонный разговор с китайским коллегой, сообщил МИД.\n\n'
    + 'Стороны договорились продолжить контакты.\n';

  it('reads a Windows-1251 Russian story with its Russian dateline and section line', () => {
    const [raw] = readInput(iconv.encode(RU, 'win1251'), 'ru.txt');
    const a = cleanArticle(raw!);
    expect(a.headline).toBe('Лавров обсудил с коллегой подготовку визита');
    expect(a.section).toBe('Политика');
    expect(a.published).toBe('2023-03-22T11:45:00+03:00');
    expect(a.dateline).toMatchObject({ place: 'Москва', date: '2023-03-22', agency: 'ТАСС' });
  });

  it('reads the same story from UTF-16 with a BOM and from UTF-8, to the same id', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RU, 'utf16le')]);
    const ids = [utf16, Buffer.from(RU, 'utf8'), iconv.encode(RU, 'win1251')].map((b) => cleanArticle(readInput(b, 'ru.txt')[0]!).id);
    expect(new Set(ids).size).toBe(1);
  });
});

describe('HTML pages', () => {
  it('takes headline, time and section from the page metadata', () => {
    const a = articleOf('page.html');
    expect(a.source.format).toBe('html');
    expect(a.headline).toBe('Southeast Asian foreign ministers meet in Jakarta'); // JSON-LD headline over og:title
    expect(a.published).toBe('2023-07-13T09:30:00+07:00');
    expect(a.section).toBe('World');
    expect(a.source.url).toBe('https://example.org/asia/ministers-jakarta');
    expect(a.language).toBe('en');
  });

  it('keeps the story and drops share bars, related links, navigation and footer', () => {
    const a = articleOf('page.html');
    expect(partTexts(a, 'lead')).toEqual(['Ministers called for restraint in the South China Sea and discussed the crisis in Myanmar.']);
    expect(partTexts(a, 'subheading')).toEqual(['Myanmar on the agenda']);
    expect(a.text).toContain('Talks are due to continue on Friday');
    for (const chrome of ['Facebook', 'Earlier meeting ends without statement', 'Explainer', 'Most read', 'Home', '©', 'All rights reserved']) {
      expect(a.text).not.toContain(chrome);
    }
    expect(a.text.match(/Southeast Asian foreign ministers meet in Jakarta/gu)).toHaveLength(1);
    expect(a.dateline).toMatchObject({ place: 'Jakarta', agency: 'Example Wire' });
  });

  it('reads a busy page: cookie banner, navigation, byline, share list, promo, newsletter box, tags, related, comments, sidebar', () => {
    const a = articleOf('page-busy.html');
    expect(a.headline).toBe('Baltic ministers meet in Vilnius'); // the site name after the dash is not the headline
    expect(a.published).toBe('2023-04-20T08:15:00Z');
    expect(partTexts(a, 'subheading')).toEqual(['Summit preparations']);
    expect(partTexts(a, 'paragraph')).toHaveLength(5);
    expect(a.text).toContain('expected “clear decisions” on the alliance'); // UTF-8 despite the stale charset=windows-1252
    expect(a.text.endsWith('planned for the autumn in Riga.')).toBe(true);
    for (const chrome of ['cookies', 'Sport', 'By Example Reporter', 'Share on', 'Photo:', 'Read more', 'Summit city prepares', 'newsletter',
      'Baltic states', 'Related articles', 'Estonia raises', 'Comments', 'Most popular', 'Copyright', 'Contact']) {
      expect(a.text, chrome).not.toContain(chrome);
    }
  });

  it('reads a truncated page', () => {
    const a = articleOf('truncated.html');
    expect(a.headline).toBe('Talks resume in Geneva');
    expect(a.text).toContain('speaking on condition of anonym');
    expect(a.dateline).toMatchObject({ place: 'Geneva', agency: 'AP' });
  });

  it('refuses a page without text', () => {
    expect(() => readAll(Buffer.from('<html><head><title></title></head><body><nav><a href="/">Home</a></nav></body></html>'), 'blank.html'))
      .toThrow('blank.html: no article text found in the HTML page');
  });
});

describe('feeds', () => {
  it('reads each RSS item as an article, preferring content:encoded', () => {
    const items = articlesOf('feed-rss.xml');
    expect(items).toHaveLength(3);
    const [first, second, third] = items;
    expect(first!.source).toMatchObject({ format: 'rss', url: 'https://example.org/news/1', sourceId: 'item-0001' });
    expect(first!.text).not.toContain('Short summary');
    expect(first!.text).toContain('end of the year & to exchange');
    expect(first!.text).not.toMatch(/\bShare\b/u);
    expect(first!.published).toBe('2023-07-04T14:20:00+03:00');
    expect(first!.section).toBe('Economy');
    expect(first!.dateline).toMatchObject({ place: 'Ulaanbaatar', agency: 'TASS', date: '2023-07-04' });
    // An escaped-HTML description is used when there is no full text.
    expect(second!.headline).toBe('Lavrov to visit Ankara & Tehran');
    expect(second!.text).toContain('Foreign Minister Sergey Lavrov will travel');
    expect(second!.text).not.toContain('<p>');
    expect(second!.published).toBe('2023-07-05T09:00:00Z');
    // A title-only item is still an article.
    expect(third!.text).toBe('Headline only item');
  });

  it('reads Atom entries, html and xhtml content', () => {
    const [a, b] = articlesOf('feed-atom.xml');
    expect(a!.headline).toBe('Leaders gather for the General Assembly & side meetings');
    expect(a!.published).toBe('2023-09-19T12:00:00-04:00');
    expect(a!.section).toBe('Diplomacy');
    expect(partTexts(a!, 'subheading')).toEqual(['Side meetings']);
    expect(a!.dateline).toMatchObject({ place: 'United Nations', date: '2023-09-19' });
    expect(a!.source.url).toBe('https://example.org/world/unga');
    expect(b!.text).toContain('negotiations & late-night drafting');
    expect(b!.published).toBe('2023-09-20T17:30:00Z');
  });
});

describe('JSON Lines', () => {
  it('reads each good line and reports the bad one by its line number', () => {
    const r = readFixture('articles.jsonl');
    expect(r.articles.map((x) => x.sourceId)).toEqual(['a1', 'a2', 'a4']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.input).toBe('articles.jsonl');
    expect(r.errors[0]!.message).toMatch(/^articles\.jsonl: line 3: invalid JSON/u);
  });

  it('passes item errors to onItemError, or throws the first one without it', () => {
    const seen: string[] = [];
    const raws = readInput(fixture('articles.jsonl'), 'articles.jsonl', { onItemError: (e) => seen.push(e.reason) });
    expect(raws).toHaveLength(3);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^line 3: invalid JSON/u);
    expect(() => readInput(fixture('articles.jsonl'), 'articles.jsonl')).toThrow('articles.jsonl: line 3: invalid JSON');
  });

  it('maps title, published, url and id', () => {
    const [a, , c] = articlesOf('articles.jsonl', { onItemError: () => {} });
    expect(a).toMatchObject({ headline: 'Ministers meet in Brussels', published: '2023-05-10T10:00:00+02:00', source: { url: 'https://example.org/a1', sourceId: 'a1' } });
    expect(a!.dateline).toMatchObject({ place: 'Brussels', agency: 'Reuters' });
    expect(c!.headline).toBe('Dateless story');
    expect(c!.published).toBeUndefined();
  });

  it('reports a record without text', () => {
    const r = readAll(Buffer.from('{"title": "t", "text": "ok"}\n{"url": "https://x"}\n[1, 2]\n'), 'x.jsonl');
    expect(r.articles).toHaveLength(1);
    expect(r.errors.map((e) => e.message)).toEqual(['x.jsonl: line 2: no "text" (and no "title")', 'x.jsonl: line 3: a JSON Lines record must be an object']);
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, doubled quotes and newlines; reports a short row by line', () => {
    const r = readFixture('articles.csv');
    expect(r.articles).toHaveLength(2);
    expect(r.errors.map((e) => e.message)).toEqual(['articles.csv: line 8: CSV row has 3 fields, the header 5']);
    const a = articlesOf('articles.csv', { onItemError: () => {} });
    expect(a[0]!.headline).toBe('Talks in Doha, day two');
    expect(a[0]!.text).toContain('"We are making progress," the mediator told reporters');
    expect(partTexts(a[0]!, 'paragraph')).toHaveLength(2);
    expect(a[0]!.published!.slice(0, 10)).toBe('2023-02-14');
    expect(a[0]!.publishedPrecision).toBe('day');
    expect(a[1]!.source.sourceId).toBe('c2');
  });

  it('refuses an unterminated quote, naming the line', () => {
    expect(() => readAll(Buffer.from('title,text\n"a","b\nc\n'), 'bad.csv')).toThrow('bad.csv: CSV quote opened on line 2 is never closed');
  });

  it('handles CRLF line ends', () => {
    const r = readAll(Buffer.from('title,text\r\nOne,"First story.\r\n\r\nSecond paragraph."\r\nTwo,Another story.\r\n'), 'crlf.csv');
    expect(r.articles.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(r.articles[0]!.blocks.map((b) => b.text)).toEqual(['First story.', 'Second paragraph.']);
  });
});

describe('Reuters-21578 SGML', () => {
  it('reads stories with a body, brief headline-only stories and unprocessed ones', () => {
    const [a, b, c] = articlesOf('reuters.sgm');
    expect(a!.headline).toBe('JAPAN, U.S. TO HOLD TRADE TALKS <SEMICONDUCTORS>');
    expect(a!.source.sourceId).toBe('9001');
    expect(a!.text).toContain('TOKYO, March 2 - Japanese and U.S. officials');
    expect(a!.text).toContain('last year & would be held');
    expect(a!.text).not.toMatch(/Reuter\s*$/u);
    expect(a!.published).toBe('1987-03-02T10:15:02Z');
    expect(a!.dateline).toMatchObject({ place: 'Tokyo', date: '1987-03-02', agency: 'Reuters' });
    expect(b!.text).toBe('MINISTERS TO MEET ON FARM SUBSIDIES NEXT WEEK');
    expect(b!.text).not.toContain('Blah');
    expect(c!.headline).toBe('CORRECTION - TRADE TALKS ITEM');
    expect(c!.text).toContain('please read March, not April.');
  });
});

describe('HTML subheadings', () => {
  it('takes a bold-only short paragraph as a subheading, not a bold sentence', () => {
    const html = `<html><body><article>
      <p>GENEVA (AP) — Negotiators returned to the table on Monday after a pause of three weeks, officials said, adding that both sides had agreed on an agenda.</p>
      <p><strong>Prisoner exchanges</strong></p>
      <p>The agenda covers prisoner exchanges and the reopening of a border crossing, a diplomat familiar with the talks told reporters on Monday evening.</p>
      <p><b>Both delegations declined to comment.</b></p>
      <p>Another round is planned for next month in the same city, the diplomat said, though no date has been fixed yet.</p></article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'bold.html');
    expect(raw!.blocks.filter((b) => b.kind === 'subheading').map((b) => b.text)).toEqual(['Prisoner exchanges']);
  });
});

describe('HTML metadata fallbacks', () => {
  it('prefers the article\'s <time> over a sidebar\'s, and og:title when there is no JSON-LD', () => {
    const html = `<html><head><title>Raw title - Site</title><meta property="og:title" content="Ceasefire talks resume in Cairo"></head><body>
      <aside><time datetime="2020-01-01T00:00:00Z">old</time></aside>
      <article><p>CAIRO (Reuters) - Negotiators resumed ceasefire talks in Cairo on Sunday, two officials said, with mediators pressing both sides to accept a phased truce.</p>
      <time datetime="2024-03-03T11:00:00+02:00">3 March</time>
      <p>The talks are expected to last several days, the officials said, declining to be named because they were not authorized to speak to the media.</p></article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'cairo.html');
    expect(raw!.title).toBe('Ceasefire talks resume in Cairo');
    expect(raw!.published).toBe('2024-03-03T11:00:00+02:00');
  });
});
