/** What the event coder knows about the whole document: entities by offset, quotes, the KB. */
import { loadKb, nameKey, type KnowledgeBase } from '../../kb/index.js';
import type { Entity, Mention, Participant, Quote } from '../../model.js';
import type { AnalysisContext, Doc } from '../doc.js';
import type { EventDictionary } from './dictionary.js';

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  form?: Mention['form'];
}

export interface CoderContext {
  doc: Doc;
  text: string;
  dict: EventDictionary;
  kb: KnowledgeBase;
  /** Mentions sorted by start. */
  mentions: MentionRef[];
  entities: Map<string, Entity>;
  /** Direct and partial quotes (whose "I"/"we" is the speaker), sorted by start. */
  quotes: Quote[];
  /** Every quote, indirect ones included (events inside are reported). */
  allQuotes: Quote[];
  /** The publication day (YYYY-MM-DD), when known. */
  day?: string;
  /** Agent words from imported dictionaries, lower-case phrase -> code such as "~GOV". */
  extraAgents: Map<string, string>;
  /** The parties the last sentence's subject named (for a next sentence's "it", "they"). */
  previousSubject?: Participant[] | undefined;
}

export function coderContext(doc: Doc, ctx: AnalysisContext, dict: EventDictionary, kb: KnowledgeBase = loadKb()): CoderContext {
  const mentions: MentionRef[] = [];
  for (const e of doc.entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e, ...(m.form ? { form: m.form } : {}) });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // A name never runs over a lower-case verb ("Britain mobilized army" is a tagging slip): such a
  // span would hide the clause's verb, so the coder does not use it.
  const verbs = doc.tokens.filter((t) => t.pos === 'VERB' && /^\p{Ll}/u.test(t.text));
  const sound = mentions.filter((m) => {
    let lo = 0;
    let hi = verbs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (verbs[mid]!.start < m.start) lo = mid + 1; else hi = mid; }
    const t = verbs[lo];
    return !(t && t.end <= m.end);
  });
  mentions.length = 0;
  mentions.push(...sound);
  const extraAgents = new Map<string, string>();
  for (const a of ctx.dictionaries?.agents ?? []) for (const f of a.forms) extraAgents.set(f.join(' '), a.code);
  const out: CoderContext = {
    doc, text: doc.article.text, dict, kb, mentions,
    entities: new Map(doc.entities.map((e) => [e.id, e])),
    quotes: doc.quotes.filter((q) => q.kind !== 'indirect').sort((a, b) => a.start - b.start),
    allQuotes: [...doc.quotes].sort((a, b) => a.start - b.start),
    extraAgents,
  };
  const ref = ctx.reference ?? doc.article.published;
  if (ref && /^\d{4}-\d{2}-\d{2}/.test(ref)) out.day = ref.slice(0, 10);
  return out;
}

/** Mentions overlapping [start, end). */
export function mentionsIn(c: CoderContext, start: number, end: number): MentionRef[] {
  const out: MentionRef[] = [];
  for (const m of c.mentions) {
    if (m.start >= end) break;
    if (m.end > start) out.push(m);
  }
  return out;
}

export function quoteAt(quotes: readonly Quote[], offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) {
    if (q.start > offset) break;
    if (offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** The country a demonym or country word names ("Hungarian" HUN). */
export function countryOfWord(c: CoderContext, word: string): string | undefined {
  const key = nameKey(word);
  // "Algerians", "Turks": a demonym in the plural.
  const d = c.kb.byDemonym(key)[0] ?? (key.endsWith('s') ? c.kb.byDemonym(key.slice(0, -1))[0] : undefined);
  if (d) return d.iso3;
  for (const e of c.kb.lookup(key)) if (e.kind === 'country') return e.iso3;
  return undefined;
}
