/**
 * More reported speech without quotation marks: verb groups between the speaker and the cue, the
 * end of a verb's object, and tagger slips the stage reads past. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, runQuotes } from './helpers.js';

function indirect(body: string): Quote[] {
  return runQuotes(docOf(`Harbour\n\n${body}`)).filter((q) => q.kind === 'indirect');
}

describe('verb groups between speaker and cue', () => {
  it('reads "have been saying that" and "has been demanding that"', () => {
    const a = indirect('The ferry crews have been saying that the new timetable is unsafe.');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ text: 'that the new timetable is unsafe', speakerText: 'The ferry crews' });
    const b = indirect('The dock workers union has been demanding that the port hire more pilots.');
    expect(b[0]).toMatchObject({ text: 'that the port hire more pilots', speakerText: 'The dock workers union' });
  });
});

describe("where a verb's object ends", () => {
  it('stops before the occasion it was said on', () => {
    const a = indirect('The harbour master rejected that proposal in a letter released on Tuesday.');
    expect(a[0]?.text).toBe('that proposal');
    const b = indirect('The mayor criticised the shipping company in a series of late-night posts.');
    expect(b[0]?.text).toBe('the shipping company');
    const c = indirect('The council opposed the new terminal during the long budget session.');
    expect(c[0]?.text).toBe('the new terminal');
  });

  it("keeps a topic's phrases whole", () => {
    const a = indirect('The captain spoke about the storm damage in the northern harbour.');
    expect(a[0]?.text).toBe('the storm damage in the northern harbour');
  });
});
