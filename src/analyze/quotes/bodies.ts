/**
 * Bodies by kind as speakers: "the interior ministry said", "the ministry of defence said", "the
 * country's foreign ministry said", "the army said". Every country has one of each kind
 * (kb/org-kinds.tsv); whose this one is comes from a country in the phrase ("Iran's foreign
 * ministry"), a capital opening the sentence ("In Tehran, the foreign ministry said"), else the
 * country the article is about. The speaker is that body's entity: the one the link stage made if
 * it made one, else a new entity built from the knowledge base as the link stage builds it. "The
 * ministry said" is the ministry named last before it.
 */
import { loadKb, nameKey, type KnowledgeBase, type OrgEntry } from '../../kb/index.js';
import type { Entity, Mention } from '../../model.js';
import type { Doc, Token } from '../doc.js';
import type { MentionIndex } from './resolve.js';
import type { TokenRange, View } from './phrases.js';

/** Kinds whose generic name says too little to pick a country's body from the article alone. */
const NEEDS_COUNTRY = new Set(['embassy', 'presidential-office']);

/** Kinds a city or region has its own of ("Hamburg police"). */
const LOCAL_KINDS = new Set(['police']);

/** Bare nouns that name again a body of that sort named before ("the ministry also said"). */
const AGAIN: ReadonlyMap<string, RegExp> = new Map([
  ['ministry', /\b(?:Ministry|Department|Office)\b/u],
  ['department', /\bDepartment\b/u],
]);

export class Bodies {
  private kb: KnowledgeBase | undefined;
  private articleCountry: string | undefined | null = null;

  constructor(private readonly doc: Doc, private readonly mentions: MentionIndex) {}

  /** The body a speaker phrase names by its kind, or undefined; a new entity only when `create`. */
  forPhrase(v: View, r: TokenRange, create = true): Entity | undefined {
    const toks = v.tokens.slice(r.from, r.to);
    const first = toks[0];
    const last = toks[toks.length - 1];
    if (!first || !last) return undefined;
    const again = this.namedAgain(toks);
    if (again) return again;
    const found = this.kindIn(toks);
    if (!found) return undefined;
    const local = this.localForce(toks, found);
    if (local) return local.existing ?? (create ? this.localEntity(local.place, first.start, last.end) : undefined);
    const iso = this.countryOf(v, r, toks, found.at);
    if (!iso) return undefined;
    const kb = this.knowledge();
    const entry = kb.genericOrg(found.kind, iso);
    if (!entry) return undefined;
    const start = (toks[found.at] as Token).start;
    return this.entityOf(entry, start, last.end, create);
  }

  /**
   * "Hamburg police", "the Ostby police": a city's or region's own force, not the country's; the
   * entity is that place's police (the one made before, if any).
   */
  private localForce(toks: readonly Token[], found: { kind: string; at: number }): { place: Entity; existing?: Entity } | undefined {
    if (!LOCAL_KINDS.has(found.kind) || found.at === 0) return undefined;
    const first = toks[0] as Token;
    const before = toks[found.at - 1] as Token;
    const place = this.mentions.entityFor(first.start, before.end)?.entity;
    if (!place || place.type !== 'PLACE' || !place.kb || place.kb.startsWith('country:') || !place.mentions.some((m) => m.end === before.end)) return undefined;
    const name = `${place.name} Police`;
    const existing = this.doc.entities.find((e) => e.type === 'ORG' && e.name === name);
    return existing ? { place, existing } : { place };
  }

  /** A new entity for a place's own police force, with the phrase as its mention. */
  private localEntity(place: Entity, start: number, end: number): Entity {
    const text = this.doc.article.text.slice(start, end);
    let n = 0;
    for (const e of this.doc.entities) n = Math.max(n, Number(/^e(\d+)$/u.exec(e.id)?.[1] ?? 0));
    const e: Entity = { id: `e${n + 1}`, type: 'ORG', name: `${place.name} Police`, mentions: [{ start, end, text, form: 'name' }] };
    if (place.country) {
      e.country = place.country;
      e.code = `${place.country}COP`;
    }
    this.doc.entities.push(e);
    return e;
  }

  private knowledge(): KnowledgeBase {
    this.kb ??= loadKb();
    return this.kb;
  }

