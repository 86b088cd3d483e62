/**
 * `dateline kb`: the knowledge base's own commands.
 *   kb check                      validate kb/ (file:line errors) and report HOS/HOG coverage gaps
 *   kb import-petrarch FILE...    read PETRARCH/TABARI actor (and --agents FILE) dictionaries and
 *                                 print their entries as JSON Lines
 *   kb import-wikidata FILE       read a Wikidata JSON dump and print its people as rows of the
 *                                 kb/people TSV format (ready to save as kb/people/NAME.tsv)
 *   kb who COUNTRY KIND DATE      who held an office on a day (KIND: HOS, HOG, FM, DM, IGO, LEG)
 */
import { UsageError, type InputError } from '../errors.js';
import { coverageGaps, describeGaps, loadVacancies } from '../kb/coverage.js';
import { importPetrarchActors, importPetrarchAgents } from '../kb/import/petrarch.js';
import { importWikidata } from '../kb/import/wikidata.js';
import { defaultKbDir, loadKb } from '../kb/index.js';
import { PEOPLE_HEADER } from '../kb/people.js';
import { OFFICE_KINDS, type OfficeKind } from '../kb/types.js';
import { parseArgs } from './args.js';

const USAGE = `usage: dateline kb check
       dateline kb import-petrarch ACTORS.txt... [--agents AGENTS.txt]
       dateline kb import-wikidata DUMP.json
       dateline kb who COUNTRY KIND YYYY-MM-DD`;

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

export async function kbCommand(argv: readonly string[]): Promise<number> {
  const { options, positional } = parseArgs(argv, {
    agents: { value: true, description: 'a PETRARCH agents dictionary' },
    help: { value: false, description: 'show this help' },
  }, 'kb');
  const [sub, ...args] = positional;
  if (options.has('help') || !sub) { out(USAGE); return sub || options.has('help') ? 0 : 2; }
  if (sub === 'check') {
    const kb = loadKb();
    for (const e of kb.errors) process.stderr.write(`${e.message}\n`);
    const errors: InputError[] = [];
    const gaps = coverageGaps(kb, 2026, loadVacancies(defaultKbDir(), errors));
    for (const e of errors) process.stderr.write(`${e.message}\n`);
    for (const g of describeGaps(gaps)) out(`gap: ${g}`);
    out(`kb: ${kb.names.entries.length} entries, ${kb.people.length} people, ${kb.errors.length} errors, ${gaps.length} coverage gaps`);
    return kb.errors.length + errors.length > 0 ? 1 : 0;
  }
  if (sub === 'import-petrarch') {
    if (args.length === 0) throw new UsageError('kb import-petrarch: give an actors dictionary');
    const errors: InputError[] = [];
    for (const f of args) for (const e of importPetrarchActors(f, errors)) out(JSON.stringify(e));
    const agents = options.get('agents');
    if (typeof agents === 'string') for (const a of importPetrarchAgents(agents, errors)) out(JSON.stringify({ agent: a }));
    for (const e of errors) process.stderr.write(`${e.message}\n`);
    return errors.length > 0 ? 1 : 0;
  }
  if (sub === 'import-wikidata') {
    const [file] = args;
    if (!file) throw new UsageError('kb import-wikidata: give a JSON dump');
    out(`# people imported from ${file} (Wikidata)`);
    out(PEOPLE_HEADER.join('\t'));
    for (const p of importWikidata(file)) {
      for (const t of p.terms) {
        out([p.id.replace(/^person:/, ''), p.name, p.aliases.join('|'), t.country, t.office, t.kinds.join(','), t.start ?? '', t.end ?? '', p.wikidata ?? ''].join('\t'));
      }
    }
    return 0;
  }
  if (sub === 'who') {
    const [country, kind, date] = args;
    if (!country || !kind || !date || !OFFICE_KINDS.includes(kind as OfficeKind) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new UsageError(`kb who: give COUNTRY KIND YYYY-MM-DD (KIND one of ${OFFICE_KINDS.join(', ')})`);
    }
    const holders = loadKb().holdersAt(country.toUpperCase(), kind as OfficeKind, date);
    for (const h of holders) out(`${h.person.name}\t${h.term.office}\t${h.term.start ?? ''}\t${h.term.end ?? ''}\t${h.term.origin?.file ?? ''}:${h.term.origin?.line ?? ''}`);
    return holders.length > 0 ? 0 : 1;
  }
  throw new UsageError(`kb: unknown subcommand "${sub}"\n${USAGE}`);
}
