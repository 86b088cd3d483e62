/**
 * Read and clean every file of ../shared/data/corpora/ and report, per corpus, how many articles
 * came out, how many inputs or items failed (with the first few reasons) and the speed.
 * Run: npx tsx scripts/read-corpora.ts [CORPORA_DIR]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanArticle } from '../src/clean/index.js';
import { InputError } from '../src/errors.js';
import { readInput } from '../src/read/index.js';

const root = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'corpora');
/** Files that document a corpus rather than hold it. */
const SKIP = /(?:^|\/)(?:readme|license)[^/]*$|\.(?:dtd|md|r)$/iu;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (!SKIP.test(p)) out.push(p);
  }
  return out;
}

interface Tally { files: number; articles: number; failures: string[]; ms: number; noPublished: number; dateline: number }
const tallies = new Map<string, Tally>();
for (const file of walk(root)) {
  const corpus = relative(root, file).split('/')[0]!;
  const t = tallies.get(corpus) ?? { files: 0, articles: 0, failures: [], ms: 0, noPublished: 0, dateline: 0 };
  tallies.set(corpus, t);
  t.files++;
  // CPU time, not wall time: the figure should not depend on what else the machine is doing.
  const started = process.cpuUsage();
  try {
    const raws = readInput(readFileSync(file), file, { onItemError: (e) => t.failures.push(e.message) });
    for (const raw of raws) {
      try {
        const a = cleanArticle(raw);
        t.articles++;
        if (!a.published) t.noPublished++;
        if (a.dateline) t.dateline++;
      } catch (e) {
        t.failures.push(e instanceof Error ? e.message : String(e));
      }
    }
  } catch (e) {
    t.failures.push(e instanceof InputError ? e.message : `${file}: ${e instanceof Error ? e.stack : String(e)}`);
  }
  const used = process.cpuUsage(started);
  t.ms += (used.user + used.system) / 1000;
}

let failed = 0;
for (const [corpus, t] of tallies) {
  failed += t.failures.length;
  const rate = t.ms > 0 ? Math.round((t.articles / t.ms) * 1000) : 0;
  console.log(`${corpus}: ${t.files} files, ${t.articles} articles, ${t.failures.length} failures, ${t.dateline} with a dateline, ${t.noPublished} without a publication time, ${rate} articles per CPU-second (read+clean)`);
  for (const f of t.failures.slice(0, 5)) console.log(`  ${f}`);
}
process.exitCode = failed ? 1 : 0;
