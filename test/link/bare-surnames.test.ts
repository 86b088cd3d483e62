import { describe, expect, it } from 'vitest';
import { entityWith, linked } from './helpers.js';
import type { Entity } from '../../src/model.js';

// Original prose written for these tests; dates pinned by the reference time.

function roundTrips(text: string, entities: readonly Entity[]): void {
  for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

const MARCH_2021 = { reference: '2021-03-03T12:00:00Z' };

describe('link: a leader\'s surname the tagger typed as a place', () => {
  it('"Merkel" alone is the chancellor, not the Texas town', () => {
    const text = 'Lavrov told reporters that Merkel and Macron had also called.';
    const doc = linked(text, [['Lavrov', 'PERSON'], ['Merkel', 'PLACE'], ['Macron', 'PERSON']], MARCH_2021);
    const merkel = entityWith(doc, 'Merkel');
    expect(merkel?.type).toBe('PERSON');
    expect(merkel?.kb).toBe('person:angela-merkel');
    expect(merkel?.role).toMatch(/Chancellor/u);
    roundTrips(text, doc.entities);
  });

  it('typed OTHER it is the chancellor too', () => {
    const doc = linked('Officials said Merkel would decide by Friday.', [['Merkel', 'OTHER']], MARCH_2021);
    expect(entityWith(doc, 'Merkel')?.kb).toBe('person:angela-merkel');
  });

  it('a place cue keeps the town: "in Merkel, Texas", "from Merkel"', () => {
    const texas = linked('A storm hit homes in Merkel, Texas, on Tuesday.', [['Merkel', 'PLACE'], ['Texas', 'PLACE']], MARCH_2021);
    expect(entityWith(texas, 'Merkel')?.type).toBe('PLACE');
    const from = linked('Farmers from Merkel drove to the state capital.', [['Merkel', 'PLACE']], MARCH_2021);
    expect(entityWith(from, 'Merkel')?.type).not.toBe('PERSON');
  });

  it('after she left office (no term on the date, never head of state) nobody', () => {
    const doc = linked('Officials said Merkel would decide by Friday.', [['Merkel', 'PLACE']], { reference: '1990-06-01T12:00:00Z' });
    expect(entityWith(doc, 'Merkel')?.type).not.toBe('PERSON');
  });

  it('countries, capitals, regions and sizeable cities stay places', () => {
    for (const name of ['Paris', 'Washington', 'Jordan', 'Georgia', 'Chad', 'Victoria']) {
      const doc = linked(`Officials said ${name} would decide by Friday.`, [[name, 'PLACE']], MARCH_2021);
      expect(entityWith(doc, name)?.type, name).not.toBe('PERSON');
    }
  });
});

describe('link: a leader\'s surname the tagger left out', () => {
  it('"Trump criticised the call." names the former president', () => {
    const text = 'Macron had also called. Trump criticised the call.';
    const doc = linked(text, [['Macron', 'PERSON']], MARCH_2021);
    const trump = entityWith(doc, 'Trump');
    expect(trump?.kb).toBe('person:donald-trump');
    expect(trump?.type).toBe('PERSON');
    roundTrips(text, doc.entities);
  });

  it('"Trump\'s" and "Trump has" name him too; the mention leaves out the "\'s"', () => {
    const doc = linked('Trump\'s lawyers met on Monday. Trump has said little.', [], MARCH_2021);
    const first = entityWith(doc, 'Trump');
    expect(first?.kb).toBe('person:donald-trump');
    expect(entityWith(doc, 'Trump', 20)).toBe(first);
  });

  it('"May said" in 2018 is the prime minister', () => {
    const doc = linked('May said the talks would go on.', [], { reference: '2018-05-02T12:00:00Z' });
    expect(entityWith(doc, 'May')?.kb).toBe('person:theresa-may');
  });

  it('nouns and dates after the word leave it alone', () => {
    const cases: Array<[string, string, string]> = [
      ['Trump card played late in the game.', 'Trump', '2021-03-03'],
      ['May 5 is the deadline for bids.', 'May', '2018-05-02'],
      ['May I ask a question, the reporter said.', 'May', '2018-05-02'],
      ['Brown rice prices rose again.', 'Brown', '2018-05-02'],
      ['Bush fires spread across the state.', 'Bush', '2018-05-02'],
    ];
    for (const [text, word, date] of cases) {
      const doc = linked(text, [], { reference: `${date}T12:00:00Z` });
      expect(entityWith(doc, word), text).toBeUndefined();
    }
  });

  it('a surname several office holders share names nobody', () => {
    for (const word of ['Kim', 'Lee', 'Wang']) {
      const doc = linked(`${word} said the talks would go on.`, [], { reference: '2022-03-10T12:00:00Z' });
      expect(entityWith(doc, word), word).toBeUndefined();
    }
  });

  it('before anyone of that name held office, nobody', () => {
    const doc = linked('Trump said the talks would go on.', [], { reference: '1995-03-03T12:00:00Z' });
    expect(entityWith(doc, 'Trump')).toBeUndefined();
  });
});
