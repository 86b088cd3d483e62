/** Scoring and Viterbi decoding of one sentence under BILOU constraints. */
import { ALLOWED, N_TAGS } from './tags.js';

/**
 * A pass's weights. The model keeps them as 16-bit integers (`W` = Int16Array), the form they are
 * stored in: half the memory of floats, so the tables of two analysis threads fit the processor's
 * cache better. A weight is w[i] × scale; scores sum the integers and scale once. Training keeps
 * float weights (`W` = Float32Array, scale 1) while it updates them.
 */
export interface Weights<W extends Int16Array | Float32Array = Int16Array> {
  /** (1 << bits) rows of N_TAGS weights, indexed by hashed feature key. */
  w: W;
  /** What one unit of `w` weighs. */
  scale: number;
  /** (N_TAGS + 1)² transition weights; row/column N_TAGS is the sentence boundary. */
  trans: Float32Array;
  bits: number;
}

const NT = N_TAGS;
const NB = N_TAGS + 1;

/**
 * For each tag t, the tags allowed before it (BILOU: I and L only after B or I of their type), in
 * ascending order: PRED[PRED_AT[t]..PRED_AT[t + 1]), with the index of each pair's transition weight
 * in PRED_TRANS.
 */
const PRED_AT = new Uint16Array(NT + 1);
const PRED: Uint8Array = (() => {
  const out: number[] = [];
  for (let t = 0; t < NT; t++) {
    PRED_AT[t] = out.length;
    for (let p = 0; p < NT; p++) if (ALLOWED[p * NB + t]) out.push(p);
  }
  PRED_AT[NT] = out.length;
  return Uint8Array.from(out);
})();
const PRED_TRANS = new Uint16Array(PRED.length);
for (let t = 0; t < NT; t++) for (let j = PRED_AT[t]!; j < PRED_AT[t + 1]!; j++) PRED_TRANS[j] = PRED[j]! * NB + t;

/**
 * Emission scores, n × N_TAGS, of the keys of each token. With integer weights the sums are exact
 * in float32 (below 2^24: a token would need over 500 keys of ±32767 to reach it), so scaling once at
 * the end gives the same scores as FastScorer, whatever order either adds in.
 */
export function emissions(wt: Weights<Int16Array | Float32Array>, keys: Uint32Array, offsets: Uint32Array, n: number): Float32Array {
  const em = new Float32Array(n * NT);
  const mask = (1 << wt.bits) - 1;
  const w = wt.w;
  for (let i = 0; i < n; i++) {
    const base = i * NT;
    const end = offsets[i + 1]!;
    for (let k = offsets[i]!; k < end; k++) {
      const row = (keys[k]! & mask) * NT;
      for (let t = 0; t < NT; t++) em[base + t]! += w[row + t]!;
    }
  }
  const scale = wt.scale;
  if (scale !== 1) for (let i = 0; i < em.length; i++) em[i]! *= scale;
  return em;
}

let scoreBuf = new Float64Array(64 * NT);
let backBuf = new Uint8Array(64 * NT);

/** The best tag sequence: Viterbi over emissions plus transitions, invalid transitions excluded. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (scoreBuf.length < n * NT) {
    scoreBuf = new Float64Array(n * NT * 2);
    backBuf = new Uint8Array(n * NT * 2);
  }
  const score = scoreBuf;
  const back = backBuf;
  for (let t = 0; t < NT; t++) {
    score[t] = ALLOWED[NT * NB + t] ? em[t]! + trans[NT * NB + t]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * NT;
    const base = i * NT;
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      const end = PRED_AT[t + 1]!;
      for (let j = PRED_AT[t]!; j < end; j++) {
        const p = PRED[j]!;
        const s = score[prevBase + p]! + trans[PRED_TRANS[j]!]!;
        if (s > best) { best = s; arg = p; }
      }
      score[base + t] = best + em[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    if (!ALLOWED[t * NB + NT]) continue;
    const s = score[(n - 1) * NT + t]! + trans[t * NB + NT]!;
    if (s > best) { best = s; arg = t; }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + tags[i]!]!;
  return tags;
}

export function decode(wt: Weights<Int16Array | Float32Array>, keys: Uint32Array, offsets: Uint32Array, n: number): Uint8Array {
  return viterbi(emissions(wt, keys, offsets, n), n, wt.trans);
}
