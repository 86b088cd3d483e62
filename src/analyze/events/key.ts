/**
 * The identity of an event across reports, for the store to merge the same event told by several
 * outlets: type, the sorted actor and recipient identities (codes, else entity names, else text),
 * the day and the place. Two meetings of the same leaders a week apart differ by their day.
 */
import type { AnalyzedArticle, Participant, PoliticalEvent } from '../../model.js';

function who(p: Participant, record?: AnalyzedArticle): string {
  const e = p.entity && record ? record.entities.find((x) => x.id === p.entity) : undefined;
  if (e?.kb) return e.kb;
  if (e) return `${e.name.toLowerCase()}${e.code ? `/${e.code}` : ''}`;
  return p.code ?? p.text.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
}

function side(ps: readonly Participant[], record?: AnalyzedArticle): string {
  return [...new Set(ps.map((p) => who(p, record)))].sort().join('+');
}

/** The event's day: its own date, else the article's publication day. */
export function eventDay(event: PoliticalEvent, record?: AnalyzedArticle): string {
  if (event.date) return event.date;
  return record?.published?.slice(0, 10) ?? '';
}

function placeName(event: PoliticalEvent, record?: AnalyzedArticle): string {
  if (!event.location) return '';
  const e = record?.entities.find((x) => x.id === event.location);
  return (e?.kb ?? e?.name ?? event.location).toLowerCase();
}

export function eventKey(event: PoliticalEvent, record?: AnalyzedArticle): string {
  return [event.type, side(event.actor, record), side(event.recipient, record), eventDay(event, record), placeName(event, record)].join('|');
}
