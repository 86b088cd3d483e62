/**
 * The furniture of a news web page, anywhere in it: reading times, audio players, share and print
 * buttons, follow prompts, advertisements, "Read more:" links, captions, copyright lines, newsletter
 * pitches and comment prompts. None of it is text; sentences that open with the same words are.
 * Every line here is our own writing.
 */
import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/clean/boilerplate.js';
import { cleanArticle } from '../../src/clean/index.js';
import { readInput } from '../../src/read/index.js';

const CHROME = [
  '3 min read', '5 minute read', 'Reading time: 4 minutes', 'Estimated reading time: 6 minutes', '4 min read · Updated 2 hours ago',
  'Listen to this article', 'Listen to this article · 5 min', 'Listen · 4:32 min', 'Listen to article', 'Print this page', 'Share this page',
  'Share', 'Share on WhatsApp', 'Save article', 'Gift this article', 'Copy link', 'Font size',
  'Follow us on Telegram', 'Follow us on Google News for the latest updates', 'Follow Example News on X',
  'Advertisement', 'ADVERTISEMENT', 'Advertisement · Scroll to continue', 'Story continues below advertisement', 'Skip advertisement',
  "Read more: Kenya's debt explained", 'Also read: Talks stall again', 'Related: Five things to know about the budget', 'READ MORE: Why the vote matters',
  'Image caption, Council members voted late on Thursday',
  'Image caption Council members voted late on Thursday after hours of debate in a chamber packed with residents, who had come to watch and who cheered loudly when the speaker read out the result, long after midnight',
  'Image source, Getty Images', 'Image copyright Getty Images', 'Media caption, Watch: the moment the vote was read out',
  'Copyright © 2024 Example News. All rights reserved.', 'Copyright 2024 Example Media', 'Copyright Example Media 2024', '© Example News 2024',
  'Sign up for our daily newsletter', 'Get the latest news delivered to your inbox', 'Subscribe to our newsletter for the latest updates', 'Newsletter sign-up',
  'Leave a comment', 'Comments (12)', 'Join the conversation', 'What do you think? Let us know in the comments below.', 'Have your say in the comments',
  'Show comments', 'View 23 comments', 'Comments are closed.',
  "Also Read | Kenya's debt explained", 'Must read: Five takeaways', 'Follow our WhatsApp channel', 'Click here to follow us on Google News',
  'Copy link Copied!', 'Add a comment', 'Be the first to comment', 'Sign in to comment', 'Enter your email address',
  'By signing up, you agree to our Privacy Policy and Terms of Use.', 'Thank you for subscribing', 'Photograph: Jane Doe/Reuters',
  '(Photo: Reuters)', 'Read time: 3 minutes', '3-minute read', 'Listen to this story. Enjoy more audio and podcasts on your phone.',
];

const SENTENCES = [
  'Advertisement revenue at the broadcaster fell by a fifth last year, its annual report said.',
  'Read more than 200 pages of the report and you find little on the cuts, one analyst said.',
  'Related talks in Geneva ended without a deal on Friday.',
  'Copyright holders will get new powers under the bill, the minister said.',
  'Listen to the people, the opposition leader told the crowd on Saturday.',
  'Follow the money, investigators were told by their chief.',
  'Share prices rose 3% in early trading on Monday.',
  'Comments by the minister drew criticism from the opposition.',
  'Sign up rates for the scheme were lower than expected, the ministry said.',
  'Print runs of the newspaper have fallen sharply since 2010.',
  'Image quality from the satellite was poor, the agency said.',
  'The reading took 3 minutes, the clerk said.',
  'Join the conversation about water, the mayor urged residents.',
  'Photograph albums from the war were found in the attic, the museum said.',
  'Recommended doses were cut by half, the ministry said.',
  'Add a pinch of realism, the minister told lawmakers.',
];

