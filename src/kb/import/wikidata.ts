/**
 * Importing people from Wikidata JSON entity dumps: humans (P31 = Q5) with "position held" (P39)
 * statements and their start (P580) and end (P582) qualifiers become KB people with terms.
 *
 * Accepts the dump's shapes: a JSON array of entities (the full dump, one entity per line between
 * `[` and `]`), JSON Lines, or a `{"entities": {...}}` object (Special:EntityData). Position items
 * in the same dump give the office's English label and its country (P1001 "applies to
 * jurisdiction" -> the country item's P298 ISO alpha-3); country items with P1906 (office held by
 * head of state) and P1313 (office held by head of government) tell which offices are HOS and HOG.
 * What the dump lacks stays unknown: an office without a label keeps its Q-id, a term without a
 * country falls back on the person's citizenship (P27), and is skipped if that is unknown too.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../errors.js';
import type { OfficeKind, PersonEntry, Term } from '../types.js';

interface Snak { datavalue?: { value?: unknown } }
interface Statement { mainsnak?: Snak; qualifiers?: Record<string, Snak[]>; rank?: string }
export interface WikidataEntity {
  id: string;
  labels?: Record<string, { value: string }>;
  aliases?: Record<string, Array<{ value: string }>>;
  claims?: Record<string, Statement[]>;
}

function itemId(s: Snak | undefined): string | undefined {
  const v = s?.datavalue?.value as { id?: string } | undefined;
  return typeof v?.id === 'string' ? v.id : undefined;
}

function stringValue(s: Snak | undefined): string | undefined {
  const v = s?.datavalue?.value;
  return typeof v === 'string' ? v : undefined;
}

/** Wikidata time "+2012-05-07T00:00:00Z" with precision 11 (day), 10 (month), 9 (year). */
export function wikidataTime(s: Snak | undefined): string | undefined {
  const v = s?.datavalue?.value as { time?: string; precision?: number } | undefined;
  const m = v?.time ? /^\+?(\d{4})-(\d{2})-(\d{2})/.exec(v.time) : null;
  if (!m) return undefined;
  const p = v?.precision ?? 11;
  if (p >= 11) return `${m[1]}-${m[2]}-${m[3]}`;
  if (p === 10) return `${m[1]}-${m[2]}`;
  return m[1];
}

function claims(e: WikidataEntity, p: string): Statement[] {
  return (e.claims?.[p] ?? []).filter((s) => s.rank !== 'deprecated');
}

/** Parse any of the dump shapes into entities. */
export function parseWikidataDump(text: string, label: string): WikidataEntity[] {
  const t = text.trim();
  if (t === '') return [];
  try {
    const whole = JSON.parse(t) as unknown;
    if (Array.isArray(whole)) return whole as WikidataEntity[];
    const ents = (whole as { entities?: Record<string, WikidataEntity> }).entities;
    if (ents) return Object.values(ents);
    if ((whole as WikidataEntity).id) return [whole as WikidataEntity];
  } catch {
    // Not one JSON value: JSON Lines or the dump's array-with-a-line-per-entity.
  }
  const out: WikidataEntity[] = [];
  t.split('\n').forEach((raw, i) => {
    const line = raw.trim().replace(/,$/, '');
    if (line === '' || line === '[' || line === ']') return;
    try {
      out.push(JSON.parse(line) as WikidataEntity);
    } catch {
      throw new InputError(`${label}:${i + 1}`, 'not a JSON entity');
    }
  });
  return out;
}

function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function guessKind(office: string): OfficeKind[] {
  if (/foreign (?:affairs|minister)|secretary of state|foreign secretary/i.test(office)) return ['FM'];
  if (/defen[cs]e/i.test(office)) return ['DM'];
  if (/secretary[- ]general|director[- ]general|president of the european|managing director/i.test(office)) return ['IGO'];
  return ['OTHER'];
}

/** People of the dump with their terms, as KB entries. */
export function wikidataPeople(entities: readonly WikidataEntity[]): PersonEntry[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const hos = new Set<string>();
  const hog = new Set<string>();
  for (const e of entities) {
    for (const s of claims(e, 'P1906')) { const id = itemId(s.mainsnak); if (id) hos.add(id); }
    for (const s of claims(e, 'P1313')) { const id = itemId(s.mainsnak); if (id) hog.add(id); }
  }
  const iso3Of = (id: string | undefined): string | undefined => {
    const c = id ? byId.get(id) : undefined;
    return c ? stringValue(claims(c, 'P298')[0]?.mainsnak) : undefined;
  };
  const out: PersonEntry[] = [];
  for (const e of entities) {
    if (!claims(e, 'P31').some((s) => itemId(s.mainsnak) === 'Q5')) continue;
    const name = e.labels?.en?.value;
    if (!name) continue;
    const citizenship = iso3Of(itemId(claims(e, 'P27')[0]?.mainsnak));
    const terms: Term[] = [];
    for (const s of claims(e, 'P39')) {
      const pos = itemId(s.mainsnak);
      if (!pos) continue;
      const posItem = byId.get(pos);
      const office = posItem?.labels?.en?.value ?? pos;
      const country = iso3Of(itemId(posItem ? claims(posItem, 'P1001')[0]?.mainsnak : undefined)) ?? citizenship;
      if (!country) continue;
      const kinds: OfficeKind[] = [];
      if (hos.has(pos)) kinds.push('HOS');
      if (hog.has(pos)) kinds.push('HOG');
      const term: Term = { office, kinds: kinds.length > 0 ? kinds : guessKind(office), country };
      const start = wikidataTime(s.qualifiers?.P580?.[0]);
      const end = wikidataTime(s.qualifiers?.P582?.[0]);
      if (start) term.start = start;
      if (end) term.end = end;
      terms.push(term);
    }
    if (terms.length === 0) continue;
    terms.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    const aliases = (e.aliases?.en ?? []).map((a) => a.value).filter((a) => a !== name && a.includes(' '));
    const p: PersonEntry = { kind: 'person', id: `person:${slug(name)}`, type: 'PERSON', name, aliases, terms, wikidata: e.id };
    const last = terms[terms.length - 1];
    if (last) p.country = last.country;
    out.push(p);
  }
  return out;
}

export function importWikidata(file: string): PersonEntry[] {
  return wikidataPeople(parseWikidataDump(readFileSync(file, 'utf8'), file));
}
