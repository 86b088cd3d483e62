/**
 * npm run train:times — train the times value-form ranker (src/analyze/times/learn) on
 * TimeBank+AQUAINT and write models/times.json. Also measures it honestly: k-fold cross-validation
 * by document (train on k−1 folds, score the held-out fold, sum over folds) beside the in-sample
 * score, and refuses to write a model whose cross-validated value F1 is not above the rules alone.
 *
 *   npx tsx scripts/train-times.ts [--folds 5] [--epochs 20] [--l2 1e-4] [--rate 0.2] [--threshold 0.4]
 *     [--scope vague,sets] [--forms none|week:XX,...] [--dry-run] [TML_DIR]
 *
 * --scope limits the model to the candidates of some rules (the rest keep the rules' values);
 * --forms to some value forms besides keep ("none": only keep or unmark).
 *
 * Features are the words of and around each expression, its tense and sentence position, and
 * whether the article talks of fiscal quarters — never file names, corpus source or the DCT year.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDoc } from '../src/analyze/pipeline.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
import { findCandidates, ruleInput } from '../src/analyze/times/find.js';
import type { Candidate } from '../src/analyze/times/candidate.js';
import { DROP, KEEP, LABELS, WRONG } from '../src/analyze/times/learn/forms.js';
import { TIMES_MODEL_PATH } from '../src/analyze/times/learn/model.js';
import { train, type Example, type TrainOptions } from '../src/analyze/times/learn/softmax.js';
import { allowedLabels, choose, inScope, rankInputs, relabel, scopedForms, type RankerModel } from '../src/analyze/times/learn/rank.js';
import type { Article } from '../src/model.js';
import { matchDoc, published, readTml, report, score, tmlFiles, type GoldDoc, type Score, type Timex } from './eval-times.js';

/** One candidate of one document, ready for training or ranking. */
interface Item { cand: Candidate; features: string[]; forms: Map<string, string>; allowed: string[]; gold: string }
export interface Prepared { doc: GoldDoc; items: Item[] }

/** The rules' candidates for a document, as the pipeline makes them, each labelled from the gold. */
export function prepare(d: GoldDoc): Prepared {
  const article: Article = { id: d.name, source: { format: 'jsonl' }, text: d.raw, parts: [], headline: '' };
  const doc = analyzeDoc(article, {}, [tokensStage]);
  const pub = published(d);
  const opts = { sentences: doc.sentences.map((s) => [s.start, s.end] as const), ...(pub ? { reference: pub } : {}), model: null };
  const cands = findCandidates(d.raw, opts);
  const input = ruleInput(d.raw, opts);
  const ranked = rankInputs(cands, input);
  const { pairs } = matchDoc(d.gold, cands.map((c) => ({ start: c.start, end: c.end, text: '', type: c.type, value: c.value })));
  const goldOf = new Map(pairs.map(([gi, si]) => [si, d.gold[gi]]));
  const items = ranked.map((r, i) => {
    const allowed = allowedLabels(r.forms);
    const g = goldOf.get(i);
    let label: string = DROP;
    if (g) {
      // The rules' own value when it is right; else the first form (in label order) that is; else
      // "wrong": a time, but no form of ours reaches its value.
      label = r.forms.get(KEEP) === g.value ? KEEP : LABELS.find((l) => r.forms.get(l) === g.value) ?? WRONG;
    }
    return { ...r, allowed, gold: label };
  });
  return { doc: d, items };
}

/** Half the rules' value F1 on TimeBank+AQUAINT: the break-even probability for keeping a time. */
export const THRESHOLD = 0.4;

/** What a model weighs: which rules' candidates, and which forms besides keep. */
export interface Scope { scope?: string[]; forms?: string[] }

export function trainOn(prepared: readonly Prepared[], opts: TrainOptions = {}, threshold = THRESHOLD, sc: Scope = {}): RankerModel {
  const examples: Example[] = [];
  for (const p of prepared) {
    for (const it of p.items) {
      if (!inScope(sc, it.cand)) continue;
      const forms = scopedForms(sc, it.forms);
      const allowed = allowedLabels(forms);
      examples.push({ features: it.features, allowed, gold: allowed.includes(it.gold) ? it.gold : WRONG });
    }
  }
  return { ...train(examples, LABELS, opts), threshold, ...sc };
}

