/**
 * Events as CSV (RFC 4180): one row per event, participants joined by "; ". The last three columns
 * (GDELT's counts) are filled by the caller: `toCsvRow` sees one article only.
 */
import type { AnalyzedArticle, Participant, PoliticalEvent } from '../model.js';
import { ploverType } from './plover.js';

export const CSV_COLUMNS = [
  'article', 'published', 'type', 'plover', 'mode', 'cameo', 'status', 'date', 'date_inferred', 'actor', 'actor_code',
  'recipient', 'recipient_code', 'location', 'reported', 'evidence', 'url',
  'mentions', 'articles', 'sources',
] as const;

export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function names(ps: readonly Participant[], record: AnalyzedArticle): string {
  return ps.map((p) => (p.entity ? record.entities.find((e) => e.id === p.entity)?.name : undefined) ?? p.text).join('; ');
}

export function toCsvRow(record: AnalyzedArticle, e: PoliticalEvent): string[] {
  const loc = e.location ? record.entities.find((x) => x.id === e.location)?.name ?? e.location : '';
  return [
    record.id, record.published ?? '', e.type, ploverType(e), e.mode ?? '', e.cameo ?? '', e.status, e.date ?? '',
    e.dateInferred ? 'yes' : '', names(e.actor, record), e.actor.map((p) => p.code ?? '').join('; '),
    names(e.recipient, record), e.recipient.map((p) => p.code ?? '').join('; '), loc, e.reported ? 'yes' : '',
    e.evidence.text, record.source.url ?? '',
  ];
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}
