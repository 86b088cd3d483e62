/** The committed tagger, loaded once on first use. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NerTagger } from './tagger.js';

/** models/ner.bin beside src/ and dist/ (both sit one level below the package root). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));

let tagger: NerTagger | undefined;

export function defaultTagger(): NerTagger {
  if (tagger) return tagger;
  if (!existsSync(DEFAULT_MODEL_PATH)) {
    throw new Error(`${DEFAULT_MODEL_PATH}: NER model missing (run npm run train:ner)`);
  }
  tagger = NerTagger.load(DEFAULT_MODEL_PATH);
  return tagger;
}

export { NerTagger };
