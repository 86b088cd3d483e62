/**
 * Section "memory": does the analysis hold on to memory as it reads more news? A feed watched for
 * months brings new names every day, so every cache in the analysis path must stay bounded.
 *
 * Pass 1 analyzes every corpus article (Reuters, WikiNews, BBC) and fills the caches (warm-up).
 * Passes 2 and 3 analyze them again with every capitalized word's letters shifted (same length, so
 * the parts' offsets hold): the same prose with names never seen before, as later months of the
 * feed would bring. Every 250 articles garbage is collected (the runner starts sections with
 * --expose-gc) and the heap is read. Bounded caches make the heap a saw (a cache generation fills,
 * then is dropped), so the growth is the least-squares slope over passes 2 and 3, which spans
 * several teeth; above a small bound it is a PROBLEM: something keeps what it saw.
 */
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import type { Article } from '../../src/model.js';
import { cleanCorpusArticles } from '../lib/corpora.js';
import { fmt, peakRssMb, report } from '../lib/measure.js';

/** Heap growth per article over pass 2 that counts as a leak, in KB. */
const MAX_GROWTH_KB = 3;
const EVERY = 250;
const REPORT_EVERY = 1000;


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

const articles = cleanCorpusArticles();
const passes = [articles, articles.map((a) => renamed(a, 7)), articles.map((a) => renamed(a, 13))];

const start = heapMb();
const points: Array<[number, number, number]> = [];
let done = 0;
const c0 = process.cpuUsage();
for (const batch of passes) {
  for (const a of batch) {
    analyzeDoc(a);
    done++;
    if (done % EVERY === 0 || done % articles.length === 0) points.push([done, heapMb(), process.memoryUsage().rss / 1e6]);
  }
}
const cpu = process.cpuUsage(c0);

/** Least-squares slope of heap (MB) over articles, in KB per article. */
function slopeKb(ps: ReadonlyArray<readonly [number, number, number]>): number {
  const n = ps.length;
  const mx = ps.reduce((s, [x]) => s + x, 0) / n;
  const my = ps.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = ps.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = ps.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return (1000 * sxy) / sxx;
}
const growthKb = slopeKb(points.filter(([n]) => n >= articles.length));
const total = passes.length * articles.length;
const shown = points.filter(([n]) => n % REPORT_EVERY === 0 || n % articles.length === 0);
report({
  title: 'memory: heap after GC while analyzing the corpora, then the same prose with new names',
  rows: [
    ['articles', `${articles.length} x ${passes.length} (passes 2 and 3: capitalized words shifted, new names)`],
    ['heap before', `${fmt(start)} MB${gc ? '' : ' (no --expose-gc: figures without forced GC)'}`],
    ...shown.map(([n, h, r]): [string, string] => [`after ${n}`, `heap ${fmt(h)} MB, RSS ${fmt(r)} MB`]),
    ['growth over passes 2-3', `${fmt(growthKb, 2)} KB per article, least-squares slope (bound ${MAX_GROWTH_KB})`],
    ['speed', `${fmt(total / ((cpu.user + cpu.system) / 1e6))} articles per CPU-second`],
    ['outside the heap', `${fmt(process.memoryUsage().external / 1e6)} MB (model weights, buffers)`],
    ['peak RSS', `${fmt(peakRssMb())} MB`],
  ],
  problems: !(growthKb <= MAX_GROWTH_KB) ? [`heap grows ${fmt(growthKb, 2)} KB per article over passes 2-3 (bound ${MAX_GROWTH_KB} KB)`] : [],
});
