/**
 * The benchmark runner: every file in bench/sections/ is one section, run in its own child process
 * so that its peak memory is its own. `npm run bench` runs them all; `npm run bench -- NAME...` runs
 * the sections whose file names contain one of the NAMEs. Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESULT_PREFIX, type SectionResult } from './lib/measure.js';

const SECTIONS = join(import.meta.dirname, 'sections');
const ROOT = join(import.meta.dirname, '..');

const wanted = process.argv.slice(2);
const files = readdirSync(SECTIONS).filter((f) => f.endsWith('.ts')).sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)));
if (files.length === 0) {
  process.stderr.write(`bench: no section matches ${wanted.join(' ')} (sections: ${readdirSync(SECTIONS).join(', ')})\n`);
  process.exit(2);
}

process.stdout.write(`Dateline benchmarks · node ${process.version} · ${new Date().toISOString()}\n`);
let problems = 0;
for (const file of files) {
  // --expose-gc: sections that measure memory after loading something may collect garbage first.
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(SECTIONS, file)], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) {
    process.stdout.write(`\n${file}: failed (exit ${child.status})\n${child.stdout}`);
    problems++;
    continue;
  }
  const r = JSON.parse(line.slice(RESULT_PREFIX.length)) as SectionResult;
  const width = Math.max(...r.rows.map(([k]) => k.length));
  process.stdout.write(`\n${r.title}  [${file}]\n`);
  for (const [k, v] of r.rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
  for (const p of r.problems ?? []) process.stdout.write(`  PROBLEM: ${p}\n`);
  problems += r.problems?.length ?? 0;
}
process.exitCode = problems > 0 ? 1 : 0;
