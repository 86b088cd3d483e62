/**
 * Bench section "ner": throughput of tokens + part of speech + entities on the Reuters-21578,
 * WikiNews and BBC corpora, the same text through compromise's people/places/organizations, the
 * speed ratio, and both taggers' F1 on CoNLL-2003 eng.testa side by side.
 *
 * `npm run bench -- ner` runs it (reads ../shared/data; never part of npm test). Throughput is
 * tokens per CPU-second of this process: on the shared machine the wall clock counts others' work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { newDoc } from '../../src/analyze/doc.js';
import { entitiesStage } from '../../src/analyze/entities/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import type { Article } from '../../src/model.js';
import { loadConll } from '../../src/ner/data.js';
import { defaultTagger } from '../../src/ner/index.js';
import { ChunkScorer } from '../../src/ner/score.js';
import { spansFromTags, TYPES, type TypedSpan } from '../../src/ner/tags.js';
import { readInput } from '../../src/read/index.js';
import { cleanArticle } from '../../src/clean/index.js';
import { fmt, report } from '../lib/measure.js';

const require = createRequire(import.meta.url);

/**
 * CPU time of this process (user + system) in ms. Throughput is measured against it, not the wall
 * clock: on a shared machine the wall clock counts other people's work; one process on one core
 * counts only ours.
 */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

interface Corpus { name: string; texts: string[] }

function reuters(limit: number): Corpus {
  const dir = `${SHARED}/corpora/reuters21578`;
  const texts: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sgm')).sort()) {
    const sgm = readFileSync(`${dir}/${f}`, 'latin1');
    for (const m of sgm.matchAll(/<BODY>([^<]*)<\/BODY>/gu)) {
      texts.push((m[1] ?? '').replace(/&lt;/gu, '<').replace(/&amp;/gu, '&'));
      if (texts.length >= limit) return { name: 'reuters21578', texts };
    }
  }
  return { name: 'reuters21578', texts };
}

function wikinews(limit: number): Corpus {
  const path = `${SHARED}/corpora/wikinews/wikinews_2019.csv`;
  const raws = readInput(readFileSync(path), path, {});
  return { name: 'wikinews', texts: raws.slice(0, limit).map((r) => cleanArticle(r, {}).text) };
}

function bbc(limit: number): Corpus {
  const texts: string[] = [];
  for (const section of ['politics', 'business']) {
    const dir = `${SHARED}/corpora/bbc_news/${section}`;
    for (const f of readdirSync(dir).sort()) {
      if (texts.length >= limit) break;
      texts.push(readFileSync(`${dir}/${f}`, 'latin1'));
    }
  }
  return { name: 'bbc_news', texts };
}

