/** Trained float weights as the model keeps them: 16-bit integers and one scale per pass. */
import type { Weights } from './decode.js';

export function quantize(wt: Weights<Float32Array>): Weights {
  const w = wt.w;
  let max = 0;
  for (const v of w) if (Math.abs(v) * wt.scale > max) max = Math.abs(v) * wt.scale;
  // The largest weight maps to 32767; weights below half a unit become 0.
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i]! * wt.scale) / scale);
  return { w: q, scale, trans: wt.trans, bits: wt.bits };
}
