/**
 * The means of an attack whose verb names none, from its sentence, as PLOVER's ASSAULT modes; a
 * threat's mode from what it threatens (src/analyze/events/means.ts). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, type HandEntity } from './helpers.js';

const MARENGA: HandEntity = { name: 'Marenga', type: 'PLACE', code: 'KEN', country: 'KEN', at: ['Marenga'] };

function modeOf(text: string, type: string): string | undefined {
  const { events } = eventsOf(text, [MARENGA]);
  const e = events.find((x) => x.type === type);
  expect(e, `${type} in "${text}"`).toBeDefined();
  return e!.mode;
}

describe('an attack takes the means its sentence names', () => {
  it.each([
    ['Two soldiers were wounded in a bomb attack near Marenga on Thursday.', 'explosives'],
    ['A suicide bomber killed nine people at a market in Marenga.', 'suicide-attack'],
    ['Russian helicopter gunships killed 30 villagers in Marenga.', 'heavy-weapons'],
    ['Militiamen armed with machetes killed 12 people in Marenga.', 'primitive'],
    ['Soldiers killed five rebels in a gunbattle near Marenga.', 'firearms'],
    ['Nine people were killed in an air raid on Marenga.', 'heavy-weapons'],
  ])('%s', (text, mode) => {
    expect(modeOf(text, 'ASSAULT')).toBe(mode);
  });

  it('no means named, no mode', () => {
    expect(modeOf('Soldiers killed five rebels near Marenga.', 'ASSAULT')).toBeUndefined();
  });
});

describe('a threat takes the mode of what it threatens', () => {
  it('an attack threatened is violence', () => {
    expect(modeOf('The rebels threatened to attack Marenga unless the army withdrew.', 'THREATEN')).toBe('violence');
  });

  it('a curfew threatened is a curfew', () => {
    expect(modeOf('The army threatened to impose a curfew on Marenga.', 'THREATEN')).toBe('curfew');
  });
});
