/** The committed tagger, loaded once on first use. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerTagger } from './tagger.js';

/** models/ner.bin beside src/ and dist/ (both sit one level below the package root). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));

let tagger: NerTagger | undefined;
/** Weight tables decoded by another thread, to be used instead of decoding a copy here. */
let adopted: readonly Int16Array[] | undefined;

function modelPath(): string {
  if (!existsSync(DEFAULT_MODEL_PATH)) throw new Error(`${DEFAULT_MODEL_PATH}: NER model missing (run npm run train:ner)`);
  return DEFAULT_MODEL_PATH;
}

export function defaultTagger(): NerTagger {
  tagger ??= NerTagger.load(modelPath(), adopted ? { weights: adopted } : {});
  return tagger;
}

/**
 * The committed model's weight tables (some 18 MB) decoded once into shared memory, for the analysis
 * threads to adopt. The tables are read at random (one row per hashed feature), so a private copy per
 * thread doubles what competes for the processor's shared cache; with one copy, both threads' reads
 * hit the same cache lines.
 */
export function sharedTaggerWeights(): Int16Array[] {
  const model = NerTagger.load(modelPath(), { shared: true }).model;
  return [model.pass1.w, model.pass2.w];
}

/** In an analysis thread, before its first article: use the tables `sharedTaggerWeights` made elsewhere. */
export function adoptTaggerWeights(weights: readonly Int16Array[]): void {
  if (tagger) throw new Error('the tagger is already loaded: adopt shared weights before the first analysis');
  adopted = weights;
}

/**
 * The same, for a thread that may have loaded the tagger already (the caller of a pool that analyzes
 * in its own thread too): adopts the tables only when nothing is loaded yet, and says whether it did.
 */
export function adoptTaggerWeightsIfUnloaded(weights: readonly Int16Array[]): boolean {
  if (tagger) return false;
  adopted = weights;
  return true;
}

export { NerTagger };
