/**
 * Header lines that print the author beside the date, on pages copied as text and read from HTML:
 * the date is the publication, the author leaves the text and never becomes the section, while a
 * topic label stays the section. Every page here is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { readAuthorField } from '../../src/clean/credits.js';
import { cleanArticle } from '../../src/clean/index.js';
import { parseSectionLine } from '../../src/clean/section-line.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';

const BODY = [
  'Lawmakers in the port city approved a new budget for the water board on Thursday after a debate that ran late into the night, council officials said.',
  'The vote was 31 to 12. The board now has two weeks to publish its spending plan, the council speaker said.',
];

function fromText(head: string[]): Article {
  const [raw] = readInput(Buffer.from(['Council approves water board budget', ...head, ...BODY].join('\n\n')), 'inline.txt');
  return cleanArticle(raw!);
}

function fromHtml(head: string): Article {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Council approves water board budget</title></head><body><article>
<h1>Council approves water board budget</h1>${head}${BODY.map((p) => `<p>${p}</p>`).join('\n')}
<p>Opposition members said they would ask the auditor to review the figures before the money is released next month.</p>
</article></body></html>`;
  const [raw] = readInput(Buffer.from(html), 'page.html');
  return cleanArticle(raw!);
}

describe('header lines naming the author beside the date', () => {
  it.each([
    // line, published, section
    ['Jane Doe | 07.11.2024', '2024-11-07T00:00:00Z', undefined],
    ['Jane Doe · 7 Nov 2024 · 3 min read', '2024-11-07T00:00:00Z', undefined],
    ['By Jane Doe — November 7, 2024 at 2:30 p.m. EST', '2024-11-07T14:30:00-05:00', undefined],
    ['Jane Doe, Nairobi | Published 07 Nov 2024, 14:30 EAT', '2024-11-07T14:30:00+03:00', undefined],
    ['Last updated 7 Nov 2024 | Jane Doe', '2024-11-07T00:00:00Z', undefined],
    ['Jane Doe and John Roe | 7 Nov 2024 14:30 PKT', '2024-11-07T14:30:00+05:00', undefined],
    ['Politics | Jane Doe | 07.11.2024', '2024-11-07T00:00:00Z', 'Politics'],
    ['Middle East | 7 Nov 2024', '2024-11-07T00:00:00Z', 'Middle East'],
    ['World | Asia | 7 Nov 2024', '2024-11-07T00:00:00Z', 'World | Asia'],
    ['Conflicts · Jane Doe in Kisumu · 7 Nov 2024 · 4 min read', '2024-11-07T00:00:00Z', 'Conflicts'],
    ['Jane Doe · 7 Nov 2024 · Listen to this article', '2024-11-07T00:00:00Z', undefined],
    ['Middle East | 7 Nov 2024 | Share | Comments (12)', '2024-11-07T00:00:00Z', 'Middle East'],
  ] as const)('as text: %s', (line, published, section) => {
    const a = fromText([line]);
    expect(a.published).toBe(published);
    expect(a.section).toBe(section);
    expect(a.text).not.toContain('Jane Doe');
    expect(a.text).not.toContain('2024');
    expect(a.text).toContain('Lawmakers in the port city');
  });

  it.each([
    // lines of the head, published, section
    [['Written by Jane Doe on 7 November 2024'], '2024-11-07T00:00:00Z', undefined],
    [['Posted by Jane Doe on November 7, 2024 at 2:30 pm EST'], '2024-11-07T14:30:00-05:00', undefined],
    [['JANE DOE | NOV 7, 2024'], '2024-11-07T00:00:00Z', undefined],
    [['By Jane Doe, Senior Correspondent, Nairobi | 07 Nov 2024'], '2024-11-07T00:00:00Z', undefined],
    [['Jane Doe', '7 Nov 2024'], '2024-11-07T00:00:00Z', undefined],
    [['Politics', 'Jane Doe', '07.11.2024'], '2024-11-07T00:00:00Z', 'Politics'],
    [['Jane Doe', 'Politics Correspondent', '7 Nov 2024'], '2024-11-07T00:00:00Z', undefined],
    [['7 Nov 2024 | Politics Correspondent'], '2024-11-07T00:00:00Z', undefined],
    [['World', 'By Jane Doe', 'Published 7 Nov 2024', '3 min read'], '2024-11-07T00:00:00Z', 'World'],
    [['Nov 7, 2024 / Jane Doe / Politics'], '2024-11-07T00:00:00Z', 'Politics'],
  ] as const)('head lines as text: %j', (head, published, section) => {
    const a = fromText([...head]);
    expect(a.published).toBe(published);
    expect(a.section).toBe(section);
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', ...BODY]);
  });

  it.each([
    ['<p class="meta">Jane Doe | 07.11.2024</p>', '2024-11-07', undefined],
    ['<div class="article-meta"><span>Jane Doe</span> · <span>7 Nov 2024</span> · <span>3 min read</span></div>', '2024-11-07', undefined],
    ['<p>By Jane Doe — November 7, 2024 at 2:30 p.m. EST</p>', '2024-11-07', undefined],
    ['<p>Politics</p><p>07.11.2024</p>', '2024-11-07', 'Politics'],
    ['<p>World | Asia | 7 Nov 2024</p>', '2024-11-07', 'World | Asia'],
    // Inline elements side by side read as one glued line.
    ['<div class="meta"><a href="/jane-doe">Jane Doe</a><time>7 Nov 2024, 14:30 EAT</time><span>3 min read</span></div>', '2024-11-07', undefined],
    ['<div><span>Jane Doe, Nairobi</span><span>Published 07 Nov 2024, 14:30 EAT</span></div>', '2024-11-07', undefined],
    ['<header><p class="kicker">Politics</p><p><span>By Jane Doe</span> | <span>Updated: Nov 7, 2024, 14:30 EAT</span></p></header>', '2024-11-07', 'Politics'],
    ['<ul class="info"><li>Jane Doe</li><li>07.11.2024</li></ul>', '2024-11-07', undefined],
    ['<p><strong>Jane Doe</strong></p><p><em>07.11.2024</em></p>', '2024-11-07', undefined],
  ] as const)('from HTML: %s', (head, date, section) => {
    const a = fromHtml(head);
    expect(a.published?.slice(0, 10)).toBe(date);
    expect(a.section).toBe(section);
    expect(a.text).not.toContain('Jane Doe');
    expect(a.text).not.toMatch(/\b2024\b/u);
  });

  it.each([
    [['Updated: 08 Nov 2024 14:30 EAT | Published: 07 Nov 2024 10:00 EAT']],
    [['Updated: 08 Nov 2024 14:30 EAT', 'Published: 07 Nov 2024 10:00 EAT']],
    [['Published: 07 Nov 2024 10:00 EAT | Updated: 08 Nov 2024 14:30 EAT']],
    [['Jane Doe | Updated 8 Nov 2024 10:00 EAT | First published 7 Nov 2024 10:00 EAT']],
  ] as const)('the publication stamp wins over an update printed first: %j', (head) => {
    const a = fromText([...head]);
    expect(a.published).toBe('2024-11-07T10:00:00+03:00');
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', ...BODY]);
  });

  it.each([
    ['<div class="byline">Jane Doe | 07.11.2024</div>', '2024-11-07T00:00:00Z', undefined],
    ['<div class="byline">By Jane Doe, Anadolu Agency | 7 Nov 2024 14:30</div>', '2024-11-07T14:30:00+03:00', 'Anadolu Agency'],
    ['<p class="author-info">Jane Doe · 7 Nov 2024 · 3 min read</p>', '2024-11-07T00:00:00Z', undefined],
  ] as const)('a byline element that holds the date gives the publication: %s', (head, published, agency) => {
    const a = fromHtml(head);
    expect(a.published).toBe(published);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.text).not.toContain('Jane Doe');
  });

  it('a page\'s closing stamp line is metadata: the publication when the head prints none', () => {
    const html = `<!DOCTYPE html><html><head><title>Council approves water board budget</title></head><body><article>
<h1>Council approves water board budget</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}
<p>Published: 7 Nov 2024 14:30 EAT</p></article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'page.html');
    const a = cleanArticle(raw!);
    expect(a.published).toBe('2024-11-07T14:30:00+03:00');
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', ...BODY]);
  });

  it('a page paragraph with a date that is not a header stays text', () => {
    const a = fromHtml('<p>Election results, November 5, 2024</p>');
    expect(a.text).toContain('Election results, November 5, 2024');
  });

  it('the author on a line of its own above the dateline paragraph is a byline, not the section', () => {
    const [raw] = readInput(Buffer.from([
      'Council approves water board budget',
      'Jane Doe',
      'MOMBASA, Kenya (AP) — Lawmakers approved a new budget for the water board on Thursday after a long debate, officials said.',
      'The vote was 31 to 12.',
    ].join('\n\n')), 'inline.txt');
    const a = cleanArticle(raw!);
    expect(a.section).toBeUndefined();
    expect(a.text).not.toContain('Jane Doe');
    expect(a.dateline?.place).toBe('Mombasa');
  });

  it('a topic label above the dateline paragraph is still the section', () => {
    const [raw] = readInput(Buffer.from([
      'Council approves water board budget',
      'Middle East',
      'AMMAN, Jordan (AP) — Lawmakers approved a new budget for the water board on Thursday after a long debate, officials said.',
      'The vote was 31 to 12.',
    ].join('\n\n')), 'inline.txt');
    expect(cleanArticle(raw!).section).toBe('Middle East');
  });
});

describe('author fields', () => {
  it.each([
    ['Jane Doe', undefined],
    ['By Jane Doe', undefined],
    ['Jane Doe, Nairobi', undefined],
    ['Jane Doe in Nairobi', undefined],
    ['Jane Doe, Anadolu Agency', 'Anadolu Agency'],
    ['Al Jazeera Staff', 'Al Jazeera'],
    // Given names that also open place names ("Hong Kong", "Sierra Leone").
    ['Hong Lei', undefined],
    ['Sierra Doe and Costa Roe', undefined],
  ])('%s is a byline', (field, agency) => {
    const c = readAuthorField(field);
    expect(c).toBeDefined();
    expect(c!.agency).toBe(agency);
  });

  it.each(['Politics', 'Middle East', 'Latin America', 'Hong Kong', 'South Korea', 'World News', 'Anadolu Agency', 'New Delhi', 'Talks resume in Geneva',
    'Human Rights', 'Foreign Policy', 'Arms Control', 'Russian Politics & Diplomacy', 'Top Stories'])(
    '%s is no byline',
    (field) => {
      expect(readAuthorField(field)).toBeUndefined();
    },
  );

  it('a byline field credits its outlet on the header line', () => {
    const sl = parseSectionLine('Jane Doe, Anadolu Agency | 07.11.2024 | Politics')!;
    expect(sl.agency).toBe('Anadolu Agency');
    expect(sl.section).toBe('Politics');
    expect(sl.byline).toBe(true);
  });

  it('places in a list stay no header line', () => {
    expect(parseSectionLine('Moscow | Beijing | June 14, 2018')).toBeUndefined();
  });

  it('a date glued to a name is split, a name with a figure is not', () => {
    expect(parseSectionLine('Jane Doe7 Nov 2024, 14:30 EAT3 min read')).toMatchObject({ stamp: { y: 2024, mo: 11, d: 7 }, byline: true });
    expect(parseSectionLine('G7 May 2024')).toBeUndefined();
  });
});

describe('header lines in a feed item\'s markup', () => {
  it('a byline-and-date paragraph opening an RSS item leaves the text; the feed\'s date stays the publication', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Times</title><item>
<title>Council approves water board budget</title><pubDate>Thu, 07 Nov 2024 11:30:00 GMT</pubDate>
<description><![CDATA[<p>Jane Doe | 07.11.2024</p>${BODY.map((p) => `<p>${p}</p>`).join('')}]]></description>
</item></channel></rss>`;
    const [raw] = readInput(Buffer.from(rss), 'feed.xml');
    const a = cleanArticle(raw!);
    expect(a.published).toBe('2024-11-07T11:30:00Z');
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', ...BODY]);
  });
});
