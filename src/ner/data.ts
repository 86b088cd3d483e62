/** CoNLL files as tagger documents: words, wink part of speech, gold BILOU tags. */
import { readFileSync } from 'node:fs';
import { posForWords } from '../analyze/tokens/wink.js';
import { parseConll, type ConllDoc } from './conll.js';
import { spansFromIob, tagsFromSpans } from './tags.js';
import type { TrainDoc } from './train.js';

export function conllToTrainDoc(doc: ConllDoc): TrainDoc {
  const pos = posForWords(doc.sentences.map((s) => s.words));
  return {
    sentences: doc.sentences.map((s, i) => ({
      words: s.words,
      pos: pos[i] ?? s.words.map(() => 'X'),
      gold: tagsFromSpans(spansFromIob(s.gold), s.words.length),
    })),
  };
}

export function loadConll(path: string): TrainDoc[] {
  return parseConll(readFileSync(path, 'utf8')).docs.map(conllToTrainDoc);
}
