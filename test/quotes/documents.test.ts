/**
 * Sources that are documents ("preliminary official results showed") give way to the body named
 * behind them ("according to the Election Commission"); and no statement takes in the dateline.
 * Our own paragraphs, entities set by hand.
 */
import { describe, expect, it } from 'vitest';
import { spanOf, type Doc } from '../../src/analyze/doc.js';
import { docOf, quoteContaining, runQuotes, withEntities } from './helpers.js';

const commission = { id: 'ec', type: 'ORG' as const, name: 'Electoral Board of Norland', names: ['Electoral Board of Norland', 'Electoral Board'] };

/** A doc whose second part opens with a wire dateline, as the reader would mark it. */
function withDateline(text: string): Doc {
  const doc = docOf(text);
  const at = text.indexOf('OSTBY');
  const end = text.indexOf(' - ', at) + 2;
  doc.article.dateline = { place: 'Ostby', span: spanOf(text, at, end) };
  return doc;
}

describe('documents and the bodies behind them', () => {
  it('"results showed X, according to BODY": one statement, the body\'s', () => {
    const text = 'Count\n\nOSTBY, May 3 (Wire) - Preliminary official results showed the ruling party ahead in 110 of 270 seats, according to the Electoral Board of Norland.';
    const quotes = runQuotes(withEntities(withDateline(text), [commission]));
    const about = quotes.filter((q) => q.text.includes('the ruling party ahead'));
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ kind: 'indirect', speaker: 'ec' });
    expect(about[0]?.text).not.toContain('OSTBY');
    expect(about[0]?.text.startsWith('Preliminary official results')).toBe(true);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('"tallies showed X, BODY said": the body speaks', () => {
    const quotes = runQuotes(withEntities(docOf('Count\n\nUnofficial tallies showed the opposition gaining in the north, the Electoral Board said.'), [commission]));
    const about = quotes.filter((q) => q.text.includes('the opposition gaining'));
    expect(about).toHaveLength(1);
    expect(about[0]?.speaker).toBe('ec');
  });

  it('with no body named, the document stays the speaker text, with no entity', () => {
    const quotes = runQuotes(withEntities(docOf('Count\n\nThe ruling party was ahead in 110 of 270 seats, preliminary official results showed on Thursday.'), [commission]));
    const q = quoteContaining(quotes, 'ahead in 110');
    expect(q).toMatchObject({ kind: 'indirect', speakerText: 'preliminary official results' });
    expect(q?.speaker).toBeUndefined();
  });

  it('"according to BODY, X": the body, and no dateline in the content', () => {
    const text = 'Count\n\nOSTBY, May 3 (Wire) - According to the Electoral Board, turnout was 52 percent.';
    const q = quoteContaining(runQuotes(withEntities(withDateline(text), [commission])), 'turnout was 52 percent');
    expect(q).toMatchObject({ speaker: 'ec', text: 'turnout was 52 percent' });
  });

  it('a statement before its cue starts after the dateline', () => {
    const text = 'Count\n\nOSTBY, May 3 (Wire) - Turnout reached 52 percent, the Electoral Board said on Friday.';
    const q = quoteContaining(runQuotes(withEntities(withDateline(text), [commission])), 'Turnout reached');
    expect(q).toMatchObject({ speaker: 'ec', text: 'Turnout reached 52 percent' });
  });
});