  /** "the ministry": the ministry named last before it. */
  private namedAgain(toks: readonly Token[]): Entity | undefined {
    if (toks.length !== 2 || toks[0]?.text.toLowerCase() !== 'the') return undefined;
    const noun = toks[1];
    const fits = noun ? AGAIN.get(noun.text.toLowerCase()) : undefined;
    if (!noun || !fits) return undefined;
    let best: Entity | undefined;
    let at = -1;
    for (const e of this.doc.entities) {
      // The KB's name as well as the printed one ("Qatar's foreign ministry" is the Ministry of Foreign Affairs of Qatar).
      if (e.type !== 'ORG' || !(fits.test(e.name) || (e.kbName !== undefined && fits.test(e.kbName)))) continue;
      for (const m of e.mentions) if (m.end <= noun.start && m.start > at) { best = e; at = m.start; }
    }
    return best;
  }

  /** The kind of body the phrase ends with ("interior ministry", "ministry of defence", "army"). */
  private kindIn(toks: readonly Token[]): { kind: string; at: number } | undefined {
    const kb = this.knowledge();
    for (let at = 0; at < toks.length; at++) {
      const a = toks[at];
      const b = toks[toks.length - 1];
      if (!a || !b || a.pos === 'DET') continue;
      const kind = kb.genericKind(nameKey(this.doc.article.text.slice(a.start, b.end)));
      if (kind) return NEEDS_COUNTRY.has(kind.kind) ? undefined : { kind: kind.kind, at };
    }
    return undefined;
  }

  /** Whose body: a country named in the phrase, a capital opening the clause, the article's. */
  private countryOf(v: View, r: TokenRange, toks: readonly Token[], at: number): string | undefined {
    const first = toks[0] as Token;
    const kindStart = (toks[at] as Token).start;
    const prefix = this.doc.article.text.slice(first.start, kindStart).trim();
    if (prefix && !/^the$/iu.test(prefix)) {
      const own = this.mentions.entityFor(first.start, kindStart);
      if (own?.entity?.country && (own.entity.type === 'PLACE' || own.entity.type === 'GROUP')) return own.entity.country;
      // "the country's interior ministry": the article's country.
      if (!/^(?:the\s+)?(?:country|nation)['’]s?\s*$/iu.test(this.doc.article.text.slice(first.start, kindStart))) return undefined;
      return this.mainCountry();
    }
    // "In Tehran, the foreign ministry said": the place that opens the clause.
    const open = v.tokens[v.lo];
    if (open && /^(?:in|from)$/iu.test(open.text)) {
      const upTo = v.tokens[r.from - 1];
      const place = upTo ? this.mentions.entityFor(open.end + 1, upTo.start) : undefined;
      if (place?.entity?.type === 'PLACE' && place.entity.country) return place.entity.country;
    }
    return this.mainCountry();
  }

  /** The country the article is about: most mentioned by its places, the dateline's on a tie. */
  mainCountry(): string | undefined {
    if (this.articleCountry !== null) return this.articleCountry;
    const counts = new Map<string, number>();
    const dl = this.doc.article.dateline?.span;
    let datelined: string | undefined;
    for (const e of this.doc.entities) {
      if (e.type !== 'PLACE' || !e.country) continue;
      counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.length);
      if (dl && e.mentions.some((m) => m.start >= dl.start && m.end <= dl.end)) datelined = e.country;
    }
    let best: string | undefined;
    let n = 0;
    for (const [iso, k] of counts) if (k > n || (k === n && iso === datelined)) { best = iso; n = k; }
    this.articleCountry = best;
    return best;
  }

  /** The entity for a KB body: the link stage's if it made one, else (if `create`) a new one with this mention. */
  private entityOf(entry: OrgEntry, start: number, end: number, create: boolean): Entity | undefined {
    const text = this.doc.article.text.slice(start, end);
    const mention: Mention = { start, end, text, form: 'description', resolved: true };
    const known = this.doc.entities.find((e) => e.kb === entry.id);
    if (known || !create) return known;
    let n = 0;
    for (const e of this.doc.entities) n = Math.max(n, Number(/^e(\d+)$/u.exec(e.id)?.[1] ?? 0));
    const e: Entity = { id: `e${n + 1}`, type: 'ORG', name: entry.name, kb: entry.id, mentions: [mention] };
    if (entry.country) e.country = entry.country;
    if (entry.code) e.code = entry.code;
    this.doc.entities.push(e);
    return e;
  }
}
