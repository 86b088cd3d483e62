/**
 * npm run eval:golden [-- --no-build] [-v] [--dir PATH] [FILTER]
 * npm run eval:heldout [-- --no-build] [-v] [FILTER]     (the same, on test/fixtures/heldout)
 *
 * Scores the whole pipeline on our own held-out-like articles: test/fixtures/golden/*.txt (or the
 * *.txt in --dir PATH, relative to the project's root or absolute), each with a reference
 * annotation (.expected.json, the shared sample's format) written from the text alone, before the
 * system was ever run on it. test/fixtures/heldout is a second such set kept out of tuning: run it
 * to measure, never to tune. Every pair goes through the shared seed scorer:
 *
 *   python3 ../shared/tools/score/seed.py --article X --expected Y -- node bin/dateline.js
 *
 * Prints one line per article, the totals (required K/N, bonus K/N, violations), then the failing
 * lines grouped by section (article / entities / times / quotes / events). `npm run build` runs
 * first (the scorer runs the compiled bin/dateline.js) unless --no-build. -v also prints every
 * failing line under its article. FILTER keeps only articles whose file name contains it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const SEED = join(ROOT, '../shared/tools/score/seed.py');
const SECTIONS = ['article', 'entities', 'times', 'quotes', 'events'] as const;
type Section = (typeof SECTIONS)[number] | 'other';

const args = process.argv.slice(2);
const verbose = args.includes('-v') || args.includes('--verbose');
const build = !args.includes('--no-build');
const dirAt = args.indexOf('--dir');
const dirArg = dirAt >= 0 ? args[dirAt + 1] : undefined;
if (dirAt >= 0 && (!dirArg || dirArg.startsWith('-'))) {
  console.error('eval-golden: --dir needs a folder path');
  process.exit(2);
}
const GOLDEN = resolve(ROOT, dirArg ?? 'test/fixtures/golden');
// The set's name on the summary line: "golden", "heldout", ...
const SET = basename(GOLDEN);
const filter = args.find((a, i) => !a.startsWith('-') && !(dirAt >= 0 && i === dirAt + 1));

interface Result {
  name: string;
  req: [number, number];
  bonus: [number, number];
  violations: number;
  failures: Array<{ section: Section; line: string }>;
  error?: string;
}

/** The section a scorer heading names ("entities (required)" -> entities). */
function sectionOf(heading: string): Section | undefined {
  const word = heading.split(' ')[0] ?? '';
  return (SECTIONS as readonly string[]).includes(word) ? (word as Section) : undefined;
}

function score(txt: string, expected: string): Result {
  const name = basename(txt, '.txt');
  const run = spawnSync('python3', [SEED, '--article', txt, '--expected', expected, '--', 'node', join(ROOT, 'bin/dateline.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = run.stdout ?? '';
  const result: Result = { name, req: [0, 0], bonus: [0, 0], violations: 0, failures: [] };
  // The summary line carries the verdict; without it the command failed.
  const summary = /^seed required=(\d+)\/(\d+) bonus=(\d+)\/(\d+) violations=(\d+)$/m.exec(out);
  if (!summary) {
    result.error = `scorer exit ${run.status}: ${(run.stderr || out).trim().split('\n').slice(-3).join(' | ')}`;
    return result;
  }
  const n = summary.slice(1).map(Number) as [number, number, number, number, number];
  result.req = [n[0], n[1]];
  result.bonus = [n[2], n[3]];
  result.violations = n[4];
  let section: Section = 'other';
  for (const line of out.split('\n')) {
    const heading = sectionOf(line);
    if (heading && !line.startsWith(' ')) section = heading;
    else if (/^\s+[✗?]/u.test(line)) result.failures.push({ section, line: line.trim() });
    else if (line.startsWith('WARNING')) result.failures.push({ section: 'other', line });
  }
  return result;
}

function main(): void {
  if (!existsSync(SEED)) {
    console.error(`eval-golden: the seed scorer is missing (${SEED}); ../shared must sit beside the checkout`);
    process.exit(2);
  }
  if (!existsSync(GOLDEN)) {
    console.error(`eval-golden: no such folder ${GOLDEN}`);
    process.exit(2);
  }
  if (build) execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const pairs = readdirSync(GOLDEN)
    .filter((f) => f.endsWith('.txt') && (!filter || f.includes(filter)))
    .sort()
    .map((f) => ({ txt: join(GOLDEN, f), expected: join(GOLDEN, f.replace(/\.txt$/, '.expected.json')) }))
    .filter((p) => existsSync(p.expected));
  if (pairs.length === 0) {
    console.error(`eval-golden: no article with an .expected.json in ${relative(ROOT, GOLDEN) || '.'}${filter ? ` matching ${filter}` : ''}`);
    process.exit(2);
  }

  const results = pairs.map((p) => score(p.txt, p.expected));
  const width = Math.max(...results.map((r) => r.name.length));
  const total = { req: [0, 0], bonus: [0, 0], violations: 0 };
  for (const r of results) {
    if (r.error) {
      console.log(`${r.name.padEnd(width)}  ERROR ${r.error}`);
    } else {
      console.log(`${r.name.padEnd(width)}  required ${r.req[0]}/${r.req[1]}  bonus ${r.bonus[0]}/${r.bonus[1]}  violations ${r.violations}`);
    }
    if (verbose) for (const f of r.failures) console.log(`    [${f.section}] ${f.line}`);
    total.req[0]! += r.req[0];
    total.req[1]! += r.req[1];
    total.bonus[0]! += r.bonus[0];
    total.bonus[1]! += r.bonus[1];
    total.violations += r.violations;
  }
  const pct = (k: number, n: number): string => (n ? `${((100 * k) / n).toFixed(1)}%` : '-');
  console.log(
    `\n${SET} articles=${results.length} required=${total.req[0]}/${total.req[1]} (${pct(total.req[0]!, total.req[1]!)})` +
      ` bonus=${total.bonus[0]}/${total.bonus[1]} (${pct(total.bonus[0]!, total.bonus[1]!)}) violations=${total.violations}` +
      ` errors=${results.filter((r) => r.error).length}`,
  );

  for (const section of [...SECTIONS, 'other'] as const) {
    const lines = results.flatMap((r) => r.failures.filter((f) => f.section === section).map((f) => `  ${r.name}: ${f.line}`));
    if (lines.length === 0) continue;
    const bonus = lines.filter((l) => l.includes('[bonus]')).length;
    console.log(`\n${section}: ${lines.length} failing (${bonus} of them bonus)`);
    for (const l of lines) console.log(l);
  }
}

main();
