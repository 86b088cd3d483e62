/**
 * Reported speech: where the speaker phrase starts and ends (appositions, roles, parentheses,
 * inverted subjects with a tail), and where the content starts and ends (a narrator's ", but",
 * a hanging ", citing …", an object's adverbials). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model.js';
import { docOf, quoteStarting, runQuotes, withEntities } from './helpers.js';

const PEOPLE = [
  { id: 'olsen', type: 'PERSON' as const, name: 'Mara Olsen', names: ['Sen. Mara Olsen', 'Mara Olsen', 'Olsen'] },
  { id: 'lind', type: 'PERSON' as const, name: 'Tomas Lind', names: ['Tomas Lind', 'Lind'] },
  { id: 'moe', type: 'PERSON' as const, name: 'Ingrid Moe', names: ['Ingrid Moe', 'Moe'] },
];

function quotesOf(body: string): Quote[] {
  return runQuotes(withEntities(docOf(`Harbour\n\n${body}`), PEOPLE));
}

function only(qs: Quote[]): Quote {
  const ind = qs.filter((q) => q.kind === 'indirect');
  expect(ind).toHaveLength(1);
  return ind[0] as Quote;
}

describe('who said it', () => {
  it('reads a name with a party and state in parentheses', () => {
    const q = only(quotesOf('Sen. Mara Olsen (D-Vt.) said the bill would not reach the floor before May.'));
    expect(q).toMatchObject({ speaker: 'olsen', text: 'the bill would not reach the floor before May' });
  });

  it('reads "CLAUSE, said X, a spokesman for Y"', () => {
    const q = only(quotesOf('Harbour fees will rise next spring, said Tomas Lind, a spokesman for the port authority.'));
    expect(q).toMatchObject({ speaker: 'lind', text: 'Harbour fees will rise next spring' });
  });

  it('reads "CLAUSE, said one official in the depot"', () => {
    const q = only(quotesOf('The night ferry will stop running in May, said one union official in the depot.'));
    expect(q).toMatchObject({ speakerText: 'one union official', text: 'The night ferry will stop running in May' });
  });

  it('reads an apposition that opens with an adjective', () => {
    const q = only(quotesOf('Ingrid Moe, senior counsel for the fishing cooperative, said the quota was unfair.'));
    expect(q).toMatchObject({ speaker: 'moe', text: 'the quota was unfair' });
  });

  it('reads the name inside an apposition after a description', () => {
    const q = only(quotesOf('A lawyer for the dock workers, Tomas Lind, said no appeal had been filed.'));
    expect(q).toMatchObject({ speaker: 'lind', text: 'no appeal had been filed' });
  });

  it('keeps a role with whom it serves: "advisers to Olsen", "a spokesman for the ministry"', () => {
    const a = quotesOf('The cannery, advisers to Olsen say, will close in March.').find((q) => q.kind === 'indirect');
    expect(a?.speakerText).toBe('advisers to Olsen');
    expect(a?.text).toContain('will close in March');
    const b = only(quotesOf('A spokesman for the ministry said the ferry would keep its timetable.'));
    expect(b.speakerText).toBe('A spokesman for the ministry');
  });

  it('reads "according to" before a source the tagger may not call a noun', () => {
    const q = only(quotesOf('According to police, the driver left the scene before dawn.'));
    expect(q).toMatchObject({ speakerText: 'police', text: 'the driver left the scene before dawn' });
  });
});

describe('where the content starts and ends', () => {
  it('ends before a participle that hangs on the cue (", citing …")', () => {
    const qs = quotesOf('Port analysts said the harbour had lost traffic to the north, citing the new rail link.');
    expect(qs.find((q) => q.cue === 'Port analysts said')?.text).toBe('the harbour had lost traffic to the north');
    // What they cited is a statement of its own, by the same speakers.
    expect(qs.find((q) => q.cue === 'citing')).toMatchObject({ speakerText: 'Port analysts', text: 'the new rail link' });
  });

  it('ends before the reporter\'s ", but …" and starts at "about"', () => {
    const q = quotesOf('Olsen has said about 30 families have left the island, but she declined to name them.')
      .find((x) => x.speaker === 'olsen' && x.kind === 'indirect');
    expect(q?.text).toBe('about 30 families have left the island');
  });

  it('reads a bare clause whose subject runs long', () => {
    const q = quotesOf('Fishermen say the quotas set by the ministry and the fees charged by the port would ruin them.')
      .find((x) => x.speakerText === 'Fishermen');
    expect(q?.text).toBe('the quotas set by the ministry and the fees charged by the port would ruin them');
    const r = quotesOf('Lind believes his plan to widen the channel will pay for itself.').find((x) => x.speaker === 'lind');
    expect(r?.text).toBe('his plan to widen the channel will pay for itself');
  });

  it('does not take a second verb of the cue\'s subject for a clause', () => {
    const qs = quotesOf('Moe noted the ruling in the paper and said nothing more.');
    expect(qs.some((q) => q.text.startsWith('the ruling in the paper and said'))).toBe(false);
  });

  it('reads "CLAUSE, X said in a report, and CLAUSE" as one statement round its cue', () => {
    const q = quotesOf('Small boats paid 2 percent, the authority said in a June report, and large trawlers paid 9 percent.')
      .find((x) => x.kind === 'indirect');
    expect(q?.text.startsWith('Small boats paid 2 percent')).toBe(true);
    expect(q?.text.endsWith('large trawlers paid 9 percent')).toBe(true);
  });

  it('reads the topic after "spoke about" and "warned against", without the time', () => {
    expect(only(quotesOf('Olsen spoke about the closure of the cannery on Tuesday.')).text).toBe('the closure of the cannery');
    expect(only(quotesOf('Lind warned against cuts to the coast guard.')).text).toBe('cuts to the coast guard');
  });

  it('stops a criticised object before "since" or "at"', () => {
    expect(only(quotesOf('Lind has criticized the ministry since the vote.')).text).toBe('the ministry');
  });
});

describe('several statements in one sentence', () => {
  it('ends a statement where a new subject with its own cue begins, and reads "accused Y of X"', () => {
    const qs = quotesOf('Olsen said the port had misled the council and dock workers accused the board of hiding the losses.');
    expect(qs.find((q) => q.speaker === 'olsen')?.text).toBe('the port had misled the council');
    expect(qs.find((q) => q.speakerText === 'dock workers')?.text).toBe('the board of hiding the losses');
  });

  it('ends an object before the cue\'s own "and said"', () => {
    const qs = quotesOf('Lind defended the new tariff at the hearing and said it would pay for the breakwater.');
    expect(qs.some((q) => q.text.includes('and said'))).toBe(false);
    expect(qs.find((q) => q.text.startsWith('it would pay'))?.speaker).toBe('lind');
  });

  it('reads "… but has said CLAUSE" with the subject of the clause before', () => {
    const q = quotesOf('Mara Olsen, like Lind, has backed the tariff but has said she will vote against the budget.')
      .find((x) => x.text.startsWith('she will vote'));
    expect(q?.speaker).toBe('olsen');
  });

  it('does not give a later cue a stretch that opens with "She said"', () => {
    const qs = quotesOf('She said the docks would stay open, and when pressed on the cost, the harbour master replied, "We will find the money."');
    expect(qs.some((q) => q.kind === 'indirect' && q.text.startsWith('She said'))).toBe(false);
    expect(qs.find((q) => q.kind === 'indirect' && q.text.startsWith('the docks'))?.text).toBe('the docks would stay open');
  });

  it('reads "CLAUSE, said X (an aside)" and ends before ", aside from …"', () => {
    expect(only(quotesOf('Raising the fee is the wrong step, said Lind (a view shared by the council).')).text).toBe('Raising the fee is the wrong step');
    const q = quotesOf('Moe refuses to discuss the buyers, aside from saying they are local.').find((x) => x.speaker === 'moe');
    expect(q?.text).toBe('to discuss the buyers');
  });
});

describe('more cue shapes', () => {
  it('reads a passive cue with its agent', () => {
    const a = only(quotesOf('It was announced by the port authority that the ferry would resume.'));
    expect(a).toMatchObject({ speakerText: 'the port authority', text: 'that the ferry would resume' });
    const b = only(quotesOf('The new tariff was first reported by the Harbour Gazette.'));
    expect(b).toMatchObject({ speakerText: 'the Harbour Gazette', text: 'The new tariff' });
  });

  it('reads "As X pointed out, CLAUSE" and "CLAUSE, as X pointed out, CLAUSE"', () => {
    const a = only(quotesOf('As several fishermen have pointed out, the quota ignores the spring run.'));
    expect(a).toMatchObject({ speakerText: 'several fishermen', text: 'the quota ignores the spring run' });
    const b = only(quotesOf('The island, as one of the pilots pointed out, rarely sees fog.'));
    expect(b.speakerText).toBe('one of the pilots');
    expect(b.text.endsWith('rarely sees fog')).toBe(true);
  });

  it('reads "called X Y", "called for -ing" and "plans to"', () => {
    expect(only(quotesOf('Lind called the tariff a tax on the poor.')).text).toBe('the tariff a tax on the poor');
    expect(only(quotesOf('Moe called for lowering the fees.')).text).toBe('lowering the fees');
    expect(quotesOf('The mayor called the coast guard on Monday.')).toEqual([]);
  });
});

describe('speakers the tagger makes hard', () => {
  it('reads a surname that is also a month, and an adverb between subject and verb', () => {
    expect(only(quotesOf('Prime Minister Ellen May said this week that the ferry tax would go.')).speakerText).toBe('Prime Minister Ellen May');
    expect(only(quotesOf('Lind has long said that the pier is unsafe.')).speaker).toBe('lind');
  });

  it('reads "many of whom say" and "CLAUSE, as police have said."', () => {
    expect(only(quotesOf('The plan angered the crews, many of whom say the new shifts are unfair.')).speakerText).toBe('many of whom');
    const qs = quotesOf('The footage does not show who fired first, as police have said.');
    expect(qs.find((q) => q.speakerText === 'police')?.text).toBe('The footage does not show who fired first');
    // The aside is no part of the other statement in the sentence.
    expect(qs.some((q) => q.text.endsWith('as police have said'))).toBe(false);
  });

  it('reads a noted object and an object after a time', () => {
    expect(only(quotesOf('In her memoir, Olsen noted the closure of the yard.')).text).toBe('the closure of the yard');
    expect(only(quotesOf('The council announced on Friday the sale of the old ferry.')).text).toBe('the sale of the old ferry');
  });
});

describe('stances held by an owner', () => {
  it('reads "his attacks on X", "her decision to …" and a list after "obsession with"', () => {
    expect(only(quotesOf('Lind has kept up his attacks on the port board.')).text).toBe('the port board');
    expect(only(quotesOf('Her decision to sell the yard surprised the town.')).text).toBe('to sell the yard');
    expect(only(quotesOf('His obsession with tariffs, quotas and the old treaty is well known.')).text).toBe('tariffs, quotas and the old treaty');
  });

  it('keeps the owner of a stance out of focus: "According to him" after "thanked X for Y\'s support"', () => {
    const qs = quotesOf('Tomas Lind thanked Mara Olsen for the council\'s support of the harbour plan. According to him, the two discussed a new ferry route.');
    expect(qs.find((q) => q.text.startsWith('the two discussed'))?.speaker).toBe('lind');
  });

  it('does not read a time or an ownerless noun as a stance', () => {
    expect(quotesOf('His remarks on Saturday were brief.')).toEqual([]);
    expect(quotesOf('The attacks on the convoy continued.')).toEqual([]);
  });
});

describe('objects of -ing forms', () => {
  it('reads a progressive ("is once again questioning X") and a hanging ", citing X"', () => {
    expect(only(quotesOf('Lind is once again questioning the safety of the old pier.'))).toMatchObject({ speaker: 'lind', text: 'the safety of the old pier' });
    const q = quotesOf('The court halted the sale, citing a risk to the water supply.').find((x) => x.cue === 'citing');
    expect(q).toMatchObject({ speakerText: 'The court', text: 'a risk to the water supply' });
  });

  it('reads "offered X" and "outlined X"', () => {
    expect(only(quotesOf('Moe offered no evidence for the charge.')).text).toBe('no evidence for the charge');
  });
});

describe('framed quotations', () => {
  it('ends a framed statement before the cue\'s next verb: \'called X "Y" and called for …\'', () => {
    const qs = quotesOf('Olsen called the board\'s conduct "shameful" and called for the fees to be "paid back" to the crews.');
    expect(qs.find((q) => q.kind === 'indirect' && q.text.startsWith('the board'))?.text).toBe('the board\'s conduct "shameful"');
  });
});

describe('groups and pro-forms', () => {
  it('reads "people familiar with X" and "those close to him" as speakers', () => {
    expect(only(quotesOf('People familiar with the talks said the ferry deal was close.')).speakerText).toBe('People familiar with the talks');
    expect(only(quotesOf('Those close to him say he will run again.')).speakerText).toBe('Those close to him');
  });

  it('reads "said as much" and "said the same of X"', () => {
    expect(only(quotesOf('Lind said as much in an interview on Monday.')).text).toBe('as much');
    expect(quotesOf('Half the crews backed the plan, while most owners said the same of the tariff.').find((q) => q.speakerText === 'most owners')?.text).toBe('the same of the tariff');
  });
});

describe('programme names', () => {
  it('reads \'told the Gazette\'s "Harbour Hour" that …\' and keeps the programme name out', () => {
    const qs = quotesOf('Lind told the Gazette\'s "Harbour Hour" that the pier would reopen.');
    expect(qs.find((q) => q.kind === 'indirect')).toMatchObject({ speaker: 'lind', text: 'that the pier would reopen' });
    expect(qs.some((q) => q.text === 'Harbour Hour')).toBe(false);
  });
});

describe('spans', () => {
  it('every quote round-trips', () => {
    const text = 'Harbour\n\nHarbour fees will rise next spring, said Tomas Lind, a spokesman for the port authority.';
    const doc = withEntities(docOf(text), PEOPLE);
    for (const q of runQuotes(doc)) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(quoteStarting(doc.quotes, 'Harbour fees')).toBeDefined();
  });
});
