/**
 * Training the two-pass tagger. Pass 2 needs pass-1 tags on its training data that look like run-time
 * tags, not memorized ones, so they come from jackknifing: each fold is tagged by a pass-1 model
 * trained on the other folds.
 */
import { decode, type Weights } from './decode.js';
import { docExtras } from './docfeatures.js';
import { Featurizer, lineCaseOf } from './features.js';
import { Gazetteer, type GazList } from './gazetteer.js';
import type { NerModelData } from './model.js';
import { PerceptronTrainer, rng, type Example } from './perceptron.js';
import { quantize } from './quantize.js';

export interface TrainSentence { words: string[]; pos: string[]; gold: Uint8Array }
export interface TrainDoc { sentences: TrainSentence[] }

export interface TrainOptions {
  bits: number;
  epochs: number;
  folds: number;
  seed: number;
  clusters: Map<string, string>;
  gazetteer: GazList[];
  meta: { command: string; data: string[]; notes?: string };
  log?: (line: string) => void;
}

function trainPass(examples: Example[], bits: number, epochs: number, seed: number, log: (s: string) => void, label: string): Weights<Float32Array> {
  const trainer = new PerceptronTrainer(bits);
  const random = rng(seed);
  for (let e = 0; e < epochs; e++) {
    const t0 = Date.now();
    const errors = trainer.epoch(examples, random);
    log(`${label} epoch ${e + 1}/${epochs}: ${errors} token errors, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  }
  return trainer.averaged();
}

export function trainModel(docs: readonly TrainDoc[], opts: TrainOptions): NerModelData {
  const log = opts.log ?? ((): void => undefined);
  const featurizer = new Featurizer(opts.clusters, new Gazetteer(opts.gazetteer));
  const lines = docs.map((d) => d.sentences.map((s) => lineCaseOf(s.words)));
  const feats1 = docs.map((d, di) => d.sentences.map((s, si) => featurizer.sentence(s, lines[di]?.[si] ?? 0)));
  const examplesOf = (which: (di: number) => boolean, feats: typeof feats1): Example[] => {
    const out: Example[] = [];
    docs.forEach((d, di) => {
      if (!which(di)) return;
      d.sentences.forEach((s, si) => {
        const f = feats[di]?.[si];
        if (f) out.push({ keys: f.keys, offsets: f.offsets, gold: s.gold });
      });
    });
    return out;
  };
  // Jackknifed pass-1 tags for every training document.
  const pass1Tags: Uint8Array[][] = docs.map(() => []);
  for (let fold = 0; fold < opts.folds; fold++) {
    const w = trainPass(examplesOf((di) => di % opts.folds !== fold, feats1), opts.bits, opts.epochs, opts.seed + fold + 1, log, `fold ${fold + 1}/${opts.folds}`);
    docs.forEach((d, di) => {
      if (di % opts.folds !== fold) return;
      pass1Tags[di] = d.sentences.map((s, si) => {
        const f = feats1[di]?.[si];
        return f ? decode(w, f.keys, f.offsets, s.words.length) : new Uint8Array(s.words.length);
      });
    });
  }
  // The folds' pass-1 tags above come from float weights; the model keeps its passes as integers.
  const pass1 = quantize(trainPass(examplesOf(() => true, feats1), opts.bits, opts.epochs, opts.seed, log, 'pass 1'));
  const feats2 = docs.map((d, di) => {
    const extras = docExtras(d.sentences.map((s) => s.words), pass1Tags[di] ?? []);
    return d.sentences.map((s, si) => featurizer.sentence(s, lines[di]?.[si] ?? 0, extras[si]));
  });
  feats1.length = 0;
  const pass2 = quantize(trainPass(examplesOf(() => true, feats2), opts.bits, opts.epochs, opts.seed + 100, log, 'pass 2'));
  return {
    meta: { ...opts.meta, seed: opts.seed, epochs: opts.epochs },
    bits: opts.bits, pass1, pass2, clusters: opts.clusters, gazetteer: opts.gazetteer,
  };
}
