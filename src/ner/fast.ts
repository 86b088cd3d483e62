/**
 * Run-time scoring: the weight rows of a token's static keys — its word's keys, its part of speech,
 * and their conjunctions on a normal line; and the same word seen from each neighbour offset — are
 * summed once per distinct (word, part of speech) and cached, so a token costs five vector additions
 * plus its few dynamic keys instead of one random memory access per feature. Same scores as the flat
 * key list (test/ner/committed.test.ts checks it).
 */
import type { Weights } from './decode.js';
import { BOUNDARY, comboKeys, LineCase, OFFSETS, POS_BOUNDARY, type WordInfo } from './features.js';
import { N_TAGS } from './tags.js';

const NT = N_TAGS;
const SEG = OFFSETS.length + 1;

export class FastScorer {
  private readonly boundary: Float32Array;
  private readonly mask: number;

  /** `slot` names this scorer's place in WordInfo.vecs; two scorers sharing a featurizer need two. */
  constructor(readonly weights: Weights, private readonly slot = 0) {
    this.mask = (1 << weights.bits) - 1;
    this.boundary = new Float32Array(OFFSETS.length * NT);
    OFFSETS.forEach((_d, k) => {
      this.addKeys(BOUNDARY[k] ?? new Uint32Array(), this.boundary, k * NT, 1);
      this.addKeys([POS_BOUNDARY[k] ?? 0], this.boundary, k * NT, 1);
    });
  }

  private addKeys(keys: ArrayLike<number>, out: Float32Array, at: number, sign: number): void {
    const w = this.weights.w;
    for (let k = 0; k < keys.length; k++) {
      const row = (keys[k]! & this.mask) * NT;
      for (let t = 0; t < NT; t++) out[at + t]! += sign * w[row + t]!;
    }
  }

  /** Add one key's weight row to out[at..at+N_TAGS). */
  private addRow(key: number, out: Float32Array, at: number): void {
    const w = this.weights.w;
    const row = (key & this.mask) * NT;
    for (let t = 0; t < NT; t++) out[at + t]! += w[row + t]!;
  }

  /** The cached vector of a word with a part of speech: SEG segments of N_TAGS. */
  private comboVec(info: WordInfo, pos: Uint32Array): Float32Array {
    let list = info.vecs[this.slot];
    if (!list) { list = []; info.vecs[this.slot] = list; }
    for (let k = 0; k + 1 < list.length; k += 2) if (list[k] === pos) return list[k + 1] as Float32Array;
    const v = new Float32Array(SEG * NT);
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
    const em = new Float32Array(n * NT);
    const w = this.weights.w;
    const mask = this.mask;
    const vec: Float32Array[] = new Array<Float32Array>(n);
    for (let i = 0; i < n; i++) vec[i] = this.comboVec(infos[i]!, pos[i]!);
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      const a = vec[i]!;
      for (let t = 0; t < NT; t++) em[base + t] = a[t]!;
      for (let k = 0; k < 4; k++) {
        const j = i + OFFSETS[k]!;
        if (j < 0 || j >= n) {
          const bo = k * NT;
          for (let t = 0; t < NT; t++) em[base + t]! += this.boundary[bo + t]!;
          continue;
        }
        const c = vec[j]!;
        const so = (k + 1) * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += c[so + t]!;
      }
      const end = dynOffsets[i + 1]!;
      for (let k = dynOffsets[i]!; k < end; k++) {
        const row = (dynKeys[k]! & mask) * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += w[row + t]!;
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
      const ex = extra?.[i];
      if (ex) this.addKeys(ex, em, base, 1);
    }
    return em;
  }
}
