/** `dateline show [ID]`: one stored article (human view, or --json for the record); without ID, the database at a glance. */
import { describeArticle } from '../query/article-view.js';
import { overview } from '../query/overview.js';
import { describeOverview } from '../query/overview-view.js';
import { resolveArticle } from '../query/resolve.js';
import { DEFAULT_DB } from '../store/index.js';
import { UsageError } from '../errors.js';
import { optInt, optString, parseArgs, usageText, type OptionSpec } from './args.js';
import { withStore } from './store.js';
import { redact } from '../store/location.js';

const SPEC: Record<string, OptionSpec> = {
  db: { value: true, description: `database file (default ${DEFAULT_DB})` },
  json: { value: false, description: 'print the full record as JSON' },
  limit: { value: true, description: 'rows per table in the overview (default 10)' },
  help: { value: false, description: 'show this help' },
};

export const SHOW_USAGE = usageText('show', '[ID] [--db PATH] [--json]', SPEC);

export async function showCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'show');
  if (args.options.has('help')) {
    process.stdout.write(`${SHOW_USAGE}\n`);
    return 0;
  }
  if (args.positional.length > 1) throw new UsageError(`show: one ID at a time\n${SHOW_USAGE}`);
  const dbPath = optString(args, 'db') ?? DEFAULT_DB;
  const limit = optInt(args, 'limit', 10);
  const json = args.options.has('json');
  return withStore(dbPath, async (store) => {
    const ref = args.positional[0];
    if (ref === undefined) {
      const o = await overview(store, limit);
      process.stdout.write(json ? `${JSON.stringify(o)}\n` : `${describeOverview(o, redact(dbPath)).join('\n')}\n`);
      return 0;
    }
    const r = await resolveArticle(store, ref);
    if ('found' in r) {
      process.stdout.write(json ? `${JSON.stringify(r.found.record)}\n` : `${describeArticle(r.found).join('\n')}\n`);
      return 0;
    }
    if ('ambiguous' in r) {
      process.stderr.write(`dateline: show: "${ref}" matches several articles (${r.ambiguous.join(', ')}) — give more of the id\n`);
    } else {
      process.stderr.write(`dateline: show: no article "${ref}" in ${redact(dbPath)} — "dateline search WORDS --db ${redact(dbPath)}" lists ids\n`);
    }
    return 1;
  });
}
