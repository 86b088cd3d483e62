/**
 * Who acts in "X said Y … and urged Z", and in "TITLE, NAME, said": the speaker goes on after "and"
 * with a verb of urging; a name set off after its title is the subject, of its title's country
 * (src/analyze/events/clause.ts, coder.ts). Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, type HandEntity } from './helpers.js';

const ASKAR: HandEntity = { name: 'Dana Askar', type: 'PERSON', code: 'KAZGOV', country: 'KAZ', at: ['Dana Askar', 'Askar'] };
const VARGA: HandEntity = { name: 'Tomas Varga', type: 'PERSON', at: ['Tomas Varga'] };
const AUSTRIA: HandEntity = { name: 'Austria', type: 'PLACE', code: 'AUT', country: 'AUT', at: ['Austria'] };
const HUNGARY: HandEntity = { name: 'Hungary', type: 'PLACE', code: 'HUN', country: 'HUN', at: ['Hungary', 'Hungarian'] };
const ALL = [ASKAR, VARGA, AUSTRIA, HUNGARY];

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL);
  return events.map((e) => brief(doc, e));
}

describe('after "and", a verb of urging goes on with the speaker', () => {
  it('"said the plan had failed and urged Austria"', () => {
    expect(briefs('Askar said the plan had failed and urged Austria to resume the talks.')).toContain('REQUEST Dana Askar -> Austria occurred');
  });

  it('"said the council was wrong and called for elections"', () => {
    expect(briefs('Askar said the council was wrong and called for early elections.').some((b) => b.startsWith('REQUEST Dana Askar '))).toBe(true);
  });

  it('what the reported party did next stays its own', () => {
    expect(briefs('Askar said Austria had closed the border and expelled two diplomats.').some((b) => b.startsWith('SANCTION Austria '))).toBe(true);
  });
});

describe('a name set off after its title', () => {
  it('is the subject, not the tail of the title', () => {
    expect(briefs('The foreign policy chief of the bloc, Dana Askar, urged Austria to comply.')).toContain('REQUEST Dana Askar -> Austria occurred');
  });

  it('is of the country its title names when nothing else places it', () => {
    const { doc, events } = eventsOf('A member of the Hungarian parliament, Tomas Varga, urged Austria to reopen the border.', ALL);
    const e = events.find((x) => x.type === 'REQUEST');
    expect(e).toBeDefined();
    expect(doc.entities.find((x) => x.id === e!.actor[0]!.entity)?.name).toBe('Tomas Varga');
    expect(e!.actor[0]!.country).toBe('HUN');
  });
});
