/**
 * "About 5,000 people protested", "arrested around 60 students": a number of people led by a word
 * of measure is still the clause's subject or object (src/analyze/events/parse.ts). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, type HandEntity } from './helpers.js';

const MARENGA: HandEntity = { name: 'Marenga', type: 'PLACE', code: 'KEN', country: 'KEN', at: ['Marenga'] };

describe('a counted phrase led by "about", "around", "nearly"', () => {
  it('is the subject of the clause', () => {
    for (const lead of ['About', 'Around', 'Roughly']) {
      const { doc, events } = eventsOf(`${lead} 4,000 people protested in Marenga on Sunday.`, [MARENGA]);
      expect(events.map((e) => brief(doc, e)), lead).toContain('PROTEST KENCVL -> Marenga occurred');
    }
  });

  it('is the object of the clause', () => {
    const { doc, events } = eventsOf('Police in Marenga arrested about 60 students on Monday.', [MARENGA]);
    const e = events.find((x) => x.type === 'COERCE');
    expect(e).toBeDefined();
    expect(e!.recipient.map((r) => r.text)).toContain('60 students');
    expect(brief(doc, e!)).toContain('COERCE');
  });

  it('"talked about" keeps its preposition before a phrase with no number', () => {
    const { events } = eventsOf('About the talks, the minister said nothing.', [MARENGA]);
    expect(events).toEqual([]);
  });
});
