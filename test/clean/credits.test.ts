/**
 * Bylines and credit lines leave the text, and the outlet they name becomes the article's source
 * when no dateline names one. Sentences that merely mention an agency stay. All text here is our own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { cleanArticle } from '../../src/clean/index.js';
import { readCredit } from '../../src/clean/credits.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

function fromText(text: string): Article {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  return cleanArticle(raw!);
}

const HEADLINE = 'River states agree to share flood data';
const P1 = 'The water ministers of three river states agreed on Tuesday to share flood data every hour, officials said.';
const P2 = 'The deal follows two years of talks that stalled over the cost of new gauges.';

/** A story with `line` where `at` puts it: under the headline, or after the last paragraph. */
function story(line: string, at: 'head' | 'tail'): string {
  return at === 'head' ? `${HEADLINE}\n\n${line}\n\n${P1}\n\n${P2}\n` : `${HEADLINE}\n\n${P1}\n\n${P2}\n\n${line}\n`;
}

function expectOnlyStory(a: Article): void {
  expect(a.headline).toBe(HEADLINE);
  expect(a.text).toBe(`${HEADLINE}\n\n${P1}\n\n${P2}`);
}

describe('bylines and credit lines leave the text', () => {
  it.each([
    ['By Jane Doe and John Roe', 'head', undefined],
    ['By Jane Doe, John Roe and Ann Poe', 'head', undefined],
    ['BY JANE DOE', 'head', undefined],
    ['By Jane Doe in Ankara', 'head', undefined],
    ['By Jane Doe | Anadolu Agency', 'head', 'Anadolu Agency'],
    ['By Jane Doe, BBC News, Nairobi', 'head', 'BBC News'],
    ['By Jane Doe - Al Arabiya English', 'head', 'Al Arabiya'],
    ['By Ursula van der Berg, DW', 'head', 'DW'],
    ['By Al Jazeera Staff and News Agencies', 'head', 'Al Jazeera'],
    ['By Reuters', 'head', 'Reuters'],
    ['By The Associated Press', 'head', 'AP'],
    ['BBC News', 'head', 'BBC News'],
    ['Al Arabiya English', 'head', 'Al Arabiya'],
    ['Anadolu Agency', 'head', 'Anadolu Agency'],
    ['– AFP', 'tail', 'AFP'],
    ['— Reuters', 'tail', 'Reuters'],
    ['(AFP)', 'tail', 'AFP'],
    ['jd/ab (AFP, Reuters)', 'tail', 'DW'],
    ['kb/sms (dpa, AP, AFP)', 'tail', 'DW'],
    ['jd/ab (Reuters, AFP, KNA)', 'tail', 'DW'],
    ['(jd/ab)', 'tail', undefined],
    ['Source: Al Jazeera and news agencies', 'tail', 'Al Jazeera'],
    ['Source: news agencies', 'tail', undefined],
    ['Reporting by Jane Doe; Editing by John Roe', 'tail', undefined],
    ['(Writing by Jane Doe; editing by John Roe)', 'tail', undefined],
    ['Additional reporting by Jane Doe in Cairo', 'tail', undefined],
  ] as const)('%s (%s) -> agency %s', (line, at, agency) => {
    const a = fromText(story(line, at));
    expectOnlyStory(a);
    expect(a.dateline?.agency).toBe(agency);
    // No dateline in these stories: the record carries the credit alone, with no span to misplace.
    expect(a.dateline?.span).toBeUndefined();
  });

  it.each([
    'Photo: AFP / Getty Images',
    'Photos: Jane Doe/Reuters',
    'Image source, Reuters',
    'Image caption, Officials inspect a river gauge',
    'Jane Doe/AFP',
    'AFP via Getty Images',
    'Officials inspect a river gauge near the border on Thursday. (AP Photo/Jane Doe, File)',
    'Officials inspect a river gauge near the border, November 7, 2024. REUTERS/Jane Doe/File Photo',
    'Officials inspect a river gauge near the border. (Photo by Jane Doe/AFP via Getty Images)',
  ])('a picture credit leaves the text and names no source: %s', (line) => {
    const a = fromText(story(line, 'head'));
    expectOnlyStory(a);
    expect(a.dateline).toBeUndefined();
  });

  it('a credit joined to the last paragraph is cut, the paragraph stays', () => {
    const a = fromText(`${HEADLINE}\n\n${P1}\n\n${P2} (Writing by Jane Doe; editing by John Roe)\n`);
    expectOnlyStory(a);
  });
});

describe('story text that mentions an agency or opens with "By" stays', () => {
  it.each([
    'The ministers agreed on Tuesday to share the data, Reuters reported.',
    'By Tuesday the ministers had agreed to share the data.',
    'By the end of the day the deal was signed.',
    'By Jane Doe, the agency said, the report had been filed late.',
    'AFP said the talks had stalled over the cost of new gauges.',
    'The photo agency said its Photo desk had filed the pictures before REUTERS reported the deal.',
    'Reuters',
  ])('%s', (line) => {
    // "Reuters" alone is the old wire sign-off: chrome, so only check sentences stay.
    const a = fromText(`${HEADLINE}\n\n${P1}\n\n${line}\n\n${P2}\n`);
    if (line === 'Reuters') expect(a.text).not.toContain('\n\nReuters\n\n');
    else expect(a.text).toContain(line);
    expect(readCredit(line) === undefined || line === 'Reuters').toBe(true);
  });

  it('readCredit refuses prose, long blocks and subject-verb sentences', () => {
    expect(readCredit(P1)).toBeUndefined();
    expect(readCredit('By Monday the talks had ended.')).toBeUndefined();
    expect(readCredit(`By Jane Doe ${'and John Roe '.repeat(20)}`)).toBeUndefined();
    expect(readCredit('Israel/Gaza')).toBeUndefined();
  });
});

