/**
 * Section: bulk ingest with full analysis on the Reuters + WikiNews + BBC corpora, on one core (the
 * analysis in the main thread) and on two (--jobs 2: two analysis threads; reading, cleaning and
 * storing stay in the main thread). Target: at least 1.8× the one-core rate. The machine's load
 * average is printed with the figures: on a shared machine the ratio means little when the load is
 * above the number of cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { corpusInputs } from '../lib/corpora.js';
import { fmt, peakRssMb, seconds, report } from '../lib/measure.js';

const inputs = corpusInputs();
const dir = mkdtempSync(join(tmpdir(), 'dateline-scaling-'));
const problems: string[] = [];
const rows: Array<[string, string]> = [];

async function run(jobs: number): Promise<{ rate: number; secs: number; cpu: number; read: number }> {
  const store = SqliteStore.open(join(dir, `jobs-${jobs}.db`));
  const load = loadavg()[0] ?? 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await ingest(store, inputs, { jobs, onFailure: (i, r) => problems.push(`jobs ${jobs}: ${i}: ${r}`) });
  const secs = seconds(t0);
  const cpu = process.cpuUsage(cpu0);
  // Threads' CPU time is counted in the process's: CPU-s / wall-s is how many cores the run got.
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  await store.close();
  const loadAfter = loadavg()[0] ?? 0;
  rows.push([`--jobs ${jobs}`, `${fmt(s.read / secs)} articles/s (${s.read} articles in ${fmt(secs, 1)} s; ${fmt(cpuSecs / secs, 2)} cores busy; ` +
    `load average ${fmt(load, 1)} → ${fmt(loadAfter, 1)})`]);
  return { rate: s.read / secs, secs, cpu: cpuSecs, read: s.read };
}

try {
  rows.push(['machine', `${availableParallelism()} cores; load average now ${loadavg().map((l) => fmt(l, 1)).join(' ')}`]);
  // Warm the pipeline's models in this process first, so neither run pays for loading them.
  const { analyze } = await import('../../src/analyze/pipeline.js');
  void analyze;
  const one = await run(1);
  const two = await run(2);
  const ratio = two.rate / one.rate;
  rows.push(['scaling 1 → 2 cores', `${fmt(ratio, 2)}× (target ≥ 1.8×)`]);
  rows.push(['peak RSS', `${fmt(peakRssMb())} MB (main thread and analysis threads together)`]);
  if (one.read !== two.read) problems.push(`the two runs read different numbers of articles (${one.read}, ${two.read})`);
  if (ratio < 1.8) {
    const load = loadavg()[0] ?? 0;
    const note = load > availableParallelism() ? ` — the load average (${fmt(load, 1)}) is above the core count: other processes had the cores` : '';
    problems.push(`scaling ${fmt(ratio, 2)}× is under the 1.8× target${note}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
report({ title: 'scaling: bulk ingest with full analysis on 1 and 2 cores (--jobs)', rows, problems });
