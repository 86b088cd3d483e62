/**
 * Run-time scoring: the weight rows of a token's static keys — its word's keys, its part of speech,
 * and their conjunctions on a normal line; and the same word seen from each neighbour offset — are
 * summed once per distinct (word, part of speech) and cached, so a token costs five vector additions
 * plus its few dynamic keys instead of one random memory access per feature. The weights are
 * integers (see Weights in decode.ts): the sums are exact, so they equal the flat key list's in any
 * order, and are scaled once per score (test/ner/committed.test.ts checks it).
 */
import type { Weights } from './decode.js';
import { BOUNDARY, comboKeys, LineCase, OFFSETS, POS_BOUNDARY, type WordInfo } from './features.js';
import { N_TAGS } from './tags.js';

const NT = N_TAGS;
const SEG = OFFSETS.length + 1;

export class FastScorer {
  private readonly boundary: Int32Array;
  private readonly mask: number;
  /** Scratch: the cached vectors of one sentence's tokens. */
  private vecs: Int32Array[] = [];
  /** Scratch: weight-row offsets of one token's dynamic keys, or of a new word's static keys. */
  private rows = new Int32Array(64);
  /** Scratch: where each segment's rows end in `rows`, for a new word. */
  private readonly segEnds = new Int32Array(SEG);

  /** `slot` names this scorer's place in WordInfo.vecs; two scorers sharing a featurizer need two. */
  constructor(readonly weights: Weights, private readonly slot = 0) {
    this.mask = (1 << weights.bits) - 1;
    this.boundary = new Int32Array(OFFSETS.length * NT);
    OFFSETS.forEach((_d, k) => {
      this.addKeys(BOUNDARY[k] ?? new Uint32Array(), this.boundary, k * NT, 1);
      this.addKeys([POS_BOUNDARY[k] ?? 0], this.boundary, k * NT, 1);
    });
  }

  /** Add (sign 1) or subtract (-1) the weight rows of keys to out[at..at+N_TAGS), in weight units. */
  addKeys(keys: ArrayLike<number>, out: Int32Array | Float32Array, at: number, sign: number): void {
    const w = this.weights.w;
    for (let k = 0; k < keys.length; k++) {
      const row = (keys[k]! & this.mask) * NT;
      for (let t = 0; t < NT; t++) out[at + t]! += sign * w[row + t]!;
    }
  }

  /** Add the weight rows of keys[from..to) to out[at..at+N_TAGS). */
  addKeyRange(keys: Uint32Array, from: number, to: number, out: Int32Array, at: number): void {
    const w = this.weights.w;
    for (let k = from; k < to; k++) {
      const row = (keys[k]! & this.mask) * NT;
      for (let t = 0; t < NT; t++) out[at + t]! += w[row + t]!;
    }
  }

  /** The cached vector of a word with a part of speech: SEG segments of N_TAGS. */
  private comboVec(info: WordInfo, pos: Uint32Array): Int32Array {
    let list = info.vecs[this.slot];
    if (!list) { list = []; info.vecs[this.slot] = list; }
    for (let k = 0; k + 1 < list.length; k += 2) if (list[k] === pos) return list[k + 1] as Int32Array;
    // The rows of each segment's keys first, then each segment summed tag by tag: the rows' first
    // reads (cold for a new word) are independent of each other, so they overlap in the memory system.
    const mask = this.mask;
    let rows = this.rows;
    const need = info.own.length + 4 + info.nb.reduce((m, keys) => m + keys.length + 1, 0);
    if (rows.length < need) rows = this.rows = new Int32Array(2 * need);
    const ends = this.segEnds;
    let r = 0;
    const own = info.own;
    for (let k = 0; k < own.length; k++) rows[r++] = (own[k]! & mask) * NT;
    const p0 = pos[0]!;
    rows[r++] = (p0 & mask) * NT;
    const combo = comboKeys(info, p0, LineCase.Normal);
    for (let k = 0; k < combo.length; k++) rows[r++] = (combo[k]! & mask) * NT;
    ends[0] = r;
    for (let s = 0; s < info.nb.length; s++) {
      const keys = info.nb[s]!;
      for (let k = 0; k < keys.length; k++) rows[r++] = (keys[k]! & mask) * NT;
      rows[r++] = (pos[s + 1]! & mask) * NT;
      ends[s + 1] = r;
    }
    const w = this.weights.w;
    const v = new Int32Array(SEG * NT);
    let from = 0;
    for (let s = 0; s < SEG; s++) {
      const to = ends[s]!;
      const at = s * NT;
      for (let t = 0; t < NT; t++) {
        let sum = 0;
        for (let k = from; k < to; k++) sum += w[rows[k]! + t]!;
        v[at + t] = sum;
      }
      from = to;
    }
    list.push(pos, v);
    return v;
  }

