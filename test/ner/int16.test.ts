/**
 * The committed model keeps its weights as 16-bit integers and a scale per pass; its scores are the
 * integer sums scaled once. They must match scoring with the weights as floats (w × scale, summed),
 * and decode to the same tags.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { emissions, viterbi, type Weights } from '../../src/ner/decode.js';
import { lineCaseOf, type Sentence } from '../../src/ner/features.js';
import { DEFAULT_MODEL_PATH, defaultTagger } from '../../src/ner/index.js';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { N_TAGS } from '../../src/ner/tags.js';

/** Sentences we wrote; the last is a headline line (its own line case). */
const SENTENCES: Sentence[] = [
  { words: ['The', 'Lisbon', 'talks', 'between', 'Hanna', 'Verlaine', 'and', 'the', 'Andean', 'Trade', 'Council', 'ended', 'on', 'Friday', '.'],
    pos: ['DET', 'PROPN', 'NOUN', 'ADP', 'PROPN', 'PROPN', 'CCONJ', 'DET', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'] },
  { words: ['Shares', 'of', 'Norbridge', 'Mining', 'fell', '4', 'percent', 'in', 'Toronto', '.'],
    pos: ['NOUN', 'ADP', 'PROPN', 'PROPN', 'VERB', 'NUM', 'NOUN', 'ADP', 'PROPN', 'PUNCT'] },
  { words: ['KENYA', 'AND', 'UGANDA', 'SIGN', 'RAIL', 'DEAL'],
    pos: ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'NOUN', 'NOUN'] },
];

/** Emissions the float way: each key's row of w × scale, summed in double precision. */
function floatEmissions(wt: Weights, keys: Uint32Array, offsets: Uint32Array, n: number): Float64Array {
  const em = new Float64Array(n * N_TAGS);
  const mask = (1 << wt.bits) - 1;
  for (let i = 0; i < n; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = (keys[k]! & mask) * N_TAGS;
      for (let t = 0; t < N_TAGS; t++) em[i * N_TAGS + t]! += wt.w[row + t]! * wt.scale;
    }
  }
  return em;
}

describe('the NER weights as 16-bit integers', () => {
  it('are kept as Int16Array with a positive scale, in both passes', () => {
    const { model } = defaultTagger();
    for (const pass of [model.pass1, model.pass2]) {
      expect(pass.w).toBeInstanceOf(Int16Array);
      expect(pass.w.length).toBe((1 << model.bits) * N_TAGS);
      expect(pass.scale).toBeGreaterThan(0);
      // Quantized to the full 16-bit range: some weight is at (or next to) the limit.
      let max = 0;
      for (const v of pass.w) max = Math.max(max, Math.abs(v));
      expect(max).toBeGreaterThan(32000);
    }
  });

  it('score as the float weights do, and decode to the same tags', () => {
    const tagger = defaultTagger();
    const fz = tagger.featurizer;
    for (const s of SENTENCES) {
      const flat = fz.sentence(s, lineCaseOf(s.words));
      const n = s.words.length;
      for (const pass of [tagger.model.pass1, tagger.model.pass2]) {
        const got = emissions(pass, flat.keys, flat.offsets, n);
        const want = floatEmissions(pass, flat.keys, flat.offsets, n);
        expect(got.length).toBe(want.length);
        let nonzero = 0;
        want.forEach((v, i) => {
          if (v !== 0) nonzero++;
          // float32 rounding of the one product: a relative error of at most 2^-24.
          expect(Math.abs(got[i]! - v)).toBeLessThanOrEqual(Math.abs(v) * 2 ** -23 + 1e-9);
        });
        expect(nonzero).toBeGreaterThan(n);
        expect(Array.from(viterbi(got, n, pass.trans))).toEqual(Array.from(viterbi(Float32Array.from(want), n, pass.trans)));
      }
    }
  });

  it('hold everything the file holds: written back, the committed model is the same bytes', () => {
    const file = readFileSync(DEFAULT_MODEL_PATH);
    const again = serializeModel(deserializeModel(file, 'ner.bin'));
    expect(gunzipSync(again).equals(gunzipSync(file))).toBe(true);
  });
});
