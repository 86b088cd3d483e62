/** The human view of one stored article: its facts first, then summaries of what analysis found. */
import type { AnalyzedArticle } from '../model.js';
import type { ParticipantRow, StoredArticle } from '../store/store.js';
import { plural, shorten, table } from './format.js';

const SHOWN = 12;

function more(total: number): string[] {
  return total > SHOWN ? [`  … and ${total - SHOWN} more (--json shows everything)`] : [];
}

function datelineOf(r: AnalyzedArticle): string | undefined {
  const d = r.dateline;
  if (!d) return undefined;
  const text = [d.place, d.date].filter(Boolean).join(', ');
  // A dateline may be only an agency, credited in a byline ("By Jane Doe | Anadolu"): no place or date before it.
  if (!d.agency) return text || undefined;
  return text ? `${text} (${d.agency})` : d.agency;
}

/**
 * Participants by the name of the entity they are ("He" resolved to Anton Keller is "Anton Keller"):
 * from the record's entities (`names`, by id) or the store's listing (`name`), else as the text words it.
 */
export function participants(ps: readonly ParticipantRow[], names?: ReadonlyMap<string, string>): string {
  if (ps.length === 0) return '?';
  return ps.map((p) => (p.entity ? names?.get(p.entity) : undefined) ?? p.name ?? p.text).join(', ');
}

export function describeArticle(stored: StoredArticle): string[] {
  const r = stored.record;
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const out: string[] = [r.headline, ''];
  const facts: string[][] = [['id', r.id]];
  if (r.published) {
    const zone = r.publishedZoneInferred ? ` (zone inferred${r.publishedZone ? `: ${r.publishedZone}` : ''})` : '';
    facts.push(['published', r.published + zone]);
  }
  if (r.section) facts.push(['section', r.section]);
  const dl = datelineOf(r);
  if (dl) facts.push(['dateline', dl]);
  const first = stored.sources[0];
  facts.push(['source', `${r.source.format} ${r.source.url ?? r.source.path ?? ''}${r.source.sourceId ? ` #${r.source.sourceId}` : ''}`.trim()]);
  for (const s of stored.sources) {
    if (s === first) continue;
    const how = s.variantId === r.id ? 'identical copy' : `near-duplicate, ${Math.round(s.similarity * 100)}% alike`;
    facts.push(['also at', `${s.url ?? s.path ?? s.format}${s.sourceId ? ` #${s.sourceId}` : ''} (${how})`]);
  }
  facts.push(['length', `${plural(r.text.split(/\s+/u).filter(Boolean).length, 'word')}, ${plural(r.parts.length, 'part')}`]);
  out.push(...table(facts, ''));

  out.push('', `Entities (${r.entities.length})`);
  out.push(...table(r.entities.slice(0, SHOWN).map((e) => [
    e.type,
    e.name,
    [e.country, e.code].filter(Boolean).join(' '),
    [e.role ?? e.titles?.[0], plural(e.mentions.length, 'mention')].filter(Boolean).join(' · '),
  ])), ...more(r.entities.length));

  out.push('', `Times (${r.times.length})`);
  out.push(...table(r.times.slice(0, SHOWN).map((t) => [t.type, t.value + (t.inferred ? ' (inferred)' : ''), `"${shorten(t.text, 50)}"`])),
    ...more(r.times.length));

  out.push('', `Quotes (${r.quotes.length})`);
  for (const q of r.quotes.slice(0, SHOWN)) {
    const who = (q.speaker ? names.get(q.speaker) : undefined) ?? q.speakerText ?? '(unknown speaker)';
    out.push(`  ${who} [${q.kind}]: ${shorten(q.text, 90)}`);
  }
  out.push(...more(r.quotes.length));

  out.push('', `Events (${r.events.length})`);
  out.push(...table(r.events.slice(0, SHOWN).map((e) => [
    e.type,
    `${participants(e.actor, names)} → ${participants(e.recipient, names)}`,
    [e.status, e.date].filter(Boolean).join(', '),
    `"${shorten(e.evidence.text, 60)}"`,
  ])), ...more(r.events.length));
  return out;
}
