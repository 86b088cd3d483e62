/** Scoring and Viterbi decoding of one sentence under BILOU constraints. */
import { ALLOWED, N_TAGS } from './tags.js';

export interface Weights {
  /** (1 << bits) rows of N_TAGS weights, indexed by hashed feature key. */
  w: Float32Array;
  /** (N_TAGS + 1)² transition weights; row/column N_TAGS is the sentence boundary. */
  trans: Float32Array;
  bits: number;
}

const NT = N_TAGS;
const NB = N_TAGS + 1;

/** Emission scores, n × N_TAGS, of the keys of each token. */
export function emissions(wt: Weights, keys: Uint32Array, offsets: Uint32Array, n: number, out?: Float32Array): Float32Array {
  const em = out && out.length >= n * NT ? out : new Float32Array(n * NT);
  em.fill(0, 0, n * NT);
  const mask = (1 << wt.bits) - 1;
  const w = wt.w;
  for (let i = 0; i < n; i++) {
    const base = i * NT;
    const end = offsets[i + 1] ?? 0;
    for (let k = offsets[i] ?? 0; k < end; k++) {
      const row = ((keys[k] ?? 0) & mask) * NT;
      for (let t = 0; t < NT; t++) em[base + t] = (em[base + t] ?? 0) + (w[row + t] ?? 0);
    }
  }
  return em;
}

/** The best tag sequence: Viterbi over emissions plus transitions, invalid transitions excluded. */
export function viterbi(em: Float32Array, n: number, trans: Float32Array): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * NT);
  const back = new Uint8Array(n * NT);
  for (let t = 0; t < NT; t++) {
    score[t] = ALLOWED[NT * NB + t] ? (em[t] ?? 0) + (trans[NT * NB + t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED[p * NB + t]) continue;
        const s = (score[(i - 1) * NT + p] ?? -Infinity) + (trans[p * NB + t] ?? 0);
        if (s > best) { best = s; arg = p; }
      }
      score[i * NT + t] = best + (em[i * NT + t] ?? 0);
      back[i * NT + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    if (!ALLOWED[t * NB + NT]) continue;
    const s = (score[(n - 1) * NT + t] ?? -Infinity) + (trans[t * NB + NT] ?? 0);
    if (s > best) { best = s; arg = t; }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * NT + (tags[i] ?? 0)] ?? 0;
  return tags;
}

export function decode(wt: Weights, keys: Uint32Array, offsets: Uint32Array, n: number): Uint8Array {
  return viterbi(emissions(wt, keys, offsets, n), n, wt.trans);
}
