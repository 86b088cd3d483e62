/**
 * Who a speaker phrase is: the entity whose mention covers it (names, and the link stage's
 * descriptions), or for a pronoun the last compatible antecedent in focus. Also decides which
 * phrases are worth keeping in focus (people and organisations, not "the meeting").
 */
import type { Entity, EntityType, Part } from '../../model.js';
import type { Bodies } from './bodies.js';
import { describedPerson, fitsEqually, personFor, type PersonCandidate } from './descriptions.js';
import { PERSON_NOUNS, POSSESSIVE_PRONOUNS, pronounTypes } from './lexicon.js';
import { profileOf } from './profiles.js';
import type { Focus, FocusItem, MentionIndex } from './resolve.js';
import { isComma, lowerText, phraseEndingAt, phraseStartingAt, tok, type TokenRange, type View } from './phrases.js';

export interface Speaker {
  /** The phrase as printed at the cue. */
  text: string;
  start: number;
  end: number;
  entity?: Entity;
  /** True when the entity was inferred (pronoun, description, carried over from another cue). */
  resolved: boolean;
  type?: EntityType;
  /** Worth keeping in focus as an antecedent for later pronouns and cue-less quotes. */
  inFocus: boolean;
}

export interface SpeakerEnv {
  text: string;
  mentions: MentionIndex;
  focus: Focus;
  /** True when the tagger ran: a capitalised phrase it did not tag as a name is no name. */
  haveNames: boolean;
  /** The people the link stage found, for descriptions ("the 65-year-old leader"). */
  people: readonly Entity[];
  parts: readonly Part[];
  /** Bodies named by their kind ("the interior ministry"). */
  bodies?: Bodies;
  /**
   * What was reported so far (the contents of indirect statements with a speaker), in text
   * order: the people named inside "According to Tillerson, Trump … while Putin denied …" are
   * what Tillerson said, not who speaks next ("…," he told reporters).
   */
  reported?: Said[];
}

// Object forms too: "According to him, …", "told her".
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'him', 'them']);

/** Character range of what a speaker said before the cue ("CLAUSE, he said"): no antecedent there. */
export interface Said {
  start: number;
  end: number;
}

/**
 * Who the phrase at `r` is. `speaking` is false for a sentence's subject or an addressee: a body
 * named by its kind is then only the one the article already has, never a new entity.
 */
