/**
 * npm run train:ner — trains the entity tagger and writes models/ner.bin.
 *
 * Data (read from ../shared, never copied): CoNLL-2003 eng.train. eng.testa is development data and
 * is never read here. Reproducible: a fixed seed, a fixed order of files.
 * Options: --epochs N --folds K --bits B --seed S --out FILE
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConll } from '../src/ner/data.js';
import { buildGazetteerLists } from '../src/ner/lists.js';
import { serializeModel } from '../src/ner/model.js';
import { trainModel } from '../src/ner/train.js';

function opt(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isFinite(v)) throw new Error(`train-ner: --${name} needs a number`);
  return v;
}
const outIdx = process.argv.indexOf('--out');
const out = resolve(outIdx >= 0 ? (process.argv[outIdx + 1] ?? 'models/ner.bin') : 'models/ner.bin');
const SHARED = resolve('../shared/data/ner');
const trainFile = `${SHARED}/conll2003/eng.train`;

const t0 = Date.now();
const log = (s: string): void => { process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}\n`); };
const docs = loadConll(trainFile);
log(`read ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences`);
const gazetteer = buildGazetteerLists();
const clusters = new Map<string, string>();
const model = trainModel(docs, {
  bits: opt('bits', 18), epochs: opt('epochs', 10), folds: opt('folds', 4), seed: opt('seed', 13),
  clusters, gazetteer, log,
  meta: { command: `npm run train:ner -- ${process.argv.slice(2).join(' ')}`.trim(), data: ['conll2003/eng.train'] },
});
const bytes = serializeModel(model);
writeFileSync(out, bytes);
log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
