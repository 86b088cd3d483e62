/**
 * Who a noun phrase names, as event participants: linked entities with their codes at the
 * article's date, agents from descriptions ("Russian troops" RUSMIL), speakers for "we" inside a
 * quote, addressees for "you", and each conjunct of a coordination on its own.
 */
import type { Entity, Participant } from '../../model.js';
import { agentCode } from './agents.js';
import { nameKey } from '../../kb/index.js';
import { countryOfWord, mentionsIn, quoteAt, type CoderContext, type MentionRef } from './context.js';
import type { Chunk, ParsedSentence } from './parse.js';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const SECOND_PERSON = new Set(['you', 'your']);
/** Head nouns of groups and bodies that act ("the opposition coalition", "Ibo elders"). */
const BODIES = /^(?:groups?|coalitions?|fronts?|part(?:y|ies)|movements?|organi[sz]ations?|associations?|unions?|councils?|committees?|agenc(?:y|ies)|leagues?|forums?|alliances?|elders|leaders|members|supporters|followers|youths|settlers|doctors|bulldozers|networks?|factions?|tribes(?:men)?|clans?|bod(?:y|ies)|commissions?|assembl(?:y|ies)|administrations?|governments?|ministr(?:y|ies)|regimes?|nations?|countries|states?|sides?|parliaments?|cabinets?|courts?|militiamen|agents|guards?|officers?)$/;
/** Head nouns that name people by their place or part ("Cairo's security chief", "Israel's militia ally"). */
const PEOPLE = /^(?:chiefs?|heads?|leaders?|ministers?|presidents?|spokes(?:man|men|woman|women|person)|officials?|envoys?|commanders?|allies|ally|partners?|neighbou?rs?|friends?|enem(?:y|ies)|rivals?|foes?|representatives?|delegations?|deputy|deputies|chairm[ae]n|secretar(?:y|ies)|ambassadors?|diplomats?|troops|forces|police|army|navy|military|militias?|rebels?|fighters?|network|people|citizens|nationals)$/;
/**
 * Plural nouns that name people or firms ("protesters", "analysts", "airlines"), unlike things
 * and acts ("tax cuts", "flight delays", "figures"), which never act.
 */
const ACTOR_PLURAL = /(?:[^s]ers|ors|ists|ians|ants|ents|ives|ics|ees|men|firms|airlines|banks|companies|authorities|officials|powers|nations|parties|families|youths|crowds|mobs|guerrillas|hostages|kurds|villagers)$/;
const NON_ACTORS = new Set(['it', 'this', 'that', 'these', 'those', 'which', 'what', 'there', 'they', 'them', 'he', 'she', 'him', 'her', 'his', 'its', 'their']);

/**
 * Entities that can take part in an event: people, organizations, groups, and places that stand
 * for a country or its government ("Russia", "Moscow"), and whatever an imported dictionary codes.
 * An event, a document, or a place with no
 * country (a villa, a peninsula) is a setting or a topic, never a participant.
 */
export function isActorEntity(e: Entity): boolean {
  if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'GROUP') return true;
  // An actor an imported dictionary codes (PETRARCH actors arrive as OTHER with their code).
  if (e.type === 'OTHER' && e.code) return true;
  return e.type === 'PLACE' && !!e.country && /^[A-Z]{3}$/.test(e.country);
}

function actorMentions(ms: readonly MentionRef[]): MentionRef[] {
  return ms.filter((m) => isActorEntity(m.entity));
}

export function entityCode(e: Entity): string | undefined {
  if (e.code) return e.code;
  if (e.type === 'PERSON' && e.country && (e.role || (e.titles?.length ?? 0) > 0)) return `${e.country}GOV`;
  return e.country;
}

/**
 * A person the KB knows but who held no office on the article's date (or the article has no
 * date): the country of their latest term, so an actor keeps a country.
 */
