/** The TASS sample through the whole pipeline: the events an analyst extracts, and what must not appear. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { cleanArticle } from '../../src/clean/index.js';
import { readInput } from '../../src/read/index.js';
import type { AnalyzedArticle, PoliticalEvent } from '../../src/model.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import { eventKey } from '../../src/analyze/events/key.js';

const FILE = '../shared/samples/tass-2018-06-14-putin-kim.txt';
const raw = readInput(readFileSync(FILE), FILE)[0]!;
const rec: AnalyzedArticle = analyze(cleanArticle(raw));
const name = (id?: string): string => rec.entities.find((e) => e.id === id)?.name ?? '';
const side = (ps: PoliticalEvent['actor']): string => ps.map((p) => name(p.entity) || p.text).sort().join('+');
const find = (type: string, actor: string, recipient: string): PoliticalEvent | undefined =>
  rec.events.find((e) => e.type === type && side(e.actor) === actor && side(e.recipient) === recipient);

describe('events of the sample article', () => {
  it('spans round-trip', () => { expectSpansRoundTrip(rec); });
  it('Kim Yong-nam visits Putin in Moscow on June 14', () => {
    const e = find('CONSULT', 'Kim Yong-nam', 'Vladimir Putin');
    expect(e?.mode).toBe('visit');
    expect(e?.status).toBe('occurred');
    expect(e?.date).toBe('2018-06-14');
    expect(name(e?.location)).toBe('Moscow');
  });
  it('Putin invites Kim Jong-un: occurred; the visit itself only possible', () => {
    const e = find('AGREE', 'Vladimir Putin', 'Kim Jong-un');
    expect(e?.cameo).toBe('036');
    expect(e?.status).toBe('occurred');
    expect(e?.about?.type).toBe('CONSULT');
    expect(e?.about?.status).toBe('possible');
    // "It could be done ... in Vladivostok in September": the visit's own setting, a sentence later.
    expect(e?.about?.date).toBe('2018-09');
    expect(name(e?.about?.location)).toBe('Vladivostok');
    expect(e?.date).toBe('2018-06-14');
    expect(name(e?.location)).toBe('Moscow');
  });
  it('the Trump-Kim meeting of June 12', () => {
    const e = find('CONSULT', 'Donald Trump+Kim Jong-un', '');
    expect(e?.date).toBe('2018-06-12');
    expect(e?.status).toBe('occurred');
  });
  it('praise and congratulations', () => {
    expect(find('SUPPORT', 'Vladimir Putin', 'Donald Trump+Kim Jong-un')?.status).toBe('occurred');
    expect(find('SUPPORT', 'Kim Yong-nam', 'Vladimir Putin')?.cameo).toBe('051');
  });
  it('must not appear: an occurred Eastern Economic Forum visit, an occurred event in Vladivostok', () => {
    for (const e of rec.events) {
      if (e.status !== 'occurred') continue;
      expect(name(e.location)).not.toBe('Vladivostok');
      expect(e.date ?? '').not.toMatch(/^2018-09/);
      const names = side([...e.actor, ...e.recipient]);
      if (e.type === 'CONSULT') expect(names.includes('Kim Jong-un') && /Putin|Russia/.test(names)).toBe(false);
    }
  });
  it('eventKey: same event same key, another day another key', () => {
    const e = find('CONSULT', 'Donald Trump+Kim Jong-un', '')!;
    expect(eventKey(e, rec)).toBe(eventKey({ ...e }, rec));
    expect(eventKey({ ...e, date: '2018-06-19' }, rec)).not.toBe(eventKey(e, rec));
  });
});
