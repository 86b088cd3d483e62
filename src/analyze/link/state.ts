/** What the linker's passes share while they work on one article. */
import type { KbEntry, KnowledgeBase, EntryIndex } from '../../kb/index.js';
import type { AgentEntry } from '../../kb/index.js';
import { formerCountry, nameKey, personCode, roleAt } from '../../kb/index.js';
import { within } from '../../kb/dates.js';
import type { EntityType, Span } from '../../model.js';
import { spanOf } from '../doc.js';
import { addMention, newCluster, type Cluster } from './clusters.js';
import type { Word } from './words.js';
import type { Hit } from './sweep.js';

export interface LinkState {
  text: string;
  words: Word[];
  /** The article's date (YYYY-MM-DD), for roles and dated codes. */
  date: string | undefined;
  kb: KnowledgeBase;
  /** Imported dictionaries, consulted before the KB. */
  extras: EntryIndex | undefined;
  agents: readonly AgentEntry[];
  clusters: Cluster[];
  /** Spans already claimed by a mention (names, phrases), so later passes do not double them. */
  claimed: Span[];
  /** Countries the article mentions, with counts: context for ambiguous names. */
  countries: Map<string, number>;
  /** The gazetteer's hits (countries, well-known bodies and places) before any linking. */
  hits: Hit[];
  quotes: ReadonlyArray<readonly [number, number]>;
  /** Where the dateline stands ("NEW DELHI (PTI) -"), when the reader found one. */
  dateline?: Span;
}

export function span(st: LinkState, start: number, end: number): Span {
  return spanOf(st.text, start, end);
}

/**
 * Claims are kept as spans whose `text` says what claimed them: 'name', 'title' (the title part of
 * a titled name) or 'hit' (a gazetteer country word). A later pass says which kinds it may overlap.
 */
export type ClaimKind = 'name' | 'title' | 'hit';

export function claimed(st: LinkState, start: number, end: number, ignore: readonly ClaimKind[] = []): boolean {
  return st.claimed.some((s) => start < s.end && s.start < end && !ignore.includes(s.text as ClaimKind));
}

/** The code an entry carries on the article's date: dated codes in order, then the default. */
export function codeAt(e: KbEntry, date: string | undefined, prefer: readonly string[] = [], size?: (iso3: string) => number): string | undefined {
  if (e.codes && date) {
    for (const c of e.codes) if ((c.from || c.to) && within(date, c.from, c.to)) return c.code;
  }
  const plain = e.codes?.find((c) => !c.from && !c.to)?.code;
  if (e.kind === 'person') return personCode(e, date, prefer, size) ?? plain ?? e.code;
  return plain ?? e.code;
}

/** The one cluster of a KB entry, made on first use and filled from the entry. */
export function clusterFor(st: LinkState, e: KbEntry, typeHint?: EntityType, prefer?: readonly string[]): Cluster {
  const existing = st.clusters.find((c) => c.entry?.id === e.id);
  if (existing) return existing;
  const c = newCluster(e.type === 'OTHER' && typeHint ? typeHint : e.type, e.name);
  c.entry = e;
  c.kb = e.id;
  // The countries the article names, the most named first.
  const preferred = prefer ?? [...st.countries.entries()].sort((a, b) => b[1] - a[1]).map(([iso]) => iso);
  const size = (iso3: string): number => capitalSize(st, iso3);
  c.code = codeAt(e, st.date, preferred, size);
  if (e.kind === 'person') {
    const t = roleAt(e, st.date, preferred, size);
    const former = !t && st.date ? formerCountry(e, st.date, preferred, size) : undefined;
    if (t) { c.role = t.office; c.country = t.country; } else if (former ?? e.country) c.country = former ?? e.country;
  } else if (e.country) {
    c.country = e.country;
  }
  st.clusters.push(c);
  return c;
}

export function mentionOf(
  st: LinkState, c: Cluster, start: number, end: number, form: 'name' | 'title' | 'description' | 'pronoun',
  resolved = false, claim: ClaimKind = 'name',
): void {
  addMention(c, span(st, start, end), form, resolved);
  if (form !== 'pronoun') st.claimed.push({ start, end, text: claim });
}

/** A titled name: one mention over title and name; the title part claimed apart from the name. */
export function titledMentionOf(st: LinkState, c: Cluster, titleStart: number, nameStart: number, end: number): void {
  addMention(c, span(st, titleStart, end), 'title');
  st.claimed.push({ start: titleStart, end: nameStart, text: 'title' }, { start: nameStart, end, text: 'name' });
}

/** A country's size for choosing among its peers: the population of its capital (GeoNames), 0 when unknown. */
export function capitalSize(st: LinkState, iso3: string): number {
  const country = st.kb.country(iso3);
  if (!country?.capital) return 0;
  return st.kb.cities.lookup(nameKey(country.capital)).find((c) => c.country2 === country.iso2)?.population ?? 0;
}
