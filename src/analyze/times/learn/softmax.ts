/**
 * Multinomial logistic regression over string features, each example choosing among only the
 * labels that apply to it. Unlike a perceptron it gives probabilities, and the ranker needs them:
 * whether to change or unmark an expression depends on how sure the model is, not only on which
 * label scores best. Trained by plain stochastic gradient descent with L2 shrinkage; deterministic.
 */

export interface Example {
  features: readonly string[];
  /** Labels that apply to this example, the gold one among them. */
  allowed: readonly string[];
  gold: string;
}

/** feature → label → weight. */
export type Weights = Record<string, Record<string, number>>;

export interface SoftmaxModel {
  labels: string[];
  weights: Weights;
}

export interface TrainOptions { epochs?: number; rate?: number; l2?: number; seed?: number }

/** P(label) over the allowed labels, in their order. */
export function probabilities(model: SoftmaxModel, features: readonly string[], allowed: readonly string[]): number[] {
  const scores = allowed.map((l) => {
    let s = 0;
    for (const f of features) s += model.weights[f]?.[l] ?? 0;
    return s;
  });
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const z = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / z);
}

/** Seeded xorshift shuffle, so training is reproducible. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 0x100000000; };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

export function train(examples: readonly Example[], labels: readonly string[], opts: TrainOptions = {}): SoftmaxModel {
  const { epochs = 20, rate = 0.2, l2 = 1e-4, seed = 7 } = opts;
  const w: Weights = {};
  const model: SoftmaxModel = { labels: [...labels], weights: w };
  const order = [...examples];
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e);
    for (const ex of shuffle(order, seed + e)) {
      const p = probabilities(model, ex.features, ex.allowed);
      ex.allowed.forEach((l, i) => {
        const g = (l === ex.gold ? 1 : 0) - (p[i] ?? 0);
        if (Math.abs(g) < 1e-6) return;
        for (const f of ex.features) {
          const row = (w[f] ??= {});
          row[l] = (row[l] ?? 0) * (1 - lr * l2) + lr * g;
        }
      });
    }
  }
  const out: Weights = {};
  for (const [f, row] of Object.entries(w)) {
    for (const [l, v] of Object.entries(row)) if (Math.abs(v) > 1e-3) (out[f] ??= {})[l] = Math.round(v * 1e3) / 1e3;
  }
  return { labels: [...labels], weights: out };
}