function articleOf(text: string): Article {
  const parts: Article['parts'] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/gu)) {
    if (m[0].trim()) parts.push({ kind: 'paragraph', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return { id: 'bench', source: { format: 'wire-text' }, text, parts, headline: '' };
}

interface Speed { tokens: number; ms: number; names: number }

function ours(texts: readonly string[]): Speed {
  let tokens = 0;
  let names = 0;
  const t0 = cpuMs();
  for (const text of texts) {
    const doc = newDoc(articleOf(text));
    tokensStage.run(doc, {});
    entitiesStage.run(doc, {});
    tokens += doc.tokens.length;
    names += doc.names.length;
  }
  return { tokens, ms: cpuMs() - t0, names };
}

type Compromise = (t: string) => {
  people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  places(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
};

function theirs(nlp: Compromise, texts: readonly string[], tokens: number): Speed {
  let names = 0;
  const t0 = cpuMs();
  for (const text of texts) {
    const d = nlp(text);
    names += d.people().json({ offset: true }).length + d.places().json({ offset: true }).length +
      d.organizations().json({ offset: true }).length;
  }
  return { tokens, ms: cpuMs() - t0, names };
}

/** compromise on eng.testa: each document's sentences joined with spaces, spans mapped back to tokens. */
function compromiseF1(nlp: Compromise, docs: ReturnType<typeof loadConll>): ChunkScorer {
  const scorer = new ChunkScorer();
  for (const d of docs) {
    const starts: number[] = [];
    const ends: number[] = [];
    const sentOf: number[] = [];
    let text = '';
    d.sentences.forEach((s, si) => {
      for (const w of s.words) {
        if (text) text += ' ';
        starts.push(text.length);
        text += w;
        ends.push(text.length);
        sentOf.push(si);
      }
      text += ' \n';
    });
    const found: Array<TypedSpan & { sent: number }> = [];
    const doc = nlp(text);
    const add = (list: Array<{ offset: { start: number; length: number } }>, type: number): void => {
      for (const m of list) {
        const a = m.offset.start;
        const b = a + m.offset.length;
        const idx: number[] = [];
        starts.forEach((s, i) => { if (s >= a && (ends[i] ?? 0) <= b && /\w/u.test(text.slice(s, ends[i]))) idx.push(i); });
        const first = idx[0];
        const last = idx[idx.length - 1];
        if (first === undefined || last === undefined || sentOf[first] !== sentOf[last]) continue;
        found.push({ start: first, end: last + 1, type, sent: sentOf[first] ?? 0 });
      }
    };
    add(doc.people().json({ offset: true }), 0);
    add(doc.organizations().json({ offset: true }), 1);
    add(doc.places().json({ offset: true }), 2);
    let base = 0;
    d.sentences.forEach((s, si) => {
      const pred = found.filter((f) => f.sent === si).map((f) => ({ start: f.start - base, end: f.end - base, type: f.type }));
      scorer.add(spansFromTags(s.gold), pred, (t) => TYPES[t] ?? '?');
      base += s.words.length;
    });
  }
  return scorer;
}

function runNerBench(limit = 100_000): { rows: Array<[string, string]>; problems: string[] } {
  const rows: Array<[string, string]> = [];
  const problems: string[] = [];
  const t0 = performance.now();
  const c0 = cpuMs();
  const { model } = defaultTagger();
  rows.push(['model load', `${fmt(performance.now() - t0)} ms wall, ${fmt(cpuMs() - c0)} ms CPU`]);
  // What each analysis thread reads at random, unless the pool shares one copy between its threads.
  const weightMb = (model.pass1.w.byteLength + model.pass2.w.byteLength) / 2 ** 20;
  rows.push(['model weights in memory', `${fmt(weightMb, 1)} MB (two passes, ${model.pass1.w.constructor.name})`]);
  const nlp = require('compromise') as Compromise;
  const corpora = [reuters(limit), wikinews(limit), bbc(limit)];
  // Warm both up on a little text so the first corpus does not pay for compilation.
  ours(corpora[0]?.texts.slice(0, 50) ?? []);
  theirs(nlp, corpora[0]?.texts.slice(0, 50) ?? [], 0);
  let oursTok = 0;
  let oursMs = 0;
  let theirsMs = 0;
  for (const c of corpora) {
    const a = ours(c.texts);
    const b = theirs(nlp, c.texts, a.tokens);
    oursTok += a.tokens;
    oursMs += a.ms;
    theirsMs += b.ms;
    rows.push([`${c.name} (${c.texts.length} articles, ${fmt(a.tokens)} tokens)`,
      `dateline ${fmt(a.tokens / (a.ms / 1000))} tokens/s (tokens+POS+entities, ${fmt(a.names)} names); compromise ${fmt(a.tokens / (b.ms / 1000))} tokens/s (${fmt(b.names)} names); dateline ${(b.ms / a.ms).toFixed(1)}x faster`]);
  }
  const rate = oursTok / (oursMs / 1000);
  rows.push([`all corpora (${fmt(oursTok)} tokens)`, `dateline ${fmt(rate)} tokens/s, compromise ${fmt(oursTok / (theirsMs / 1000))} tokens/s, dateline ${(theirsMs / oursMs).toFixed(1)}x faster`]);
  if (rate < 100_000) problems.push(`tokens + POS + entities at ${fmt(rate)} tokens/s, under 100,000`);

  const docs = loadConll(`${SHARED}/ner/conll2003/eng.testa`);
  const mine = new ChunkScorer();
  const tagger = defaultTagger();
  for (const d of docs) {
    const tags = tagger.tagDocument(d.sentences);
    d.sentences.forEach((s, i) => mine.add(spansFromTags(s.gold), spansFromTags(tags[i] ?? new Uint8Array()), (t) => TYPES[t] ?? '?'));
  }
  const other = compromiseF1(nlp, docs);
  const noMisc = (sc: ChunkScorer): number => {
    const t = { gold: 0, pred: 0, correct: 0 };
    for (const [k, r] of sc.byType) if (k !== 'MISC') { t.gold += r.gold; t.pred += r.pred; t.correct += r.correct; }
    return ChunkScorer.prf(t).f1;
  };
  const f1 = ChunkScorer.prf(mine.total()).f1;
  rows.push(['eng.testa F1 (PER/ORG/LOC/MISC, exact)', `dateline ${f1.toFixed(4)}, compromise ${ChunkScorer.prf(other.total()).f1.toFixed(4)}`]);
  rows.push(['eng.testa F1 without MISC', `dateline ${noMisc(mine).toFixed(4)}, compromise ${noMisc(other).toFixed(4)} (compromise has no MISC)`]);
  if (f1 < 0.91) problems.push(`eng.testa F1 ${f1.toFixed(4)}, under 0.91`);
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const a = ChunkScorer.prf(mine.byType.get(type) ?? { gold: 0, pred: 0, correct: 0 }).f1;
    const b = ChunkScorer.prf(other.byType.get(type) ?? { gold: 0, pred: 0, correct: 0 }).f1;
    rows.push([`eng.testa F1 ${type}`, `dateline ${a.toFixed(4)}, compromise ${b.toFixed(4)}`]);
  }
  return { rows, problems };
}

const i = process.argv.indexOf('--limit');
const result = runNerBench(i >= 0 ? Number(process.argv[i + 1]) : 100_000);
report({ title: 'ner: entity tagging throughput (tokens per CPU-second) and accuracy, dateline vs compromise', ...result });
