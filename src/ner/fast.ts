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
  /** Scratch: weight-row offsets of one token's dynamic keys. */
  private rows = new Int32Array(64);

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
  private addKeys(keys: ArrayLike<number>, out: Int32Array | Float32Array, at: number, sign: number): void {
    const w = this.weights.w;
    for (let k = 0; k < keys.length; k++) {
      const row = (keys[k]! & this.mask) * NT;
      for (let t = 0; t < NT; t++) out[at + t]! += sign * w[row + t]!;
    }
  }

  /** Add one key's weight row to out[at..at+N_TAGS). */
  private addRow(key: number, out: Int32Array, at: number): void {
    const w = this.weights.w;
    const row = (key & this.mask) * NT;
    for (let t = 0; t < NT; t++) out[at + t]! += w[row + t]!;
  }

  /** The cached vector of a word with a part of speech: SEG segments of N_TAGS. */
  private comboVec(info: WordInfo, pos: Uint32Array): Int32Array {
    let list = info.vecs[this.slot];
    if (!list) { list = []; info.vecs[this.slot] = list; }
    for (let k = 0; k + 1 < list.length; k += 2) if (list[k] === pos) return list[k + 1] as Int32Array;
    const v = new Int32Array(SEG * NT);
    const own = info.own;
    for (let k = 0; k < own.length; k++) this.addRow(own[k]!, v, 0);
    const p0 = pos[0]!;
    this.addRow(p0, v, 0);
    const combo = comboKeys(info, p0, LineCase.Normal);
    for (let k = 0; k < combo.length; k++) this.addRow(combo[k]!, v, 0);
    for (let s = 0; s < info.nb.length; s++) {
      const keys = info.nb[s]!;
      const at = (s + 1) * NT;
      for (let k = 0; k < keys.length; k++) this.addRow(keys[k]!, v, at);
      this.addRow(pos[s + 1]!, v, at);
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
    // Integer sums first (exact in float32: see emissions in decode.ts), scaled at the end.
    const em = new Float32Array(n * NT);
    const w = this.weights.w;
    const mask = this.mask;
    const vec: Int32Array[] = new Array<Int32Array>(n);
    for (let i = 0; i < n; i++) vec[i] = this.comboVec(infos[i]!, pos[i]!);
    const segs: Int32Array[] = [this.boundary, this.boundary, this.boundary, this.boundary];
    const segAt = new Int32Array(4);
    let rows = this.rows;
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      const a = vec[i]!;
      for (let k = 0; k < 4; k++) {
        const j = i + OFFSETS[k]!;
        if (j < 0 || j >= n) { segs[k] = this.boundary; segAt[k] = k * NT; } else { segs[k] = vec[j]!; segAt[k] = (k + 1) * NT; }
      }
      const from = dynOffsets[i]!;
      const nk0 = dynOffsets[i + 1]! - from;
      const ex = extra?.[i];
      const nk = nk0 + (ex ? ex.length : 0);
      if (rows.length < nk) rows = this.rows = new Int32Array(2 * nk);
      for (let k = 0; k < nk0; k++) rows[k] = (dynKeys[from + k]! & mask) * NT;
      for (let k = nk0; k < nk; k++) rows[k] = (ex![k - nk0]! & mask) * NT;
      const s0 = segs[0]!, s1 = segs[1]!, s2 = segs[2]!, s3 = segs[3]!;
      const o0 = segAt[0]!, o1 = segAt[1]!, o2 = segAt[2]!, o3 = segAt[3]!;
      for (let t = 0; t < NT; t++) {
        let v = a[t]! + s0[o0 + t]! + s1[o1 + t]! + s2[o2 + t]! + s3[o3 + t]!;
        for (let k = 0; k < nk; k++) v += w[rows[k]! + t]!;
        em[base + t] = v;
      }
      if (line !== LineCase.Normal) {
        // The cached vector holds the normal-line keys: swap them for this line's.
        const info = infos[i]!;
        const p = pos[i]![0]!;
        const normal = comboKeys(info, p, LineCase.Normal);
        const here = comboKeys(info, p, line);
        this.addKeys([normal[1], normal[2]], em, base, -1);
        this.addKeys([here[1], here[2]], em, base, 1);
      }
    }
    const scale = this.weights.scale;
    for (let i = 0; i < em.length; i++) em[i]! *= scale;
    return em;
  }
}
