/** The article view's cutting of text into runs: every mark boundary cuts, runs cover the text exactly, marks are the covering ones. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityOf, marksOf, runsOf, type Mark } from '../../web/src/article/segments.js';
import type { ArticleRecord } from '../../web/src/types.js';

const text = 'Putin said "we welcome Kim Jong-un" on Monday.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });

const record: ArticleRecord = {
  id: 'x', headline: 'h', text, source: { format: 'wire-text' }, parts: [{ kind: 'paragraph', start: 0, end: text.length }],
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Vladimir Putin', mentions: [at('Putin')] },
    { id: 'e2', type: 'PERSON', name: 'Kim Jong-un', mentions: [at('Kim Jong-un'), { start: 500, end: 510, text: 'outside' }] },
  ],
  times: [{ ...at('Monday'), type: 'DATE', value: '2018-06-11' }],
  quotes: [{ ...at('we welcome Kim Jong-un'), kind: 'direct', speaker: 'e1' }],
  events: [{ type: 'SUPPORT', status: 'occurred', actor: [], recipient: [], evidence: at('welcome Kim Jong-un') }],
};

describe('article runs', () => {
  it('cut at every boundary and keep the covering marks', () => {
    const marks = marksOf(record);
    expect(marks.some((m) => m.start === 500)).toBe(false);
    const runs = runsOf(text, marks, 0, text.length);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    const kim = runs.find((r) => r.text === 'Kim Jong-un')!;
    expect(kim.marks.map((m) => m.kind).sort()).toEqual(['entity', 'evidence', 'quote']);
    expect(entityOf(kim)).toMatchObject({ entity: 'e2' });
    const we = runs.find((r) => r.text.startsWith('we'))!;
    expect(we.quoteStarts).toEqual([0]);
    expect(runs.find((r) => r.text === 'Monday')!.marks).toEqual([expect.objectContaining({ kind: 'time' })]);
  });

  it('cover any slice exactly, whatever the marks', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 1, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(70), fc.nat(70)), { maxLength: 12 }),
      fc.nat(60), fc.nat(60),
      (s, pairs, x, y) => {
        const marks: Mark[] = pairs.map(([a, b], index) => ({ kind: 'time', index, start: Math.min(a, b), end: Math.max(a, b) }));
        const from = Math.min(x, y, s.length);
        const to = Math.min(Math.max(x, y), s.length);
        const runs = runsOf(s, marks, from, to);
        expect(runs.map((r) => r.text).join('')).toBe(s.slice(from, to));
        for (const r of runs) {
          expect(r.text).toBe(s.slice(r.start, r.end));
          for (const m of marks) {
            const covers = m.start <= r.start && m.end >= r.end && m.start < to && m.end > from;
            expect(r.marks.includes(m)).toBe(covers);
          }
        }
      },
    ));
  });

  it('the innermost mention wins', () => {
    const marks: Mark[] = [
      { kind: 'entity', entity: 'title', type: 'PERSON', start: 0, end: 20 },
      { kind: 'entity', entity: 'place', type: 'PLACE', start: 0, end: 7 },
    ];
    const runs = runsOf('Russian President X.', marks, 0, 20);
    expect(entityOf(runs[0]!)?.entity).toBe('place');
    expect(entityOf(runs[1]!)?.entity).toBe('title');
  });
});
