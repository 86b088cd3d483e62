/**
 * A meeting told in an adjunct of time ("after meeting X, Y said …", "following talks with his
 * Turkish counterpart, …"): a consultation between the main clause's subject and the one met,
 * which took place (or is still to come, "before meeting …"). Sentences we wrote.
 */
import { describe, expect, it } from 'vitest';
import { brief, eventsOf, RUSSIA, type HandEntity } from './helpers.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { toRecord } from '../../src/analyze/pipeline.js';

const TURKEY: HandEntity = { name: 'Turkey', type: 'PLACE', code: 'TUR', country: 'TUR', at: ['Turkey', 'Turkish'] };
const VARGA: HandEntity = { name: 'Ivan Varga', type: 'PERSON', code: 'RUSGOV', country: 'RUS', at: ['Ivan Varga', 'Varga'] };
const LIN: HandEntity = { name: 'Lin Hao', type: 'PERSON', code: 'CHNGOV', country: 'CHN', at: ['Lin Hao', 'Lin'] };
const ROSS: HandEntity = { name: 'Clara Ross', type: 'PERSON', code: 'DEUGOV', country: 'DEU', at: ['Clara Ross', 'Ross'] };
const ALL = [TURKEY, VARGA, LIN, ROSS, RUSSIA];

function briefs(text: string): string[] {
  const { doc, events } = eventsOf(text, ALL, { published: '2024-03-05T10:00:00Z' });
  expectSpansRoundTrip(toRecord(doc));
  return events.map((e) => brief(doc, e));
}

describe('a meeting in an adjunct of time is the main clause subject\'s', () => {
  it('"After meeting X in Beijing, Y said …"', () => {
    expect(briefs('After meeting Lin Hao in Beijing, Ivan Varga said the two countries would deepen ties.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"Y, after meeting X, said …": the subject before the aside', () => {
    expect(briefs('Ivan Varga, after meeting Lin Hao, said relations were good.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"After meeting with X, …"', () => {
    expect(briefs('After meeting with Lin Hao, Ivan Varga said relations were good.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"Following talks with his Turkish counterpart, Y said …": the counterpart placed by the demonym', () => {
    const { events } = eventsOf('Following talks with his Turkish counterpart, Ivan Varga said Moscow was ready to help.', ALL);
    const c = events.find((e) => e.type === 'CONSULT');
    expect(c?.actor.map((p) => p.code)).toEqual(['RUSGOV']);
    expect(c?.recipient.map((p) => p.code)).toEqual(['TUR']);
    expect(c?.status).toBe('occurred');
  });
  it('"Speaking after talks with X, Y said …"', () => {
    expect(briefs('Speaking after talks with Clara Ross, Ivan Varga said Europe must help.')).toContain('CONSULT Ivan Varga -> Clara Ross occurred');
  });
  it('"Speaking to reporters after meeting X, Y said …": past a participle phrase', () => {
    expect(briefs('Speaking to reporters after meeting Lin Hao, Ivan Varga said peace was needed.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"After holding talks with X, …", "Following a phone call with X, …"', () => {
    expect(briefs('After holding talks with Lin Hao, Ivan Varga said relations were strong.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
    expect(briefs('Following a phone call with Lin Hao, Ivan Varga said the deal could be revived.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"After his meeting with X, Y told reporters …": "his" is the main clause subject', () => {
    expect(briefs('After his meeting with Lin Hao, Ivan Varga told reporters the deal could be revived.')).toContain('CONSULT Ivan Varga -> Lin Hao occurred');
  });
  it('"Before meeting X, Y said …" is still to come', () => {
    expect(briefs('Before meeting Lin Hao, Ivan Varga told reporters that ties were strong.')).toContain('CONSULT Ivan Varga -> Lin Hao planned');
  });
});

describe('what is said to someone in a call', () => {
  it('"X had assured Y in a telephone call that …" is a phone call between them', () => {
    const { events } = eventsOf('Ivan Varga had assured Lin Hao in a telephone call that Moscow was ready to help.', ALL);
    expect(events.filter((e) => e.type === 'CONSULT').map((e) => [e.mode, e.actor.map((p) => p.code).join('+'), e.recipient.map((p) => p.code).join('+')])).toEqual([['phone', 'RUSGOV', 'CHNGOV']]);
  });
});

describe('what is no such meeting', () => {
  it('"After the meeting, Y said": no one met is named, the meeting told before', () => {
    expect(briefs('After the meeting, Ivan Varga told reporters that ties were strong.').filter((x) => x.startsWith('CONSULT'))).toEqual([]);
  });
  it('a clause of its own after "after" keeps its own subject', () => {
    expect(briefs('After Lin Hao met Clara Ross, Ivan Varga said ties were strong.')).toEqual(['CONSULT Lin Hao -> Clara Ross occurred']);
  });
  it('talks with a named owner are the owner\'s', () => {
    expect(briefs("After Lin Hao's talks with Clara Ross, Ivan Varga said ties were strong.")).toEqual(['CONSULT Lin Hao -> Clara Ross occurred']);
  });
});
