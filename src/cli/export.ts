/** `dateline export`: stored events as GDELT 2.0 rows, PLOVER JSON Lines, CSV or our JSON Lines. */
import { UsageError } from '../errors.js';
import { EXPORT_FORMATS, exportHeader, exportLine, matchesFilter, type ExportFilter, type ExportFormat } from '../export/index.js';
import { PLOVER_TYPES, type PloverType } from '../model.js';
import { DEFAULT_DB, openStore, StoreError } from '../store/index.js';
import { optString, parseArgs, usageText, type OptionSpec } from './args.js';

const SPEC: Record<string, OptionSpec> = {
  format: { value: true, description: `${EXPORT_FORMATS.join(', ')} (default jsonl)` },
  db: { value: true, description: `database file (default ${DEFAULT_DB})` },
  since: { value: true, description: 'events on or after this ISO date' },
  until: { value: true, description: 'events on or before this ISO date' },
  actor: { value: true, description: 'an actor or recipient whose name, text or code contains this' },
  country: { value: true, description: 'an actor or recipient of this country (ISO 3166-1 alpha-3)' },
  type: { value: true, description: 'PLOVER event type (AGREE, CONSULT, ...)' },
  help: { value: false, description: 'show this help' },
};

export const EXPORT_USAGE = usageText('export', '--format gdelt|plover|csv|jsonl [--db PATH] [filters]', SPEC);

const PAGE = 1000;

export async function exportCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, SPEC, 'export');
  if (args.options.has('help')) {
    process.stdout.write(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const format = (optString(args, 'format') ?? 'jsonl') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`export: unknown --format "${format}" (${EXPORT_FORMATS.join(', ')})`);
  const filter: ExportFilter = {};
  for (const k of ['since', 'until'] as const) {
    const v = optString(args, k);
    if (v !== undefined) {
      if (!/^\d{4}-\d{2}-\d{2}/.test(v)) throw new UsageError(`export: --${k} "${v}" is not an ISO date (YYYY-MM-DD)`);
      filter[k] = v;
    }
  }
  const actor = optString(args, 'actor');
  if (actor) filter.actor = actor;
  const country = optString(args, 'country');
  if (country) {
    if (!/^[a-z]{3}$/i.test(country)) throw new UsageError(`export: --country "${country}" is not an ISO 3166-1 alpha-3 code`);
    filter.country = country.toUpperCase();
  }
  const type = optString(args, 'type')?.toUpperCase();
  if (type) {
    if (!(PLOVER_TYPES as readonly string[]).includes(type)) throw new UsageError(`export: --type "${type}" is not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
    filter.type = type as PloverType;
  }
  if (args.positional.length > 0) throw new UsageError(`export: unexpected "${args.positional[0]}"\n${EXPORT_USAGE}`);
  const dbPath = optString(args, 'db') ?? DEFAULT_DB;
  let store;
  try {
    store = await openStore(dbPath, { create: false });
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`dateline: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  try {
    // The store finds the articles with matching events; the events themselves come from the
    // stored records, so every field (about, location, evidence) is exported as analyzed.
    const ids: string[] = [];
    const seen = new Set<string>();
    for (let offset = 0; ; offset += PAGE) {
      const rows = await store.events({ limit: PAGE, offset, ...(filter.type ? { type: filter.type } : {}), ...(filter.country ? { country: filter.country } : {}) });
      for (const r of rows) if (!seen.has(r.article)) { seen.add(r.article); ids.push(r.article); }
      if (rows.length < PAGE) break;
    }
    const now = new Date().toISOString();
    const header = exportHeader(format);
    if (header) process.stdout.write(`${header}\n`);
    for (const id of ids) {
      const stored = await store.getArticle(id);
      if (!stored) continue;
      const { record } = stored;
      record.events.forEach((event, index) => {
        if (!matchesFilter(record, event, filter)) return;
        process.stdout.write(`${exportLine(format, { record, event, index, sources: stored.sources.length }, now)}\n`);
      });
    }
    return 0;
  } finally {
    await store.close();
  }
}
