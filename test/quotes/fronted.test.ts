/**
 * A participle clause opening the sentence (fronted.ts): "Citing X, the ministry …", "Warning that
 * …, the envoy …" — the speaker is the subject after the comma. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, runQuotes } from './helpers.js';

function indirect(body: string): Quote[] {
  return runQuotes(docOf(`Harbour\n\n${body}`)).filter((q) => q.kind === 'indirect');
}

describe('fronted participles', () => {
  it('reads what is cited, with the main clause subject as the speaker', () => {
    const q = indirect('Citing the risk of ice, the port authority closed the northern quay.').find((x) => x.cue === 'Citing');
    expect(q).toMatchObject({ text: 'the risk of ice', speakerText: 'the port authority' });
  });

  it('reads a clause after "Warning that" and "Claiming"', () => {
    const a = indirect('Warning that the pier could collapse, the engineers asked for the ferry to be moved.').find((x) => x.cue === 'Warning');
    expect(a).toMatchObject({ text: 'that the pier could collapse', speakerText: 'the engineers' });
    const b = indirect('Claiming the tender was rigged, the rival bidder went to court.').find((x) => x.cue === 'Claiming');
    expect(b).toMatchObject({ text: 'the tender was rigged', speakerText: 'the rival bidder' });
  });

  it('reads nothing from where or to whom it was said', () => {
    const qs = indirect('Speaking to reporters, the harbour master said the quay would reopen.');
    expect(qs.map((q) => q.text)).toEqual(['the quay would reopen']);
  });
});
