/**
 * An event noun marked as an earlier one ("their last talks", "the previous meeting") is not the
 * meeting the story reports: it is dated PAST_REF, so neither the article's own dedupe nor the store's
 * merge across articles can fold it into the report day's meeting. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { eventsOf, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const NOVAK: HandEntity = { name: 'Petar Novak', type: 'PERSON', code: 'SRBGOV', country: 'SRB', at: ['Petar Novak', 'Novak'] };
const HORVAT: HandEntity = { name: 'Ivana Horvat', type: 'PERSON', code: 'HRVGOV', country: 'HRV', at: ['Ivana Horvat', 'Horvat'] };
const PUBLISHED = '2025-06-10T09:00:00Z';

function consults(text: string): Array<{ evidence: string; date?: string }> {
  const { doc, events } = eventsOf(text, [NOVAK, HORVAT], { published: PUBLISHED, times: [{ text: 'on Tuesday', value: '2025-06-10' }] });
  expectSpansRoundTrip(toRecord(doc));
  return events.filter((e) => e.type === 'CONSULT').map((e) => ({ evidence: e.evidence.text, ...(e.date ? { date: e.date } : {}) }));
}

describe('earlier events named by a noun', () => {
  it('"a week after their last talks" is an earlier meeting, apart from the one reported', () => {
    const got = consults('Petar Novak met Ivana Horvat on Tuesday, a week after their last talks, to settle a border dispute.');
    expect(got.find((e) => e.evidence.includes('met'))?.date).toBe('2025-06-10');
    expect(got.find((e) => e.evidence.includes('last talks'))?.date).toBe('PAST_REF');
  });
  it('"their next talks" is no earlier meeting', () => {
    const got = consults('Petar Novak and Ivana Horvat agreed on Tuesday that their next talks would be held in Zagreb.');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => e.date !== 'PAST_REF')).toBe(true);
  });
});
