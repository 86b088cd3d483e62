/**
 * "gave the ambassador 48 hours to leave": an expulsion with a deadline (CAMEO 166); the count
 * after a common noun starts the second object. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, type HandEntity } from './helpers.js';

const AUSTRIA: HandEntity = { name: 'Austria', type: 'PLACE', code: 'AUT', country: 'AUT', at: ['Austria'] };
const KAZAKH: HandEntity = { name: 'Kazakhstan', type: 'PLACE', code: 'KAZ', country: 'KAZ', at: ['Kazakhstan', 'Kazakh'] };

describe('an expulsion with a deadline', () => {
  it.each([
    ['Austria gave the Kazakh ambassador 48 hours to leave the country.', '48 hours'],
    ['Austria gave Kazakh nationals 14 days to leave its territory.', '14 days'],
  ])('%s', (text, span) => {
    const { doc, events } = eventsOf(text, [AUSTRIA, KAZAKH], { times: [{ text: span, value: 'P1D' }] });
    expect(events.map((e) => brief(doc, e)).some((b) => /^SANCTION Austria -> \S+ occurred$/.test(b))).toBe(true);
    expect(events.find((e) => e.type === 'SANCTION')!.mode).toBe('expel');
  });

  it('a deadline for something else is no expulsion', () => {
    const { events } = eventsOf('Austria gave the Kazakh ambassador 48 hours to explain the remarks.', [AUSTRIA, KAZAKH], { times: [{ text: '48 hours', value: 'PT48H' }] });
    expect(events.some((e) => e.type === 'SANCTION')).toBe(false);
  });
});
