/**
 * "The 61-year-old president-elect urged …": a person told by age alone is the one the story named
 * last, a sentence or two before (src/analyze/events/participants.ts). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, type HandEntity } from './helpers.js';

const ASKAR: HandEntity = { name: 'Dana Askar', type: 'PERSON', code: 'KAZGOV', country: 'KAZ', at: ['Dana Askar'] };
const AUSTRIA: HandEntity = { name: 'Austria', type: 'PLACE', code: 'AUT', country: 'AUT', at: ['Austria'] };

describe('a person told by age', () => {
  it('is the person named just before', () => {
    const { doc, events } = eventsOf('Foreign Minister Dana Askar called the vote a mistake. The 58-year-old diplomat urged Austria to reconsider.', [ASKAR, AUSTRIA]);
    expect(events.map((e) => brief(doc, e))).toContain('REQUEST Dana Askar -> Austria occurred');
  });

  it('is no one when no person was named', () => {
    const { events } = eventsOf('The vote was a mistake. The 58-year-old diplomat urged Austria to reconsider.', [AUSTRIA]);
    for (const e of events) expect(e.actor.some((a) => a.entity !== undefined)).toBe(false);
  });
});
