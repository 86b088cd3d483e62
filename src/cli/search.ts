/** `dateline search QUERY`: full-text search over stored articles, best first, with snippets. */
import { DEFAULT_DB } from '../store/index.js';
import { UsageError } from '../errors.js';
import { shorten } from '../query/format.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';
import { withStore } from './store.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: `database file (default ${DEFAULT_DB})` },
  limit: { value: true, description: 'most hits to print (default 10)' },
  offset: { value: true, description: 'skip this many hits first (default 0)' },
  json: { value: false, description: 'print JSON Lines, one hit per line' },
  help: { value: false, description: 'show this help' },
};

export const SEARCH_USAGE = usageText('search', 'WORDS... [--db PATH] [--limit N] [--json]', SPEC) +
  '\n  words must all match; "quoted words" match as a phrase; OR and NOT between words; word* matches a prefix';

export async function searchCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'search');
  if (args.options.has('help')) {
    process.stdout.write(`${SEARCH_USAGE}\n`);
    return 0;
  }
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError(`search: say what to look for\n${SEARCH_USAGE}`);
  const dbPath = optString(args, 'db') ?? DEFAULT_DB;
  const limit = optInt(args, 'limit', 10);
  const offset = optInt(args, 'offset', 0);
  const json = args.options.has('json');
  return withStore(dbPath, async (store) => {
    const tty = process.stdout.isTTY && !json;
    const highlight = tty ? { start: '\x1b[1m', end: '\x1b[22m' } : { start: '«', end: '»' };
    const hits = await store.search(query, { limit, offset, highlight });
    if (json) {
      for (const h of hits) process.stdout.write(`${JSON.stringify(h)}\n`);
      return 0;
    }
    if (hits.length === 0) {
      process.stderr.write(`dateline: search: nothing in ${dbPath} matches ${JSON.stringify(query)}\n`);
      return 0;
    }
    hits.forEach((h, i) => {
      const when = h.published ? `  ${h.published.slice(0, 10)}` : '';
      process.stdout.write(`${offset + i + 1}. ${shorten(h.headline, 100)}${when}  ${h.id}\n   ${h.snippet.replace(/\s+/gu, ' ')}\n`);
    });
    return 0;
  });
}
