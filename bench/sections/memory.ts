/**
 * Section "memory": does the analysis hold on to memory as it reads more news? A feed watched for
 * months brings new names every day, so every cache in the analysis path must stay bounded.
 *
 * Pass 1 analyzes every corpus article (Reuters, WikiNews, BBC) and fills the caches (warm-up).
 * Pass 2 analyzes them again with every capitalized word's letters shifted (same length, so the
 * parts' offsets hold): the same prose with a vocabulary of names never seen before, as a later
 * month of the feed would bring. After each 1,000 articles garbage is collected (the runner starts
 * sections with --expose-gc) and the heap is read. Growth per article over pass 2 above a small
 * bound is a PROBLEM: something keeps what it saw.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import { cleanArticle } from '../../src/clean/index.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';
import { corpusInputs } from '../lib/corpora.js';
import { fmt, peakRssMb, report } from '../lib/measure.js';

/** Heap growth per article over pass 2 that counts as a leak, in KB. */
const MAX_GROWTH_KB = 2;
const EVERY = 1000;

function files(p: string): string[] {
  return statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)).filter((f) => statSync(f).isFile()) : [p];
}

/** Shift the letters after the first of every capitalized word by `k` (a-z only): new names, same lengths. */
function renamed(a: Article, k: number): Article {
  const shift = (w: string): string => w[0] + w.slice(1).replace(/[a-z]/gu, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + k) % 26)));
  const text = a.text.replace(/\b[A-Z][a-z]{2,}/gu, shift);
  return { ...a, text, headline: a.headline.replace(/\b[A-Z][a-z]{2,}/gu, shift) };
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

const articles: Article[] = [];
for (const input of corpusInputs()) {
  for (const f of files(input)) {
    try {
      for (const raw of readInput(readFileSync(f), f)) articles.push(cleanArticle(raw));
    } catch { /* unreadable inputs are the ingest bench's business */ }
  }
}
const pass2 = articles.map((a) => renamed(a, 7));

const start = heapMb();
const points: Array<[number, number, number]> = [];
let done = 0;
const c0 = process.cpuUsage();
for (const batch of [articles, pass2]) {
  for (const a of batch) {
    analyzeDoc(a);
    done++;
    if (done % EVERY === 0 || done === articles.length || done === 2 * articles.length) {
      points.push([done, heapMb(), process.memoryUsage().rss / 1e6]);
    }
  }
}
const cpu = process.cpuUsage(c0);

const atPass2 = points.find(([n]) => n === articles.length);
const last = points[points.length - 1];
const growthKb = atPass2 && last ? ((last[1] - atPass2[1]) * 1000) / (last[0] - atPass2[0]) : NaN;
report({
  title: 'memory: heap after GC while analyzing the corpora, then the same prose with new names',
  rows: [
    ['articles', `${articles.length} x 2 (pass 2: capitalized words shifted, new vocabulary)`],
    ['heap before', `${fmt(start)} MB${gc ? '' : ' (no --expose-gc: figures without forced GC)'}`],
    ...points.map(([n, h, r]): [string, string] => [`after ${n}`, `heap ${fmt(h)} MB, RSS ${fmt(r)} MB`]),
    ['growth over pass 2', `${fmt(growthKb, 2)} KB per article (bound ${MAX_GROWTH_KB})`],
    ['speed', `${fmt((2 * articles.length) / ((cpu.user + cpu.system) / 1e6))} articles per CPU-second`],
    ['outside the heap', `${fmt(process.memoryUsage().external / 1e6)} MB (model weights, buffers)`],
    ['peak RSS', `${fmt(peakRssMb())} MB`],
  ],
  problems: !(growthKb <= MAX_GROWTH_KB) ? [`heap grows ${fmt(growthKb, 2)} KB per article over pass 2 (bound ${MAX_GROWTH_KB} KB)`] : [],
});
