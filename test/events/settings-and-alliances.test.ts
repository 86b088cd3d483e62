import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/analyze/doc.js';
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import { brief, eventsOf, type HandEntity } from './helpers.js';

// Original prose written for these tests.

const SUMMIT: HandEntity = { name: 'NATO summit', type: 'EVENT', country: 'LTU', at: ['NATO summit'] };
const VILNIUS: HandEntity = { name: 'Vilnius', type: 'PLACE', code: 'LTUGOV', country: 'LTU', at: ['Vilnius'] };
const UKRAINE: HandEntity = { name: 'Ukraine', type: 'PLACE', code: 'UKR', country: 'UKR', at: ['Ukraine'] };
const LITHUANIA: HandEntity = { name: 'Lithuania', type: 'PLACE', code: 'LTU', country: 'LTU', at: ['Lithuania'] };

describe('events: a summit is a setting, never an actor or a recipient', () => {
  it('"The NATO summit in Vilnius agreed …" takes neither the summit nor its city as the actor', () => {
    const { doc, events } = eventsOf('The NATO summit in Vilnius agreed on Wednesday to support Ukraine.', [SUMMIT, VILNIUS, UKRAINE]);
    for (const e of events) {
      const parties = [...e.actor, ...e.recipient].map((p) => doc.entities.find((x) => x.id === p.entity)?.name ?? p.text);
      expect(parties).not.toContain('NATO summit');
      expect(parties).not.toContain('Vilnius');
    }
  });

  it('a host the text names stands in for the summit', () => {
    const { doc, events } = eventsOf('The NATO summit, hosted by Lithuania, agreed on Wednesday to support Ukraine.', [SUMMIT, LITHUANIA, UKRAINE]);
    const agree = events.find((e) => e.type === 'AGREE');
    expect(agree && brief(doc, agree)).toMatch(/^AGREE Lithuania -> /u);
  });
});

describe('events: "the allies" and "the alliance" act as NATO when the article names NATO', () => {
  const run = (text: string) => {
    const doc = newDoc({ id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' });
    return analyzeDoc(doc.article, { reference: '2024-07-09T10:00:00Z' });
  };
  it('actor and recipient', () => {
    const doc = run('The allies agreed on Tuesday to send more air defence systems to Ukraine, NATO said. Russia warned the alliance against escalation.');
    const codes = doc.events.flatMap((e) => [...e.actor, ...e.recipient].filter((p) => /allies|alliance/u.test(p.text)).map((p) => p.code));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 'IGONAT')).toBe(true);
  });
  it('with no NATO in the article "the allies" are not coded as NATO', () => {
    const doc = run('The allies agreed on Tuesday to send more aid to Ukraine. Russia warned the alliance against escalation.');
    expect(doc.events.flatMap((e) => [...e.actor, ...e.recipient]).some((p) => p.code === 'IGONAT')).toBe(false);
  });
});
