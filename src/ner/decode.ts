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

/** For each tag, the tags allowed before it (BILOU: I and L only after B or I of their type). */
const PREDECESSORS: Uint8Array[] = Array.from({ length: NT }, (_x, t) => {
  const out: number[] = [];
  for (let p = 0; p < NT; p++) if (ALLOWED[p * NB + t]) out.push(p);
  return Uint8Array.from(out);
});

/** Emission scores, n × N_TAGS, of the keys of each token. */
export function emissions(wt: Weights, keys: Uint32Array, offsets: Uint32Array, n: number): Float32Array {
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
    for (let t = 0; t < NT; t++) {
      const preds = PREDECESSORS[t]!;
      let best = -Infinity;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const p = preds[k]!;
        const s = score[prevBase + p]! + trans[p * NB + t]!;
        if (s > best) { best = s; arg = p; }
      }
      score[i * NT + t] = best + em[i * NT + t]!;
      back[i * NT + t] = arg;
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

export function decode(wt: Weights, keys: Uint32Array, offsets: Uint32Array, n: number): Uint8Array {
  return viterbi(emissions(wt, keys, offsets, n), n, wt.trans);
}
