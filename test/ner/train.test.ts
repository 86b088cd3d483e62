import { describe, expect, it } from 'vitest';
import { deserializeModel, serializeModel } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { spansFromIob, tagsFromSpans } from '../../src/ner/tags.js';
import { trainModel, type TrainDoc } from '../../src/ner/train.js';

/** A few sentences we wrote, with their gold tags (IOB), and a made-up part of speech. */
const SENTENCES: Array<Array<[string, string]>> = [
  [['Zorvath', 'I-PER'], ['Quennel', 'I-PER'], ['visited', 'O'], ['Blentro', 'I-LOC'], ['.', 'O']],
  [['The', 'O'], ['Miravex', 'I-ORG'], ['Holdings', 'I-ORG'], ['board', 'O'], ['met', 'O'], ['in', 'O'], ['Blentro', 'I-LOC'], ['.', 'O']],
  [['Quennel', 'I-PER'], ['said', 'O'], ['Miravex', 'I-ORG'], ['would', 'O'], ['join', 'O'], ['the', 'O'], ['Sundar', 'I-MISC'], ['Cup', 'I-MISC'], ['.', 'O']],
  [['Officials', 'O'], ['in', 'O'], ['Karoo', 'I-LOC'], ['Vale', 'I-LOC'], ['praised', 'O'], ['Ilse', 'I-PER'], ['Dorn', 'I-PER'], ['.', 'O']],
  [['Dorn', 'I-PER'], ['works', 'O'], ['for', 'O'], ['Tessaly', 'I-ORG'], ['Bank', 'I-ORG'], ['.', 'O']],
];

function docs(): TrainDoc[] {
  return SENTENCES.map((s) => ({
    sentences: [{
      words: s.map(([w]) => w),
      pos: s.map(([w]) => (/^[A-Z]/u.test(w) ? 'PROPN' : w === '.' ? 'PUNCT' : 'VERB')),
      gold: tagsFromSpans(spansFromIob(s.map(([, t]) => t)), s.length),
    }],
  }));
}

function train(seed: number) {
  return trainModel(docs(), {
    bits: 12, epochs: 8, folds: 2, seed, clusters: new Map(), gazetteer: [{ category: 'given', names: ['Ilse'] }],
    meta: { command: 'test', data: ['test sentences'] },
  });
}

describe('NER training', () => {
  it('a tiny training run learns its sentences', () => {
    const model = train(7);
    const tagger = new NerTagger(model);
    for (const d of docs()) {
      const [tags] = tagger.tagDocument(d.sentences);
      expect(Array.from(tags ?? [])).toEqual(Array.from(d.sentences[0]!.gold));
    }
  });

  it('is reproducible, and the model file round-trips', () => {
    const a = serializeModel(train(7));
    const b = serializeModel(train(7));
    expect(a.equals(b)).toBe(true);
    const back = deserializeModel(a, 'mem');
    expect(back.meta.command).toBe('test');
    expect(back.meta.data).toEqual(['test sentences']);
    const t1 = new NerTagger(back);
    const t2 = new NerTagger(train(7));
    for (const d of docs()) expect(t1.tagDocument(d.sentences)).toEqual(t2.tagDocument(d.sentences));
  });

  it('decodes its weights into shared memory for other threads, and takes them back from there', () => {
    const file = serializeModel(train(7));
    const own = deserializeModel(file, 'mem');
    const shared = deserializeModel(file, 'mem', { shared: true });
    expect(shared.pass1.w.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(own.pass1.w.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    expect(Array.from(shared.pass2.w)).toEqual(Array.from(own.pass2.w));
    // What a thread does with tables another thread decoded: the same arrays, not copies.
    const adopted = deserializeModel(file, 'mem', { weights: [shared.pass1.w, shared.pass2.w] });
    expect(adopted.pass1.w).toBe(shared.pass1.w);
    expect(adopted.pass2.w).toBe(shared.pass2.w);
    for (const d of docs()) expect(new NerTagger(adopted).tagDocument(d.sentences)).toEqual(new NerTagger(own).tagDocument(d.sentences));
    expect(() => deserializeModel(file, 'mem', { weights: [new Int16Array(3), new Int16Array(3)] })).toThrow(/^mem: shared weights hold 3 values/u);
  });

  it('rejects a file that is not a model, naming it', () => {
    expect(() => deserializeModel(Buffer.from('not a model'), 'x.bin')).toThrow(/^x\.bin: /u);
  });
});
