/**
 * Section: the whole analysis (tokens, entities, links, times, quotes, events) on the Reuters,
 * WikiNews and BBC corpora, on one core, beside compromise's entity extraction alone on the same
 * text. Reading and cleaning are done first and not timed. Target: >= 150 articles/s.
 */
import nlp from 'compromise';
import { analyzeDoc, STAGES } from '../../src/analyze/pipeline.js';
import { cleanCorpusArticles } from '../lib/corpora.js';
import { fmt, peakRssMb, report, seconds } from '../lib/measure.js';


const articles = cleanCorpusArticles();
const chars = articles.reduce((n, a) => n + a.text.length, 0);

// Warm up (models, knowledge base) outside the timing.
for (const a of articles.slice(0, 20)) analyzeDoc(a);

const perStage = new Map<string, number>();
const timed = STAGES.map((s) => ({
  name: s.name,
  run: (doc: Parameters<typeof s.run>[0], ctx: Parameters<typeof s.run>[1]): void => {
    const t = performance.now();
    s.run(doc, ctx);
    perStage.set(s.name, (perStage.get(s.name) ?? 0) + performance.now() - t);
  },
}));
/** CPU seconds of this process since `from`: fair on a machine shared with other work. */
function cpuSeconds(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

let events = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
for (const a of articles) events += analyzeDoc(a, {}, timed).events.length;
const full = seconds(t0);
const fullCpu = cpuSeconds(c0);

const t1 = performance.now();
const c1 = process.cpuUsage();
let people = 0;
for (const a of articles) {
  const d = nlp(a.text);
  people += d.people().length + d.places().length + d.organizations().length;
}
const comp = seconds(t1);
const compCpu = cpuSeconds(c1);

const total = [...perStage.values()].reduce((x, y) => x + y, 0);
report({
  title: 'analysis: tokens + entities + links + times + quotes + events, one core',
  rows: [
    ['articles', `${articles.length} (${fmt(chars / 1e6, 1)} M characters)`],
    ['full analysis', `${fmt(articles.length / fullCpu)} articles per CPU-second (${fmt(articles.length / full)}/s wall, ${fmt(full, 1)} s), ${events} events`],
    ['compromise entities alone', `${fmt(articles.length / compCpu)} articles per CPU-second (${fmt(articles.length / comp)}/s wall, ${fmt(comp, 1)} s), ${people} names`],
    ['time by stage', [...perStage].map(([k, v]) => `${k} ${fmt((100 * v) / total)}%`).join(', ')],
    ['peak RSS', `${fmt(peakRssMb())} MB`],
  ],
  problems: articles.length / fullCpu < 150 ? [`full analysis ${fmt(articles.length / fullCpu)} articles per CPU-second is under the 150 target`] : [],
});
