/** The `dateline` command: one file per subcommand beside this one. */
import { UsageError } from '../errors.js';
import { analyzeCommand } from './analyze.js';
import { kbCommand } from './kb.js';
import { nerCommand } from './ner.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { showCommand } from './show.js';
import { exportCommand } from './export.js';
import { workerCommand } from './worker.js';
import { watchCommand } from './watch.js';

type Command = (argv: readonly string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyze articles and print JSON Lines (nothing stored)' },
  ingest: { run: ingestCommand, summary: 'analyze and store files, folders and feed URLs in the database' },
  search: { run: searchCommand, summary: 'full-text search of stored articles, with snippets' },
  show: { run: showCommand, summary: 'show one stored article, or what the database holds' },
  export: { run: exportCommand, summary: 'export stored events: GDELT 2.0 rows, PLOVER JSON Lines, CSV, JSON Lines' },
  ner: { run: nerCommand, summary: 'tag a CoNLL-2003 file with the entity tagger (--conll FILE)' },
  serve: { run: serveCommand, summary: 'serve the HTTP API and the web app (--db PATH --port N)' },
  watch: { run: watchCommand, summary: 'fetch feeds on a schedule (--every 10m) and ingest what is new' },
  worker: { run: workerCommand, summary: 'analyze and store the articles "ingest --queue" sent (PostgreSQL)' },
  kb: { run: kbCommand, summary: 'knowledge base: check, import-petrarch, import-wikidata, who' },
};

function help(): string {
  const lines = ['usage: dateline COMMAND [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)}${c.summary}`);
  lines.push('', 'dateline COMMAND --help shows a command\'s options.');
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const sub = name === 'help' ? rest[0] : undefined;
    if (sub && COMMANDS[sub]) return COMMANDS[sub].run(['--help']);
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`dateline: unknown command "${name}"\n${help()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
