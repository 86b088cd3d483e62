/**
 * The two-pass tagger: pass 1 tags each sentence from local features; pass 2 adds what pass 1 said
 * about the same words across the document, so a name keeps its type through an article.
 */
import { readFileSync } from 'node:fs';
import { decode } from './decode.js';
import { docExtras } from './docfeatures.js';
import { Featurizer, lineCaseOf, type LineCase, type Sentence } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { deserializeModel, type NerModelData } from './model.js';

export class NerTagger {
  readonly featurizer: Featurizer;
  readonly gazetteer: Gazetteer;

  constructor(readonly model: NerModelData) {
    this.gazetteer = new Gazetteer(model.gazetteer);
    this.featurizer = new Featurizer(model.clusters, this.gazetteer);
  }

  static load(path: string): NerTagger {
    return new NerTagger(deserializeModel(readFileSync(path), path));
  }

  /** BILOU tags (see tags.ts) for each sentence of one document. */
  tagDocument(sentences: readonly Sentence[], lineCases?: readonly LineCase[]): Uint8Array[] {
    const lines = sentences.map((s, i) => lineCases?.[i] ?? lineCaseOf(s.words));
    const feats = sentences.map((s, i) => this.featurizer.sentence(s, lines[i] ?? 0));
    const pass1 = feats.map((f, i) => decode(this.model.pass1, f.keys, f.offsets, sentences[i]?.words.length ?? 0));
    const extras = docExtras(sentences.map((s) => s.words), pass1);
    return sentences.map((s, i) => {
      const f = this.featurizer.sentence(s, lines[i] ?? 0, extras[i]);
      return decode(this.model.pass2, f.keys, f.offsets, s.words.length);
    });
  }
}