export function resolvePhrase(env: SpeakerEnv, v: View, r: TokenRange, part: number, said?: Said, speaking = true): Speaker {
  const first = v.tokens[r.from];
  const last = v.tokens[r.to - 1];
  const start = first ? first.start : 0;
  const end = last ? last.end : start;
  const text = env.text.slice(start, end);
  const word = text.toLowerCase();
  if (r.to - r.from === 1 && (PRONOUN_SPEAKERS.has(word) || POSSESSIVE_PRONOUNS.has(word))) {
    return resolvePronoun(env, v, r, part, { text, start, end, resolved: true, inFocus: true }, said, speaking);
  }
  // "Nicaragua, whose delegate complained …": the delegate speaks for the antecedent.
  if (word.startsWith('whose ') && r.to - r.from >= 2) return whoseSpeaker(env, v, r, part, { text, start, end, resolved: true, inFocus: false });
  // "Prime Minister Tom Hart and President Erik Moen": the pair as printed, the first named for
  // the entity (a record has one speaker).
  for (let k = r.from + 1; k < r.to - 1; k++) {
    const and = v.tokens[k];
    // ("Procter and Gamble" is one name: a mention runs over its "and".)
    if (and && and.pos === 'CCONJ' && lowerText(and) === 'and' && !env.mentions.entityFor(and.start, and.end)) {
      // A place is only a modifier there ("the Palestinian group" is no Palestine): then the other.
      const firstOne = resolvePhrase(env, v, { from: r.from, to: k }, part, said, speaking);
      const other = firstOne.entity && firstOne.entity.type !== 'PLACE' ? undefined : resolvePhrase(env, v, { from: k + 1, to: r.to }, part, said, speaking);
      const pick = other?.entity && other.entity.type !== 'PLACE' ? other : firstOne;
      return { ...pick, text, start, end };
    }
  }
  const sp: Speaker = { text, start, end, resolved: false, inFocus: false };
  const hit = env.mentions.entityFor(start, end);
  const notPerson = !hit?.entity || hit.entity.type !== 'PERSON';
  // "Thai opposition leader vows …": a title the article gives one person, standing alone.
  const titled = notPerson ? titledPerson(env, text, env.parts[part]?.kind === 'headline') : undefined;
  if (titled) {
    sp.entity = titled;
    sp.resolved = true;
    sp.type = 'PERSON';
    sp.inFocus = true;
    return sp;
  }
  // "The German leader" the linker took for someone the article never named (a knowledge-base
  // guess), when the article named a person the description fits: that person.
  // And one the linker picked of two people the description fits equally: no one.
  if (hit?.entity && !notPerson && hit.resolved) {
    const d = describedPerson(v, r);
    const candidates = d ? candidatesBefore(env, start) : [];
    // (An office's most recent holder, too: "President Moen flew home. The president said …".)
    const person = d && (!namedBefore(hit.entity, start) || (d.office && !d.past)) ? personFor(d, candidates, part, (at) => partAt(env.parts, at), undefined, env.text) : undefined;
    if (person && person !== hit.entity) return { text, start, end, entity: person, resolved: true, type: 'PERSON', inFocus: true };
    if (d && fitsEqually(d, candidates, env.text)) return { text, start, end, resolved: false, type: 'PERSON', inFocus: true };
    // "The Prime Minister said" in a Kuala Lumpur story, no prime minister named before: never
    // another country's (the linker's guess from a later "Singapore Prime Minister Lee").
    if (d?.office && !d.past && d.owner === undefined && STATE_OFFICES.has(d.head) && !person && !namedBefore(hit.entity, start)
      && !namedInSentence(env, hit.entity, end) && foreignTo(env, hit.entity, v, r)) {
      return { text, start, end, resolved: false, type: 'PERSON', inFocus: true };
    }
  }
  const modifier = !!hit?.entity && notPerson && isModifier(hit.entity, v, r);
  const isPlace = (t: { start: number; end: number }): boolean => env.mentions.entityFor(t.start, t.end)?.entity?.type === 'PLACE';
  const described = !hit?.entity || modifier ? describedPerson(v, r, isPlace) : undefined;
  if (described) {
    // "the Nigerian leader", "the 65-year-old leader", "the Harvard-educated politician": a person,
    // not the country or the word in the phrase; "the Kremlin spokesman" no one named stays the Kremlin.
    const person = personFor(described, candidatesBefore(env, start), part, (at) => partAt(env.parts, at), hit?.entity?.country, env.text);
    const body = hit?.entity && (hit.entity.type === 'ORG' || hit.entity.type === 'GROUP');
    if (person || !body) {
      sp.type = 'PERSON';
      sp.inFocus = true;
      if (person) {
        sp.entity = person;
        sp.resolved = true;
      }
      return sp;
    }
  }
  if (env.bodies && (!hit?.entity || (hit.entity.type === 'PLACE' && modifier))) {
    // "the interior ministry", "Iran's foreign ministry": a country's body of that kind.
    const body = env.bodies.forPhrase(v, r, speaking);
    if (body) {
      sp.entity = body;
      sp.resolved = true;
      sp.type = 'ORG';
      sp.inFocus = true;
      return sp;
    }
  }
  if (hit?.entity && hit.entity.type !== 'PERSON') {
    const headWord = last ? last.text.toLowerCase() : '';
    // "The army's spokesman, Col. X, said": the person in apposition, not the army.
    const appositive = PERSON_NOUNS.has(headWord) ? appositiveEntity(env, v, r) : undefined;
    // "Varnia's military spokesman Maj Gen X said" with X tagged but not linked: someone, not the body.
    const name = appositive ? undefined : env.mentions.nameIn(start, end);
    const unlinked = name?.type === 'PERSON' && name.end === end && !env.mentions.entityFor(name.start, name.end)?.entity;
    if (appositive || unlinked) {
      sp.type = 'PERSON';
      sp.inFocus = true;
      if (appositive) {
        sp.entity = appositive;
        sp.resolved = true;
      }
      return sp;
    }
  }
  // "A Saudi-led coalition", "Iranian-backed rebels": a body the place leads or backs, not the place.
  const ledBy = modifier && hit?.entity?.type === 'PLACE' && ledByPlace(v, r, hit.entity);
  if (hit?.entity && !ledBy) {
    sp.entity = hit.entity;
    sp.resolved = hit.resolved;
    sp.type = hit.entity.type;
    sp.inFocus = sp.type === 'PERSON' || sp.type === 'ORG' || sp.type === 'GROUP';
    return sp;
  }
  const appositive = appositiveEntity(env, v, r);
  if (appositive) {
    // "The host, Lithuanian President Gitanas Nauseda, urged …": the name in apposition.
    sp.entity = appositive;
    sp.resolved = true;
    sp.type = appositive.type;
    sp.inFocus = true;
    return sp;
  }
  const name = env.mentions.nameIn(start, end);
  if (name) {
    sp.type = name.type;
    sp.inFocus = name.type === 'PERSON' || name.type === 'ORG' || name.type === 'GROUP';
    return sp;
  }
  const head = last ? last.text.toLowerCase() : '';
  if (PERSON_NOUNS.has(head) || PERSON_NOUNS.has(head.replace(/s$/u, ''))) {
    sp.type = 'PERSON';
    sp.inFocus = true;
    // "the mediator said" with no link: a definite description of one person stands for the
    // person who spoke last, in this paragraph or the one before; "the president's lawyer" is
    // someone the president has, not whoever spoke.
    let owned = false;
    for (let k = r.from; k < r.to; k++) owned ||= /^['’]s?$/u.test(v.tokens[k]?.text ?? '');
    if (PERSON_NOUNS.has(head) && first?.text.toLowerCase() === 'the' && r.to - r.from <= 4 && !owned) {
      const item = env.focus.lastPersonSpeaker(start, part - 1);
      if (item?.entity) {
        sp.entity = item.entity;
        sp.resolved = true;
      }
    }
  } else if (!env.haveNames) {
    // No tagger output: a capitalised phrase may be a person; keep it, type unknown.
    for (let k = r.from; k < r.to; k++) if (v.tokens[k]?.pos === 'PROPN') sp.inFocus = true;
  }
  return sp;
}

/** Does a mention of the place inside the phrase stand in a compound like "Saudi-led", "Iran-backed"? */
function ledByPlace(v: View, r: TokenRange, place: Entity): boolean {
  for (let k = r.from; k < r.to; k++) {
    const t = v.tokens[k];
    if (!t || !/-(?:led|backed|based|funded|sponsored|allied|aligned)$/iu.test(t.text)) continue;
    if (place.mentions.some((m) => m.start >= t.start && m.end <= t.end)) return true;
  }
  return false;
}

/**
 * Is the entity a phrase resolved to only a modifier of its head ("Pakistan's National Security
 * Committee", "the Indian envoy", "the Kremlin spokesman") rather than the whole phrase ("Pakistan")?
 */
function isModifier(e: Entity, v: View, r: TokenRange): boolean {
  const head = v.tokens[r.to - 1];
  return !!head && !e.mentions.some((m) => m.start <= head.start && m.end >= head.end);
}

/**
 * The one person the article gives this title ("Thai opposition leader"), when the phrase is just
 * that; in a headline also a lone office ("Minister rejects criticism") only one person holds.
 */
function titledPerson(env: SpeakerEnv, text: string, headline: boolean): Entity | undefined {
  const key = text.toLowerCase().replace(/^the\s+/u, '');
  let found: Entity[] = [];
  if (/\s/u.test(key)) found = env.people.filter((e) => (e.titles ?? []).some((t) => t.toLowerCase().replace(/^the\s+/u, '') === key));
  else if (headline && /^\p{Lu}\p{Ll}+$/u.test(text) && PERSON_NOUNS.has(key)) {
    const word = new RegExp(`\\b${key}\\b`, 'u');
    found = env.people.filter((e) => word.test([e.role ?? '', ...(e.titles ?? [])].join(' | ').toLowerCase()));
  }
  return found.length === 1 ? found[0] : undefined;
}

/** Offices every state has one holder of: bare, they mean the article's country's. */
const STATE_OFFICES = new Set(['president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'monarch', 'emir']);

/** Is the entity named by name later in the sentence the phrase ends at ("the AU's envoy, Olusegun Obasanjo,")? */
function namedInSentence(env: SpeakerEnv, e: Entity, end: number): boolean {
  const stop = env.text.slice(end).search(/[.!?]["”’]?\s|\n/u);
  const limit = stop < 0 ? env.text.length : end + stop;
  return e.mentions.some((m) => m.start >= end && m.start < limit && m.form !== 'pronoun' && m.form !== 'description');
}

/**
 * Is the person another country's than the article's, for a phrase that names no place of its own
 * ("the prime minister", not "the Singapore prime minister")?
 */
function foreignTo(env: SpeakerEnv, e: Entity, v: View, r: TokenRange): boolean {
  const home = env.bodies?.mainCountry();
  if (!home || !e.country || e.country === home) return false;
  for (let k = r.from; k < r.to; k++) {
    const t = v.tokens[k];
    if (t && env.mentions.entityFor(t.start, t.end)?.entity?.type === 'PLACE') return false;
  }
  return true;
}

/** Has the article named the entity (by name or title) before offset `pos`? */
function namedBefore(e: Entity, pos: number): boolean {
  return e.mentions.some((m) => m.end <= pos && (m.form === undefined || m.form === 'name' || m.form === 'title'));
}

/** Every person with their last mention before `pos` and how often they are named. */
function candidatesBefore(env: SpeakerEnv, pos: number): PersonCandidate[] {
  const topic = topicOf(env);
  return env.people.map((entity) => {
    let lastBefore = -1;
    let named = 0;
    for (const m of entity.mentions) {
      if (m.form !== 'pronoun' && m.form !== 'description') named++;
      if (m.end <= pos && m.start > lastBefore) lastBefore = m.start;
    }
    const c: PersonCandidate = { entity, lastBefore, named, profile: profileOf(entity, env.text) };
    const t = topic.get(entity);
    if (t) c.topic = t;
    const gender = env.focus.genderOf({ entity, text: entity.name }) ?? pronounGenderOf(entity);
    if (gender) c.gender = gender;
    return c;
  });
}

const topics = new WeakMap<readonly Entity[], Map<Entity, number>>();

/**
 * The people the story opens with: the first person named in the headline and the first named
 * in the lead paragraph, each worth two namings when weighing who a description means.
 */
function topicOf(env: SpeakerEnv): Map<Entity, number> {
  const known = topics.get(env.people);
  if (known) return known;
  const out = new Map<Entity, number>();
  const headline = env.parts.find((p) => p.kind === 'headline');
  const lead = env.parts.find((p) => p.kind === 'lead') ?? env.parts.find((p) => p.kind === 'paragraph');
  for (const p of [headline, lead]) {
    if (!p) continue;
    let first: Entity | undefined;
    let at = Infinity;
    for (const e of env.people) {
      for (const m of e.mentions) {
        if (m.form === 'pronoun' || m.form === 'description' || m.start < p.start || m.end > p.end) continue;
        if (m.start < at) {
          at = m.start;
          first = e;
        }
      }
    }
    if (first) out.set(first, (out.get(first) ?? 0) + 2);
  }
  topics.set(env.people, out);
  return out;
}

/** The gender the link stage's pronouns ("he", "her") give a person, when they agree; not counting the one at `skip`. */
function pronounGenderOf(e: Entity, skip = -1): 'm' | 'f' | undefined {
  let m = 0;
  let f = 0;
  for (const x of e.mentions) {
    if (x.form !== 'pronoun' || x.start === skip) continue;
    if (/^(?:he|him|his)$/iu.test(x.text)) m++;
    else if (/^(?:she|her|hers)$/iu.test(x.text)) f++;
  }
  return m > 0 && f === 0 ? 'm' : f > 0 && m === 0 ? 'f' : undefined;
}

/** The index of the part holding offset `at`. */
export function partAt(parts: readonly Part[], at: number): number {
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((parts[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A person named between commas right after the phrase: "The host, NAME, …". */
function appositiveEntity(env: SpeakerEnv, v: View, r: TokenRange): Entity | undefined {
  if (!isComma(tok(v, r.to))) return undefined;
  const np = phraseStartingAt(v, r.to + 1, 8);
  if (!np || !isComma(tok(v, np.to))) return undefined;
  const a = v.tokens[np.from];
  const b = v.tokens[np.to - 1];
  if (!a || !b) return undefined;
  const hit = env.mentions.entityFor(a.start, b.end);
  return hit?.entity?.type === 'PERSON' ? hit.entity : undefined;
}

/**
 * "Nicaragua, whose delegate said", "the ministry, whose spokesman said": the antecedent before the
 * comma, a country or body speaking through its own; a person's ("Hart, whose lawyer said") is
 * someone else, no one known.
 */
function whoseSpeaker(env: SpeakerEnv, v: View, r: TokenRange, part: number, sp: Speaker): Speaker {
  let e = r.from;
  if (isComma(tok(v, e - 1))) e--;
  const ante = phraseEndingAt(v, e);
  const a = ante ? resolvePhrase(env, v, ante, part) : undefined;
  if (a?.entity && a.entity.type !== 'PERSON') {
    sp.entity = a.entity;
    sp.type = a.entity.type;
    sp.inFocus = a.entity.type !== 'PLACE';
  } else sp.resolved = false;
  return sp;
}

function resolvePronoun(env: SpeakerEnv, v: View, r: TokenRange, part: number, sp: Speaker, said?: Said, speaking = true): Speaker {
  const word = sp.text.toLowerCase();
  if (word === 'who' || word === 'which') {
    // "Trump, who said …": the antecedent stands before the comma.
    let e = r.from;
    if (tok(v, e - 1)?.text === ',') e--;
    const ante = phraseEndingAt(v, e);
    if (ante) {
      // speakerText stays as printed at the cue ("who"); the entity is the antecedent's, unless
      // that is only a place inside it ("Pakistan's National Security Committee, which said").
      let a = resolvePhrase(env, v, ante, part);
      // "Democrats on Capitol Hill, who", "a staffer at the State Department who": the noun the
      // place or body hangs on is the antecedent; a place is never "who".
      const prep = tok(v, ante.from - 1);
      if (a.entity && (a.entity.type === 'PLACE' || (word === 'who' && a.entity.type === 'ORG')) && prep && /^(?:on|in|at|from|of|for|with|across)$/iu.test(prep.text)) {
        const outer = phraseEndingAt(v, ante.from - 1);
        if (outer) a = resolvePhrase(env, v, outer, part);
      }
      if (a.entity && word === 'who' && a.entity.type === 'PLACE') a = { ...a, entity: undefined, type: 'PERSON' };
      if (a.entity && !(a.entity.type === 'PLACE' && isModifier(a.entity, v, ante))) {
        sp.entity = a.entity;
        if (a.type) sp.type = a.type;
      } else if (a.type && a.type !== 'PLACE') sp.type = a.type;
      sp.inFocus = a.inFocus;
      return sp;
    }
  }
  const linked = env.mentions.entityFor(sp.start, sp.end);
  // A relative pronoun whose antecedent could not be read stands for nothing earlier in the
  // article than its own clause: never a place named before ("…, which said").
  const relative = word === 'who' || word === 'which';
  // "Modi had shown 'reckless disregard', he said": "he" is the speaker named before, not Modi,
  // unless no one else fits.
  const minPart = relative ? part : part - 2;
  const inSaid = (it: FocusItem): boolean => !!said && it.start >= said.start && it.start < said.end;
  // A speaking pronoun passes over the people named inside what was reported before it.
  const reported = speaking && !relative ? env.reported : undefined;
  const inReported = (it: FocusItem): boolean => !!reported && reported.some((r2) => it.start >= r2.start && it.start < r2.end && r2.end <= sp.start);
  const found = (reported?.length ? env.focus.forPronoun(word, sp.start, minPart, (it) => inSaid(it) || inReported(it)) : undefined)
    ?? (said ? env.focus.forPronoun(word, sp.start, minPart, inSaid) : undefined)
    ?? env.focus.forPronoun(word, sp.start, minPart);
  const item = relative && found && (found.type === 'PLACE' || found.start < (v.tokens[v.lo]?.start ?? 0)) ? undefined : found;
  if (item) {
    // An antecedent in focus that names no entity gives way to the link stage's answer.
    if (item.entity) sp.entity = item.entity;
    else if (linked?.entity && (!item.type || item.type === linked.entity.type)) sp.entity = linked.entity;
    if (item.type) sp.type = item.type;
    env.focus.learn(item, word);
  } else if (linked?.entity && !genderClash(linked.entity, word, sp.start)) {
    sp.entity = linked.entity;
    sp.type = linked.entity.type;
  } else {
    const types = pronounTypes(word);
    if (types?.has('PERSON')) sp.type = 'PERSON';
  }
  return sp;
}

/**
 * Has the article shown the entity to be of the other gender than the pronoun at `at` ("she" for
 * a "he")? The linker's other pronouns for the entity say so, or a title ("Mr", "Queen"); not
 * what focus learned, which a wrong guess may have taught.
 */
function genderClash(e: Entity, pronoun: string, at: number): boolean {
  const g = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'm' : pronoun === 'she' || pronoun === 'her' ? 'f' : undefined;
  const known = pronounGenderOf(e, at) ?? titleGenderOf(e);
  return !!g && !!known && known !== g;
}

/** The gender a title in a mention says ("Mr Balls", "Queen Sonja"). */
function titleGenderOf(e: Entity): 'm' | 'f' | undefined {
  for (const m of e.mentions) {
    if (m.form === 'pronoun') continue;
    if (/^(?:Mr|Sir|Lord|King|Prince)\b/u.test(m.text)) return 'm';
    if (/^(?:Mrs|Ms|Miss|Madam|Lady|Dame|Queen|Princess)\b/u.test(m.text)) return 'f';
  }
  return undefined;
}

/** Put a speaker or subject into focus (at its own position). */
export function remember(env: SpeakerEnv, sp: Speaker, part: number, speaker = false): void {
  if (!sp.inFocus) return;
  const item: Parameters<Focus['add']>[0] = { start: sp.start, text: sp.text, part, speaker };
  if (sp.entity) item.entity = sp.entity;
  if (sp.type) item.type = sp.type;
  env.focus.add(item);
}
