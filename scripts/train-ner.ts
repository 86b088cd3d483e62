/**
 * npm run train:ner — trains the entity tagger and writes models/ner.bin.
 *
 * Data (read from ../shared, never copied): CoNLL-2003 eng.train and the WorldWide newswire set
 * (its classes mapped to CoNLL's). eng.testa is development data and is never read here.
 * Reproducible: a fixed seed, a fixed order of files. Word clusters come from unlabeled text: the
 * training words and ../shared/data/corpora. One process; a few minutes on one core.
 * Options: --cluster-depth D (0: none) --epochs N --folds K --bits B --seed S --out FILE
 *          --conll-only (leave out the WorldWide newswire set)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConll } from '../src/ner/data.js';
import { buildGazetteerLists } from '../src/ner/lists.js';
import { serializeModel } from '../src/ner/model.js';
import { trainModel } from '../src/ner/train.js';
import { loadWorldwide } from '../src/ner/worldwide.js';
import { buildClusters, roughTokens } from '../src/ner/clusters.js';
import type { TrainDoc } from '../src/ner/train.js';

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

const CORPORA = resolve('../shared/data/corpora');

/**
 * Unlabeled sentences for the word clusters: the training documents' words, plus the raw news
 * corpora (Reuters-21578 bodies, BBC articles, WikiNews), one line at a time. Never eng.testa.
 */
function* unlabeledSentences(train: readonly TrainDoc[]): Generator<readonly string[]> {
  for (const d of train) for (const s of d.sentences) yield s.words;
  const dir = `${CORPORA}/reuters21578`;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    for (const m of readFileSync(`${dir}/${f}`, 'latin1').matchAll(/<BODY>([^<]*)<\/BODY>/gu)) {
      for (const line of (m[1] ?? '').replace(/&lt;/gu, '<').replace(/&amp;/gu, '&').split(/\n\s*\n|\.\s+/u)) yield roughTokens(line);
    }
  }
  for (const section of ['politics', 'business']) {
    const bdir = `${CORPORA}/bbc_news/${section}`;
    for (const f of readdirSync(bdir).sort()) {
      for (const line of readFileSync(`${bdir}/${f}`, 'latin1').split(/\n|\.\s+/u)) yield roughTokens(line);
    }
  }
  for (const line of readFileSync(`${CORPORA}/wikinews/wikinews_2019.csv`, 'utf8').split(/\n|\.\s+/u)) yield roughTokens(line);
}

const t0 = Date.now();
const log = (s: string): void => { process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${s}\n`); };
const useWorldwide = !process.argv.includes('--conll-only');
const docs = loadConll(trainFile);
const data = ['conll2003/eng.train'];
if (useWorldwide) {
  docs.push(...loadWorldwide(`${SHARED}/worldwide_newswire_ner/processed_annotated`));
  data.push('worldwide_newswire_ner/processed_annotated (Person→PER, Organization→ORG, Location/Facility→LOC, NORP/Misc/Product→MISC)');
}
log(`read ${docs.length} documents, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences`);
const gazetteer = buildGazetteerLists();
const clusters = opt('cluster-depth', 12) > 0 ? buildClusters(unlabeledSentences(docs), {
  minCount: 3, maxWords: 40000, contextWords: 2000, depth: opt('cluster-depth', 12), seed: opt('seed', 13),
}) : new Map<string, string>();
log(`clusters: ${clusters.size} words`);
const model = trainModel(docs, {
  bits: opt('bits', 18), epochs: opt('epochs', 10), folds: opt('folds', 4), seed: opt('seed', 13),
  clusters, gazetteer, log,
  meta: { command: ['npm run train:ner', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '), data },
});
const bytes = serializeModel(model);
writeFileSync(out, bytes);
log(`wrote ${out}: ${(bytes.length / 1e6).toFixed(1)} MB`);
