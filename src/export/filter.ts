/** Export filters over events (the same meaning as the store's EventQuery, applied to records). */
import type { AnalyzedArticle, PloverType, PoliticalEvent } from '../model.js';

export interface ExportFilter {
  /** Inclusive ISO dates on the event's day (its own date, else the publication day). */
  since?: string;
  until?: string;
  /** Case-insensitive substring of an actor's or recipient's name, text or code. */
  actor?: string;
  /** ISO 3166-1 alpha-3 of an actor or recipient. */
  country?: string;
  type?: PloverType;
}

export function eventDayOf(record: AnalyzedArticle, e: PoliticalEvent): string {
  return e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : record.published?.slice(0, 10) ?? '';
}

export function matchesFilter(record: AnalyzedArticle, e: PoliticalEvent, f: ExportFilter): boolean {
  if (f.type && e.type !== f.type) return false;
  const day = eventDayOf(record, e);
  if (f.since && (!day || day < f.since.slice(0, 10))) return false;
  if (f.until && (!day || day > f.until.slice(0, 10))) return false;
  const parts = [...e.actor, ...e.recipient];
  const ent = (id?: string) => (id ? record.entities.find((x) => x.id === id) : undefined);
  if (f.actor) {
    const needle = f.actor.toLowerCase();
    const hay = (p: (typeof parts)[number]): string => [p.text, p.code ?? '', ent(p.entity)?.name ?? ''].join(' ').toLowerCase();
    if (!parts.some((p) => hay(p).includes(needle))) return false;
  }
  if (f.country) {
    const c = f.country.toUpperCase();
    if (!parts.some((p) => (p.country ?? ent(p.entity)?.country ?? p.code?.slice(0, 3)) === c)) return false;
  }
  return true;
}
