/**
 * Exports: pure functions from analyzed records and their events to export lines (GDELT 2.0
 * event table, PLOVER/POLECAT JSON Lines, CSV, our own JSON Lines). Reading the store is the CLI's.
 */
import type { AnalyzedArticle, PoliticalEvent } from '../model.js';
import { CSV_COLUMNS, csvLine, toCsvRow } from './csv.js';
import { countsOf, ploverCounts, reportRefs, type MergedCounts } from './merged.js';
import { GDELT_COLUMNS, gdeltLine, toGdeltRow } from './gdelt.js';
import { toPlover } from './plover.js';

export { ploverType, toPlover, type PloverRecord } from './plover.js';
export { toGdeltRow, gdeltLine, GDELT_COLUMNS, type GdeltRow } from './gdelt.js';
export { goldstein, quadClass } from './goldstein.js';
export { countsOf, reportRefs, type MergedCounts, type ReportRef } from './merged.js';
export { toCsvRow, csvLine, CSV_COLUMNS } from './csv.js';

export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportItem {
  record: AnalyzedArticle;
  event: PoliticalEvent;
  /** The event's index in its record (stable ids). */
  index: number;
  /** Places the article was found (its sources in the store). */
  sources?: number;
  /** Set when the item stands for an event merged across articles: its counts and every report of it. */
  merged?: MergedCounts;
}

/** The header line of a format, if it has one (GDELT's files have none; we keep that). */
export function exportHeader(format: ExportFormat): string | undefined {
  if (format === 'csv') return csvLine(CSV_COLUMNS);
  void GDELT_COLUMNS;
  return undefined;
}

/** One export line for an event. `now` is the export time (GDELT's DATEADDED), passed in. */
export function exportLine(format: ExportFormat, item: ExportItem, now: string): string {
  const { record, event, index, merged } = item;
  const counts = countsOf(item);
  switch (format) {
    case 'gdelt': return gdeltLine(toGdeltRow(record, event, index, now.replace(/\D/g, '').slice(0, 14), counts));
    case 'plover': return JSON.stringify(merged ? { ...toPlover(record, event, index), ...ploverCounts(merged) } : toPlover(record, event, index));
    case 'csv': return csvLine([...toCsvRow(record, event), String(counts.mentions), String(counts.articles), String(counts.sources)]);
    case 'jsonl': {
      const line = { article: record.id, published: record.published, url: record.source.url, index, ...event };
      return JSON.stringify(merged ? { ...line, mentions: merged.mentions, articles: merged.articles, sources: merged.sources, reports: reportRefs(merged) } : line);
    }
  }
}
export { matchesFilter, eventDayOf, type ExportFilter } from './filter.js';
