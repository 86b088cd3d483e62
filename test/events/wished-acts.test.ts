/**
 * An act someone hopes, looks forward to or wants to do is possible, not done; a request by
 * "want X to" and an attempt ("tried to") stay as they were. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, type HandEntity } from './helpers.js';

const ASKAR: HandEntity = { name: 'Dana Askar', type: 'PERSON', code: 'KAZGOV', country: 'KAZ', at: ['Dana Askar', 'Askar'] };
const MOLL: HandEntity = { name: 'Peter Moll', type: 'PERSON', code: 'AUTGOV', country: 'AUT', at: ['Peter Moll', 'Moll'] };
const AUSTRIA: HandEntity = { name: 'Austria', type: 'PLACE', code: 'AUT', country: 'AUT', at: ['Austria', 'Vienna'] };
const KAZAKHSTAN: HandEntity = { name: 'Kazakhstan', type: 'PLACE', code: 'KAZ', country: 'KAZ', at: ['Kazakhstan', 'Astana'] };
const ALL = [ASKAR, MOLL, AUSTRIA, KAZAKHSTAN];

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL);
  return events.map((e) => brief(doc, e));
}

describe('hoped for, looked forward to, wanted: possible', () => {
  it.each([
    ['Askar said she hoped to meet Moll in Vienna next month.', 'CONSULT Dana Askar -> Peter Moll possible'],
    ['Askar looked forward to meeting Moll at an early date.', 'CONSULT Dana Askar -> Peter Moll possible'],
    ['Kazakhstan wants to impose new sanctions on Austria.', 'SANCTION Kazakhstan -> Austria possible'],
  ])('%s', (text, want) => {
    expect(briefs(text)).toContain(want);
  });
});

describe('requests and attempts stay', () => {
  it('"wants Austria to stop" is a request made', () => {
    expect(briefs('Kazakhstan wants Austria to stop the shipments.').some((b) => /^REQUEST Kazakhstan -> Austria occurred$/.test(b))).toBe(true);
  });

  it('"tried to meet" is coded as the meeting tried', () => {
    expect(briefs('Askar tried to meet Moll in Vienna.')).toContain('CONSULT Dana Askar -> Peter Moll occurred');
  });
});

describe('hedged acts are possible', () => {
  it.each([
    ['Askar said the two ministers would probably meet Moll before long.', /^CONSULT .* possible$/],
    ['Askar will likely visit Austria next week.', /^CONSULT Dana Askar -> Austria possible$/],
    ['Kazakhstan will perhaps impose sanctions on Austria.', /^SANCTION Kazakhstan -> Austria possible$/],
  ])('%s', (text, want) => {
    expect(briefs(text).some((b) => want.test(b))).toBe(true);
  });

  it('no hedge, no change', () => {
    expect(briefs('Askar will visit Austria next week.')).toContain('CONSULT Dana Askar -> Austria planned');
  });
});
