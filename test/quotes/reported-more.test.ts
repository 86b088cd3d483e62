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

describe('a contracted auxiliary before the cue', () => {
  it('reads "She\'s claiming that" with the speaker before the contraction', () => {
    const a = indirect('She’s claiming that the harbour vote was rigged.');
    expect(a[0]).toMatchObject({ text: 'that the harbour vote was rigged', speakerText: 'She' });
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

  it('stops before a second verb of the subject, an irregular past too', () => {
    const a = indirect('The mayor criticised the ferry plan and left the meeting early.');
    expect(a[0]?.text).toBe('the ferry plan');
  });

  it("keeps a topic's phrases whole", () => {
    const a = indirect('The captain spoke about the storm damage in the northern harbour.');
    expect(a[0]?.text).toBe('the storm damage in the northern harbour');
  });
});

describe('clauses a cue takes without "that"', () => {
  it('reads "warned the talks could fail" as a clause, not a warning to the talks', () => {
    const a = indirect('The harbour pilot warned the new breakwater would not survive a winter storm.');
    expect(a[0]).toMatchObject({ text: 'the new breakwater would not survive a winter storm', speakerText: 'The harbour pilot' });
    expect(a[0]?.addresseeText).toBeUndefined();
  });

  it('still reads who was warned when an infinitive or "that" follows', () => {
    const a = indirect('The coast guard warned fishermen that the ice was thin.');
    expect(a[0]).toMatchObject({ text: 'that the ice was thin', addresseeText: 'fishermen' });
  });

  it('reads "expressed hope the ferries would run again" without "that"', () => {
    const a = indirect('The governor expressed hope the ferries would run again by spring.');
    expect(a[0]).toMatchObject({ text: 'the ferries would run again by spring', speakerText: 'The governor' });
  });
});

describe('subjects the tagger reads as names', () => {
  it('keeps "Diplomats familiar with the talks" and "Officials in the ministry" whole', () => {
    const a = indirect('Diplomats familiar with the negotiations said the two sides remain far apart.');
    expect(a[0]?.speakerText).toBe('Diplomats familiar with the negotiations');
    const b = indirect('Officials in the port authority said the crane had been inspected.');
    expect(b[0]?.speakerText).toBe('Officials in the port authority');
  });

  it('keeps "Residents of the island" whole, not only the place', () => {
    const a = indirect('Residents of the island told reporters the water had turned brown.');
    expect(a[0]?.speakerText).toBe('Residents of the island');
  });
});

describe('tagger slips before a that-clause', () => {
  it('reads "estimates that" when the tagger calls the verb a noun and "that" a pronoun', () => {
    const a = indirect('The Coastal Budget Office at the Bergen Institute and Nordland College estimates that Mrs. Lund\'s harbour plan would cost $2 billion over a decade.');
    expect(a[0]?.text).toBe("that Mrs. Lund's harbour plan would cost $2 billion over a decade");
  });

  it('reads past a place phrase the tagger broke up: "says at a campaign stop in Bergen, Norway, that"', () => {
    const a = indirect('Lund says at a campaign stop in Bergen, Norway, that it means the ferries will never be paid for.');
    expect(a[0]).toMatchObject({ text: 'that it means the ferries will never be paid for', speakerText: 'Lund' });
  });

  it('does not run past a clause of its own to a later "that"', () => {
    const a = indirect('Lund spoke at a dinner where she met the captain that the union had fired.');
    expect(a.some((q) => q.text.startsWith('that the union'))).toBe(false);
  });
});

describe('irregular and British forms of cue verbs', () => {
  it('reads "understood that" and "signalled that"', () => {
    const a = indirect('The harbour board understood that the pier could not be saved.');
    expect(a[0]).toMatchObject({ text: 'that the pier could not be saved', speakerText: 'The harbour board' });
    const b = indirect('The ferry company signalled that fares would rise in the spring.');
    expect(b[0]).toMatchObject({ text: 'that fares would rise in the spring', speakerText: 'The ferry company' });
  });
});

describe('a statement inside a relative clause', () => {
  it('ends where the main clause resumes after the closing comma', () => {
    const a = runQuotes(docOf('Harbour\n\nThe mayor, who believes the pier is unsafe, voted against the budget.')).filter((q) => q.text.includes('pier'));
    expect(a[0]?.text).toBe('the pier is unsafe');
    const b = runQuotes(docOf('Harbour\n\nLund, who had warned that the bridge was unsafe, resigned on Monday.')).filter((q) => q.text.includes('bridge'));
    expect(b[0]?.text).toBe('that the bridge was unsafe');
  });

  it('keeps a participle phrase inside the content', () => {
    const a = runQuotes(docOf('Harbour\n\nLund, who said the plan, approved by the board in May, was too costly, resigned.')).filter((q) => q.text.includes('plan'));
    expect(a[0]?.text).toBe('the plan, approved by the board in May, was too costly');
  });
});

describe('"CLAUSE, said X" needs a clause', () => {
  it('reads no statement before an inverted verb when no clause stands there', () => {
    const a = indirect('One after another, the ferry firms, including Nordline, declared bankruptcy.');
    expect(a).toEqual([]);
  });

  it('still reads "CLAUSE, said X"', () => {
    const a = indirect('Fares will rise again in the spring, said the ferry company.');
    expect(a[0]).toMatchObject({ text: 'Fares will rise again in the spring', speakerText: 'the ferry company' });
  });
});

describe('"as X put it"', () => {
  it('reads the clause a fronted or trailing "as X put it" frames', () => {
    expect(indirect('As one harbour pilot put it, the new quay is a trap for small boats.')[0])
      .toMatchObject({ text: 'the new quay is a trap for small boats', speakerText: 'one harbour pilot' });
    expect(indirect('The new quay is a trap for small boats, as one harbour pilot put it.')[0])
      .toMatchObject({ text: 'The new quay is a trap for small boats', speakerText: 'one harbour pilot' });
  });

  it('reads nothing when "put" is no way of saying', () => {
    expect(indirect('The skipper put it on the scales before noon.')).toEqual([]);
  });
});

describe('more tagger slips and asides before the content', () => {
  it('reads a hanging ", warning that …" with "that" tagged a pronoun', () => {
    const a = indirect("The harbour towns backed the new levy, warning that Norway's exit from the scheme will drain the fishing fund.");
    expect(a.find((q) => q.cue === 'warning')?.text).toBe("that Norway's exit from the scheme will drain the fishing fund");
  });

  it('reads past an aside that closes right before "that"', () => {
    const a = indirect('The mayor continues to insist, most recently in a radio interview with NRK, that the tunnel will open in May.');
    expect(a[0]).toMatchObject({ text: 'that the tunnel will open in May', speakerText: 'The mayor' });
    const b = indirect('Several engineers cautioned, as did the ferry company itself, that the quay might need more work.');
    expect(b[0]).toMatchObject({ text: 'that the quay might need more work', speakerText: 'Several engineers' });
  });

  it('reads a request past how it was made: "urged her supporters in a video message to …"', () => {
    const a = indirect('The union leader urged her members in a video message to keep up the strike.');
    expect(a[0]).toMatchObject({ text: 'her members in a video message to keep up the strike', speakerText: 'The union leader' });
  });

  it('reads what was promised or vowed', () => {
    expect(indirect('The port authority has promised a full inquiry.')[0]).toMatchObject({ text: 'a full inquiry', speakerText: 'The port authority' });
    expect(indirect('The strikers vowed a second stoppage in June.')[0]).toMatchObject({ text: 'a second stoppage', speakerText: 'The strikers' });
  });
});

describe('agreeing with someone', () => {
  it('reads whom or what a speaker agrees or disagrees with', () => {
    expect(indirect('The mayor largely agreed with the harbour master.')[0]).toMatchObject({ text: 'the harbour master', speakerText: 'The mayor' });
    expect(indirect('The governor disagrees with the new ferry plan.')[0]).toMatchObject({ text: 'the new ferry plan', speakerText: 'The governor' });
  });

  it('still reads "agreed to" and "agreed that" as before', () => {
    expect(indirect('The ministers agreed on Friday that the talks should resume.')[0]?.text).toBe('that the talks should resume');
  });
});