describe('page chrome', () => {
  it.each(CHROME)('chrome: %s', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each(SENTENCES)('text: %s', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

const STORY = [
  'Lawmakers in the port city approved a new budget for the water board on Thursday after a debate that ran late into the night, council officials said.',
  'The vote was 31 to 12. The board now has two weeks to publish its spending plan, the council speaker said.',
  'Opposition members said they would ask the auditor to review the figures before the money is released next month.',
];

describe('chrome anywhere in a page', () => {
  it('a page copied as text keeps only the story and the sentences that open like chrome', () => {
    const page = [
      'Council approves water board budget',
      'Jane Doe · 7 Nov 2024 · 4 min read',
      'Listen to this article · 5 min',
      STORY[0]!,
      'Advertisement · Scroll to continue',
      SENTENCES[0]!,
      "Read more: Kenya's debt explained",
      STORY[1]!,
      'Image caption, Council members voted late on Thursday',
      SENTENCES[1]!,
      STORY[2]!,
      'Sign up for our daily newsletter',
      'What do you think? Let us know in the comments below.',
      'Copyright Example Media 2024',
    ].join('\n\n');
    const [raw] = readInput(Buffer.from(page), 'page.txt');
    const a = cleanArticle(raw!);
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', STORY[0], SENTENCES[0], STORY[1], SENTENCES[1], STORY[2]]);
    expect(a.published?.slice(0, 10)).toBe('2024-11-07');
  });

  it('a web page read from HTML: the same lines as paragraphs are chrome too', () => {
    const html = `<!DOCTYPE html><html><head><title>Council approves water board budget</title></head><body><article>
<h1>Council approves water board budget</h1><p>3 min read</p><p>Listen to this article</p>
<p>${STORY[0]}</p><p>Advertisement</p><p>${STORY[1]}</p><p>Related: Five things to know about the budget</p>
<p>${SENTENCES[3]}</p><p>${STORY[2]}</p><p>Get the latest news delivered to your inbox</p><p>Comments (12)</p>
</article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'page.html');
    const a = cleanArticle(raw!);
    expect(a.text.split('\n\n')).toEqual(['Council approves water board budget', STORY[0], STORY[1], SENTENCES[3], STORY[2]]);
  });
});

/** What is left of the whole page, copied or read from HTML: headline, standfirst and story, nothing else. */
const PAGE_PARTS = [
  ['headline', 'Council approves water board budget after all-night session'],
  ['lead', "The vote ends weeks of dispute over who pays for the port city's new pipes"],
  ['paragraph', STORY[0]],
  ['paragraph', STORY[1]],
  ['paragraph', STORY[2]],
  ['paragraph', '"We will not sign a blank cheque," one of them said.'],
];

describe('a whole news page copied from the top', () => {
  const PAGE = [
    'Skip to main content',
    'Home / World / Africa',
    'Africa',
    'Council approves water board budget after all-night session',
    "The vote ends weeks of dispute over who pays for the port city's new pipes",
    'Jane Doe, Mombasa | Published 07 Nov 2024, 14:30 EAT',
    'Listen to this article · 4 min',
    'Share',
    STORY[0]!,
    'Advertisement',
    STORY[1]!,
    'Image caption, Council members voted after midnight',
    'Read more: Why the pipes keep bursting',
    STORY[2]!,
    '"We will not sign a blank cheque," one of them said.',
    'What do you think? Let us know in the comments below.',
    'Related Topics',
    'Kenya',
    'Water',
    'Copyright Example Media 2024',
  ].join('\n\n');

  it('keeps the headline, the standfirst and the story; the topic label above the headline is the section', () => {
    const [raw] = readInput(Buffer.from(PAGE), 'page.txt');
    const a = cleanArticle(raw!);
    expect(a.headline).toBe('Council approves water board budget after all-night session');
    expect(a.section).toBe('Africa');
    expect(a.published).toBe('2024-11-07T14:30:00+03:00');
    expect(a.parts.map((p) => [p.kind, a.text.slice(p.start, p.end)])).toEqual(PAGE_PARTS);
  });

  it('a one-word headline line is not taken for a topic label when the next line is text', () => {
    const [raw] = readInput(Buffer.from(['World', STORY[0], STORY[1]].join('\n\n')), 'page.txt');
    const a = cleanArticle(raw!);
    expect(a.headline).toBe('World');
    expect(a.section).toBeUndefined();
  });
});

describe('a whole news page read from HTML', () => {
  const HTML = `<!DOCTYPE html><html lang="en"><head><title>Council approves water board budget after all-night session | Example Times</title>
<meta property="og:site_name" content="Example Times"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article>
<header>
<p class="kicker">World | Africa</p>
<h1>Council approves water board budget after all-night session</h1>
<p class="standfirst">The vote ends weeks of dispute over who pays for the port city's new pipes</p>
<div class="meta"><span class="name">Jane Doe, Mombasa</span> | <span>Published 07 Nov 2024, 14:30 EAT</span> | <span>4 min read</span></div>
<div class="tools"><span>Listen to this article</span> <span>Print</span></div>
</header>
<figure><img src="x.jpg"><figcaption>Council members voted after midnight. Photo: Example</figcaption></figure>
<p>${STORY[0]}</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p>${STORY[1]}</p>
<p><strong>Read more:</strong> <a href="/x">Why the pipes keep bursting</a></p>
<p>${STORY[2]}</p>
<p>Image caption, Members of the opposition leave the chamber</p>
<p>"We will not sign a blank cheque," one of them said.</p>
<p>Sign up for our daily newsletter</p>
<p>Follow us on WhatsApp</p>
<p>Copyright © 2024 Example Times. All rights reserved.</p>
</article></main>
<section class="comments"><h2>Comments (3)</h2><p>Join the conversation</p></section>
<footer>© Example Times</footer></body></html>`;

  it('keeps the headline, the standfirst and the story; the kicker is the section, the meta line the publication', () => {
    const [raw] = readInput(Buffer.from(HTML), 'page.html');
    const a = cleanArticle(raw!);
    expect(a.headline).toBe('Council approves water board budget after all-night session');
    expect(a.section).toBe('World | Africa');
    expect(a.published).toBe('2024-11-07T14:30:00+03:00');
    expect(a.parts.map((p) => [p.kind, a.text.slice(p.start, p.end)])).toEqual(PAGE_PARTS);
  });
});
