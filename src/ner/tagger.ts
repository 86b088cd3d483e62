/**
 * The two-pass tagger: pass 1 tags each sentence from local features; pass 2 adds what pass 1 said
 * about the same words across the document, so a name keeps its type through an article.
 */
import { readFileSync } from 'node:fs';
import { viterbi } from './decode.js';
import { docExtras } from './docfeatures.js';
import { FastScorer } from './fast.js';
import { Featurizer, lineCaseOf, type LineCase, type Sentence } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { deserializeModel, type NerModelData } from './model.js';

export class NerTagger {
  readonly featurizer: Featurizer;
  readonly gazetteer: Gazetteer;
  private readonly scorer1: FastScorer;
  private readonly scorer2: FastScorer;

  constructor(readonly model: NerModelData) {
    this.gazetteer = new Gazetteer(model.gazetteer);
    this.featurizer = new Featurizer(model.clusters, this.gazetteer);
    this.scorer1 = new FastScorer(model.pass1);
    this.scorer2 = new FastScorer(model.pass2, 1);
  }

  static load(path: string): NerTagger {
    return new NerTagger(deserializeModel(readFileSync(path), path));
  }

  /** BILOU tags (see tags.ts) for each sentence of one document. */
  tagDocument(sentences: readonly Sentence[], lineCases?: readonly LineCase[]): Uint8Array[] {
    const fz = this.featurizer;
    const prepared = sentences.map((s, i) => {
      const infos = s.words.map((w) => fz.info(w));
      const pos = s.pos.map((p) => fz.posInfo(p));
      const line = lineCases?.[i] ?? lineCaseOf(s.words);
      const dyn = fz.dynamic(s, infos, line, undefined, pos, false);
      return { infos, pos, dyn, line };
    });
    const pass1 = prepared.map((p) => {
      const em = this.scorer1.emissions(p.infos, p.pos, p.dyn.keys, p.dyn.offsets, p.line);
      return viterbi(em, p.infos.length, this.model.pass1.trans);
    });
    const extras = docExtras(sentences.map((s) => s.words), pass1);
    return prepared.map((p, i) => {
      const em = this.scorer2.emissions(p.infos, p.pos, p.dyn.keys, p.dyn.offsets, p.line, extras[i]);
      return viterbi(em, p.infos.length, this.model.pass2.trans);
    });
  }
}
