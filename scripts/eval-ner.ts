/**
 * npm run eval:ner — conlleval-style precision, recall and F1 per type on CoNLL-2003 eng.testa
 * (or the file given), with the committed model (or --model FILE).
 */
import { resolve } from 'node:path';
import { loadConll } from '../src/ner/data.js';
import { ChunkScorer } from '../src/ner/score.js';
import { NerTagger } from '../src/ner/tagger.js';
import { spansFromTags, TYPES } from '../src/ner/tags.js';

const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = resolve(mi >= 0 ? (args[mi + 1] ?? '') : 'models/ner.bin');
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--model') ?? '../shared/data/ner/conll2003/eng.testa';

const t0 = performance.now();
const tagger = NerTagger.load(modelPath);
const tLoad = performance.now() - t0;
const docs = loadConll(resolve(file));
const scorer = new ChunkScorer();
let tokens = 0;
const t1 = performance.now();
for (const d of docs) {
  const tags = tagger.tagDocument(d.sentences);
  d.sentences.forEach((s, i) => {
    tokens += s.words.length;
    scorer.add(spansFromTags(s.gold), spansFromTags(tags[i] ?? new Uint8Array()), (t) => TYPES[t] ?? '?');
  });
}
const tTag = performance.now() - t1;
process.stdout.write(`eval:ner ${file} with ${modelPath}\n${scorer.table()}\n`);
process.stdout.write(`model load ${tLoad.toFixed(0)} ms; tagging ${tokens} tokens in ${tTag.toFixed(0)} ms (${Math.round(tokens / (tTag / 1000))} tokens/s, tagger only)\n`);
