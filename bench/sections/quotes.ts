/**
 * Section: what quote extraction costs. The whole analysis runs stage by stage over the BBC
 * politics folder (quote-heavy) and the WikiNews file; the quote stage's share of the analysis time
 * must stay under 20%.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean/index.js';
import { newDoc } from '../../src/analyze/doc.js';
import { STAGES } from '../../src/analyze/pipeline.js';
import { expandPaths } from '../../src/ingest/inputs.js';
import { readInput } from '../../src/read/index.js';
import type { Article } from '../../src/model.js';
import { CORPORA } from '../lib/corpora.js';
import { fmt, peakRssMb, report } from '../lib/measure.js';

const LIMIT = 600;
const inputs = [join(CORPORA, 'bbc_news', 'politics'), join(CORPORA, 'wikinews', 'wikinews_2019.csv')];
const files = expandPaths(inputs, (p, r) => { throw new Error(`${p}: ${r}`); });
const articles: Article[] = files
  .flatMap((f) => readInput(readFileSync(f), f, {}))
  .map((r) => cleanArticle(r))
  .slice(0, LIMIT);

// One warm-up article loads the models, so their loading is not charged to a stage.
if (articles[0]) for (const s of STAGES) s.run(newDoc(articles[0]), {});

const ms = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
let quotes = 0;
let attributed = 0;
for (const a of articles) {
  const doc = newDoc(a);
  const ctx = a.published ? { reference: a.published } : {};
  for (const s of STAGES) {
    const t = performance.now();
    s.run(doc, ctx);
    ms.set(s.name, (ms.get(s.name) ?? 0) + performance.now() - t);
  }
  quotes += doc.quotes.length;
  attributed += doc.quotes.filter((q) => q.speaker || q.speakerText).length;
}
const n = articles.length;
const total = [...ms.values()].reduce((x, y) => x + y, 0);
const quoteMs = ms.get('quotes') ?? 0;
const share = total > 0 ? quoteMs / total : 0;
report({
  title: `quotes: cost of quote extraction within the analysis (${n} articles, BBC politics + WikiNews)`,
  rows: [
    ...[...ms].map(([k, v]): [string, string] => [`stage ${k}`, `${fmt((v * 1000) / n)} µs/article`]),
    ['analysis total', `${fmt((n * 1000) / total, 1)} articles/s`],
    ['quotes share of analysis', `${fmt(share * 100, 1)}%`],
    ['quotes found', `${quotes} (${fmt(quotes / n, 1)} per article, ${fmt((100 * attributed) / (quotes || 1))}% with a speaker)`],
    ['peak RSS', `${fmt(peakRssMb())} MB`],
  ],
  problems: share >= 0.2 ? [`quote extraction takes ${fmt(share * 100, 1)}% of the analysis (target < 20%)`] : [],
});
