/** `dateline export`: stored events as GDELT 2.0 rows, PLOVER JSON Lines, CSV or our JSON Lines. */
import { UsageError } from '../errors.js';
import { EXPORT_FORMATS, exportHeader, exportLine, matchesFilter, type ExportFilter, type ExportFormat } from '../export/index.js';
import { PLOVER_TYPES, type AnalyzedArticle, type PloverType } from '../model.js';
import { DEFAULT_DB } from '../store/index.js';
import type { EventCluster, EventQuery, Store, StoredArticle } from '../store/store.js';
import { optString, parseArgs, usageText, type OptionSpec } from './args.js';
import { withStore } from './store.js';

const SPEC: Record<string, OptionSpec> = {
  format: { value: true, description: `${EXPORT_FORMATS.join(', ')} (default jsonl)` },
  db: { value: true, description: `database file (default ${DEFAULT_DB})` },
  since: { value: true, description: 'events on or after this ISO date' },
  until: { value: true, description: 'events on or before this ISO date' },
  actor: { value: true, description: 'an actor or recipient whose name, text or code contains this' },
  country: { value: true, description: 'an actor or recipient of this country (ISO 3166-1 alpha-3)' },
  type: { value: true, description: 'PLOVER event type (AGREE, CONSULT, ...)' },
  'per-report': { value: false, description: "one row per article's report of an event, not one per merged event" },
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
  return withStore(dbPath, async (store) => {
    await writeExport(store, { format, filter, perReport: args.options.has('per-report'), now: new Date().toISOString() }, (line) => process.stdout.write(`${line}\n`));
    return 0;
  });
}

export interface ExportRun {
  format: ExportFormat;
  filter: ExportFilter;
  /** One row per article's report (the old behaviour) even when the store merges events. */
  perReport?: boolean;
  /** Export time (GDELT's DATEADDED), ISO 8601. */
  now: string;
}

/**
 * Writes the export's lines: one per merged event when the store merges events across articles
 * (and `perReport` is off), else one per article's event.
 */
export async function writeExport(store: Store, run: ExportRun, write: (line: string) => void): Promise<void> {
  const header = exportHeader(run.format);
  if (header) write(header);
  if (store.eventClusters && !run.perReport) await writeMerged(store, run, write);
  else await writePerReport(store, run, write);
}

async function writePerReport(store: Store, { format, filter, now }: ExportRun, write: (line: string) => void): Promise<void> {
  // The store finds the articles with matching events; the events themselves come from the
  // stored records, so every field (about, location, evidence) is exported as analyzed.
  const ids: string[] = [];
  const seen = new Set<string>();
  for (let offset = 0; ; offset += PAGE) {
    const rows = await store.events({ limit: PAGE, offset, ...(filter.type ? { type: filter.type } : {}), ...(filter.country ? { country: filter.country } : {}) });
    for (const r of rows) if (!seen.has(r.article)) { seen.add(r.article); ids.push(r.article); }
    if (rows.length < PAGE) break;
  }
  for (const id of ids) {
    const stored = await store.getArticle(id);
    if (!stored) continue;
    const { record } = stored;
    record.events.forEach((event, index) => {
      if (!matchesFilter(record, event, filter)) return;
      write(exportLine(format, { record, event, index, sources: stored.sources.length }, now));
    });
  }
}

function clusterQuery(f: ExportFilter): EventQuery {
  const q: EventQuery = {};
  if (f.since) q.since = f.since;
  if (f.until) q.until = f.until;
  if (f.actor) q.actor = f.actor;
  if (f.country) q.country = f.country;
  if (f.type) q.type = f.type;
  return q;
}

/** The report a merged event is shown as: the first naming a participant as an entity (a headline may name no one), as the store does. */
async function representative(c: EventCluster, open: (id: string) => Promise<StoredArticle | undefined>): Promise<{ record: AnalyzedArticle; index: number } | undefined> {
  let fallback: { record: AnalyzedArticle; index: number } | undefined;
  for (const r of c.reports) {
    const record = (await open(r.article))?.record;
    const event = record?.events[r.index];
    if (!record || !event) continue;
    fallback ??= { record, index: r.index };
    if ([...event.actor, ...event.recipient].some((p) => p.entity)) return { record, index: r.index };
  }
  return fallback;
}

async function writeMerged(store: Store, { format, filter, now }: ExportRun, write: (line: string) => void): Promise<void> {
  const list = store.eventClusters?.bind(store);
  if (!list) return;
  const query = clusterQuery(filter);
  for (let offset = 0; ; offset += PAGE) {
    const clusters = await list({ ...query, limit: PAGE, offset });
    // Reports of one page's events share articles (three outlets' stories each report several events).
    const cache = new Map<string, Promise<StoredArticle | undefined>>();
    const open = (id: string): Promise<StoredArticle | undefined> => {
      let got = cache.get(id);
      if (!got) { got = store.getArticle(id); cache.set(id, got); }
      return got;
    };
    for (const c of clusters) {
      const rep = await representative(c, open);
      const event = rep?.record.events[rep.index];
      if (!rep || !event) continue;
      // The event's best date is the most precise any report states, not necessarily this report's.
      let dated = event;
      if (c.date && c.date !== event.date) {
        const { dateInferred: _was, ...rest } = event;
        dated = c.dateInferred ? { ...rest, date: c.date, dateInferred: true } : { ...rest, date: c.date };
      }
      const merged = { mentions: c.mentions, articles: c.articles, sources: c.sources, reports: c.reports };
      write(exportLine(format, { record: rep.record, event: dated, index: rep.index, merged }, now));
    }
    if (clusters.length < PAGE) break;
  }
}