describe('the credited outlet and the dateline', () => {
  it('a dateline that names the agency keeps it', () => {
    const a = fromText(`${HEADLINE}\n\nBy Jane Doe | Anadolu Agency\n\nLONDON (Reuters) - ${P1}\n\n${P2}\n`);
    expect(a.dateline?.place).toBe('London');
    expect(a.dateline?.agency).toBe('Reuters');
    expect(a.text).not.toContain('Jane Doe');
  });

  it('a dateline without an agency gets the byline\'s outlet; its span still round-trips', () => {
    const a = fromText(`${HEADLINE}\n\nBy Jane Doe | Anadolu Agency\n\nANKARA, Nov 7 - ${P1}\n\n${P2}\n`);
    expect(a.dateline?.place).toBe('Ankara');
    expect(a.dateline?.agency).toBe('Anadolu Agency');
    const span = a.dateline!.span!;
    expect(a.text.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe('ANKARA, Nov 7 -');
  });

  it('the first outlet in reading order wins (a byline before a closing credit)', () => {
    const a = fromText(`${HEADLINE}\n\nBy Jane Doe, BBC News, Nairobi\n\n${P1}\n\n${P2}\n\n– AFP\n`);
    expect(a.dateline?.agency).toBe('BBC News');
  });

  it('analysis over a credited story: every span round-trips, no entity from the byline', async () => {
    const rec = await analyze(fromText(`${HEADLINE}\n\nBy Jane Doe | Anadolu Agency\n\n${P1}\n\n${P2}\n\njd/ab (AFP, Reuters)\n`));
    expectSpansRoundTrip(rec);
    expect(rec.entities.some((e) => e.name.includes('Jane Doe'))).toBe(false);
    expect(rec.dateline?.agency).toBe('Anadolu Agency');
  });
});

describe('credits printed elsewhere', () => {
  it.each([
    [`${P2} – AFP`, 'AFP'],
    [`${P2} (Reuters)`, 'Reuters'],
    [`${P2} — Associated Press`, 'AP'],
  ])('a sign-off after the last sentence is cut and credited: %s', (last, agency) => {
    const a = fromText(`${HEADLINE}\n\n${P1}\n\n${last}\n`);
    expectOnlyStory(a);
    expect(a.dateline?.agency).toBe(agency);
  });

  it('a dash before a word that is no agency stays', () => {
    const a = fromText(`${HEADLINE}\n\n${P1}\n\n${P2} – Monday\n`);
    expect(a.text).toContain('– Monday');
    expect(a.dateline).toBeUndefined();
  });

  it('a byline hard-wrapped onto one line with its outlet', () => {
    const a = fromText(`${HEADLINE}\n\nBy Jane Doe\nAnadolu Agency\n\n${P1}\n\n${P2}\n`);
    expectOnlyStory(a);
    expect(a.dateline?.agency).toBe('Anadolu Agency');
  });

  it('an HTML byline element (removed as chrome) still names the outlet', () => {
    const html = `<html><head><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>`
      + '<div class="article-byline"><span>Jane Doe</span> | <span>Anadolu Agency</span></div>'
      + `<p>${P1}</p><p>${P2}</p></article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'page.html');
    expect(raw!.credit).toBe('Jane Doe | Anadolu Agency');
    const a = cleanArticle(raw!);
    expect(a.text).not.toContain('Jane Doe');
    expect(a.dateline?.agency).toBe('Anadolu Agency');
  });

  it('an HTML page whose site name is an outlet we know, and no credit', () => {
    const html = `<html><head><meta property="og:site_name" content="DW"><title>${HEADLINE}</title></head><body><article><h1>${HEADLINE}</h1>`
      + `<p>${P1}</p><p>${P2}</p></article></body></html>`;
    const [raw] = readInput(Buffer.from(html), 'page.html');
    expect(cleanArticle(raw!).dateline?.agency).toBe('DW');
  });
});

describe('more credit shapes', () => {
  it.each([
    ['BBC News, Nairobi', 'BBC News'],
    ['Political editor, BBC News', 'BBC News'],
    ['Jane Doe, Reuters', 'Reuters'],
  ])('%s', (line, agency) => {
    const a = fromText(story(line, 'head'));
    expectOnlyStory(a);
    expect(a.dateline?.agency).toBe(agency);
  });

  it('DW\'s "Edited by: Jane Doe" closing the story', () => {
    expectOnlyStory(fromText(story('Edited by: Jane Doe', 'tail')));
  });

  it.each(['Russia, China and the BBC', 'Kenya, Uganda, Tanzania'])('a list of names without an outlet stays: %s', (line) => {
    expect(readCredit(line)).toBeUndefined();
  });
});

describe('records that carry a byline field', () => {
  it('JSON Lines "byline" names the outlet; "author" alone is a person', () => {
    const lines = [
      { title: HEADLINE, text: `${P1}\n\n${P2}`, byline: 'Jane Doe | Anadolu Agency' },
      { title: HEADLINE, text: `${P1}\n\n${P2}`, author: 'Jane Doe' },
    ].map((o) => JSON.stringify(o)).join('\n');
    const [withOutlet, person] = readInput(Buffer.from(lines), 'items.jsonl').map((r) => cleanArticle(r));
    expect(withOutlet!.dateline?.agency).toBe('Anadolu Agency');
    expect(person!.dateline).toBeUndefined();
    expect(person!.text).toBe(`${HEADLINE}\n\n${P1}\n\n${P2}`);
  });
});