/** The document's times after ranking with `model` (null: the rules' values as they are). */
export function ranked(p: Prepared, model: RankerModel | null): Timex[] {
  const out: Timex[] = [];
  for (const it of p.items) {
    const c = relabel(it.cand, it.forms, model ? choose(model, it.cand, it.features, it.forms) : KEEP);
    if (c) out.push({ start: c.start, end: c.end, text: p.doc.raw.slice(c.start, c.end), type: c.type, value: c.value });
  }
  return out;
}

/** k-fold by document (document i goes to fold i mod k): each fold scored by a model that never saw it. */
export function crossValidate(prepared: readonly Prepared[], k: number, label: string, opts: TrainOptions = {}, threshold = THRESHOLD, sc: Scope = {}): Score {
  const out = new Map<string, Timex[]>();
  for (let f = 0; f < k; f++) {
    const model = trainOn(prepared.filter((_, i) => i % k !== f), opts, threshold, sc);
    prepared.forEach((p, i) => { if (i % k === f) out.set(p.doc.name, ranked(p, model)); });
  }
  return score(prepared.map((p) => p.doc), (d) => out.get(d.name) ?? [], label);
}

export function valueF1(s: Score): number {
  return (2 * s.value) / (s.gold + s.sys);
}

/**
 * How much the cross-validated value F1 must beat the rules by before a model ships: on these 256
 * documents, re-drawing the folds (3, 5, 10) moves a near-neutral model by about ±0.001.
 */
export const MIN_GAIN = 0.002;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const valued = ['--folds', '--epochs', '--threshold', '--scope', '--forms', '--l2', '--rate'];
  const str = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const num = (name: string, dflt: number) => Number(str(name) ?? dflt);
  const list = (name: string) => { const v = str(name); return v === undefined ? undefined : v === 'none' ? [] : v.split(','); };
  const folds = num('--folds', 5);
  const train = { epochs: num('--epochs', 20), l2: num('--l2', 1e-4), rate: num('--rate', 0.2) };
  const threshold = num('--threshold', THRESHOLD);
  const scope = list('--scope');
  const forms = list('--forms');
  const sc: Scope = { ...(scope ? { scope } : {}), ...(forms ? { forms } : {}) };
  const dir = args.find((a, i) => !a.startsWith('-') && !valued.includes(args[i - 1] ?? ''))
    ?? join(new URL('../../shared/data/time/', import.meta.url).pathname, 'tbaq/TBAQ-cleaned');
  const docs = tmlFiles(dir).map(readTml);
  const prepared = docs.map(prepare);
  const byName = new Map(prepared.map((p) => [p.doc.name, p]));
  const rules = score(docs, (d) => ranked(byName.get(d.name) as Prepared, null), 'rules');
  report('rules alone', rules);
  const cv = crossValidate(prepared, folds, 'cv', train, threshold, sc);
  report(`${folds}-fold CV`, cv);
  const model = trainOn(prepared, train, threshold, sc);
  const inSample = score(docs, (d) => ranked(byName.get(d.name) as Prepared, model), 'in-sample');
  report('in-sample', inSample);
  const gain = valueF1(cv) - valueF1(rules);
  console.log(`cross-validated value F1 ${valueF1(cv).toFixed(4)} vs rules alone ${valueF1(rules).toFixed(4)} (${gain >= 0 ? '+' : ''}${gain.toFixed(4)}; in-sample ${valueF1(inSample).toFixed(4)})`);
  if (args.includes('--dry-run')) return;
  if (gain < MIN_GAIN) {
    console.log(`not writing ${TIMES_MODEL_PATH}: on held-out documents the ranker does not beat the rules by ${MIN_GAIN}`);
    return;
  }
  const about = {
    trainedOn: `TimeBank+AQUAINT, ${docs.length} documents, ${prepared.reduce((n, p) => n + p.items.length, 0)} candidates`,
    ...train, folds,
    valueF1: { rules: round(valueF1(rules)), crossValidated: round(valueF1(cv)), inSample: round(valueF1(inSample)) },
  };
  const file = { about, labels: model.labels, threshold: model.threshold, ...sc, weights: model.weights };
  writeFileSync(TIMES_MODEL_PATH, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${TIMES_MODEL_PATH} (${Object.keys(model.weights).length} features)`);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