  /** Emission scores (n × N_TAGS) from cached vectors plus dynamic keys (and optional extra keys). */
  emissions(
    infos: readonly WordInfo[], pos: readonly Uint32Array[], dynKeys: Uint32Array, dynOffsets: Uint32Array,
    line: LineCase, extra?: ReadonlyArray<readonly number[]>,
  ): Float32Array {
    const n = infos.length;
    const sums = new Int32Array(n * NT);
    this.sums(infos, pos, dynKeys, dynOffsets, line, sums, 0);
    if (extra) {
      for (let i = 0; i < n; i++) {
        const keys = extra[i];
        if (keys) this.addKeys(keys, sums, i * NT, 1);
      }
    }
    return this.scaled(sums, 0, n);
  }

  /**
   * The integer emission sums of one sentence (n × N_TAGS) into out from `at`: each token's cached
   * vector and its neighbours' segments, plus the weight rows of its dynamic keys
   * (dynKeys[dynOffsets[i]..dynOffsets[i + 1])). Integers, so exact in any order (see decode.ts).
   */
  sums(
    infos: readonly WordInfo[], pos: readonly Uint32Array[], dynKeys: Uint32Array, dynOffsets: Uint32Array,
    line: LineCase, out: Int32Array, at: number,
  ): void {
    const n = infos.length;
    const w = this.weights.w;
    const mask = this.mask;
    const boundary = this.boundary;
    if (this.vecs.length < n) this.vecs = new Array<Int32Array>(2 * n);
    const vec = this.vecs;
    for (let i = 0; i < n; i++) vec[i] = this.comboVec(infos[i]!, pos[i]!);
    let rows = this.rows;
    for (let i = 0; i < n; i++) {
      const base = at + i * NT;
      const a = vec[i]!;
      // The neighbours' segments: word i-2 seen from offset -2 (segment 1) ... word i+2 (segment 4).
      const s0 = i >= 2 ? vec[i - 2]! : boundary, o0 = i >= 2 ? NT : 0;
      const s1 = i >= 1 ? vec[i - 1]! : boundary, o1 = i >= 1 ? 2 * NT : NT;
      const s2 = i + 1 < n ? vec[i + 1]! : boundary, o2 = i + 1 < n ? 3 * NT : 2 * NT;
      const s3 = i + 2 < n ? vec[i + 2]! : boundary, o3 = i + 2 < n ? 4 * NT : 3 * NT;
      const from = dynOffsets[i]!;
      const nk = dynOffsets[i + 1]! - from;
      if (rows.length < nk) rows = this.rows = new Int32Array(2 * nk);
      for (let k = 0; k < nk; k++) rows[k] = (dynKeys[from + k]! & mask) * NT;
      for (let t = 0; t < NT; t++) {
        let v = a[t]! + s0[o0 + t]! + s1[o1 + t]! + s2[o2 + t]! + s3[o3 + t]!;
        for (let k = 0; k < nk; k++) v += w[rows[k]! + t]!;
        out[base + t] = v;
      }
      if (line !== LineCase.Normal) {
        // The cached vector holds the normal-line keys: swap them for this line's.
        const info = infos[i]!;
        const p = pos[i]![0]!;
        const normal = comboKeys(info, p, LineCase.Normal);
        const here = comboKeys(info, p, line);
        this.addKeys([normal[1], normal[2]], out, base, -1);
        this.addKeys([here[1], here[2]], out, base, 1);
      }
    }
  }