function kbCountry(c: CoderContext | undefined, e: Entity): string | undefined {
  if (!c || e.type !== 'PERSON' || (e.kb && !e.kb.startsWith('person:'))) return undefined;
  const key = nameKey(e.name);
  let people = c.kb.lookup(key).filter((x) => x.kind === 'person' && (!e.kb || x.id === e.kb));
  // "President Mugabe" with no date to settle roles: the one person the KB knows by that surname.
  if (people.length === 0 && !e.kb) people = [...c.kb.bySurname(nameKey(e.name.split(/\s+/).pop() ?? ''))];
  // "President Bush": several people by that name, all of one country, still give the country.
  const countries = new Set<string | undefined>();
  for (const entry of people) {
    if (entry.kind !== 'person') return undefined;
    const terms = [...entry.terms].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
    countries.add(terms[0]?.country ?? entry.country);
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

export function entityParticipant(e: Entity, text: string, c?: CoderContext): Participant {
  const p: Participant = { entity: e.id, text };
  const code = entityCode(e);
  if (code) p.code = code;
  // An intergovernmental body's code (IGOUNO) names no country: its "country" column is the body.
  if (e.country && /^[A-Z]{3}$/.test(e.country) && !code?.startsWith('IGO')) p.country = e.country;
  if (!code && !p.country) {
    const country = kbCountry(c, e);
    if (country && /^[A-Z]{3}$/.test(country)) { p.country = country; p.code = country; }
  }
  // An official of an intergovernmental body (the KB gives "UNO", "NAT" … as the country of the
  // Secretary-General): CAMEO codes the body, IGO first, and no country.
  if (c && e.type === 'PERSON' && p.country && p.country !== 'NGO' && !c.kb.country(p.country)) {
    if (!p.code?.startsWith('IGO')) p.code = `IGO${p.country}`;
    delete p.country;
  }
  return p;
}

function chunkText(c: CoderContext, ps: ParsedSentence, ch: Chunk): string {
  return c.text.slice(ps.toks[ch.from]!.start, ps.toks[ch.to - 1]!.end);
}

/** The speaker ("we") or addressee ("you") of the quote around `offset`. */
function quotePerson(c: CoderContext, offset: number, second: boolean): Entity | undefined {
  const q = quoteAt(c.quotes, offset);
  if (!q) return undefined;
  if (!second) return q.speaker ? c.entities.get(q.speaker) : undefined;
  if (q.addressee) return c.entities.get(q.addressee);
  // The speaker's last addressee: a conversation goes on over several quotes.
  let last: string | undefined;
  for (const o of c.quotes) {
    if (o.start >= q.start) break;
    if (o.speaker === q.speaker && o.addressee) last = o.addressee;
  }
  return last ? c.entities.get(last) : undefined;
}

/** Index of the possessive marker inside an NP ("Kim Jong-un’s message"), or -1. */
export function possessiveAt(ps: ParsedSentence, np: Chunk): number {
  for (let k = np.to - 1; k >= np.from; k--) if (ps.toks[k]!.pos === 'PART' && (ps.toks[k]!.lower === "'s" || ps.toks[k]!.lower === "'")) return k;
  return -1;
}

/** The participant one NP chunk names, or undefined when it names no actor. */
export function participantOf(c: CoderContext, ps: ParsedSentence, idx: number, opts: { loose?: boolean; text?: boolean } = {}): Participant | undefined {
  const np = ps.chunks[idx];
  if (!np || np.kind !== 'NP') return undefined;
  const first = ps.toks[np.from]!;
  // "Nigeria today", "Denmark on Monday": a time written into the phrase is not its head.
  let h = np.head;
  while (h > np.from && c.doc.times.some((t) => t.start <= ps.toks[h]!.start && t.end >= ps.toks[h]!.end)) h--;
  const headTok = ps.toks[h]!;
  const text = chunkText(c, ps, np);
  if (np.to - np.from === 1 && first.pos === 'PRON') {
    if (FIRST_PERSON.has(first.lower) || SECOND_PERSON.has(first.lower)) {
      const e = quotePerson(c, first.start, SECOND_PERSON.has(first.lower));
      return e ? entityParticipant(e, text, c) : undefined;
    }
  }
  const poss = possessiveAt(ps, np);
  const from = poss >= 0 && poss < np.head ? ps.toks[poss + 1]!.start : first.start;
  const end = ps.toks[np.to - 1]!.end;
  // "The G7 summit", "the NATO summit in Vilnius": an event is a setting, never a party; its host
  // or organizer stands in only when the text names one ("hosted by Japan").
  if (isEventPhrase(c, ps, idx)) return hostOf(c, end);
  const ms = actorMentions(mentionsIn(c, from, end));
  // "The 61-year-old president-elect urged …": a person told by age alone is the one the story
  // named last, a sentence or two before.
  if (first.lower === 'the' && ps.toks.slice(np.from, np.to).some((t) => AGED.test(t.lower)) && !ms.some((m) => m.entity.type === 'PERSON')) {
    const prior = lastPersonBefore(c, first.start);
    if (prior) return entityParticipant(prior, text, c);
  }
  const onHead = ms.find((m) => m.start <= headTok.start && m.end >= headTok.end);
  // "ethnic Albanians in Serbia": an ethnic group is of the country it lives in, not of its name's
  // (CAMEO codes it so); the place after it, else the event's setting, tells which.
  if (onHead && ps.toks.slice(np.from, h).some((t) => t.lower === 'ethnic')) return { text, ...placeAfter(c, ps, idx) };
  if (onHead) return placed(entityParticipant(onHead.entity, c.text.slice(Math.max(onHead.start, from), onHead.end), c), c, ps, np, first.start, end, onHead);
  const agent = agentCode(headTok.lower) ?? extraAgent(c, headTok.lower);
  if (agent) {
    // "Sudan's government", "Taiwan's Vice Foreign Minister": the possessor gives the country.
    const country = countryIn(c, ps, np, mentionsIn(c, first.start, end), first.start) ?? countryAfter(c, ps, idx);
    const p: Participant = { text };
    if (country) { p.code = `${country}${agent}`; p.country = country; }
    const person = ms.find((m) => m.entity.type === 'PERSON' || m.entity.type === 'ORG');
    if (person) return entityParticipant(person.entity, text, c);
    return p.code || opts.loose || headTok.pos !== 'PRON' ? p : undefined;
  }
  // "Russia's BRICS chairmanship", "Sweden's membership bid": a thing is its possessor's.
  if (poss >= 0 && poss < np.head && !c.dict.nouns.has(headTok.lemma) && !BODIES.test(headTok.lower) && !PEOPLE.test(headTok.lower)) {
    const owner = actorMentions(mentionsIn(c, first.start, ps.toks[poss]!.start)).pop();
    if (owner) return entityParticipant(owner.entity, c.text.slice(owner.start, owner.end), c);
  }
  const head = headOf(c, ps, idx);
  if (head) return entityParticipant(head, text, c);
  const named = ms.find((m) => m.entity.type === 'PERSON' || m.entity.type === 'ORG');
  if (named) return placed(entityParticipant(named.entity, c.text.slice(Math.max(named.start, from), named.end), c), c, ps, np, first.start, end, named);
  if (NON_ACTORS.has(headTok.lower)) return undefined;
  // "both countries", "the two neighbours": a pair the story named; refine.ts finds which.
  if (/^(?:the\s+two|both)\s/i.test(text) && (BODIES.test(headTok.lower) || PEOPLE.test(headTok.lower) || /^rivals$/.test(headTok.lower))) return { text };
  // "the Greek side", "Palestinian factions": a body or a group of people a demonym places.
  // ("his Saudi counterpart": a counterpart counts only when a demonym places him.)
  if (BODIES.test(headTok.lower) || PEOPLE.test(headTok.lower) || /^counterparts?$/.test(headTok.lower)) {
    const country = countryIn(c, ps, np, [], from);
    if (country) return { text, code: country, country };
  }
  if (opts.loose) {
    // A recipient named as a possessor or modifier: "Haiti's efforts", "Palestinian lorries".
    const place = ms.find((m) => m.entity.country) ?? actorMentions(mentionsIn(c, first.start, end)).find((m) => m.entity.country);
    if (place) return entityParticipant(place.entity, text, c);
    const country = countryIn(c, ps, np, [], from);
    if (country) return { text, code: country, country };
  }
  if (headTok.pos === 'PROPN' && opts.loose) return { text };
  // "Young Algerians": the head itself is a demonym.
  if (headTok.pos === 'PROPN' || headTok.pos === 'NOUN') {
    const country = /^\p{Lu}/u.test(headTok.text) ? countryOfWord(c, headTok.text) : undefined;
    if (country) return { text, code: country, country };
  }
  // An actor the text names but nothing knows ("the opposition coalition"): its words only.
  if (opts.text && (headTok.pos === 'PROPN' || BODIES.test(headTok.lower) || PEOPLE.test(headTok.lower) ||
    (headTok.pos === 'NOUN' && ACTOR_PLURAL.test(headTok.lower) && !c.dict.nouns.has(headTok.lemma)))) return { text };
  return undefined;
}

/** What the role or a title of whoever heads a state or a government says. */
const HEADS: Readonly<Record<string, RegExp>> = {
  state: /\b(?:president|king|queen|sultan|emir|monarch|emperor|head of state)\b/i,
  government: /\b(?:prime minister|premier|chancellor|head of government)\b/i,
};

/**
 * "a meeting with the head of State": the person the article named last before the phrase whose
 * role or title says he heads the state (or the government), when the phrase names no one itself.
 */
function headOf(c: CoderContext, ps: ParsedSentence, idx: number): Entity | undefined {
  const np = ps.chunks[idx];
  const of = ps.chunks[idx + 1];
  const what = ps.chunks[idx + 2];
  if (!np || np.to - np.from !== 2 || ps.toks[np.from]!.lower !== 'the' || ps.toks[np.head]!.lower !== 'head') return undefined;
  if (of?.kind !== 'PREP' || ps.toks[of.from]!.lower !== 'of' || what?.kind !== 'NP' || what.to - what.from !== 1) return undefined;
  const office = HEADS[ps.toks[what.head]!.lower];
  if (!office) return undefined;
  const at = ps.toks[np.from]!.start;
  let best: Entity | undefined;
  let last = -1;
  for (const e of c.entities.values()) {
    if (e.type !== 'PERSON' || !(office.test(e.role ?? '') || (e.titles ?? []).some((t) => office.test(t)))) continue;
    const m = e.mentions.filter((x) => x.end <= at).pop();
    if (m && m.start > last) { best = e; last = m.start; }
  }
  return best;
}

/** The phrase's head is an event's mention: "The G7 summit", "the summit in Vilnius". */
export function isEventPhrase(c: CoderContext, ps: ParsedSentence, idx: number): boolean {
  const np = ps.chunks[idx];
  if (!np || np.kind !== 'NP') return false;
  const head = ps.toks[np.head]!;
  return mentionsIn(c, ps.toks[np.from]!.start, ps.toks[np.to - 1]!.end).some((m) => m.entity.type === 'EVENT' && m.start <= head.start && m.end >= head.end);
}

const HOSTED_BY = /^,?\s+(?:hosted|organi[sz]ed|convened|chaired|called) by (?:the )?/u;

/** The body or country an event's phrase says hosts or organizes it: "the summit, hosted by Japan". */
function hostOf(c: CoderContext, end: number): Participant | undefined {
  const m = HOSTED_BY.exec(c.text.slice(end, end + 40));
  if (!m) return undefined;
  const at = end + m[0].length;
  const host = actorMentions(mentionsIn(c, at, Math.min(c.text.length, at + 60))).find((x) => x.start === at);
  return host ? entityParticipant(host.entity, c.text.slice(host.start, host.end), c) : undefined;
}

/**
 * An entity with no country of its own, placed by the rest of its phrase: "Iran's religious leader
 * Ayatollah Khomeini", "the radical Palestinian Islamic Jihad movement".
 */
function placed(p: Participant, c: CoderContext, ps: ParsedSentence, np: Chunk, start: number, end: number, self: MentionRef): Participant {
  if (p.country || p.code) return p;
  const others = mentionsIn(c, start, end).filter((m) => m.entity !== self.entity && m.entity.type !== 'PERSON');
  // "U.N. mediator Diego Cordovez": the body's code, not its pseudo-country.
  const body = others.find((m) => m.entity.code?.startsWith('IGO'));
  if (body?.entity.code) { p.code = body.entity.code; return p; }
  const country = countryIn(c, ps, np, others, start);
  if (country) { p.country = country; p.code = country; }
  return p;
}

function extraAgent(c: CoderContext, word: string): string | undefined {
  const code = c.extraAgents.get(word);
  return code ? code.replace(/~/g, '') : undefined;
}

function countryIn(c: CoderContext, ps: ParsedSentence, np: Chunk, ms: readonly MentionRef[], from: number): string | undefined {
  for (const m of ms) if (m.entity.country && /^[A-Z]{3}$/.test(m.entity.country)) return m.entity.country;
  for (let k = np.from; k < np.head; k++) {
    const t = ps.toks[k]!;
    if (t.start < from || (t.pos !== 'ADJ' && t.pos !== 'PROPN')) continue;
    const country = countryOfWord(c, t.text);
    if (country) return country;
  }
  return undefined;
}

/** "inspectors of the International Atomic Energy Agency": the country or code of the of-phrase. */
function countryAfter(c: CoderContext, ps: ParsedSentence, idx: number): string | undefined {
  const prep = ps.chunks[idx + 1];
  const next = ps.chunks[idx + 2];
  if (!prep || !next || prep.kind !== 'PREP' || ps.toks[prep.from]!.lower !== 'of' || next.kind !== 'NP') return undefined;
  const ms = mentionsIn(c, ps.toks[next.from]!.start, ps.toks[next.to - 1]!.end);
  for (const m of ms) {
    const code = entityCode(m.entity);
    if (code) return code.slice(0, 3);
  }
  return undefined;
}

const AGED = /^\d{1,3}-year-old$/;
/** How far back (in characters) a person told by age may have been named. */
const AGED_REACH = 600;

/** The person mentioned last before `at`, within reach. */
function lastPersonBefore(c: CoderContext, at: number): Entity | undefined {
  let best: Entity | undefined;
  for (const m of c.mentions) {
    if (m.start >= at) break;
    if (m.entity.type === 'PERSON' && at - m.end <= AGED_REACH) best = m.entity;
  }
  return best;
}

/** "… in Serbia", "… of southern Serbia": the country of the place named right after the phrase. */
function placeAfter(c: CoderContext, ps: ParsedSentence, idx: number): { country?: string; code?: string } {
  const prep = ps.chunks[idx + 1];
  const next = ps.chunks[idx + 2];
  if (prep?.kind !== 'PREP' || !['in', 'of'].includes(ps.toks[prep.from]!.lower) || next?.kind !== 'NP') return {};
  const place = mentionsIn(c, ps.toks[next.from]!.start, ps.toks[next.to - 1]!.end).find((m) => m.entity.type === 'PLACE' && m.entity.country);
  const country = place?.entity.country;
  return country && /^[A-Z]{3}$/.test(country) ? { country, code: country } : {};
}

/**
 * The NP chunks of a coordination starting at chunk `idx` and running right ("Russia and China",
 * "US, British and French forces"). Returns the chunk indices and the index after the last.
 */
export function coordinationRight(ps: ParsedSentence, idx: number): { nps: number[]; next: number } {
  const nps = [idx];
  let k = idx + 1;
  for (;;) {
    const a = ps.chunks[k];
    const b = ps.chunks[k + 1];
    if (a && b && b.kind === 'NP' && isCoordinator(ps, a)) {
      if (a.kind === 'PUNCT' && !listEndsInAnd(ps, k)) break;
      nps.push(k + 1);
      k += 2;
      continue;
    }
    const b2 = ps.chunks[k + 2];
    if (a && b && b2 && b2.kind === 'NP' && ps.toks[a.from]!.text === ',' && isCoordinator(ps, b) && ps.toks[b.from]!.lower !== ',') {
      nps.push(k + 2);
      k += 3;
      continue;
    }
    break;
  }
  return { nps, next: k };
}

/** The same, running left from the NP at `idx` (a subject before its verb). */
export function coordinationLeft(ps: ParsedSentence, idx: number): number[] {
  const nps = [idx];
  let k = idx;
  let sawAnd = false;
  for (;;) {
    const a = ps.chunks[k - 1];
    const b = ps.chunks[k - 2];
    // A comma joins conjuncts only in a list that ends in "and" ("US, British and French forces").
    if (a && b && b.kind === 'NP' && isCoordinator(ps, a) && (a.kind === 'CONJ' || sawAnd) && !(a.kind === 'PUNCT' && introductory(ps, k - 2))) {
      if (a.kind === 'CONJ') sawAnd = true;
      nps.unshift(k - 2);
      k -= 2;
      continue;
    }
    break;
  }
  return nps;
}

/**
 * "After two days of talks in Geneva, the United States and China agreed": the NP at `k` ends a
 * phrase that opens the sentence with a preposition or conjunction, set off by a comma; it is no
 * conjunct of the subject after it.
 */
function introductory(ps: ParsedSentence, k: number): boolean {
  if (ps.chunks[k - 1]?.kind !== 'PREP') return false;
  for (let j = k - 1; j > 0; j--) {
    const ch = ps.chunks[j]!;
    if (ch.kind !== 'NP' && ch.kind !== 'PREP' && ch.kind !== 'OTHER') return false;
  }
  const first = ps.chunks[0]!;
  return first.kind === 'PREP' || first.kind === 'SCONJ';
}

/** From a comma at chunk `k`: NP (, NP)* and NP follows. */
function listEndsInAnd(ps: ParsedSentence, k: number): boolean {
  for (let j = k; j + 1 < ps.chunks.length; j += 2) {
    const a = ps.chunks[j]!;
    const b = ps.chunks[j + 1]!;
    if (b.kind !== 'NP' || !isCoordinator(ps, a)) return false;
    if (a.kind === 'CONJ') return true;
  }
  return false;
}

function isCoordinator(ps: ParsedSentence, ch: Chunk): boolean {
  const w = ps.toks[ch.from]!.lower;
  return (ch.kind === 'CONJ' && (w === 'and' || w === 'or' || w === 'nor')) || (ch.kind === 'PUNCT' && w === ',');
}

/**
 * Participants of a coordination, one per conjunct; a bare country word borrows the agent of the
 * last conjunct ("Hungarian and Romanian officials" is HUNGOV and ROUGOV).
 */
export function participantsOf(c: CoderContext, ps: ParsedSentence, nps: readonly number[], opts: { loose?: boolean; text?: boolean } = {}): Participant[] {
  const out: Participant[] = [];
  const last = nps[nps.length - 1];
  const lastHead = last !== undefined ? ps.toks[ps.chunks[last]!.head]!.lower : '';
  const sharedAgent = nps.length > 1 ? agentCode(lastHead) : undefined;
  for (const i of nps) {
    let p = participantOf(c, ps, i, opts);
    if (!p && sharedAgent) {
      const np = ps.chunks[i]!;
      const country = countryIn(c, ps, np, mentionsIn(c, ps.toks[np.from]!.start, ps.toks[np.to - 1]!.end), ps.toks[np.from]!.start) ??
        countryOfWord(c, ps.toks[np.head]!.text);
      if (country) p = { text: chunkText(c, ps, np), code: `${country}${sharedAgent}`, country };
    }
    if (p && !p.code && !p.country) p = withApposition(c, ps, i, p);
    if (p && !out.some((o) => samePart(o, p!))) out.push(p);
  }
  // "Hungarian and Romanian officials": the first conjunct named only a country; give it the agent.
  if (sharedAgent) {
    for (const p of out) {
      if (!p.code || p.code.length !== 3) continue;
      // Only a modifier shares the head ("Hungarian and …", "US, British and French"), not a
      // country's name ("Ethiopia, Tigray rebels agree").
      const word = p.text.split(/\s+/).pop() ?? '';
      if (!/^\p{Lu}{2,4}$/u.test(word) && c.kb.byDemonym(nameKey(word)).length === 0) continue;
      p.code = `${p.code}${sharedAgent}`;
      // "Chinese (officials)" are not China: the participant is the agent, not the country.
      delete p.entity;
    }
  }
  return out;
}

/**
 * "Kenzo Oshima, the United Nations relief coordinator, demanded": a name nothing codes takes the
 * code or country of the description set beside it between commas.
 */
function withApposition(c: CoderContext, ps: ParsedSentence, i: number, p: Participant): Participant {
  const comma = ps.chunks[i + 1];
  const np = ps.chunks[i + 2];
  if (comma?.kind !== 'PUNCT' || ps.toks[comma.from]!.text !== ',' || np?.kind !== 'NP') return p;
  const q = participantOf(c, ps, i + 2, { loose: true });
  if (!q || (!q.code && !q.country) || (q.entity !== undefined && q.entity === p.entity)) return p;
  const out: Participant = { ...p };
  if (q.code) out.code = q.code;
  if (q.country) out.country = q.country;
  return out;
}

/**
 * "expelled ten US diplomats", "sanctions on Iranian officials": a target named as a group of a
 * country by its demonym or name is, for whom the act is aimed at, that country. The country's
 * own entity (the one a word of the phrase mentions) is joined to the participant, its code
 * (USAGOV, IRNGOV) kept. A group of the actor's own country stays a group ("Russia arrested Russian
 * activists" is no act against Russia).
 */
export function withCountryEntity(c: CoderContext, p: Participant, actor: readonly Participant[]): Participant {
  if (p.entity || !p.country || actor.some((a) => a.country === p.country || a.code?.startsWith(p.country!))) return p;
  let best: Entity | undefined;
  for (const e of c.entities.values()) {
    if (e.type !== 'PLACE' || e.country !== p.country || !e.mentions.some((m) => hasWords(p.text, m.text))) continue;
    // The country itself (code USA) before its capital standing for its government (USAGOV).
    if (!best || (e.code === e.country && best.code !== best.country)) best = e;
  }
  return best ? { ...p, entity: best.id } : p;
}

/** `words` stands in `text` as whole words. */
function hasWords(text: string, words: string): boolean {
  for (let k = text.indexOf(words); k >= 0; k = text.indexOf(words, k + 1)) {
    const after = text.slice(k + words.length, k + words.length + 2);
    // "France's foreign minister" is a person of his own, no group of France.
    if (!/[\p{L}\p{N}]/u.test(text[k - 1] ?? ' ') && !/^(?:[\p{L}\p{N}]|['’]s)/u.test(after)) return true;
  }
  return false;
}

export function samePart(a: { entity?: string; text: string; code?: string }, b: { entity?: string; text: string; code?: string }): boolean {
  if (a.entity || b.entity) return a.entity === b.entity;
  return a.text === b.text && a.code === b.code;
}
