/**
 * Stances said with "to be" (stances.ts): "X has been critical of Y", "X is a staunch opponent of
 * Y", "X was coy about whether …". Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, runQuotes } from './helpers.js';

function indirect(body: string): Quote[] {
  return runQuotes(docOf(`Harbour\n\n${body}`)).filter((q) => q.kind === 'indirect');
}

describe('stances with "to be"', () => {
  it('reads an adjective of stance and what it is about', () => {
    const a = indirect('The fishermen have long been critical of the new quota system.');
    expect(a[0]).toMatchObject({ text: 'the new quota system', speakerText: 'The fishermen', cue: 'The fishermen have long been critical of' });
  });

  it('reads a negated stance with a degree adverb', () => {
    const a = indirect("The port owners weren't too worried about the falling prices.");
    expect(a[0]).toMatchObject({ text: 'the falling prices', speakerText: 'The port owners' });
  });

  it('reads a question as what the stance is about', () => {
    const a = indirect('Ferry officials were vague about whether the winter route would reopen.');
    expect(a[0]?.text).toBe('whether the winter route would reopen');
  });

  it('reads "is a staunch opponent of"', () => {
    const a = indirect('The harbour master is a staunch opponent of the bridge project.');
    expect(a[0]).toMatchObject({ text: 'the bridge project', speakerText: 'The harbour master' });
  });

  it('reads nothing without the copula or the preposition', () => {
    expect(indirect('A critical report on the harbour was published in May.')).toEqual([]);
    expect(indirect('The critics of the bridge met on Tuesday.')).toEqual([]);
  });
});
