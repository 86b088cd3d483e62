/** Ingest the corpora into a fresh database twice (the second run must add nothing), timing the first. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, type IngestSummary } from '../../src/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { corpusInputs } from './corpora.js';
import { fmt, peakRssMb, seconds, type SectionResult } from './measure.js';

export async function ingestCorpora(title: string, analyze: boolean, batchSize?: number): Promise<SectionResult> {
  const inputs = corpusInputs();
  const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  const dbPath = join(dir, 'bench.db');
  const failures: string[] = [];
  try {
    const store = SqliteStore.open(dbPath);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const batch = batchSize ? { batchSize } : {};
    const first = await ingest(store, inputs, { analyze, ...batch, onFailure: (i, r) => failures.push(`${i}: ${r}`) });
    const firstSecs = seconds(t0);
    const cpu = process.cpuUsage(cpu0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    const peak = peakRssMb();
    const t1 = performance.now();
    const second = await ingest(store, inputs, { analyze, ...batch, onFailure: (i, r) => failures.push(`again ${i}: ${r}`) });
    const secondSecs = seconds(t1);
    const stats = await store.stats();
    await store.close();
    const size = statSync(dbPath).size / 1e6;
    const counts = (s: IngestSummary): string => `${s.read} read, ${s.new} new, ${s.duplicate} duplicate, ${s.unchanged} unchanged, ${s.failed} failed`;
    const problems = [...failures.slice(0, 10)];
    if (failures.length > 10) problems.push(`… ${failures.length - 10} more failures`);
    if (second.new > 0 || second.duplicate > 0) problems.push(`the second ingest added ${second.new} new and ${second.duplicate} duplicate articles`);
    return {
      title,
      rows: [
        ['inputs', `${inputs.length} paths (${first.inputs} files)`],
        ['first ingest', counts(first)],
        ['articles/s', `${fmt(first.read / firstSecs)} (${fmt(firstSecs, 2)} s wall clock for ${first.read} articles)`],
        // On a shared machine the wall clock counts other processes' turns; CPU time is this one core's work.
        ['articles/CPU-s', `${fmt(first.read / cpuSecs)} (${fmt(cpuSecs, 2)} s of CPU, user + system)`],
        ['peak RSS', `${fmt(peak)} MB`],
        ['second ingest', `${counts(second)} in ${fmt(secondSecs, 2)} s`],
        ['stored', `${stats.articles} articles, ${stats.duplicates} duplicate copies, ${stats.entities} entities, ${stats.quotes} quotes, ${stats.events} events; ${fmt(size, 1)} MB database`],
      ],
      problems,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
