/**
 * Run-time scoring: the weight rows of a word's static keys are summed once per distinct word (and
 * per part-of-speech tag) and cached, so a token costs a handful of vector additions plus its
 * dynamic keys instead of one random memory access per feature. Same scores as the flat key list.
 */
import type { Weights } from './decode.js';
import { BOUNDARY, OFFSETS, POS_BOUNDARY, type WordInfo } from './features.js';
import { N_TAGS } from './tags.js';

const NT = N_TAGS;
const SEG = OFFSETS.length + 1;

export class FastScorer {
  private readonly pos = new Map<Uint32Array, Float32Array>();
  private readonly boundary: Float32Array;
  private readonly mask: number;

  /** `slot` names this scorer's place in WordInfo.vecs; two scorers sharing a featurizer need two. */
  constructor(readonly weights: Weights, private readonly slot = 0) {
    this.mask = (1 << weights.bits) - 1;
    this.boundary = new Float32Array(OFFSETS.length * NT);
    OFFSETS.forEach((_d, k) => {
      this.addKeys(BOUNDARY[k] ?? new Uint32Array(), this.boundary, k * NT);
      this.addKeys(Uint32Array.of(POS_BOUNDARY[k] ?? 0), this.boundary, k * NT);
    });
  }

  private addKeys(keys: ArrayLike<number>, out: Float32Array, at: number): void {
    const w = this.weights.w;
    for (let k = 0; k < keys.length; k++) {
      const row = ((keys[k] ?? 0) & this.mask) * NT;
      for (let t = 0; t < NT; t++) out[at + t]! += w[row + t]!;
    }
  }

  private wordVec(info: WordInfo): Float32Array {
    let v = info.vecs[this.slot];
    if (v) return v;
    v = new Float32Array(SEG * NT);
    this.addKeys(info.own, v, 0);
    info.nb.forEach((keys, k) => this.addKeys(keys, v as Float32Array, (k + 1) * NT));
    info.vecs[this.slot] = v;
    return v;
  }

  private posVec(keys: Uint32Array): Float32Array {
    let v = this.pos.get(keys);
    if (v) return v;
    v = new Float32Array(SEG * NT);
    for (let s = 0; s < SEG; s++) this.addKeys(Uint32Array.of(keys[s] ?? 0), v, s * NT);
    this.pos.set(keys, v);
    return v;
  }

  /** Emission scores (n × N_TAGS) from static vectors plus dynamic keys (and optional extra keys). */
  emissions(
    infos: readonly WordInfo[], pos: readonly Uint32Array[], dynKeys: Uint32Array, dynOffsets: Uint32Array,
    extra?: ReadonlyArray<readonly number[]>,
  ): Float32Array {
    const n = infos.length;
    const em = new Float32Array(n * NT);
    const w = this.weights.w;
    const wv: Float32Array[] = [];
    const pv: Float32Array[] = [];
    for (let i = 0; i < n; i++) {
      const info = infos[i];
      const p = pos[i];
      wv.push(info ? this.wordVec(info) : new Float32Array(SEG * NT));
      pv.push(p ? this.posVec(p) : new Float32Array(SEG * NT));
    }
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      const a = wv[i];
      const b = pv[i];
      if (a && b) for (let t = 0; t < NT; t++) em[base + t] = a[t]! + b[t]!;
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + (OFFSETS[k] ?? 0);
        if (j < 0 || j >= n) {
          const bo = k * NT;
          for (let t = 0; t < NT; t++) em[base + t]! += this.boundary[bo + t]!;
          continue;
        }
        const c = wv[j];
        const d = pv[j];
        if (!c || !d) continue;
        const so = (k + 1) * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += c[so + t]! + d[so + t]!;
      }
      const end = dynOffsets[i + 1] ?? 0;
      for (let k = dynOffsets[i] ?? 0; k < end; k++) {
        const row = (dynKeys[k]! & this.mask) * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += w[row + t]!;
      }
      const ex = extra?.[i];
      if (ex) this.addKeys(ex, em, base);
    }
    return em;
  }
}
