/** Section: where ingest time goes, stage by stage (read, clean, fingerprint, store), with no analysis. */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean/index.js';
import { expandPaths } from '../../src/ingest/inputs.js';
import { readInput } from '../../src/read/index.js';
import { fingerprint } from '../../src/store/minhash.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article } from '../../src/model.js';
import { corpusInputs } from '../lib/corpora.js';
import { fmt, peakRssMb, report, seconds } from '../lib/measure.js';

const files = expandPaths(corpusInputs(), (p, r) => { throw new Error(`${p}: ${r}`); });
let t = performance.now();
const bytes = files.map((f) => [f, readFileSync(f)] as const);
const fsSecs = seconds(t);
t = performance.now();
const raws = bytes.flatMap(([f, b]) => readInput(b, f, {}));
const readSecs = seconds(t);
t = performance.now();
const articles: Article[] = raws.map((r) => cleanArticle(r));
const cleanSecs = seconds(t);
t = performance.now();
for (const a of articles) fingerprint(a);
const fpSecs = seconds(t);
const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const store = SqliteStore.open(join(dir, 'split.db'));
const records = articles.map((a) => ({ record: { ...a, entities: [], times: [], quotes: [], events: [] } }));
t = performance.now();
for (let i = 0; i < records.length; i += 200) store.putArticlesSync(records.slice(i, i + 200));
const storeSecs = seconds(t);
const s1 = performance.now();
for (const r of records.slice(0, 500)) store.putArticleSync(r.record);
const againSecs = seconds(s1);
await store.close();
rmSync(dir, { recursive: true, force: true });
const n = articles.length;
const per = (secs: number): string => `${fmt((secs * 1e6) / n)} µs/article (${fmt(secs, 2)} s)`;
report({
  title: 'ingest, stage by stage (no analysis)',
  rows: [
    ['articles', String(n)],
    ['file reads', per(fsSecs)],
    ['read (detect, decode, parse)', per(readSecs)],
    ['clean', per(cleanSecs)],
    ['fingerprint (MinHash)', per(fpSecs)],
    ['store (batches of 200, incl. fingerprint)', per(storeSecs)],
    ['store again, one by one (unchanged)', `${fmt((againSecs * 1e6) / 500)} µs/article`],
    ['total', `${fmt(n / (fsSecs + readSecs + cleanSecs + storeSecs))} articles/s`],
    ['peak RSS', `${fmt(peakRssMb())} MB`],
  ],
});
