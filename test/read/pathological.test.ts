/**
 * Inputs built to hurt: long runs, many lines, deep nesting. Each must finish inside a generous
 * budget (a sign that no pattern backtracks and no walk is quadratic), not merely not crash.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { readAll } from '../../src/read/index.js';

// Generous: the machine may be busy. Quadratic work on these sizes would take minutes, not seconds.
const BUDGET_MS = 5000;

function timed(name: string, text: string): { ms: number; articles: number } {
  const started = performance.now();
  let articles = 0;
  try {
    const r = readAll(Buffer.from(text), name);
    for (const raw of r.articles) {
      cleanArticle(raw);
      articles++;
    }
  } catch (e) {
    if (!(e instanceof Error) || e.name !== 'InputError') throw e;
  }
  return { ms: performance.now() - started, articles };
}

describe('pathological inputs', () => {
  it.each([
    ['one 2 MB line without spaces', 'x.txt', 'a'.repeat(2_000_000)],
    ['200,000 short lines', 'x.txt', 'Line\n'.repeat(200_000)],
    ['a long run of capitalized words', 'x.txt', `Headline\n\n${'ABC '.repeat(200_000)}- text`],
    ['a long run of spaces and punctuation', 'x.txt', `Headline\n\nA${' .'.repeat(300_000)}`],
    ['a section-like line of digits and commas', 'x.txt', `Headline\n\n${'14, 2018, '.repeat(100_000)}`],
    ['CSV with a million doubled quotes', 'x.csv', `title,text\nT,"${'""'.repeat(500_000)}"\n`],
    ['JSON Lines of broken lines', 'x.jsonl', '{"text": "\n'.repeat(100_000)],
    ['HTML nested 3,000 deep', 'x.html', `<html><body>${'<div>'.repeat(3000)}<p>${'Words of the story. '.repeat(30)}</p>${'</div>'.repeat(3000)}</body></html>`],
    ['HTML with 10,000 paragraphs', 'x.html', `<html><body><article>${'<p>A short paragraph of the story, repeated.</p>'.repeat(10_000)}</article></body></html>`],
    ['XML with many ampersands', 'x.xml', `<rss><channel><item><title>${'&'.repeat(500_000)}</title></item></channel></rss>`],
    ['SGML with many unclosed records', 'x.sgm', '<REUTERS NEWID="1"><TITLE>T'.repeat(50_000)],
    ['a published field of times, zones and dates', 'x.jsonl', `${JSON.stringify({ text: 'Story text.', published: `${'4:02 PM EDT, 03.05. Mar 16 - '.repeat(40_000)}2024` })}\n`],
    ['a header-like line of separators and labels', 'x.txt', `Headline\n\n${'Source: | Updated - · / '.repeat(50_000)}March 25, 2024\n\nText.`],
  ])('%s', (_label, name, text) => {
    const { ms } = timed(name, text);
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});
