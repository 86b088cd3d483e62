/**
 * Structured averaged perceptron (Collins 2002) over BILOU tag sequences. Averaging is lazy: each
 * update also adds step × delta to an accumulator, and the average is w − acc / steps.
 */
import { decode, type Weights } from './decode.js';
import { N_TAGS } from './tags.js';
import { seededRandom } from '../random.js';

export interface Example {
  keys: Uint32Array;
  offsets: Uint32Array;
  gold: Uint8Array;
}

const NB = N_TAGS + 1;

/** Training's seeded generator, reproducible from the seed recorded in the model. */
export const rng = seededRandom;

export class PerceptronTrainer {
  readonly weights: Weights<Float32Array>;
  private readonly acc: Float64Array;
  private readonly transAcc: Float64Array;
  private step = 1;

  constructor(bits: number) {
    this.weights = { w: new Float32Array((1 << bits) * N_TAGS), scale: 1, trans: new Float32Array(NB * NB), bits };
    this.acc = new Float64Array((1 << bits) * N_TAGS);
    this.transAcc = new Float64Array(NB * NB);
  }

  /** One pass over the examples in a seeded random order; returns the number of mistaken tokens. */
  epoch(examples: readonly Example[], random: () => number): number {
    const order = examples.map((_e, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const a = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = a;
    }
    let errors = 0;
    for (const idx of order) {
      const ex = examples[idx];
      if (ex) errors += this.learn(ex);
    }
    return errors;
  }

  learn(ex: Example): number {
    const n = ex.gold.length;
    const pred = decode(this.weights, ex.keys, ex.offsets, n);
    let errors = 0;
    const mask = (1 << this.weights.bits) - 1;
    const { w, trans } = this.weights;
    const c = this.step;
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i] ?? 0;
      const p = pred[i] ?? 0;
      if (g === p) continue;
      errors++;
      const end = ex.offsets[i + 1] ?? 0;
      for (let k = ex.offsets[i] ?? 0; k < end; k++) {
        const row = ((ex.keys[k] ?? 0) & mask) * N_TAGS;
        w[row + g] = (w[row + g] ?? 0) + 1;
        this.acc[row + g] = (this.acc[row + g] ?? 0) + c;
        w[row + p] = (w[row + p] ?? 0) - 1;
        this.acc[row + p] = (this.acc[row + p] ?? 0) - c;
      }
    }
    if (errors > 0) {
      for (let i = 0; i <= n; i++) {
        const gPrev = i === 0 ? N_TAGS : (ex.gold[i - 1] ?? 0);
        const gCur = i === n ? N_TAGS : (ex.gold[i] ?? 0);
        const pPrev = i === 0 ? N_TAGS : (pred[i - 1] ?? 0);
        const pCur = i === n ? N_TAGS : (pred[i] ?? 0);
        if (gPrev === pPrev && gCur === pCur) continue;
        const gi = gPrev * NB + gCur;
        const pi = pPrev * NB + pCur;
        trans[gi] = (trans[gi] ?? 0) + 1;
        this.transAcc[gi] = (this.transAcc[gi] ?? 0) + c;
        trans[pi] = (trans[pi] ?? 0) - 1;
        this.transAcc[pi] = (this.transAcc[pi] ?? 0) - c;
      }
    }
    this.step++;
    return errors;
  }

  /** The averaged weights (a copy; training may go on). */
  averaged(): Weights<Float32Array> {
    const c = this.step;
    const { w, trans, bits } = this.weights;
    const aw = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) {
      const a = this.acc[i] ?? 0;
      if (a !== 0 || w[i] !== 0) aw[i] = (w[i] ?? 0) - a / c;
    }
    const at = new Float32Array(trans.length);
    for (let i = 0; i < trans.length; i++) at[i] = (trans[i] ?? 0) - (this.transAcc[i] ?? 0) / c;
    return { w: aw, scale: 1, trans: at, bits };
  }
}