  /**
   * Two scorers' integer sums of one sentence at once (the tagger's two passes): the same tokens,
   * neighbours and dynamic keys, read once, against both weight tables (one bit width). Each sum is
   * what `sums` gives.
   */
  static pairSums(
    a: FastScorer, b: FastScorer, infos: readonly WordInfo[], pos: readonly Uint32Array[], dynKeys: Uint32Array,
    dynOffsets: Uint32Array, line: LineCase, outA: Int32Array, outB: Int32Array, at: number,
  ): void {
    if (line !== LineCase.Normal || a.mask !== b.mask) {
      a.sums(infos, pos, dynKeys, dynOffsets, line, outA, at);
      b.sums(infos, pos, dynKeys, dynOffsets, line, outB, at);
      return;
    }
    const n = infos.length;
    const wa = a.weights.w;
    const wb = b.weights.w;
    const mask = a.mask;
    const ba = a.boundary;
    const bb = b.boundary;
    if (a.vecs.length < n) a.vecs = new Array<Int32Array>(2 * n);
    if (b.vecs.length < n) b.vecs = new Array<Int32Array>(2 * n);
    const va = a.vecs;
    const vb = b.vecs;
    for (let i = 0; i < n; i++) {
      va[i] = a.comboVec(infos[i]!, pos[i]!);
      vb[i] = b.comboVec(infos[i]!, pos[i]!);
    }
    let rows = a.rows;
    for (let i = 0; i < n; i++) {
      const base = at + i * NT;
      const xa = va[i]!;
      const xb = vb[i]!;
      const in0 = i >= 2, in1 = i >= 1, in2 = i + 1 < n, in3 = i + 2 < n;
      const a0 = in0 ? va[i - 2]! : ba, b0 = in0 ? vb[i - 2]! : bb, o0 = in0 ? NT : 0;
      const a1 = in1 ? va[i - 1]! : ba, b1 = in1 ? vb[i - 1]! : bb, o1 = in1 ? 2 * NT : NT;
      const a2 = in2 ? va[i + 1]! : ba, b2 = in2 ? vb[i + 1]! : bb, o2 = in2 ? 3 * NT : 2 * NT;
      const a3 = in3 ? va[i + 2]! : ba, b3 = in3 ? vb[i + 2]! : bb, o3 = in3 ? 4 * NT : 3 * NT;
      const from = dynOffsets[i]!;
      const nk = dynOffsets[i + 1]! - from;
      if (rows.length < nk) rows = a.rows = new Int32Array(2 * nk);
      for (let k = 0; k < nk; k++) rows[k] = (dynKeys[from + k]! & mask) * NT;
      for (let t = 0; t < NT; t++) {
        let u = xa[t]! + a0[o0 + t]! + a1[o1 + t]! + a2[o2 + t]! + a3[o3 + t]!;
        let v = xb[t]! + b0[o0 + t]! + b1[o1 + t]! + b2[o2 + t]! + b3[o3 + t]!;
        for (let k = 0; k < nk; k++) {
          const r = rows[k]! + t;
          u += wa[r]!;
          v += wb[r]!;
        }
        outA[base + t] = u;
        outB[base + t] = v;
      }
    }
  }

  /**
   * Scores of n tokens' integer sums from `at`: each sum once in float32, times the scale; written
   * into `into` from 0 when given (a scratch at least n × N_TAGS long), else into a new array.
   */
  scaled(sums: Int32Array, at: number, n: number, into?: Float32Array): Float32Array {
    const size = n * NT;
    const em = into ?? new Float32Array(size);
    const scale = this.weights.scale;
    for (let i = 0; i < size; i++) {
      em[i] = sums[at + i]!;
      em[i]! *= scale;
    }
    return em;
  }
}
