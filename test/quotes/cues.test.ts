/**
 * Reported speech the tagger makes hard to see, and structures around a cue verb: a verb of saying
 * or finding read as a noun ("The institute estimates that …"), a verb joined by "and" to its
 * clause's subject, gerund and participle objects, bare clauses after verbs of complaint or
 * admission. Our own sentences, with negatives.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, quoteStarting, runQuotes } from './helpers.js';

function quotesOf(...paragraphs: string[]): Quote[] {
  return runQuotes(docOf(['Headline', ...paragraphs].join('\n\n')));
}

const indirect = (qs: Quote[]): Quote[] => qs.filter((q) => q.kind === 'indirect');

describe('a cue verb the tagger called a noun', () => {
  it('"The Budget Institute estimates that …"', () => {
    const q = quoteStarting(quotesOf('The Budget Institute estimates that the new levy would raise four billion crowns a year.'), 'that the new levy');
    expect(q?.kind).toBe('indirect');
    expect(q?.speakerText).toBe('The Budget Institute');
  });

  it('"a review panel in 2019 found the ministry was …"', () => {
    const q = quoteStarting(quotesOf('The dispute dragged on, though a review panel in 2019 found the ministry was in breach of the contract.'), 'the ministry was in breach');
    expect(q?.speakerText).toBe('a review panel');
  });

  it('not an owned noun, and not a noun with no clause after it', () => {
    const qs = quotesOf('The institute\'s estimates that month were revised twice.', 'Budget estimates rose sharply in the spring.');
    expect(indirect(qs)).toEqual([]);
  });
});

describe('verbs joined to the subject, and their objects', () => {
  it('"X urged …, and criticized the party\'s lack of …": the second verb\'s object, X speaking', () => {
    const qs = quotesOf('In her speech, Senator Ada Holm urged voters to register, and criticized the party\'s neglect of rural towns.');
    expect(quoteStarting(qs, 'the party\'s neglect of rural towns')?.speakerText).toBe('Senator Ada Holm');
  });

  it('"called for" a participle or an adverb\'s gerund', () => {
    const qs = quotesOf('On Wednesday, the governor called for increased spending on roads.', 'The mayor has also called for immediately lifting the curfew.');
    expect(quoteStarting(qs, 'increased spending on roads')?.kind).toBe('indirect');
    expect(quoteStarting(qs, 'immediately lifting the curfew')?.kind).toBe('indirect');
  });

  it('a gerund object whatever follows it ("proposes doing away with …")', () => {
    const qs = quotesOf('The minister proposes doing away with the fuel subsidy.');
    expect(quoteStarting(qs, 'doing away with the fuel subsidy')?.speakerText).toBe('The minister');
  });

  it('"called for" a time is no content', () => {
    const qs = quotesOf('The union called for a meeting at noon and then left.');
    expect(quoteStarting(qs, 'noon')).toBeUndefined();
  });
});

describe('bare clauses after more verbs of saying', () => {
  it('"have complained they were …", "conceded the plan had …"', () => {
    const qs = quotesOf('Several former staff have complained they were never paid for overtime.', 'The director conceded the plan had failed.');
    expect(quoteStarting(qs, 'they were never paid')?.speakerText).toBe('Several former staff');
    expect(quoteStarting(qs, 'the plan had failed')?.speakerText).toBe('The director');
  });

  it('no clause after the verb: no quote', () => {
    const qs = quotesOf('The residents complained loudly about the noise all week.');
    expect(qs.some((q) => q.text.startsWith('loudly'))).toBe(false);
  });
});
