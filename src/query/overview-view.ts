/** The human view of a whole database: counts, then short tables of articles, entities, quotes, events. */
import { participants } from './article-view.js';
import { plural, shorten, table } from './format.js';
import type { EventRow } from '../store/store.js';
import type { Overview } from './overview.js';

/**
 * The event's own date as the story gives it ("2023-03", "2023-W12"), or, when it has none or only a
 * vague one ("PAST_REF"), the day it is filed under (the article's): a month-dated event is not shown
 * on the report's day.
 */
function shownDate(e: EventRow): string {
  return e.date && /^\d{4}/u.test(e.date) ? e.date : e.day ?? '-';
}

export function describeOverview(o: Overview, where: string): string[] {
  const s = o.stats;
  const out = [
    `${where}: ${plural(s.articles, 'article')} (${plural(s.duplicates, 'duplicate copy')} linked), ` +
      `${plural(s.entities, 'entity')}, ${plural(s.times, 'time expression')}, ${plural(s.quotes, 'quote')}, ${plural(s.events, 'event')}`,
  ];
  if (s.firstPublished) out.push(`published from ${s.firstPublished} to ${s.lastPublished ?? s.firstPublished}`);

  out.push('', 'Articles (newest first)');
  out.push(...table([
    ['id', 'published', 'ent', 'quo', 'evt', 'headline'],
    ...o.articles.map((a) => [a.id, a.published?.slice(0, 10) ?? '-', String(a.entities), String(a.quotes), String(a.events),
      shorten(a.headline, 70) + (a.sources > 1 ? ` (+${a.sources - 1} cop${a.sources === 2 ? 'y' : 'ies'})` : '')]),
  ]));
  if (s.articles > o.articles.length) out.push(`  … ${s.articles - o.articles.length} more`);

  if (o.entities.length > 0) {
    out.push('', 'Entities (most mentioned)');
    out.push(...table(o.entities.map((e) => [e.type, e.name, e.country ?? '', `${plural(e.articles, 'article')}, ${plural(e.mentions, 'mention')}`])));
  }
  if (o.quotes.length > 0) {
    out.push('', 'Quotes (newest first)');
    for (const q of o.quotes) {
      out.push(`  ${q.speaker ?? '(unknown speaker)'}${q.addressee ? ` (to ${q.addressee})` : ''}: ${shorten(q.text, 90)}`);
    }
  }
  if (o.events.length > 0) {
    out.push('', 'Events (newest first)');
    out.push(...table(o.events.map((e) => [shownDate(e), e.type, `${participants(e.actor)} → ${participants(e.recipient)}`,
      `"${shorten(e.evidence, 60)}"`])));
  }
  out.push('', 'dateline show ID shows one article; dateline search WORDS finds articles.');
  return out;
}
