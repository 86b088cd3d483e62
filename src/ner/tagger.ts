/**
 * The two-pass tagger: pass 1 tags each sentence from local features; pass 2 adds what pass 1 said
 * about the same words across the document, so a name keeps its type through an article.
 */
import { readFileSync } from 'node:fs';
import { viterbi } from './decode.js';
import { docExtrasInto } from './docfeatures.js';
import { FastScorer } from './fast.js';
import { Featurizer, KeyBuffer, lineCaseOf, type LineCase, type Sentence } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { deserializeModel, type NerModelData, type WeightStorage } from './model.js';
import { N_TAGS } from './tags.js';

export class NerTagger {
  readonly featurizer: Featurizer;
  readonly gazetteer: Gazetteer;
  private readonly scorer1: FastScorer;
  private readonly scorer2: FastScorer;
  /** Scratch: the dynamic keys of the sentence being scored. */
  private readonly dyn = new KeyBuffer();
  /** Scratch: pass 2's document keys of every token of the document. */
  private readonly extras = new KeyBuffer();
  /** Scratch: both passes' integer sums of a document, and one sentence's scores. */
  private sums1 = new Int32Array(4096);
  private sums2 = new Int32Array(4096);
  private em = new Float32Array(1024);

  constructor(readonly model: NerModelData) {
    this.gazetteer = new Gazetteer(model.gazetteer);
    this.featurizer = new Featurizer(model.clusters, this.gazetteer);
    this.scorer1 = new FastScorer(model.pass1);
    this.scorer2 = new FastScorer(model.pass2, 1);
  }

  static load(path: string, storage?: WeightStorage): NerTagger {
    return new NerTagger(deserializeModel(readFileSync(path), path, storage));
  }

  /** BILOU tags (see tags.ts) for each sentence of one document. */
  tagDocument(sentences: readonly Sentence[], lineCases?: readonly LineCase[]): Uint8Array[] {
    const fz = this.featurizer;
    const dyn = this.dyn;
    let total = 0;
    for (const s of sentences) total += s.words.length * N_TAGS;
    // Both passes' integer sums up front: they share every key but pass 2's document keys.
    if (this.sums1.length < total) {
      this.sums1 = new Int32Array(2 * total);
      this.sums2 = new Int32Array(2 * total);
    }
    const { sums1, sums2 } = this;
    let longest = 0;
    let at = 0;
    const starts = sentences.map((s, i) => {
      const infos = s.words.map((w) => fz.info(w));
      const pos = s.pos.map((p) => fz.posInfo(p));
      const line = lineCases?.[i] ?? lineCaseOf(s.words);
      fz.dynamicInto(dyn, s, infos, line, undefined, pos, false);
      FastScorer.pairSums(this.scorer1, this.scorer2, infos, pos, dyn.keys, dyn.offsets, line, sums1, sums2, at);
      const start = at;
      at += infos.length * N_TAGS;
      longest = Math.max(longest, infos.length * N_TAGS);
      return start;
    });
    if (this.em.length < longest) this.em = new Float32Array(2 * longest);
    const em = this.em;
    const pass1 = sentences.map((s, i) => {
      const n = s.words.length;
      return viterbi(this.scorer1.scaled(sums1, starts[i]!, n, em), n, this.model.pass1.trans);
    });
    const extras = this.extras;
    docExtrasInto(extras, sentences.map((s) => s.words), pass1);
    let j = 0;
    return sentences.map((s, i) => {
      const n = s.words.length;
      const start = starts[i]!;
      for (let k = 0; k < n; k++, j++) {
        this.scorer2.addKeyRange(extras.keys, extras.offsets[j]!, extras.offsets[j + 1]!, sums2, start + k * N_TAGS);
      }
      return viterbi(this.scorer2.scaled(sums2, start, n, em), n, this.model.pass2.trans);
    });
  }
}
