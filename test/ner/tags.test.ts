import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOWED, iob1FromSpans, N_TAGS, spansFromIob, spansFromTags, tagsFromSpans, type TypedSpan } from '../../src/ner/tags.js';
import { viterbi } from '../../src/ner/decode.js';

const spansArb = fc.array(fc.record({ len: fc.integer({ min: 1, max: 4 }), gap: fc.integer({ min: 0, max: 3 }), type: fc.integer({ min: 0, max: 3 }) }), { maxLength: 8 })
  .map((xs) => {
    const spans: TypedSpan[] = [];
    let at = 0;
    for (const x of xs) {
      at += x.gap;
      spans.push({ start: at, end: at + x.len, type: x.type });
      at += x.len;
    }
    return { spans, n: at + 1 };
  });

describe('BILOU and IOB conversions', () => {
  it('spans → BILOU → spans and spans → IOB1 → spans are identities', () => {
    fc.assert(fc.property(spansArb, ({ spans, n }) => {
      expect(spansFromTags(tagsFromSpans(spans, n))).toEqual(spans);
      expect(spansFromIob(iob1FromSpans(spans, n))).toEqual(spans);
    }));
  });

  it('Viterbi never outputs an invalid BILOU sequence, whatever the scores', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer(), (n, seed) => {
      let x = seed >>> 0;
      const rnd = (): number => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 2 ** 32 - 0.5; };
      const em = Float32Array.from({ length: n * N_TAGS }, rnd);
      const trans = Float32Array.from({ length: (N_TAGS + 1) ** 2 }, rnd);
      const tags = viterbi(em, n, trans);
      let prev = N_TAGS;
      for (const t of [...tags, N_TAGS]) {
        expect(ALLOWED[prev * (N_TAGS + 1) + t]).toBe(1);
        prev = t;
      }
    }));
  });
});
