/**
 * The event coder for one sentence: each verb group with a pattern in the dictionary and each
 * event noun becomes a draft event with its actors, recipients, status, embedded event, date and
 * place. Drafts are refined and turned into record events by index.ts.
 */
import type { EventStatus, Participant, PloverType } from '../../model.js';
import { argumentWindow, COMPLEMENT_NOUNS, governorOf, ORDINAL_LEAD, isSpeechVerb, speechFrame, subjectOf } from './clause.js';
import { mentionsIn, quoteAt, type CoderContext } from './context.js';
import { bestMatch, isEventNoun, type Binding } from './match.js';
import type { EventPattern } from './dictionary.js';
import type { Chunk, ParsedSentence } from './parse.js';
import { coordinationLeft, coordinationRight, isActorEntity, isEventPhrase, participantOf, participantsOf, possessiveAt, samePart, withCountryEntity } from './participants.js';
import { agentCode } from './agents.js';
import { dateIn, laterThan, placeIn } from './setting.js';
import { lemmaOf } from './lemma.js';
import { delegationParties } from './delegations.js';
import { notOwnCountry } from './refine.js';
import { isMeansPhrase, isViolentAgent, MEANS_VERBS } from './attacks.js';
import { haltsOwnSide, ordersHalt } from './halts.js';
import { attackMeans, threatMode } from './means.js';

export interface Draft {
  type: PloverType;
  mode?: string;
  cameo: string;
  actor: Participant[];
  recipient: Participant[];
  status: EventStatus;
  start: number;
  end: number;
  date?: string;
  dateInferred?: boolean;
  location?: string;
  reported?: boolean;
  about?: Draft;
  nominal: boolean;
  headline: boolean;
  /** Its object is an earlier act told again ("condemned the move", "welcomed this decision"). */
  anaphoric?: boolean;
  /** Timed only from another event ("three days later"): not the report's day. */
  relative?: boolean;
}

export interface SentenceInfo {
  ps: ParsedSentence;
  headline: boolean;
}

const PLANNED_MODS = new Set(['planned', 'upcoming', 'forthcoming', 'next', 'future', 'scheduled', 'expected']);
const POSSIBLE_MODS = new Set(['possible', 'proposed', 'potential', 'likely', 'separate']);
/** "their last talks", "the previous meeting": an event noun so marked is one before the one reported. */
const EARLIER_MODS = new Set(['last', 'previous', 'earlier', 'prior']);
const PLANNING_NOUNS = new Set(['plan', 'plans', 'intention', 'intentions', 'intent', 'decision', 'commitment', 'pledge', 'promise', 'aim', 'goal', 'determination', 'resolve']);
/** Verbs whose object must be someone to consult: "meet a response", "receive answers" are no meetings. */
const MEETING_VERBS = new Set(['meet', 'receive', 'host', 'consult', 'phone', 'telephone', 'call', 'brief']);
const CLAUSE_ADVERBS = new Set(['when', 'where', 'whenever', 'while', 'once', 'after', 'before', 'because', 'if', 'unless', 'until', 'since']);
const TARGET_STOP = new Set([';', ':', '"', '“', '”', '«', '»', '(', ')', '—', '–', '.', '?', '!']);
const LOCATIVE = new Set(['in', 'at', 'inside', 'near', 'throughout', 'across', 'within', 'around']);
const NOT_PARTNER_PREPS = new Set([
  'in', 'at', 'inside', 'outside', 'near', 'on', 'aboard', 'within', 'of', 'during', 'for', 'over', 'as', 'after',
  'before', 'since', 'until', 'across', 'throughout', 'around', 'amid', 'despite',
]);
/** Acts of saying a participle clause may state for the main clause's subject ("…, urging X to"). */
const SAYING_ACTS: ReadonlySet<PloverType> = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'SUPPORT', 'THREATEN']);
/** The status an act gives the act it embeds when its pattern names the infinitive's verb. */
const EMBEDDED_STATUS: Partial<Record<PloverType, EventStatus>> = { REJECT: 'negated', REQUEST: 'demanded', SANCTION: 'demanded', AGREE: 'planned', THREATEN: 'planned' };
/** Hostile acts: promised on a condition the other side must meet, they threaten. */
const HOSTILE_ACTS: ReadonlySet<PloverType> = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
/** Acts a party refuses by saying it will not do them ("would not cease fire"). */
const REFUSABLE: ReadonlySet<PloverType> = new Set(['RETREAT', 'CONCEDE', 'AID', 'COOPERATE']);
/** Acts an agreement may promise that stand as events of their own ("agreed to cut tariffs"). */
const AGREED_ACTS: ReadonlySet<PloverType> = new Set(['RETREAT', 'CONCEDE', 'COOPERATE', 'AID', 'CONSULT']);
/** Verbs of talk: a consultation only with or between named parties (talksWithParty). */
const TALK_VERBS = new Set(['speak', 'talk', 'brief', 'discuss']);
/** Prepositions after a called person that say when, where or why the call was ("called Xi on Monday"). */
const CALL_PREPS = new Set(['on', 'in', 'at', 'from', 'after', 'before', 'during', 'for', 'about', 'over', 'by', 'with', 'ahead', 'amid', 'late', 'early']);
/** Words that are a name, not a description ("Trump", not "The leaders"). */
const NAME_WORDS = /^(?!(?:The|A|An|Both|Some|All|Its|Their|His|Her|Our|Leaders?|Officials?)\b)\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)*$/u;
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
/** "the two leaders", "both sides": a pair the story named (refine.ts resolves it). */
const PAIR_WORDS = /^(?:the\s+two|both)\s/i;
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'keep']);
const STATEMENTS = new Set(['statement', 'declaration', 'communique', 'letter', 'resolution', 'message', 'note', 'appeal', 'report']);
/** Reactions to an act: their object may be an earlier act named again. */
const REACTIONS: ReadonlySet<PloverType> = new Set(['ACCUSE', 'SUPPORT', 'REJECT']);
const ACT_NOUNS = new Set(['move', 'moves', 'decision', 'decisions', 'measure', 'measures', 'step', 'steps', 'action', 'actions', 'act']);
/** Words that condemn what they name ("called the move 'illegal'", "what he called an abuse"). */
const CROWDS = new Set(['crowd', 'crowds', 'protesters', 'protestors', 'demonstrators', 'mob', 'mobs', 'rioters', 'protester', 'demonstrator']);
const SPOKEN_NEGATIVES = new Set(['unpunished', 'unanswered', 'unavenged']);
const GATHERING = new Set(['gather', 'assemble', 'converge', 'march', 'rally', 'take', 'turn', 'come', 'flock', 'pour']);
const PROTESTS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots']);
const ERUPTING = new Set(['erupt', 'spread', 'flare', 'rage', 'continue', 'grip', 'sweep', 'resume']);
const CAUSING = new Set(['trigger', 'spark', 'prompt', 'provoke', 'ignite', 'fuel', 'cause', 'stir', 'unleash']);
const IN_FORCE_VERBS = new Set(['take', 'come', 'go']);
const TRUCES = new Set(['ceasefire', 'truce', 'armistice', 'cease-fire']);
const CONDEMNING = new Set([
  'absurd', 'unacceptable', 'illegal', 'illegitimate', 'unlawful', 'abuse', 'abuses', 'provocation', 'provocative',
  'interference', 'aggression', 'blackmail', 'hypocritical', 'hypocrisy', 'outrageous', 'irresponsible', 'shameful',
  'disgraceful', 'baseless', 'groundless', 'lies', 'propaganda', 'terrorism', 'terrorist', 'genocide', 'crime',
  'crimes', 'criminal', 'violation', 'betrayal', 'piracy', 'barbaric', 'reckless', 'destabilizing', 'destabilising',
]);
/** Verbs by which a speaker says a party has earned something ("X deserves membership"). */
const ENDORSING = new Set(['deserve']);
const FRAME_PREPS = new Set(['within', 'amid']);
/** Verbs of an attack's relative clause that name whom it hit ("that targeted X"). */
const AIMING = new Set(['target', 'kill', 'hit', 'strike', 'wound', 'injure']);
/** Measures that impose what their participle says ("an executive order imposing sanctions"). */
const DECREES = new Set(['order', 'decree', 'law', 'bill', 'resolution', 'measure', 'measures', 'legislation', 'package']);
/** Adverbs inside a verb group that leave its act uncertain ("would probably meet"). */
const HEDGES = new Set(['probably', 'possibly', 'perhaps', 'maybe', 'likely']);
/** Verbs of wanting whose infinitive is wished for, not done ("wants to impose sanctions"). */
const STRIVING = new Set(['want', 'seek', 'sought']);
/** Verbs of planning or weighing whose object, an event noun, is the subject's act to come. */
const WEIGHING = new Set(['plan', 'prepare', 'consider', 'mull']);
/** Verbs of promising ("vowed to destroy", "is ready to fight"): promised against someone, an attack is threatened. */
const VOWING = new Set(['vow', 'pledge', 'promise', 'swear', 'be']);
/** Words opening an adjunct of time whose event noun or gerund is the main clause subject's ("after meeting Xi, Putin said"). */
const TIME_LEADS = new Set(['after', 'before', 'following', 'since', 'upon']);
/** What one denies having done: "denied claims that …", "rejected accusations that …". */
const CLAIMS = new Set(['claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'report', 'reports', 'suggestion', 'suggestions', 'assertion', 'assertions']);
const DELIBERATIVE = /\b(?:Council|Committee|Parliament|Assembly|Cabinet|Congress|Senate|Commission|Bundestag|Duma|Knesset)\b/;
/** Verbs of accepting and endorsing: who says he will not do so refuses. */
const ACCEPTING = new Set(['accept', 'agree', 'endorse', 'approve', 'back', 'support', 'recognize', 'recognise', 'sign', 'ratify']);
const RESPONDING = new Set(['respond', 'retaliate', 'reciprocate']);
const SESSIONS = new Set(['talks', 'round', 'meeting', 'summit', 'session', 'sessions', 'negotiations', 'consultations']);
const SUMMIT_PREPS = new Set(['at', 'after', 'during', 'following']);
const SUMMITS = new Set(['summit', 'talks', 'meeting', 'negotiations', 'summits']);
const PHONE_PREPS = new Set(['in', 'during', 'over', 'by']);
const DIPLOMATS = /\b(?:ambassadors?|envoys?|charg[eé]s?|diplomats?|consuls?)\b/i;
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

function tokStart(ps: ParsedSentence, ch: Chunk): number { return ps.toks[ch.from]!.start; }
function tokEnd(ps: ParsedSentence, ch: Chunk): number { return ps.toks[ch.to - 1]!.end; }

export class SentenceCoder {
  private readonly consumed = new Set<number>();
  private readonly subjects = new Map<number, number[]>();
  /** Verb groups whose status a governing clause sets ("did not rule out that X would visit": possible). */
  private readonly statusFor = new Map<number, EventStatus>();
  /** Verb groups whose event is what an earlier draft is about ("demanded that X provide …"). */
  private readonly aboutFor = new Map<number, Draft>();
  /** Verb groups whose pronoun subject stands for a given party ("denied claims that it had shelled …": the denier). */
  private readonly actorFor = new Map<number, Participant[]>();
  readonly drafts: Draft[] = [];

  constructor(private readonly c: CoderContext, private readonly s: SentenceInfo) {}

  run(): Draft[] {
    const { ps } = this.s;
    // In text order, so that a verb or noun claims the infinitive or event noun it governs first.
    ps.chunks.forEach((ch, i) => {
      if (this.consumed.has(i)) return;
      let d: Draft | undefined;
      let call: Draft | undefined;
      if (ch.kind === 'VG') {
        d = this.verbal(i);
        call = d ? this.byPhone(i, d) ?? this.andWith(i, d) ?? this.atSummit(i, d) : undefined;
      }
      else if (ch.kind === 'NP' && isEventNoun(ps, ch, this.c.dict)) d = this.nominal(i, false);
      else if (ch.kind === 'NP' && PROTESTS.has(ps.toks[ch.head]!.lower)) d = this.protestNoun(i);
      const owner = this.aboutFor.get(i);
      if (d && owner && !owner.about) owner.about = d;
      else if (d) this.drafts.push(d);
      if (call) this.drafts.push(call);
    });
    this.rememberSubject();
    this.sharedTargets();
    for (const d of this.drafts) this.countryRecipients(d);
    for (const d of this.drafts) this.forcesActors(d);
    for (const d of this.drafts) this.means(d);
    this.purposeTargets();
    return this.drafts;
  }

  /**
   * "Pakistan accused India of aggression and vowed to respond": a threat with no target of its
   * own, told after the same party's accusation, rejection or demand in the sentence, is aimed at
   * that act's target.
   */
  private sharedTargets(): void {
    this.drafts.forEach((d, i) => {
      if (d.type !== 'THREATEN' || d.recipient.length > 0) return;
      for (let j = i - 1; j >= 0; j--) {
        const o = this.drafts[j]!;
        if (!['ACCUSE', 'REJECT', 'REQUEST', 'SANCTION'].includes(o.type) || o.recipient.length === 0) continue;
        // (The same party, or its leader and his country: "Khan said India had committed aggression
        // and that Pakistan would respond".)
        const country = (p: Participant): string | undefined => (p.country && /^[A-Z]{3}$/.test(p.country) ? p.country : undefined);
        if (!o.actor.some((a) => d.actor.some((b) => samePart(a, b) || (!!country(a) && country(a) === country(b))))) continue;
        d.recipient = o.recipient.map((p) => ({ ...p }));
        return;
      }
    });
  }

  /**
   * "Trump congratulated Putin on his re-election in a telephone call", "thanked him by phone":
   * an act done in a call is also the call itself (CAMEO 041) between the same parties, at the
   * same time and with the same status. (The act is no call already: "told Putin in a call".)
   */
  private byPhone(v: number, d: Draft): Draft | undefined {
    const { ps } = this.s;
    if (d.type === 'CONSULT' || d.actor.length === 0 || d.recipient.length === 0) return undefined;
    if (!d.recipient.some((r) => r.entity && this.c.entities.get(r.entity)?.type === 'PERSON')) return undefined;
    const window = argumentWindow(ps, v);
    for (let n = 0; n + 1 < window.length; n++) {
      const prep = ps.chunks[window[n]!]!;
      const np = ps.chunks[window[n + 1]!]!;
      if (prep.kind !== 'PREP' || !PHONE_PREPS.has(ps.toks[prep.from]!.lower) || np.kind !== 'NP') continue;
      // "by phone", "in a telephone conversation", "in a call"; not "in a conversation with reporters".
      const phoned = ps.toks.slice(np.from, np.head + 1).some((t) => /^(?:tele)?phone$/.test(t.lower));
      if (!phoned && ps.toks[np.head]!.lower !== 'call') continue;
      this.consumed.add(window[n + 1]!);
      return { ...d, type: 'CONSULT', cameo: '041', mode: 'phone', actor: d.actor.map((p) => ({ ...p })), recipient: d.recipient.map((p) => ({ ...p })),
        end: tokEnd(ps, np), about: undefined, anaphoric: undefined };
    }
    return undefined;
  }

  /**
   * "Moon and Kim agreed Friday to work toward …, at the first inter-Korean summit", "the two
   * leaders signed the declaration after a day of talks": an act two named parties did at or after
   * their summit or talks tells that meeting too (CAMEO 040), between the same parties.
   */
  private atSummit(v: number, d: Draft): Draft | undefined {
    const { ps } = this.s;
    if (d.type === 'CONSULT' || d.status !== 'occurred') return undefined;
    const named = (p: Participant): boolean => p.entity !== undefined && this.c.entities.get(p.entity)?.type === 'PERSON';
    const joint = d.actor.length >= 2 && d.actor.every(named);
    if (!joint && !(d.actor.length === 1 && named(d.actor[0]!) && d.recipient.length === 1 && named(d.recipient[0]!))) return undefined;
    for (let k = v + 1; k + 1 < ps.chunks.length; k++) {
      const ch = ps.chunks[k]!;
      // (Quotation marks around a few words end nothing: 'agreed to work toward "complete denuclearization" … at the summit'.)
      if ((ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text) && !/^["“”]$/.test(ps.toks[ch.from]!.text)) || (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) || ch.kind === 'REL') return undefined;
      if (ch.kind !== 'PREP' || !SUMMIT_PREPS.has(ps.toks[ch.from]!.lower)) continue;
      // "after a day of talks": the talks the measure is of.
      let n = k + 1;
      if (ps.chunks[n + 1]?.kind === 'PREP' && ps.toks[ps.chunks[n + 1]!.from]!.lower === 'of' && ps.chunks[n + 2]?.kind === 'NP') n += 2;
      const np = ps.chunks[n];
      if (np?.kind !== 'NP' || !SUMMITS.has(ps.toks[np.head]!.lower)) continue;
      // ("during their first meeting": the noun names its parties itself; the noun's coding reads them.)
      if (['their', 'his', 'her', 'its', 'our'].includes(ps.toks[np.from]!.lower) || possessiveAt(ps, np) >= 0) return undefined;
      const e: Draft = { type: 'CONSULT', cameo: '040', actor: d.actor.map((p) => ({ ...p })), recipient: d.recipient.map((p) => ({ ...p })), status: 'occurred',
        start: tokStart(ps, ch), end: tokEnd(ps, np), nominal: true, headline: d.headline };
      if (d.date) e.date = d.date;
      if (d.location) e.location = d.location;
      if (d.reported) e.reported = true;
      this.consumed.add(n);
      return e;
    }
    return undefined;
  }

  /**
   * "held talks with Netanyahu in Jerusalem on Tuesday and with Abbas in Ramallah on Wednesday":
   * a second "and with X" the verb governs is a second meeting, with X, told by its own date.
   */
  private andWith(v: number, d: Draft): Draft | undefined {
    const { ps } = this.s;
    if (d.type !== 'CONSULT' || d.actor.length === 0 || d.recipient.length === 0) return undefined;
    for (let k = v + 1; k + 2 < ps.chunks.length; k++) {
      const ch = ps.chunks[k]!;
      if ((ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) || (ch.kind === 'VG' && !ch.gerund && !ch.infinitive) || ch.kind === 'REL' || ch.kind === 'SCONJ') return undefined;
      const w = ps.chunks[k + 1]!;
      if (ch.kind !== 'CONJ' || ps.toks[ch.from]!.lower !== 'and' || w.kind !== 'PREP' || ps.toks[w.from]!.lower !== 'with' || ps.chunks[k + 2]!.kind !== 'NP') continue;
      const nps = coordinationRight(ps, k + 2).nps;
      const recipient = participantsOf(this.c, ps, nps).filter((p) => !d.actor.some((a) => samePart(a, p)));
      if (recipient.length === 0 || recipient.some((p) => d.recipient.some((r) => samePart(r, p)))) return undefined;
      const start = tokStart(ps, ch);
      const end = tokEnd(ps, ps.chunks[nps[nps.length - 1]!]!);
      const e: Draft = { type: d.type, cameo: d.cameo, actor: d.actor.map((p) => ({ ...p })), recipient, status: d.status, start, end, nominal: false, headline: d.headline };
      if (d.mode) e.mode = d.mode;
      if (d.reported) e.reported = true;
      const date = dateIn(this.c, start, clauseEnd(ps, nps[nps.length - 1]!));
      if (date) e.date = date.value;
      else if (d.date) e.date = d.date;
      const place = placeIn(this.c, ps, argumentWindow(ps, k + 1));
      if (place) e.location = place;
      return e;
    }
    return undefined;
  }

  /**
   * Targets named as a country's group ("ten US diplomats") are that country (withCountryEntity).
   * (Actors stay groups: "Japanese, Australian ministers meet" names no one, and the store matches
   * such a report to the meeting by codes.)
   */
  private countryRecipients(d: Draft): void {
    // (Not a meeting's: "met his Chinese counterpart" is a person, whom another outlet may name.)
    if (d.type !== 'CONSULT') d.recipient = d.recipient.map((r) => withCountryEntity(this.c, r, d.actor)).filter((r, i, all) => !r.entity || all.findIndex((o) => o.entity === r.entity) === i);
    if (d.about) this.countryRecipients(d.about);
  }

  /**
   * "Russian warplanes bombed Gori", "its fighter jets struck the camp": an attack by a country's
   * forces that the text names by their arms is that country's (CAMEO codes the state whose
   * military acts). The participant joins the country itself (its KB entry, not a region the KB
   * places in it), else the country's armed forces when the article names them as a body; its
   * words and MIL code stay.
   */
  private forcesActors(d: Draft): void {
    if (d.type !== 'ASSAULT') return;
    d.actor = d.actor.map((a) => {
      if (a.entity || !a.country || !a.code?.endsWith('MIL')) return a;
      let forces: string | undefined;
      let country: string | undefined;
      for (const e of this.c.entities.values()) {
        if (e.type === 'ORG' && e.code === `${a.country}MIL`) forces ??= e.id;
        if (e.type === 'PLACE' && (e.kb === `country:${a.country}` || (!e.kb && e.code === a.country && this.c.kb.country(a.country)?.name === e.name))) country ??= e.id;
      }
      const id = country ?? forces;
      return id ? { ...a, entity: id } : a;
    });
  }

  /**
   * "Police opened fire to disperse the demonstrators": force with no target of its own, told with
   * the purpose it served (an act of force by the same actor, from the same start), is aimed at the
   * purpose's target.
   */
  private purposeTargets(): void {
    for (const d of this.drafts) {
      if (d.type !== 'ASSAULT' || d.recipient.length > 0) continue;
      const o = this.drafts.find((x) => x !== d && x.start === d.start && x.end > d.end && HOSTILE_ACTS.has(x.type) && x.recipient.length > 0 &&
        x.actor.length === d.actor.length && x.actor.every((a) => d.actor.some((b) => samePart(a, b))));
      if (o) d.recipient = o.recipient.map((r) => ({ ...r }));
    }
  }

  /** An attack whose verb names no means takes the one its sentence tells; a threat, what it threatens (means.ts). */
  private means(d: Draft): void {
    if (d.about) this.means(d.about);
    if (d.mode) return;
    const mode = d.type === 'ASSAULT' ? attackMeans(this.s.ps.toks) : d.type === 'THREATEN' ? threatMode(d.about) : undefined;
    if (mode) d.mode = mode;
  }

  /**
   * The first finite verb's subject, when it names known parties: the next sentence's "it" or
   * "they" ("North Korea has not reacted. It has rejected ...") stands for it.
   */
  private rememberSubject(): void {
    const { ps } = this.s;
    if (this.s.headline) return;
    const v = ps.chunks.findIndex((ch) => ch.kind === 'VG' && !ch.infinitive && !ch.gerund);
    if (v < 0) { this.c.previousSubject = undefined; return; }
    const subj = this.subject(v);
    const parts = subj.length > 0 && ps.toks[ps.chunks[subj[0]!]!.head]!.pos !== 'PRON' ? participantsOf(this.c, ps, subj) : [];
    if (parts.length > 0 && parts.every((p) => p.entity || p.code)) this.c.previousSubject = parts;
    else if (subj.length > 0 && ps.toks[ps.chunks[subj[0]!]!.head]!.pos !== 'PRON') this.c.previousSubject = undefined;
  }

  /**
   * A sentence that opens with "it" or "they" as the subject: the parties the previous sentence's
   * subject named, when their number fits (one non-person for "it", several for "they").
   */
  private previousFor(subj: readonly number[]): Participant[] {
    const { ps } = this.s;
    const prev = this.c.previousSubject;
    const first = subj[0];
    if (!prev || subj.length !== 1 || first === undefined) return [];
    for (let k = 0; k < first; k++) if (ps.chunks[k]!.kind !== 'OTHER' && !(ps.chunks[k]!.kind === 'PUNCT' && ps.toks[ps.chunks[k]!.from]!.text === ',')) return [];
    const w = ps.toks[ps.chunks[first]!.head]!.lower;
    const person = (p: Participant): boolean => (p.entity ? this.c.entities.get(p.entity)?.type === 'PERSON' : false);
    if (w === 'it' && prev.length === 1 && !person(prev[0]!)) return prev.map((p) => ({ ...p }));
    if (w === 'they' && prev.length > 1) return prev.map((p) => ({ ...p }));
    return [];
  }

  private subject(v: number): number[] {
    let s = this.subjects.get(v);
    if (!s) {
      s = subjectOf(this.s.ps, v, this.c.dict);
      if (this.s.headline) s = this.headlineList(s);
      this.subjects.set(v, s);
    }
    return s;
  }

  /**
   * Headlines join names with a bare comma ("Lavrov, Blinken meet in Geneva"): a subject preceded
   * by comma-separated names from the headline's start is one list.
   */
  private headlineList(subj: number[]): number[] {
    const { ps } = this.s;
    const first = subj[0];
    if (first === undefined) return subj;
    const out = [...subj];
    let k = first;
    while (k >= 2 && ps.chunks[k - 1]!.kind === 'PUNCT' && ps.toks[ps.chunks[k - 1]!.from]!.text === ',' && ps.chunks[k - 2]!.kind === 'NP') {
      out.unshift(k - 2);
      k -= 2;
    }
    return k === 0 ? out : subj;
  }

  /**
   * The parties a subject names; in a coordination, a name nothing knows still stands for its
   * party by its words ("Biden and Xi met": the tagger missed "Biden"), a time never ("On Friday,
   * Russia and China vetoed").
   */
  private subjectParts(subj: readonly number[]): Participant[] {
    const { ps } = this.s;
    const out = participantsOf(this.c, ps, subj);
    if (subj.length === 1) this.titledName(subj[0]!, out);
    if (subj.length < 2) return out;
    for (const k of subj) {
      const ch = ps.chunks[k]!;
      if (ps.toks[ch.head]!.pos !== 'PROPN' || this.c.doc.times.some((t) => t.start < tokEnd(ps, ch) && t.end > tokStart(ps, ch))) continue;
      if (participantOf(this.c, ps, k)) continue;
      const p = participantOf(this.c, ps, k, { text: true });
      if (p && !out.some((o) => samePart(o, p))) out.push(p);
    }
    return out;
  }

  /**
   * "A member of the Syrian parliament, Mohammed Mamoun, started …": a name set off after its
   * title, that nothing else places, is of the country its title names.
   */
  private titledName(k: number, out: Participant[]): void {
    const { ps } = this.s;
    const comma = ps.chunks[k - 1];
    if (!comma || comma.kind !== 'PUNCT' || ps.toks[comma.from]!.text !== ',' || ps.chunks[k - 2]?.kind !== 'NP') return;
    if (out.length !== 1 || out[0]!.country || out[0]!.code) return;
    const e = out[0]!.entity ? this.c.entities.get(out[0]!.entity) : undefined;
    if (e && (e.country || e.code)) return;
    let first = k - 2;
    while (first > 0 && ['NP', 'PREP'].includes(ps.chunks[first - 1]!.kind)) first--;
    const country = mentionsIn(this.c, tokStart(ps, ps.chunks[first]!), tokEnd(ps, ps.chunks[k - 2]!))
      .map((m) => m.entity.country).filter((x): x is string => !!x && /^[A-Z]{3}$/.test(x)).pop();
    if (country) out[0]!.country = country;
  }

  /**
   * "would respond to the expulsion by expelling US diplomats": a gerund after "by" is how the
   * clause's verb is done, by its subject and with its status. The verb group governing it, if any.
   */
  /**
   * "Protests erupted in Tehran", "the deal triggered furious protests in the capital": protests
   * told as a noun took place (CAMEO 141; riots 145), with no party named.
   */
  private protestNoun(k: number): Draft | undefined {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const prev = ps.chunks[k - 1];
    const next = ps.chunks[k + 1];
    const after = next ? ps.toks[next.to]?.lower : undefined;
    if (ps.toks[np.from]!.lower === 'no') return undefined;
    // (These verbs are no pattern's: their lemma is sought among these words alone.)
    const caused = prev?.kind === 'VG' && !prev.negated && !prev.passive && CAUSING.has(lemmaOf(ps.toks[prev.head]!.lower, CAUSING, true));
    const broke = next?.kind === 'VG' && !next.negated && !next.infinitive &&
      (ERUPTING.has(lemmaOf(ps.toks[next.head]!.lower, ERUPTING, true)) || (next.lemma === 'break' && after === 'out') || (next.lemma === 'take' && after === 'place') || (next.lemma === 'hold' && next.passive));
    if (!caused && !broke) return undefined;
    const v = caused ? k - 1 : k + 1;
    const st = this.statusOf(v);
    if (st === 'negated') return undefined;
    const riot = /^riot/.test(ps.toks[np.head]!.lower);
    const d: Draft = { type: 'PROTEST', cameo: riot ? '145' : '141', mode: riot ? 'riot' : 'demo', actor: [], recipient: [], status: st === 'occurred' ? 'occurred' : st,
      start: tokStart(ps, np), end: broke ? (after === 'out' || after === 'place' ? ps.toks[next!.to]!.end : tokEnd(ps, next!)) : tokEnd(ps, np), nominal: true, headline: this.s.headline };
    const window = caused ? argumentWindow(ps, k) : argumentWindow(ps, k + 1);
    this.setting(d, window, v);
    return d;
  }

  /**
   * "Hundreds of students gathered outside the parliament to protest": the verb of gathering the
   * protest infinitive completes (its subject protests, as it gathered).
   */
  private gathering(v: number): number | undefined {
    const { ps } = this.s;
    for (let k = v - 1; k >= 0 && k >= v - 8; k--) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'VG') return !ch.infinitive && !ch.gerund && GATHERING.has(ch.lemma) ? k : undefined;
      if (ch.kind === 'REL' || ch.kind === 'SCONJ' || ch.kind === 'CONJ' || (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text))) return undefined;
    }
    return undefined;
  }

  private meansOf(v: number): number | undefined {
    const { ps } = this.s;
    const by = ps.chunks[v - 1];
    if (by?.kind !== 'PREP' || ps.toks[by.from]!.lower !== 'by') return undefined;
    for (let k = v - 2; k >= 0; k--) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'VG' && !ch.gerund && !ch.passive) return ch.infinitive || this.subject(k).length > 0 ? k : undefined;
      if (ch.kind === 'VG' || ch.kind === 'REL' || ch.kind === 'SCONJ' || (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text))) return undefined;
    }
    return undefined;
  }

  /** Status of a verb group: its own modal or negation, else its governor's ("plans to visit"). */
  private statusOf(v: number): EventStatus {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    const set = this.statusFor.get(v);
    if (set && !vg.negated) return set;
    if (vg.negated || this.negatedSubject(v)) return 'negated';
    // "the two leaders would probably meet", "will likely visit": hedged, only possible.
    const before = ps.chunks[v - 1];
    const hedged = ps.toks.slice(vg.from, vg.head).some((t) => HEDGES.has(t.lower)) ||
      (before?.kind === 'OTHER' && HEDGES.has(ps.toks[before.from]!.lower));
    if (vg.modal !== 'demanded' && hedged) return 'possible';
    // "said both sides would then pull back": in reported speech "would" is the "will" said.
    if (vg.modal === 'possible' && ps.toks[vg.from]!.lower === 'would' && this.reportedFuture(v)) return 'planned';
    if (vg.modal) return vg.modal;
    if (vg.infinitive) {
      const g = governorOf(ps, v);
      if (g !== undefined) {
        const gv = ps.chunks[g]!;
        if (gv.negated) return 'negated';
        if (this.c.dict.negatingVerbs.has(gv.lemma)) return 'negated';
        const st = this.c.dict.status.get(gv.lemma) ?? this.c.dict.status.get(ps.toks[gv.head]!.lower);
        if (st) return st;
        // "wants to impose sanctions", "seeks to block the vote": wanted, not done (an attempt, "tried
        // to hack", is the act PLOVER codes). No status word: "wants Beijing to stop" and "seeks
        // talks" state a request.
        if (STRIVING.has(gv.lemma)) return 'possible';
        if (gv.lemma === 'be') return 'planned';
        if (gv.modal) return gv.modal;
      } else {
        const prev = ps.chunks[v - 1];
        if (prev && prev.kind === 'NP' && COMPLEMENT_NOUNS.has(ps.toks[prev.head]!.lower)) return this.complementStatus(v - 1);
        const cop = ps.chunks[v - 2];
        if (prev && prev.kind === 'NP' && cop?.kind === 'VG' && cop.lemma === 'be' && ORDINAL_LEAD.has(ps.toks[prev.from + 1]?.lower ?? '')) {
          return cop.negated ? 'negated' : cop.modal ?? 'occurred';
        }
        if (prev && prev.kind === 'OTHER') {
          const st = this.c.dict.status.get(ps.toks[prev.head]!.lower);
          if (st) return st;
        }
        // "Russia to expel 10 US diplomats": a headline's bare infinitive after its subject is what is planned.
        if (this.s.headline && prev?.kind === 'NP') return 'planned';
        // "is due to hold talks with X in Kyiv and to meet Y in Berlin": a conjoined infinitive shares
        // the first one's governor.
        if (prev?.kind === 'CONJ') {
          for (let j = v - 2; j >= 0; j--) {
            const ch = ps.chunks[j]!;
            if (ch.kind === 'VG' && ch.infinitive) {
              // ("refused to release the prisoners and to end the war": refused both.)
              const g = governorOf(ps, j);
              if (g !== undefined && (ps.chunks[g]!.lemma === 'refuse' || this.c.dict.negatingVerbs.has(ps.chunks[g]!.lemma))) return 'negated';
              return this.statusOf(j);
            }
            if (ch.kind === 'VG' || (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text))) break;
          }
        }
        // An infinitive no verb governs ("X, to visit Y") states no fact.
        return 'possible';
      }
    }
    // "unless the president agrees to step down", "if Iran allows inspectors": a condition, no fact.
    for (let k = v - 1; k >= 0; k--) {
      const ch = ps.chunks[k]!;
      const w = ps.toks[ch.from]!.lower;
      if (w === 'if' || w === 'unless') return 'possible';
      if (ch.kind === 'VG' || ch.kind === 'REL' || (ch.kind === 'PUNCT' && w !== ',') || (ch.kind === 'SCONJ')) break;
    }
    return 'occurred';
  }

  /**
   * "Putin said the truce would begin on Sunday and both sides would then pull back": a "would"
   * clause about others that a verb of saying governs, with no condition ("if", "unless") in it.
   */
  private reportedFuture(v: number): boolean {
    const { ps } = this.s;
    const sv = speechFrame(ps, v);
    if (sv === undefined || sv === v || sv > v) return false;
    // "Iran said it would accept": the speaker's own intention stays possible, as the project codes it.
    const subj = this.subject(v);
    if (subj.length === 0 || subj.some((k) => ps.toks[ps.chunks[k]!.head]!.pos === 'PRON')) return false;
    for (let k = sv + 1; k < ps.chunks.length; k++) {
      const w = ps.toks[ps.chunks[k]!.from]!.lower;
      if (w === 'if' || w === 'unless' || w === 'should') return false;
      if (k > v && ps.chunks[k]!.kind === 'PUNCT' && TARGET_STOP.has(w)) break;
    }
    return true;
  }

  /**
   * "had no plans to attack" (negated), "announced plans to visit" (planned), "its readiness to
   * help" (possible): the status the noun gives its infinitive.
   */
  private complementStatus(np: number): EventStatus {
    const { ps } = this.s;
    const ch = ps.chunks[np]!;
    const g = ps.chunks[np - 1]?.kind === 'VG' ? ps.chunks[np - 1] : undefined;
    if (ps.toks[ch.from]!.lower === 'no' || g?.negated || (g && this.c.dict.negatingVerbs.has(g.lemma))) return 'negated';
    if (g?.modal && g.modal !== 'demanded') return g.modal;
    return PLANNING_NOUNS.has(ps.toks[ch.head]!.lower) ? 'planned' : 'possible';
  }

  /** "no intention of attacking": the complement noun before "of" that governs the gerund at `v`. */
  private complementOf(v: number): number | undefined {
    const { ps } = this.s;
    const of = ps.chunks[v - 1];
    const np = ps.chunks[v - 2];
    if (of?.kind !== 'PREP' || ps.toks[of.from]!.lower !== 'of' || np?.kind !== 'NP') return undefined;
    return COMPLEMENT_NOUNS.has(ps.toks[np.head]!.lower) ? v - 2 : undefined;
  }

  /** Who has the plan or intention: its possessor, or the subject of the verb that has it. */
  private complementSubject(np: number): number[] {
    const { ps } = this.s;
    const ch = ps.chunks[np]!;
    for (let k = ch.from; k < ch.to; k++) if (ps.toks[k]!.lower === "'s") return [np];
    const g = ps.chunks[np - 1];
    return g?.kind === 'VG' ? this.subject(np - 1) : [];
  }

  /** "Neither Russia nor China condemned", "No country recognized": the subject denies the act. */
  private negatedSubject(v: number): boolean {
    const { ps } = this.s;
    const subj = this.subject(v);
    const first = subj[0];
    if (first === undefined || ps.chunks[v]!.infinitive) return false;
    const w = ps.toks[ps.chunks[first]!.from]!.lower;
    if (w === 'neither' || w === 'no' || w === 'none') return true;
    const before = ps.chunks[first - 1];
    return before !== undefined && ps.toks[before.from]!.lower === 'neither';
  }

  /** A verb group with a pattern: the event it states, or undefined. */
  private verbal(v: number, forced?: { actor: Participant[]; status?: EventStatus }): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    if (!forced && IN_FORCE_VERBS.has(vg.lemma)) {
      const truce = this.truceInForce(v);
      if (truce) return truce;
    }
    if (!forced && this.c.dict.cancelling.has(vg.lemma)) {
      const off = this.cancellation(v);
      if (off) return off;
    }
    if (!forced && RESPONDING.has(vg.lemma) && !vg.infinitive && !vg.gerund) {
      const threat = this.reprisal(v);
      if (threat) return threat;
    }
    const patterns = this.c.dict.verbs.get(vg.lemma);
    if (!patterns && vg.modal === 'demanded' && !forced) return this.demand(v);
    if (!patterns && !forced && ENDORSING.has(lemmaOf(ps.toks[vg.head]!.lower, ENDORSING, true))) return this.endorsement(v);
    const ofNoun = vg.gerund && !forced ? this.complementOf(v) : undefined;
    // "began collecting signatures", "continued shelling the town": the aspect verb's subject acts.
    const gov = ps.chunks[v - 1];
    // "is considering lowering tariffs": a verb of weighing governs its gerund the same way.
    const aspect = vg.gerund && !forced && gov?.kind === 'VG' && (ASPECT_VERBS.has(gov.lemma) || this.c.dict.status.has(gov.lemma)) ? v - 1
      : vg.gerund && !forced ? this.meansOf(v)
      : vg.infinitive && !forced && patterns?.some((p) => p.type === 'PROTEST') ? this.gathering(v) : undefined;
    const adjunct = aspect !== undefined ? this.subject(aspect) : vg.gerund && !forced && ofNoun === undefined && patterns ? this.adjunctSubject(v, patterns) : undefined;
    if (!patterns || vg.gerund && !forced && ofNoun === undefined && !adjunct) return undefined;
    let window = argumentWindow(ps, v);
    let subj = forced ? [] : ofNoun !== undefined ? this.complementSubject(ofNoun) : adjunct ?? this.subject(v);
    let byAgent: number[] = [];
    const assaults = !forced && patterns.some((p) => p.type === 'ASSAULT');
    // The attack or weapon that did it ("a drone attack killed", "were killed in Israeli air strikes").
    let means = assaults && !vg.passive && subj.length === 1 && isMeansPhrase(ps, ps.chunks[subj[0]!]) ? subj[0] : undefined;
    if (vg.passive) {
      // "X was met by Y": X is the logical object, Y the subject.
      const by = window.findIndex((k) => ps.chunks[k]!.kind === 'PREP' && ps.toks[ps.chunks[k]!.from]!.lower === 'by');
      if (by >= 0 && window[by + 1] !== undefined && ps.chunks[window[by + 1]!]!.kind === 'NP') {
        byAgent = [window[by + 1]!];
        window = window.filter((_, i) => i !== by && i !== by + 1);
      }
      if (assaults && (byAgent.length === 0 || isMeansPhrase(ps, ps.chunks[byAgent[0]!]))) {
        // "were killed by a missile", "killed in Israeli air strikes": the attack names its attacker, if anyone.
        // ("were killed when a Russian missile hit …": the means of a clause of time.)
        const i = byAgent.length > 0 ? -1 : window.findIndex((k, n) => n > 0 && isMeansPhrase(ps, ps.chunks[k]) &&
          ((ps.chunks[window[n - 1]!]!.kind === 'PREP' && ['in', 'by', 'during'].includes(ps.toks[ps.chunks[window[n - 1]!]!.from]!.lower)) ||
            (['when', 'as'].includes(ps.toks[ps.chunks[window[n - 1]!]!.from]!.lower) && ps.chunks[k + 1]?.kind === 'VG')));
        means = byAgent[0] ?? (i >= 0 ? window[i] : undefined);
        byAgent = [];
        if (i >= 0) window = window.filter((_, n) => n !== i && n !== i - 1);
      }
      window = [...subj, ...window];
      subj = byAgent;
    }
    // "rejected on Thursday a United Nations appeal": a time and its preposition bind no slot.
    const args = this.withoutTimes(window);
    let b = bestMatch(ps, args, patterns, this.c.dict);
    // "was called off", "put off the vote": the verb with its particle is no call and no putting.
    const particle = this.c.dict.cancelling.get(vg.lemma);
    if (particle && ps.toks[vg.to]?.lower === particle && !b?.pattern.items.some((x) => x.kind === 'word' && x.word === particle)) return undefined;
    // A bare "call X" is a phone call only when planned or possible ("will call Macron"); done, it
    // is mostly a judgement ("called the plan absurd"), which evaluation() reads.
    if (b && !forced && vg.lemma === 'call' && b.pattern.items.length === 1 && b.recipient && !['planned', 'possible'].includes(this.statusOf(aspect ?? v)) &&
      !this.callsSomeone(b.recipient)) b = undefined;
    if (!b && !forced && vg.lemma === 'call' && !vg.passive && !vg.gerund) return this.evaluation(v);
    if (!b && !forced && vg.lemma === 'be') return this.judgement(v);
    if (b?.pattern.spoken) return forced ? undefined : this.spokenThreat(v, b, vg.passive ? window : subj);
    if (!b) return vg.modal === 'demanded' && !forced ? this.demand(v) : undefined;
    // "summoned the US ambassador", "Ambassador X was summoned": a diplomat is summoned to be
    // protested to (CAMEO 114), anyone else to a meeting (040).
    if (b.pattern.type === 'CONSULT' && vg.lemma === 'summon' && (b.recipient ?? []).some((k) => DIPLOMATS.test(this.c.text.slice(tokStart(ps, ps.chunks[k]!), tokEnd(ps, ps.chunks[k]!))))) {
      b = { ...b, pattern: { ...b.pattern, type: 'ACCUSE', cameo: '114', mode: 'allege' } };
    }
    if (b.pattern.type === 'CONSULT' && !this.meetsSomeone(b, args)) return undefined;
    // "the two countries fought a war in 1999", "have fought three wars": a war told as fought is
    // the parties' history, no attack of the day.
    const fought = b.recipient?.[0] !== undefined ? ps.toks[ps.chunks[b.recipient[0]]!.head]!.lower : '';
    if (!forced && vg.lemma === 'fight' && (fought === 'war' || fought === 'wars')) return undefined;
    // "refused to meet X", "ordered X to leave": an infinitive the pattern names is part of this event.
    for (const k of b.used) if (k !== v && k !== b.about && ps.chunks[k]!.kind === 'VG') this.consumed.add(k);
    // "announced the withdrawal of its troops": an event noun the pattern names is this event, not one more.
    for (const k of b.used) if (k > v && k !== b.about && !b.recipient?.includes(k) && !b.actor?.includes(k) && ps.chunks[k]!.kind === 'NP' && isEventNoun(ps, ps.chunks[k], this.c.dict)) this.consumed.add(k);
    // … and the act embedded in it, with the status the governing act gives ("refused to release
    // X": the release is negated).
    const inf = b.about === undefined ? b.used.find((k) => k !== v && ps.chunks[k]!.kind === 'VG' && ps.chunks[k]!.infinitive) : undefined;
    if (inf !== undefined) b = { ...b, about: inf, aboutStatus: EMBEDDED_STATUS[b.pattern.type] ?? 'possible' };
    // "Biden and Xi met": a conjunct the tagger or linker left unknown still names a party.
    let actor = forced ? forced.actor : this.subjectParts(subj);
    if (!forced && actor.length === 0 && subj.length > 0) actor = this.speakerFor(subj, v);
    const given = this.actorFor.get(v);
    if (!forced && given && subj.length === 1 && ps.toks[ps.chunks[subj[0]!]!.head]!.pos === 'PRON') actor = given.map((p) => ({ ...p }));
    // "Ukraine rejected claims that its forces had attacked", "Russia said its forces had captured":
    // a force "its" owns is the denier's or the speaker's.
    if (!forced && subj.length === 1 && actor.every((a) => !a.code)) {
      const np = ps.chunks[subj[0]!]!;
      const agent = agentCode(ps.toks[np.head]!.lower);
      const sv = speechFrame(ps, v);
      const owner = given ?? (sv !== undefined && sv < v ? this.subjectParts(this.subject(sv)) : []);
      const country = owner.length === 1 ? owner[0]!.country ?? owner[0]!.code?.slice(0, 3) : undefined;
      if (agent && ['its', 'their'].includes(ps.toks[np.from]!.lower) && country && /^[A-Z]{3}$/.test(country)) {
        actor = [{ text: this.c.text.slice(tokStart(ps, np), tokEnd(ps, np)), code: `${country}${agent}`, country }];
      }
    }
    if (!forced && actor.length === 0 && subj.length > 0) actor = this.previousFor(subj);
    if (!forced && vg.negated && this.c.dict.possibleWhenNegated.has(vg.lemma)) return this.notExcluded(v, b, actor);
    // "Iran's decision to withdraw": the possessor decides and withdraws.
    if (!forced && actor.length === 0 && subj.length === 1 && COMPLEMENT_NOUNS.has(ps.toks[ps.chunks[subj[0]!]!.head]!.lower)) actor = this.possessor(subj[0]!);
    // An event as subject ("The NATO summit in Vilnius agreed") has no party to look for around it.
    // (A lone name nothing knows is still its own actor: "Trump called Xi and asked him …".)
    const unknownName = subj.length === 1 && this.bareName(subj[0]!);
    if (!forced && !vg.passive && actor.length === 0 && unknownName) actor = participantsOf(this.c, ps, subj, { text: true });
    if (!forced && !vg.passive && means === undefined && (actor.length === 0 || actor.every((a) => !a.code && !a.entity)) && !subj.some((k) => isEventPhrase(this.c, ps, k)) && !unknownName && !isJoint(actor)) {
      actor = this.subjectRegion(aspect ?? v, subj) ?? (actor.length > 0 ? actor : participantsOf(this.c, ps, subj, { loose: true, text: true }));
    }
    if (means !== undefined && b.pattern.type === 'ASSAULT') {
      actor = this.attackerOf(means);
      // "A roadside bombing near Samarra killed …": no attacker named, the country of the place the
      // subject names acts, as CAMEO codes it (not the attack's target: "a strike on Odesa").
      const on = ps.chunks[means + 1];
      const target = on?.kind === 'PREP' && ['on', 'against', 'at'].includes(ps.toks[on.from]!.lower) ? participantOf(this.c, ps, means + 2, { loose: true }) : undefined;
      const region = actor.length === 0 && !vg.passive ? this.subjectRegion(aspect ?? v, subj) : undefined;
      if (region && !(target && region.some((r) => samePart(r, target)))) actor = region;
    }
    // "A suicide bomber killed 12 people": doers nobody names are still the attack's actor, by their words.
    if (!forced && b.pattern.type === 'ASSAULT' && actor.length === 0 && subj.length > 0 && subj.every((k) => isViolentAgent(ps, ps.chunks[k]))) {
      actor = subj.map((k) => ({ text: this.c.text.slice(tokStart(ps, ps.chunks[k]!), tokEnd(ps, ps.chunks[k]!)) }));
    }
    let recipient = b.recipient ? this.recipients(b.recipient) : [];
    // "Ukraine said Russia had rejected its proposal": the owner "its" stands for is the speaker, not the one rejecting.
    if (!forced && recipient.length === 0 && REACTIONS.has(b.pattern.type) && b.recipient?.length === 1 && ['its', 'their', 'his', 'her'].includes(ps.toks[ps.chunks[b.recipient[0]!]!.from]!.lower)) {
      const sv = speechFrame(ps, v);
      const speaker = sv !== undefined && sv < v ? this.subjectParts(this.subject(sv)) : [];
      if (speaker.length > 0 && !speaker.some((p) => actor.some((a) => samePart(a, p)))) recipient = speaker;
    }
    // "cut ties with Qatar, accusing it of backing terrorism", "did not order a halt to its
    // campaign": a pronoun (or its possessive) the pattern binds stands for the party named last
    // before it in the sentence, other than the actor.
    // ("a halt to its campaign": the pronoun may own the thing the bound noun is of or to.)
    if (!forced && recipient.length === 0 && b.recipient?.length === 1) {
      const k = b.recipient[0]!;
      const of = ps.chunks[k + 1];
      recipient = this.antecedent(k, actor);
      if (recipient.length === 0 && of?.kind === 'PREP' && ['of', 'to'].includes(ps.toks[of.from]!.lower) && ps.chunks[k + 2]?.kind === 'NP') recipient = this.antecedent(k + 2, actor);
    }
    // "shot dead two suspects", "killed 12 people": victims told by their number are the target, by their words.
    if (recipient.length === 0 && b.pattern.type === 'ASSAULT' && b.recipient?.length === 1 && ps.toks[ps.chunks[b.recipient[0]!]!.from]!.pos === 'NUM') {
      const np = ps.chunks[b.recipient[0]!]!;
      recipient = [{ text: this.c.text.slice(tokStart(ps, np), tokEnd(ps, np)) }];
    }
    if (!forced && b.pattern.type === 'CONSULT' && !b.pattern.mode && TALK_VERBS.has(vg.lemma) && !this.talksWithParty(actor, recipient)) return undefined;
    if (b.actor) {
      const swapped = participantsOf(this.c, ps, b.actor, { loose: true });
      // "A summit in Brussels will bring together EU leaders": an event as subject is no party.
      // (Nor is the place it is held in: "a summit planned in Brussels will bring together …".)
      recipient = subj.some((k) => isEventNoun(ps, ps.chunks[k], this.c.dict)) ? [] : actor.filter((p) => !p.entity || this.c.entities.get(p.entity)?.type !== 'PLACE');
      actor = swapped;
    }
    const weighed = aspect !== undefined ? this.c.dict.status.get(ps.chunks[aspect]!.lemma) : undefined;
    let status = forced?.status ?? (ofNoun !== undefined ? this.complementStatus(ofNoun) : weighed && this.statusOf(aspect!) === 'occurred' ? weighed : this.statusOf(aspect ?? v));
    // "had made no concessions", "held no talks": the pattern's own noun denied denies the event.
    if (status === 'occurred' && b.used.some((k) => k > v && ps.chunks[k]!.kind === 'NP' && !b.recipient?.includes(k) && !b.actor?.includes(k) && ps.toks[ps.chunks[k]!.from]!.lower === 'no')) status = 'negated';
    // "Before meeting Xi, Putin said": the meeting is still to come.
    if (!forced && vg.gerund && adjunct && ps.chunks[v - 1] && ps.toks[ps.chunks[v - 1]!.from]!.lower === 'before') status = 'planned';
    // "was considering a strike on Guam": a verb of weighing that itself states the event leaves it possible.
    if (!forced && status === 'occurred' && this.c.dict.status.get(vg.lemma) === 'possible') status = 'possible';
    const used = [...b.used, v, ...subj, ...(means !== undefined ? [means] : [])];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...used.filter((k) => k !== b.about).map((k) => tokEnd(ps, ps.chunks[k]!)), tokEnd(ps, vg));
    const d = this.draft(b, actor, recipient, status, start, end, false);
    // An embedded event: "invite X to visit Russia", "urge X to withdraw", "praise the meeting".
    if (b.about !== undefined) {
      const ctl = b.recipient && b.recipient.length > 0 ? recipient : actor;
      const about = ps.chunks[b.about]!.kind === 'VG'
        ? this.verbal(b.about, { actor: ctl, status: b.aboutStatus ?? 'possible' })
        : this.nominal(b.about, true, d.type === 'AGREE' ? ctl : []);
      this.consumed.add(b.about);
      if (about) {
        if (b.aboutStatus && ps.chunks[b.about]!.kind === 'NP') about.status = b.aboutStatus;
        d.about = about;
      }
    }
    for (const k of b.recipient ?? []) {
      if (isEventNoun(ps, ps.chunks[k], this.c.dict)) {
        // "praised the meeting between X and Y": X and Y are the recipients.
        const inner = this.nominal(k, true);
        this.consumed.add(k);
        if (inner) {
          d.about ??= inner;
          for (const p of [...inner.actor, ...inner.recipient]) if (!d.recipient.some((r) => samePart(r, p))) d.recipient.push(p);
          if (!this.drafts.includes(inner) && inner.actor.length > 0 && this.standalone(k)) this.drafts.push({ ...inner });
        }
      }
    }
    d.recipient = d.recipient.filter((r) => !d.actor.some((a) => samePart(a, r)));
    if (d.recipient.length === 0 && REACTIONS.has(d.type) && b.recipient?.length === 1 && this.actNoun(b.recipient[0]!)) d.anaphoric = true;
    // "A third round is to be held on Tuesday at Chushul", "talks will be held in Geneva": a session
    // told in the passive stands without its parties (the story named them before).
    const session = vg.passive && !forced && d.type === 'CONSULT' && b.pattern.items.some((x) => x.kind === 'word' && SESSIONS.has(x.word));
    if (d.actor.length === 0 && d.recipient.length === 0 && !session) return undefined;
    if (d.actor.length === 0 && !vg.passive && !forced && means === undefined) return undefined;
    // "A missile strike on Odesa killed three people": the attack's target, when the victims name no party.
    if (means !== undefined && !d.recipient.some((r) => r.entity || r.code)) {
      const on = ps.chunks[means + 1];
      // ("the shelling of Kherson": what is shelled.)
      const of = on?.kind === 'PREP' && ps.toks[on.from]!.lower === 'of' && /(?:ing|ment)$/.test(ps.toks[ps.chunks[means]!.head]!.lower);
      const t = on?.kind === 'PREP' && (of || ['on', 'against'].includes(ps.toks[on.from]!.lower)) ? participantOf(this.c, ps, means + 2, { loose: true }) : undefined;
      if (t && (t.entity || t.code)) d.recipient = [t];
    }
    // "Ten US diplomats will be expelled from Russia", "were ordered to leave Russia": the country
    // they are sent out of expels them.
    if (d.actor.length === 0 && vg.passive && !forced && (d.mode === 'expel' || d.mode === 'deport')) d.actor = this.expellingCountry(v);
    this.setting(d, window.filter((k) => k !== b.about), v);
    // "Hundreds of people blocked streets in Hong Kong": people the text does not place
    // otherwise belong to the country where they act (CAMEO codes them so).
    // (Not an army's fire on the place itself: "troops fired rockets at Kyiv" says nothing of whose
    // troops; gunmen at a place, or troops fighting in it, are still its own.)
    const where = d.location ? this.c.entities.get(d.location)?.country : undefined;
    const onPlace = d.type === 'ASSAULT' && d.recipient.some((r) => r.entity === d.location);
    if (where && /^[A-Z]{3}$/.test(where)) {
      for (const a of d.actor) {
        if (a.entity || a.country || PAIR_WORDS.test(a.text.trim())) continue;
        const agent = agentCode(this.headWord(a.text));
        if (onPlace && agent === 'MIL') continue;
        a.country = where;
        a.code = `${where}${agent ?? ''}`;
      }
    }
    // "opened fire to disperse the demonstrators": an infinitive that names the same act again is this act.
    if (d.about && d.about.type === d.type && d.about.cameo === d.cameo && d.type !== 'AGREE') {
      if (d.recipient.length === 0) d.recipient = d.about.recipient.filter((r) => !d.actor.some((a) => samePart(a, r)));
      d.end = Math.max(d.end, d.about.end);
      delete d.about;
    }
    if (d.recipient.length === 0 && d.about && ['AGREE', 'REJECT', 'THREATEN', 'REQUEST'].includes(d.type)) {
      // "offered to hand over two suspects to Britain": the recipient of what is offered.
      d.recipient = d.about.recipient.filter((r) => !d.actor.some((a) => samePart(a, r)));
    }
    if (d.recipient.length === 0 && b.about !== undefined && !d.about && ps.chunks[b.about]!.kind === 'VG' &&
      ['AGREE', 'REJECT', 'THREATEN', 'REQUEST'].includes(d.type)) {
      // The embedded verb has no pattern ("offered to hand over two men to Britain"): its clause's target.
      d.recipient = this.recipientInWindow(argumentWindow(ps, b.about), { ...b, about: -1 }, d.actor);
    }
    if (d.type === 'AGREE' && d.recipient.length === 0) d.recipient = this.partnerAfter(window);
    // "will travel to Beijing for talks with Xi": the one met joins the place visited.
    if (d.type === 'CONSULT' && d.mode === 'visit') {
      for (const p of this.talksPartners(window)) if (!d.recipient.some((r) => samePart(r, p)) && !d.actor.some((a) => samePart(a, p))) d.recipient.push(p);
    }
    // "did not discuss Taiwan": what is discussed is the topic, no party.
    if (d.recipient.length === 0 && !forced && !(b.pattern.type === 'CONSULT' && vg.lemma === 'discuss')) d.recipient = this.recipientInWindow(window, b, d.actor);
    // "Kim warned that North Korea would respond … to any provocation by South Korea": the
    // speaker's own country is no target of a threat; the party warned may stand later.
    notOwnCountry(this.c, d);
    // (A name nothing knows, bound to the recipient slot, is still the one acted on: "warned Biden not to".)
    if (!forced && d.type !== 'CONSULT' && !d.recipient.some((r) => r.country || r.code || r.entity || nameLike(r.text))) {
      // "promised to continue military aid to war-torn Mozambique", "refused to deploy
      // peacekeepers in Iraq": the country the clause's act is aimed at or takes place in, as CAMEO
      // and PLOVER code the target when no named party undergoes it.
      const t = this.countryTarget(v, d.actor);
      if (t) d.recipient = t;
    }
    // "Ukrainian and Russian delegations arrived in Istanbul for talks": the city where parties
    // meet jointly is the meeting's place, no party to it.
    if (d.type === 'CONSULT' && isJoint(d.actor) && d.recipient.length > 0 && d.recipient.every((r) => this.isTown(r))) {
      d.location ??= d.recipient[0]!.entity;
      d.recipient = [];
    }
    // "EU leaders will gather in Brussels for a summit": the city a summit gathers in is its place.
    if (d.type === 'CONSULT' && b.pattern.items.some((x) => x.kind === 'word' && x.word === 'summit') && d.recipient.length > 0 &&
      d.recipient.every((r) => r.entity && this.c.entities.get(r.entity)?.type === 'PLACE')) {
      d.location ??= d.recipient[0]!.entity;
      d.recipient = [];
    }
    // "the two countries agreed to cut tariffs", "Tokyo pledged to lift export controls": the
    // concession or joint act agreed on is told as an event of its own, still to come.
    // (Only the actor's own act: an invitation's visit is the guest's.)
    // (A truce agreed on counts too: "agreed on a ceasefire that would take effect on Sunday".)
    if (!forced && d.type === 'AGREE' && d.status === 'occurred' && !b.recipient?.length && d.about && (!d.about.nominal || d.about.type === 'RETREAT') && AGREED_ACTS.has(d.about.type) &&
      (d.about.status === 'planned' || d.about.status === 'possible')) {
      this.drafts.push({ ...d.about, actor: d.about.actor.map((p) => ({ ...p })), recipient: (d.about.recipient.length > 0 ? d.about.recipient : d.recipient).map((p) => ({ ...p })), start: d.start });
    }
    // "Russia said Sudan must return the helicopter": the speaker demands it of Sudan (PLOVER and
    // CAMEO code the demand, the act demanded is what it is about).
    // "demanded that the government provide …": the clause states what is demanded, not a fact.
    if (!forced && d.type === 'REQUEST' && b.pattern.items.some((x) => x.kind === 'word' && x.word === 'that')) {
      for (let k = v + 1; k < ps.chunks.length; k++) {
        const ch = ps.chunks[k]!;
        if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) break;
        if (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) { this.statusFor.set(k, 'demanded'); this.aboutFor.set(k, d); break; }
      }
    }
    // "Russia denied Ukraine's claim that it had shelled a hospital": what a denied claim says is
    // denied (negated), its "it" the denier; "alleged that Iran had supplied drones": alleged (possible).
    const claim = b.recipient?.[b.recipient.length - 1];
    const denied = d.type === 'REJECT' && claim !== undefined && CLAIMS.has(ps.toks[ps.chunks[claim]!.head]!.lower) && ps.toks[ps.chunks[claim + 1]?.from ?? -1]?.lower === 'that';
    const alleged = d.type === 'ACCUSE' && b.pattern.items.some((x) => x.kind === 'word' && x.word === 'that');
    if (!forced && (denied || alleged)) {
      for (let k = (denied ? claim! + 1 : v) + 1; k < ps.chunks.length; k++) {
        const ch = ps.chunks[k]!;
        if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) break;
        if (ch.kind !== 'VG' || ch.infinitive || ch.gerund) continue;
        this.statusFor.set(k, denied ? 'negated' : 'possible');
        this.aboutFor.set(k, d);
        if (denied) this.actorFor.set(k, d.actor);
        break;
      }
    }
    if (!forced && vg.modal === 'demanded' && d.status === 'demanded') {
      const r = this.demand(v);
      if (r) { r.about = d; return r; }
      // "Armenia must hand over the district by November 15": an obligation with a deadline that
      // nobody is said to demand is a term the story reports (of a deal), to be carried out.
      if (speechFrame(ps, v) === undefined && !quoteAt(this.c.allQuotes, tokStart(ps, vg)) && this.deadline(window)) d.status = 'planned';
    }
    // "India banned 59 Chinese apps", "banned imports of Russian oil": a ban aimed at another
    // country's goods, firms or people sanctions that country; a ban at home ("banned the
    // opposition party") coerces (CAMEO 1722).
    if (d.cameo === '1722' && foreignBan(d, ps, b.recipient ?? [])) { d.type = 'SANCTION'; d.cameo = '163'; delete d.mode; }
    // "crowds stormed the parliament", "the embassy was stormed by protesters": a crowd's assault on
    // a building or a place, no person, is a violent protest (CAMEO 145).
    if (!forced && d.type === 'ASSAULT' && subj.length > 0 && subj.every((k) => ps.toks.slice(ps.chunks[k]!.from, ps.chunks[k]!.to).some((t) => CROWDS.has(t.lower))) &&
      !d.recipient.some((r) => r.entity && this.c.entities.get(r.entity)?.type === 'PERSON')) {
      d.type = 'PROTEST'; d.cameo = '145'; d.mode = 'riot';
    }
    // "Lindner hit back, saying Scholz had been working toward a break": a retort in words
    // disapproves (CAMEO 111) of the one the words name, no attack.
    if (!forced && d.type === 'ASSAULT' && (vg.lemma === 'hit' || vg.lemma === 'strike') && ps.toks[vg.to]?.lower === 'back') {
      const retort = this.retortTarget(v);
      if (retort) { d.type = 'ACCUSE'; d.cameo = '111'; d.mode = 'disapprove'; d.recipient = retort.filter((r) => !d.actor.some((a) => samePart(a, r))); }
    }
    // "Scholz fired Finance Minister Lindner": a person fired is dismissed, as "dismissed" codes it
    // (REJECT 120), not shot at.
    if (!forced && d.type === 'ASSAULT' && vg.lemma === 'fire' && ps.chunks[v + 1]?.kind === 'NP') {
      const p = participantOf(this.c, ps, v + 1);
      if (p?.entity !== undefined && this.c.entities.get(p.entity)?.type === 'PERSON') { d.type = 'REJECT'; d.cameo = '120'; delete d.mode; }
    }
    // "Medvedev ordered an end to Russia's military operation in Georgia": his own side stands down
    // (CAMEO 087), in the place the operation is in.
    const fighting = !forced && d.type === 'REQUEST' && vg.lemma === 'order' ? ordersHalt(ps, v) : undefined;
    if (fighting !== undefined && haltsOwnSide(d.actor, possessiveAt(ps, ps.chunks[fighting]!) >= 0 ? participantOf(this.c, ps, fighting, { loose: true }) : undefined)) {
      d.type = 'RETREAT'; d.cameo = '087'; d.mode = 'disarm';
      d.recipient = this.placesOfHalt(v, d.actor);
    }
    // "said Iran would make the occupiers regret it": a threat said is made, whatever it promises.
    // (A threat only weighed stays possible: "said it was considering a strike".)
    if (!forced && d.type === 'THREATEN' && (vg.modal === 'planned' || vg.modal === 'possible') && d.status === vg.modal && this.ownWords(v, d.actor)) d.status = 'occurred';
    // "Israel vowed to destroy Hamas", "said it was ready to fight Israel": a promise to attack
    // someone is a threat (CAMEO 138), the attack still to come.
    if (!forced && d.type === 'AGREE' && d.about && (d.about.type === 'ASSAULT' || d.about.type === 'COERCE') && VOWING.has(vg.lemma) && d.recipient.length > 0) {
      d.type = 'THREATEN';
      d.cameo = d.about.type === 'ASSAULT' ? '138' : '130';
      delete d.mode;
    }
    // "North Korea said it was examining a plan to strike Guam", "Iran said it would attack US
    // bases": a party that says it will or may attack threatens to (CAMEO 138), whatever it weighs.
    const threatener = !forced && d.type === 'ASSAULT' && (d.status === 'planned' || d.status === 'possible') ? this.ownWords(v, d.actor) : undefined;
    if (threatener) {
      return { type: 'THREATEN', cameo: '138', actor: threatener, recipient: d.recipient, status: 'occurred', start: d.start, end: d.end, nominal: false, headline: d.headline, about: d, ...(d.reported ? { reported: true } : {}) };
    }
    // "Katz wrote that Israel would not cease fire": a party that says it will not yield or help
    // refuses to (PLOVER REJECT, CAMEO 12), the act refused negated.
    // (Also who says it will not accept, endorse or back something, or does not recognize it or
    // has made no concession: "said it would not endorse the text", "said the United States did
    // not recognize Maduro's authority", "said Ukraine had made no concessions".)
    const accepting = (d.type === 'AGREE' || d.type === 'SUPPORT') && ACCEPTING.has(vg.lemma);
    const refusing = vg.negated && vg.modal && vg.modal !== 'demanded' && (REFUSABLE.has(d.type) || accepting);
    const denying = d.status === 'negated' && !vg.modal && ((d.type === 'SUPPORT' && d.cameo === '054') || d.type === 'CONCEDE');
    const refuser = !forced && (refusing || denying) ? this.ownWords(v, d.actor) : undefined;
    if (refuser) {
      return { type: 'REJECT', cameo: '120', actor: refuser, recipient: d.recipient, status: 'occurred', start: d.start, end: d.end, nominal: false, headline: d.headline, about: d, ...(d.reported ? { reported: true } : {}) };
    }
    // "will withdraw its force unless the president arranges a ceasefire": an act promised on a
    // condition the other side must meet is a threat (CAMEO 13).
    if (!forced && (d.status === 'planned' || d.status === 'possible') && d.type !== 'THREATEN' && (this.conditionAfter(v, 'unless') || (HOSTILE_ACTS.has(d.type) && this.conditionAfter(v, 'if')))) {
      return { type: 'THREATEN', cameo: '130', actor: d.actor, recipient: d.recipient, status: 'occurred', start: d.start, end: d.end, nominal: false, headline: d.headline, about: d, ...(d.reported ? { reported: true } : {}) };
    }
    return d;
  }

  /**
   * "Khan said Pakistan would respond when and where it chose", "Russia said it would retaliate":
   * a side that says it will answer threatens (CAMEO 138); whom, the sentence's other acts tell
   * (sharedTargets). Not an answer to questions ("would respond to a request for comment").
   */
  private reprisal(v: number): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    if (vg.negated || (vg.modal !== 'planned' && vg.modal !== 'possible')) return undefined;
    const to = ps.chunks[v + 1];
    const what = ps.chunks[v + 2];
    if (to?.kind === 'PREP' && ps.toks[to.from]!.lower === 'to' && what?.kind === 'NP' &&
      ps.toks.slice(what.from, what.to).some((t) => /^(?:requests?|questions?|queries|comments?|letters?|calls?|emails?|messages?|invitations?)$/.test(t.lower))) return undefined;
    const subj = this.subject(v);
    const actor = this.subjectParts(subj);
    const given = this.actorFor.get(v);
    // ("Russia said it would respond": "it" is the speaker's side.)
    const pron = subj.length === 1 && ['it', 'they', 'we'].includes(ps.toks[ps.chunks[subj[0]!]!.head]!.lower);
    const sv = speechFrame(ps, v);
    const own = pron && actor.length === 0 && !given && sv !== undefined && sv < v ? participantsOf(this.c, ps, this.subject(sv)) : this.ownWords(v, given ?? (actor.length > 0 ? actor : this.previousFor(subj)));
    if (!own || own.length === 0) return undefined;
    const start = Math.min(tokStart(ps, vg), ...subj.map((k) => tokStart(ps, ps.chunks[k]!)));
    const d: Draft = { type: 'THREATEN', cameo: '138', actor: own, recipient: [], status: 'occurred', start, end: tokEnd(ps, vg), nominal: false, headline: this.s.headline };
    if (quoteAt(this.c.allQuotes, start)) d.reported = true;
    return d;
  }

  /** "hit back, saying Scholz had …": the parties the words name, when words follow (else undefined). */
  private retortTarget(v: number): Participant[] | undefined {
    const { ps } = this.s;
    // (Past the particle: "hit back, saying".)
    const at = ps.chunks[v + 1]?.kind === 'OTHER' ? v + 2 : v + 1;
    const comma = ps.chunks[at];
    const say = ps.chunks[at + 1];
    if (comma?.kind !== 'PUNCT' || ps.toks[comma.from]!.text !== ',' || say?.kind !== 'VG' || !say.gerund || !isSpeechVerb(say.lemma)) return undefined;
    let k = at + 2;
    if (ps.chunks[k]?.kind === 'SCONJ') k++;
    return ps.chunks[k]?.kind === 'NP' ? participantsOf(this.c, ps, coordinationRight(ps, k).nps) : [];
  }

  /** "ordered a halt to operations in Georgia": the country fought in, when another than the actor's. */
  private placesOfHalt(v: number, actor: readonly Participant[]): Participant[] {
    const { ps } = this.s;
    for (let k = v + 4; k + 1 < ps.chunks.length && k <= v + 7; k++) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'PUNCT' || ch.kind === 'VG') break;
      if (ch.kind !== 'PREP' || ps.toks[ch.from]!.lower !== 'in') continue;
      const p = participantOf(this.c, ps, k + 1, { loose: true });
      if (p && p.country && !actor.some((a) => a.country === p.country)) return [p];
    }
    return [];
  }

  /**
   * "Khamenei said Israel had brought a harsh punishment upon itself", "said the killing would not
   * go unpunished", "said Iran would make the occupiers regret it": the speaker threatens (CAMEO
   * 138) the party the clause names; the threat is made when it is said.
   */
  private spokenThreat(v: number, b: Binding, subj: readonly number[]): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    // "would not go unpunished" threatens; "went unpunished" does not. Any other such clause negated threatens nothing.
    const wantsNegation = b.pattern.items.some((x) => x.kind === 'word' && SPOKEN_NEGATIVES.has(x.word));
    if (Boolean(vg.negated) !== wantsNegation) return undefined;
    const sv = speechFrame(ps, v);
    let actor = sv !== undefined && sv !== v ? participantsOf(this.c, ps, this.subject(sv), { loose: true, text: true }) : [];
    if (actor.length === 0) actor = quoteSpeaker(this.c, tokStart(ps, vg));
    if (actor.length === 0) return undefined;
    const target = b.recipient ?? subj;
    const recipient = participantsOf(this.c, ps, [...target], { loose: true }).filter((r) => !actor.some((a) => samePart(a, r)));
    const used = [...b.used, v, ...subj];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...used.map((k) => tokEnd(ps, ps.chunks[k]!)));
    // (The pattern's own type: "said India had committed aggression" accuses India.)
    const d: Draft = { type: b.pattern.type, cameo: b.pattern.cameo, actor, recipient, status: 'occurred', start, end, nominal: false, headline: this.s.headline };
    if (b.pattern.mode) d.mode = b.pattern.mode;
    if (d.type === 'ACCUSE' && d.recipient.length === 0) return undefined;
    if (quoteAt(this.c.allQuotes, start)) d.reported = true;
    notOwnCountry(this.c, d);
    return d;
  }

  /** "by November 15": a date the clause must be done by. */
  private deadline(window: readonly number[]): boolean {
    const { ps } = this.s;
    for (let i = 0; i + 1 < window.length; i++) {
      const ch = ps.chunks[window[i]!]!;
      if (ch.kind !== 'PREP' || ps.toks[ch.from]!.lower !== 'by') continue;
      const np = ps.chunks[window[i + 1]!]!;
      if (dateIn(this.c, tokStart(ps, np), tokEnd(ps, np))) return true;
    }
    return false;
  }

  /**
   * "a truce that will take effect on Sunday", "the ceasefire came into force at midnight": a
   * ceasefire (CAMEO 0871) that begins, or is to; its parties, if the phrase names them, act.
   */
  private truceInForce(v: number): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    const next = ps.toks[vg.to];
    const after = ps.toks[vg.to + 1];
    if (vg.negated || !(next?.lower === 'effect' || (next?.lower === 'into' && (after?.lower === 'force' || after?.lower === 'effect')))) return undefined;
    let k = v - 1;
    for (; k >= 0; k--) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'VG' || (ch.kind === 'PUNCT' && ps.toks[ch.from]!.text !== ',')) return undefined;
      if (ch.kind === 'NP' && TRUCES.has(ps.toks[ch.head]!.lower)) break;
    }
    if (k < 0 || this.consumed.has(k)) return undefined;
    const st = this.statusOf(v);
    const status: EventStatus = st === 'possible' || st === 'demanded' ? 'planned' : st;
    const start = tokStart(ps, ps.chunks[k]!);
    // Told already as a truce between its parties: that one takes effect.
    const told = this.drafts.find((x) => x.type === 'RETREAT' && x.start === start);
    if (told) { told.status = status; return undefined; }
    const inner = this.nominal(k, true);
    const end = ps.toks[next!.lower === 'effect' ? vg.to : vg.to + 1]!.end;
    const d: Draft = inner ?? { type: 'RETREAT', cameo: '0871', mode: 'ceasefire', actor: [], recipient: [], status, start, end, nominal: false, headline: this.s.headline };
    d.status = status;
    d.start = start;
    d.end = Math.max(d.end, end);
    this.consumed.add(k);
    this.setting(d, argumentWindow(ps, v), v);
    return d;
  }

  /**
   * "called off a trip to Beijing", "postponed the talks with Kyiv": the event noun the verb calls
   * off did not take place (negated); the one who calls it off is its actor when it names none.
   */
  private cancellation(v: number): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    const particle = this.c.dict.cancelling.get(vg.lemma);
    if (particle === undefined || vg.passive) return undefined;
    // "may cancel the trip": what may be called off may still take place; "did not cancel it": no news.
    const st = this.statusOf(v);
    if (st === 'negated') return undefined;
    const window = argumentWindow(ps, v);
    let i = 0;
    if (particle) {
      const ch = ps.chunks[window[0] ?? -1];
      if (!ch || ps.toks[ch.from]!.lower !== particle) return undefined;
      i = 1;
    }
    if (ps.chunks[window[i] ?? -1]?.kind === 'OTHER') i++;
    const k = window[i];
    if (k === undefined || !isEventNoun(ps, ps.chunks[k], this.c.dict)) return undefined;
    const subj = this.subject(v);
    let own = this.subjectParts(subj);
    if (own.length === 0 && subj.length > 0) own = this.speakerFor(subj, v);
    const d = this.nominal(k, true, own);
    if (!d) return undefined;
    this.consumed.add(k);
    d.status = st === 'occurred' ? 'negated' : 'possible';
    d.nominal = false;
    d.start = Math.min(d.start, tokStart(ps, vg), ...subj.map((x) => tokStart(ps, ps.chunks[x]!)));
    // A visit one calls off oneself is also a cut in relations with the host (CAMEO 161), as the
    // PLOVER gold codes "cancelled a planned visit to Haiti".
    if (d.status === 'negated' && d.mode === 'visit' && own.length > 0 && d.recipient.length > 0) {
      this.drafts.push({ type: 'SANCTION', cameo: '161', mode: 'withdraw', actor: own.map((p) => ({ ...p })), recipient: d.recipient.map((p) => ({ ...p })), status: 'occurred', start: d.start, end: d.end, nominal: false, headline: d.headline });
    }
    return d;
  }

  /**
   * "Trump called Xi on Monday", "called Modi to congratulate him": a done "call" whose object is a
   * named person or government, with nothing said of it after ("called Putin a killer",
   * "called the plan absurd"), is a phone call.
   */
  private callsSomeone(nps: readonly number[]): boolean {
    const { ps } = this.s;
    const last = nps[nps.length - 1];
    if (last === undefined) return false;
    const named = participantsOf(this.c, ps, nps).some((p) => {
      const e = p.entity !== undefined ? this.c.entities.get(p.entity) : undefined;
      return e !== undefined && (e.type === 'PERSON' || ((e.type === 'PLACE' || e.type === 'ORG') && !!e.code?.endsWith('GOV')));
    });
    if (!named) return false;
    const next = ps.chunks[last + 1];
    if (!next) return true;
    const w = ps.toks[next.from]!.lower;
    if (next.kind === 'PUNCT') return w === '.' || w === ',' || w === ';';
    if (next.kind === 'PREP') return CALL_PREPS.has(w);
    if (next.kind === 'VG') return !!next.infinitive;
    if (next.kind === 'CONJ' || next.kind === 'SCONJ') return true;
    // "called Xi on Monday", "called Xi late on Monday": a time, not what he was called.
    return next.kind === 'NP' ? this.c.doc.times.some((t) => t.start <= tokStart(ps, next) && t.end >= tokEnd(ps, next)) :
      next.kind === 'OTHER' && /^(?:late|early|again|twice|briefly)$/.test(w);
  }

  /**
   * "spoke with Erdogan", "will brief EU leaders", "Putin and Erdogan could speak": talk is a
   * consultation only with a named party (not "spoke to reporters", "briefed the media"), or
   * between two named parties or a pair the story named ("the two leaders spoke").
   */
  private talksWithParty(actor: readonly Participant[], recipient: readonly Participant[]): boolean {
    const party = (p: Participant): boolean => (!!p.entity || !!p.country || !!p.code || nameLike(p.text)) && !/(?:JRN|MED)$/.test(p.code ?? '') &&
      !(p.entity !== undefined && /(?:JRN|MED)$/.test(this.c.entities.get(p.entity)?.code ?? ''));
    // "spoke to the Chinese people": a leader addressing his own country's people consults no one.
    const own = new Set(actor.map((a) => a.country).filter(Boolean));
    // ("briefed envoys of several countries": diplomats are parties, whoever sent them.)
    if (recipient.some((r) => DIPLOMATS.test(r.text) && !/\b(?:his|her|its|their|own)\b/i.test(r.text))) return true;
    if (recipient.length > 0) return recipient.some((r) => party(r) && !(!r.entity && r.country && own.has(r.country)));
    const named = actor.filter(party);
    // "The Security Council is to discuss the ruling": a body that deliberates meets as a body.
    const body = actor.length === 1 && actor[0]!.entity !== undefined && this.c.entities.get(actor[0]!.entity)?.type === 'ORG' &&
      // (By the KB's name too: the record may carry the name as printed, "the Turkish parliament".)
      [this.c.entities.get(actor[0]!.entity)?.name, this.c.entities.get(actor[0]!.entity)?.kbName].some((n) => n !== undefined && DELIBERATIVE.test(n));
    return named.length >= 2 || body || (actor.length === 1 && PAIR_WORDS.test(actor[0]!.text.trim()));
  }

  /**
   * The verb at `v` is in what its actor (or a party of the actor's country) is reported to say:
   * the speakers ("Medvedev said Russia could use …": Medvedev threatens).
   */
  private ownWords(v: number, actor: readonly Participant[]): Participant[] | undefined {
    const { ps } = this.s;
    const sv = speechFrame(ps, v);
    if (sv === undefined || sv === v) {
      // '"We will respond with force," Kim said': the speaker of the quote the verb stands in.
      const vg = ps.chunks[v]!;
      const q = vg.infinitive || vg.gerund ? undefined : quoteAt(this.c.quotes, tokStart(ps, vg));
      const speakers = quoteSpeaker(this.c, tokStart(ps, vg));
      if (!q || speakers.length === 0) return undefined;
      return speakers.every((s) => actor.some((a) => samePart(a, s) || (!!a.country && a.country === s.country))) ? speakers : undefined;
    }
    // A clause of its own ("said it would attack", "said it was examining a plan to strike"), not
    // an object of the verb ("announced the intention of attacking Iran").
    const vg = ps.chunks[v]!;
    let clause = !vg.infinitive && !vg.gerund;
    for (let k = Math.min(sv, v) + 1; k < Math.max(sv, v) && !clause; k++) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) clause = true;
    }
    if (!clause) return undefined;
    const speakers = participantsOf(this.c, ps, this.subject(sv));
    return speakers.length > 0 && speakers.every((s) => actor.some((a) => samePart(a, s) || (!!a.country && a.country === s.country))) ? speakers : undefined;
  }

  /**
   * "The Kremlin has said that Western sanctions are illegal", "Beijing said the move was a
   * provocation": a speaker who says something is a word of condemnation disapproves of it
   * (PLOVER ACCUSE, CAMEO 111), aimed at whoever the subject phrase names as its owner.
   */
  private judgement(v: number): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    const sv = speechFrame(ps, v);
    if (sv === undefined || sv === v || vg.infinitive) return undefined;
    let damning = false;
    for (let t = vg.to; t < ps.toks.length && t < vg.to + 6; t++) {
      const tk = ps.toks[t]!;
      if (tk.pos === 'PUNCT' && !/["“”]/.test(tk.text)) break;
      if (CONDEMNING.has(tk.lower)) { damning = true; break; }
    }
    if (!damning) return undefined;
    const subj = this.subject(v);
    const actor = participantsOf(this.c, ps, this.subject(sv), { text: true });
    if (actor.length === 0 || subj.length === 0) return undefined;
    // The thing judged belongs to the party its phrase names ("Western sanctions", "Russia's move").
    const recipient = participantsOf(this.c, ps, subj, { loose: true })
      .filter((r) => (r.entity || r.code || r.country) && !actor.some((a) => samePart(a, r) || (!!a.country && a.country === r.country)));
    const used = [v, sv, ...subj, ...this.subject(sv)];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...used.map((k) => tokEnd(ps, ps.chunks[k]!)));
    const d: Draft = { type: 'ACCUSE', cameo: '111', mode: 'disapprove', actor, recipient, status: vg.negated ? 'negated' : 'occurred', start, end, nominal: false, headline: this.s.headline };
    const q = quoteAt(this.c.allQuotes, start);
    if (q && !(q.speaker && actor.some((a) => a.entity === q.speaker))) d.reported = true;
    return d;
  }

  /**
   * An "unless" (or "if") clause after the verb at `v`, in its sentence: "would take
   * countermeasures if Washington went ahead" holds a hostile act over the other side.
   */
  private conditionAfter(v: number, word: string): boolean {
    const { ps } = this.s;
    for (let k = v + 1; k < ps.chunks.length; k++) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) return false;
      if (ps.toks[ch.from]!.lower === word) return true;
    }
    return false;
  }

  /**
   * "Erdogan said Kiev deserved to become a member of NATO": a speaker who says a party deserves
   * something backs it (PLOVER SUPPORT, CAMEO 051, from the speaker to that party).
   */
  private endorsement(v: number): Draft | undefined {
    const { ps } = this.s;
    const sv = speechFrame(ps, v);
    if (sv === undefined || sv === v) return undefined;
    const subj = this.subject(v);
    const actor = participantsOf(this.c, ps, this.subject(sv), { text: true });
    const recipient = participantsOf(this.c, ps, subj, { loose: true }).filter((r) => (r.entity || r.code) && !actor.some((a) => samePart(a, r)));
    if (actor.length === 0 || recipient.length === 0) return undefined;
    const used = [v, sv, ...subj, ...this.subject(sv)];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...used.map((k) => tokEnd(ps, ps.chunks[k]!)));
    const d: Draft = { type: 'SUPPORT', cameo: '051', actor, recipient, status: ps.chunks[v]!.negated ? 'negated' : 'occurred', start, end, nominal: false, headline: this.s.headline };
    if (quoteAt(this.c.allQuotes, start)) d.reported = true;
    return d;
  }

  /**
   * "He called the absence of a time frame 'unprecedented and absurd'", "what he called the abuse of
   * the agency by the United States": naming something by a word of condemnation disapproves of it
   * (PLOVER ACCUSE, CAMEO 111), aimed at whoever the phrase says did it ("by X", "X's").
   */
  private evaluation(v: number): Draft | undefined {
    const { ps } = this.s;
    const vg = ps.chunks[v]!;
    let damning = false;
    for (let t = vg.to; t < ps.toks.length && t < vg.to + 16; t++) {
      const tk = ps.toks[t]!;
      if (tk.text === '.' || tk.text === ';' || (tk.text === ',' && t > vg.to + 2 && !/["“”]/.test(ps.toks[t + 1]?.text ?? ''))) break;
      if (CONDEMNING.has(tk.lower)) { damning = true; break; }
    }
    if (!damning) return undefined;
    const subj = this.subject(v);
    let actor = participantsOf(this.c, ps, subj);
    if (actor.length === 0) actor = this.speakerFor(subj, v);
    if (actor.length === 0) actor = this.previousFor(subj);
    if (actor.length === 0) return undefined;
    const window = argumentWindow(ps, v);
    let recipient: Participant[] = [];
    const by = window.findIndex((k) => ps.chunks[k]!.kind === 'PREP' && ps.toks[ps.chunks[k]!.from]!.lower === 'by');
    if (by >= 0 && window[by + 1] !== undefined) recipient = participantsOf(this.c, ps, coordinationRight(ps, window[by + 1]!).nps, { loose: true });
    if (recipient.length === 0 && window[0] !== undefined && ps.chunks[window[0]]!.kind === 'NP' && possessiveAt(ps, ps.chunks[window[0]]!) >= 0) recipient = this.possessor(window[0]);
    recipient = recipient.filter((r) => (r.entity || r.code) && !actor.some((a) => samePart(a, r)));
    const used = [v, ...subj, ...window];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...[v, ...window].map((k) => tokEnd(ps, ps.chunks[k]!)));
    const d: Draft = { type: 'ACCUSE', cameo: '111', mode: 'disapprove', actor, recipient, status: vg.negated ? 'negated' : 'occurred', start, end, nominal: false, headline: this.s.headline };
    const q = quoteAt(this.c.allQuotes, start);
    if (q && !(q.speaker && actor.some((a) => a.entity === q.speaker))) d.reported = true;
    return d;
  }

  /**
   * "…, urging the counterpart to sign", "issued a declaration demanding that …": a participle
   * clause of saying after the main clause is the main clause subject's act.
   */
  private adjunctSubject(v: number, patterns: readonly EventPattern[]): number[] | undefined {
    const { ps } = this.s;
    const prev = ps.chunks[v - 1];
    // "Biden signed an executive order imposing sanctions on …": the measure is the signer's act.
    if (prev?.kind === 'NP' && DECREES.has(ps.toks[prev.head]!.lower) && ps.chunks[v - 2]?.kind === 'VG' && patterns.some((p) => p.type === 'SANCTION' || p.type === 'COERCE')) {
      const subj = this.subject(v - 2);
      return subj.length > 0 ? subj : undefined;
    }
    // "demonstrators protesting the election results": a participle right after people is theirs.
    if (prev?.kind === 'NP' && !STATEMENTS.has(ps.toks[prev.head]!.lower) && v >= 1) {
      const head = ps.toks[prev.head]!.lower;
      return agentCode(head) || /(?:ers|ors|ists|ians|ants|ents)$/.test(head) ? coordinationLeft(ps, v - 1) : undefined;
    }
    // "After meeting Xi in Beijing, Putin said …": a meeting told in an adjunct of time is the main clause subject's.
    if (prev?.kind === 'PREP' || prev?.kind === 'SCONJ') {
      const owner = patterns.some((p) => p.type === 'CONSULT') ? this.adjunctOwner(v - 1) : undefined;
      if (owner) return owner;
    }
    // "A roadside bomb exploded near a convoy, killing four peacekeepers": the killing is the bomb's.
    if (patterns.some((p) => p.type === 'ASSAULT') && prev?.kind === 'PUNCT' && ps.toks[prev.from]!.text === ',') {
      for (let k = v - 2; k >= 0; k--) {
        const ch = ps.chunks[k]!;
        // ("a convoy of the Central Reserve Police Force (CRPF) in Pulwama, killing …": an abbreviation in brackets.)
        if (ch.kind === 'PUNCT' && ps.toks[ch.from]!.text === ')' && k >= 2 && ps.toks[ps.chunks[k - 2]!.from]!.text === '(') { k -= 2; continue; }
        if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) return undefined;
        if (ch.kind !== 'VG' || ch.infinitive || ch.gerund) continue;
        const subj = this.subject(k);
        // "a suicide bomber rammed a vehicle into a convoy, killing 40": the doer's, whatever he did.
        if (subj.length === 1 && isViolentAgent(ps, ps.chunks[subj[0]!])) return subj;
        if (!MEANS_VERBS.has(ch.lemma)) return undefined;
        return subj.length === 1 && isMeansPhrase(ps, ps.chunks[subj[0]!]) ? subj : undefined;
      }
      return undefined;
    }
    if (!patterns.some((p) => SAYING_ACTS.has(p.type))) return undefined;
    // After a noun, only a statement's ("a declaration demanding …"); "the parade supporting X" is the parade's.
    if (!prev || !((prev.kind === 'PUNCT' && ps.toks[prev.from]!.text === ',') || (prev.kind === 'NP' && STATEMENTS.has(ps.toks[prev.head]!.lower)))) return undefined;
    for (let k = v - 1; k >= 0; k--) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) return undefined;
      if (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) {
        const subj = this.subject(k);
        return subj.length > 0 ? subj : undefined;
      }
    }
    return undefined;
  }

  /**
   * "After meeting Xi in Beijing, Putin said …", "Following talks with his Turkish counterpart,
   * Lavrov said …", "Putin, after talks with Xi, said …": an adjunct of time opened at chunk `lead`
   * (that opens the sentence, past a participle of saying, or stands between commas after the
   * subject) belongs to the main clause; its subject's chunks, or undefined.
   */
  private adjunctOwner(lead: number): number[] | undefined {
    const { ps } = this.s;
    const ch = ps.chunks[lead];
    if (!ch) return undefined;
    const w = ps.toks[ch.from]!.lower;
    if (!(TIME_LEADS.has(w) && (ch.kind === 'PREP' || ch.kind === 'SCONJ' || (ch.kind === 'VG' && ch.gerund)))) return undefined;
    const comma = (k: number): boolean => ps.chunks[k]?.kind === 'PUNCT' && ps.toks[ps.chunks[k]!.from]!.text === ',';
    // Before it: nothing, a participle phrase ("Speaking to reporters after talks with …"), or "Putin, ".
    const opening = lead === 0 || (ps.chunks[0]!.kind === 'VG' && !!ps.chunks[0]!.gerund &&
      ps.chunks.slice(1, lead).every((x) => x.kind === 'NP' || x.kind === 'PREP' || x.kind === 'OTHER'));
    const aside = !opening && comma(lead - 1) && ps.chunks[lead - 2]?.kind === 'NP';
    // "Merz said after meeting the chancellor", "told reporters after talks with Xi": the speaker
    // met; "Conte left the palace after a meeting with the president": the one who left.
    let sv = lead - 1;
    while (sv > 0 && sv >= lead - 5 && ['NP', 'PREP', 'OTHER'].includes(ps.chunks[sv]!.kind)) sv--;
    const said = ps.chunks[sv];
    if (!opening && !aside && said?.kind === 'VG' && !said.infinitive && !said.gerund && !said.passive) {
      const subj = this.subject(sv);
      return subj.length > 0 ? subj : undefined;
    }
    if (!opening && !aside) return undefined;
    for (let k = lead + 1; k < ps.chunks.length; k++) {
      const c = ps.chunks[k]!;
      if (c.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[c.from]!.text)) return undefined;
      if (c.kind === 'VG' && !c.gerund && !c.infinitive) return undefined;
      if (!comma(k)) continue;
      if (aside) return coordinationLeft(ps, lead - 2);
      const v = ps.chunks.findIndex((x, i) => i > k && x.kind === 'VG' && !x.infinitive && !x.gerund);
      const subj = v > k ? this.subject(v) : [];
      return subj.length > 0 && subj.every((x) => x > k) ? subj : undefined;
    }
    return undefined;
  }

  /**
   * "Israeli air strikes", "Russia's missile attack", "an attack by Houthi rebels": the attacker an
   * attack's phrase names, if any. A country's strikes and missiles are its military's.
   */
  private attackerOf(k: number): Participant[] {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const own = possessiveAt(ps, np) >= 0 ? this.possessor(k) : [];
    if (own.length > 0) return own;
    const by = ps.chunks[k + 1];
    if (by?.kind === 'PREP' && ps.toks[by.from]!.lower === 'by' && ps.chunks[k + 2]?.kind === 'NP') {
      const p = participantOf(this.c, ps, k + 2, { loose: true, text: true });
      if (p) return [p];
    }
    const m = mentionsIn(this.c, tokStart(ps, np), ps.toks[np.head]!.start).filter((x) => isActorEntity(x.entity)).pop();
    if (!m) return [];
    const text = this.c.text.slice(tokStart(ps, np), tokEnd(ps, np));
    const e = m.entity;
    if (e.type === 'PLACE' && e.country && /^[A-Z]{3}$/.test(e.country)) return [{ entity: e.id, text, code: `${e.country}MIL`, country: e.country }];
    return [{ entity: e.id, text, ...(e.code ? { code: e.code } : {}), ...(e.country ? { country: e.country } : {}) }];
  }

  /** "the move", "this unilateral measure", "the decision": an act named again, no owner given. */
  private actNoun(k: number): boolean {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    if (np.kind !== 'NP' || possessiveAt(ps, np) >= 0) return false;
    const next = ps.chunks[k + 1];
    if (next?.kind === 'PREP' && ['of', 'by'].includes(ps.toks[next.from]!.lower)) return false;
    return ['the', 'this', 'that', 'these', 'those', 'such'].includes(ps.toks[np.from]!.lower) && ACT_NOUNS.has(ps.toks[np.head]!.lower);
  }

  /** Times and the preposition before each ("on Thursday") dropped from an argument window. */
  private withoutTimes(window: readonly number[]): number[] {
    const { ps } = this.s;
    const isTime = (k: number | undefined): boolean => {
      const ch = k !== undefined ? ps.chunks[k] : undefined;
      return ch !== undefined && ch.kind === 'NP' && this.c.doc.times.some((t) => t.start <= tokStart(ps, ch) && t.end >= tokEnd(ps, ch));
    };
    return window.filter((k, i) => !isTime(k) && !(ps.chunks[k]!.kind === 'PREP' && isTime(window[i + 1])));
  }

  /**
   * "did not rule out new sanctions", "would not exclude a meeting with Putin": no rejection, the
   * act not excluded is possible. An embedded act is coded so; a that-clause ("did not rule out
   * that Putin would visit") has its finite verb's status set to possible for when it is coded.
   */
  private notExcluded(v: number, b: Binding, actor: Participant[]): Draft | undefined {
    const { ps } = this.s;
    if (b.about === undefined) {
      for (let k = v + 1; k < ps.chunks.length; k++) {
        const ch = ps.chunks[k]!;
        if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) break;
        if (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) { this.statusFor.set(k, 'possible'); break; }
      }
      return undefined;
    }
    const about = ps.chunks[b.about]!.kind === 'VG'
      ? this.verbal(b.about, { actor, status: 'possible' })
      : this.nominal(b.about, true);
    this.consumed.add(b.about);
    if (!about) return undefined;
    about.status = 'possible';
    if (about.actor.length === 0) about.actor = actor;
    about.recipient = about.recipient.filter((r) => !about.actor.some((a) => samePart(a, r)));
    return about.actor.length > 0 ? about : undefined;
  }

  /**
   * "would meet a swift response", "will receive written answers": a meeting or a reception
   * needs someone to meet; a verb whose object is a thing states no consultation. (A visit may
   * have a place for object.)
   */
  private meetsSomeone(b: Binding, window: readonly number[]): boolean {
    const { ps } = this.s;
    const first = b.pattern.items[0];
    if (!MEETING_VERBS.has(b.pattern.lemma)) return true;
    if (first && !(first.kind === 'slot' && first.slot === 'recipient')) return true;
    let k = 0;
    if (window[k] !== undefined && ps.chunks[window[k]!]!.kind === 'OTHER') k++;
    const obj = window[k] !== undefined ? ps.chunks[window[k]!] : undefined;
    if (!obj || obj.kind !== 'NP' || isEventNoun(ps, obj, this.c.dict)) return true;
    // "written answers next week": the head before a trailing time expression.
    const inTime = (t: { start: number; end: number }): boolean => this.c.doc.times.some((x) => x.start <= t.start && x.end >= t.end);
    let h = obj.head;
    while (h > obj.from && inTime(ps.toks[h]!)) h--;
    const head = ps.toks[h]!;
    if (inTime(head)) return true;
    if ((head.pos !== 'NOUN' && head.pos !== 'ADJ') || agentCode(head.lower)) return true;
    return participantsOf(this.c, ps, [window[k]!], { loose: true }).some((p) => p.entity || p.code);
  }

  /**
   * "Tens of thousands of students throughout Indonesia staged ...": when the subject's head names
   * no known actor, the first noun phrase before the verb that does (its agent word kept).
   */
  private subjectRegion(v: number, subj: readonly number[]): Participant[] | undefined {
    const { ps } = this.s;
    const nps: number[] = [];
    for (let k = v - 1; k >= 0; k--) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'VG' || ch.kind === 'SCONJ' || ch.kind === 'REL') break;
      if (ch.kind === 'PUNCT' && /^[;:"“”«»—–]$/.test(ps.toks[ch.from]!.text)) break;
      // "Israel could strike Iran's sites, officials warned": a comma closing a clause of its own
      // ends the region ("In Moscow, officials said" keeps it).
      if (ch.kind === 'PUNCT' && ps.toks[ch.from]!.text === ',' && ps.chunks.slice(0, k).some((x) => x.kind === 'VG' && !x.infinitive && !x.gerund)) break;
      if (ch.kind === 'NP') nps.unshift(k);
    }
    const head = subj[0] !== undefined ? ps.toks[ps.chunks[subj[0]]!.head]!.lower : '';
    // "… reached by Xi and Modi when they met": "they" is the pair named just before.
    const antecedent = nps.filter((k) => !subj.includes(k)).pop();
    if (head === 'they' && antecedent !== undefined) {
      const pair = participantsOf(this.c, ps, coordinationLeft(ps, antecedent));
      if (pair.length > 1 && pair.every((p) => p.entity || p.code)) return pair;
    }
    const agent = agentCode(head);
    for (const k of nps) {
      const p = participantOf(this.c, ps, k, { loose: true });
      if (!p || (!p.code && !p.entity)) continue;
      if (agent && p.country && !p.entity) return [{ ...p, code: `${p.country}${agent}`, text: this.c.text.slice(tokStart(ps, ps.chunks[k]!), tokEnd(ps, ps.chunks[v - 1] ?? ps.chunks[k]!)) }];
      if (agent && p.country) return [{ text: p.text, code: `${p.country}${agent}`, country: p.country }];
      return [p];
    }
    return undefined;
  }

  /**
   * No recipient slot filled: the first actor-like noun phrase of the clause ("lifted a night
   * curfew in Montenegro", "the withdrawal of forces from Panama"), as CAMEO codes targets.
   */
  private recipientInWindow(window: readonly number[], b: Binding, actor: readonly Participant[]): Participant[] {
    const { ps } = this.s;
    const joint = isJoint(actor);
    for (const k of window) {
      if (k === b.about || ps.chunks[k]!.kind !== 'NP') continue;
      const np = ps.chunks[k]!;
      const prep = ps.chunks[this.appositionHead(k) - 1];
      // "met in Geneva", "held talks at the Kremlin", "as tensions over Ukraine grow": a meeting's
      // place, time or topic is no party to it.
      if (b.pattern.type === 'CONSULT' && prep?.kind === 'PREP' && NOT_PARTNER_PREPS.has(ps.toks[prep.from]!.lower)) continue;
      // Nor is the place of a joint act ("Trump and Xi agree to restart talks … in Osaka").
      if (joint && prep?.kind === 'PREP' && LOCATIVE.has(ps.toks[prep.from]!.lower)) continue;
      // "work together within the SCO": the frame an act takes place in is no party to it.
      if (prep?.kind === 'PREP' && FRAME_PREPS.has(ps.toks[prep.from]!.lower)) continue;
      // "rejected Thursday a call": a time is no target.
      if (this.c.doc.times.some((t) => t.start <= tokStart(ps, np) && t.end >= tokEnd(ps, np))) continue;
      const p = participantOf(this.c, ps, k, { loose: true });
      if (p && (p.entity || p.code) && !actor.some((a) => samePart(a, p))) {
        return this.withConjuncts(p, k, (q) => !!(q.entity || q.code) && !actor.some((a) => samePart(a, q)));
      }
    }
    return [];
  }

  /** "blows to the United States and Israel": the other conjuncts of a target found at `k`. */
  private withConjuncts(p: Participant, k: number, ok: (q: Participant) => boolean): Participant[] {
    const { ps } = this.s;
    const out = [p];
    for (const j of coordinationRight(ps, k).nps.slice(1)) {
      const q = participantOf(this.c, ps, j, { loose: true });
      if (q && ok(q) && !out.some((o) => samePart(o, q))) out.push(q);
    }
    return out;
  }

  /**
   * The first noun phrase after the verb at `v`, through its infinitives and prepositional
   * phrases up to the clause's end, that names a party with a country.
   */
  private countryTarget(v: number, actor: readonly Participant[]): Participant[] | undefined {
    const { ps } = this.s;
    const joint = isJoint(actor);
    for (let k = v + 1, seen = 0; k < ps.chunks.length && seen < 24; k++, seen++) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) break;
      // The sentence's own next clause is another event's ("…, and Trump committed to …").
      if (ch.kind === 'CONJ' && ps.chunks[k + 1]?.kind === 'NP' && ps.chunks[k + 2]?.kind === 'VG' && !ps.chunks[k + 2]!.infinitive) break;
      // "… supported the objectives but objected that …": a coordinated verb states another event.
      if (ch.kind === 'CONJ' && ps.chunks[k + 1]?.kind === 'VG' && !ps.chunks[k + 1]!.infinitive) break;
      if (ch.kind !== 'NP') continue;
      // "…, the Israeli army said Friday", "according to the Pentagon": the report's source is no target.
      if (ps.chunks[k + 1]?.kind === 'VG' && isSpeechVerb(ps.chunks[k + 1]!.lemma)) break;
      if (ps.toks[ps.chunks[k - 2]?.from ?? -1]?.lower === 'according') break;
      if (this.c.doc.times.some((t) => t.start <= tokStart(ps, ch) && t.end >= tokEnd(ps, ch))) continue;
      const p = participantOf(this.c, ps, k, { loose: true });
      if (!p?.country && !p?.code?.startsWith('IGO')) continue;
      const prep = ps.chunks[this.appositionHead(k) - 1];
      const located = prep?.kind === 'PREP' && LOCATIVE.has(ps.toks[prep.from]!.lower);
      if (prep?.kind === 'PREP' && FRAME_PREPS.has(ps.toks[prep.from]!.lower)) continue;
      // A joint act ("Trump and Xi agree … at the G20 summit in Osaka") is aimed at its parties, not its place.
      if (located && joint) continue;
      // The actor's own country is a target only as the place it acts on ("Bashir lifted the
      // curfew imposed in Sudan"), not as its own name again ("Netanyahu said Israel …").
      // (Another party of the same country may be: "a member of parliament protests the president's failure".)
      const place = p.entity !== undefined && this.c.entities.get(p.entity)?.type === 'PLACE';
      if (actor.some((a) => samePart(a, p) || (!!p.country && a.country === p.country && !located && place))) continue;
      return this.withConjuncts(p, k, (q) => !!q.country && !actor.some((a) => samePart(a, q) || a.country === q.country));
    }
    return undefined;
  }

  /** "in Kazan, Russia": the noun phrase an appositive NP at `k` stands beside (else `k`). */
  private appositionHead(k: number): number {
    const { ps } = this.s;
    const comma = ps.chunks[k - 1];
    const before = ps.chunks[k - 2];
    if (comma?.kind === 'PUNCT' && ps.toks[comma.from]!.text === ',' && before?.kind === 'NP' && ps.chunks[k - 3]?.kind === 'PREP') return k - 2;
    return k;
  }

  /**
   * The NP at `k` is a bare name (capitalized words, no article) that is no time and no
   * capitalized plural ("Trump", not "Thursday", "Thousands", "Rebels").
   */
  private bareName(k: number): boolean {
    const { ps } = this.s;
    const ch = ps.chunks[k]!;
    const text = this.c.text.slice(tokStart(ps, ch), tokEnd(ps, ch));
    if (ps.toks[ch.head]!.pos !== 'PROPN' || !nameLike(text)) return false;
    return !this.c.doc.times.some((t) => t.start < tokEnd(ps, ch) && t.end > tokStart(ps, ch));
  }

  /** "… from Russia", "… to leave Russia": the country named after "from" or "leave" in the window. */
  private expellingCountry(v: number): Participant[] {
    const { ps } = this.s;
    for (let k = v + 2; k < ps.chunks.length && k < v + 8; k++) {
      const ch = ps.chunks[k]!;
      const before = ps.chunks[k - 1]!;
      if (before.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[before.from]!.text)) break;
      const w = before.kind === 'PREP' ? ps.toks[before.from]!.lower : before.kind === 'VG' ? before.lemma : '';
      if (ch.kind !== 'NP' || (w !== 'from' && w !== 'leave')) continue;
      const p = participantOf(this.c, ps, k, { loose: true });
      if (p?.country || p?.code) return [p];
    }
    return [];
  }

  /** A city or place that is no country and does not stand for a government ("Istanbul", not "Moscow" as RUSGOV). */
  private isTown(p: Participant): boolean {
    const e = p.entity !== undefined ? this.c.entities.get(p.entity) : undefined;
    return !!e && e.type === 'PLACE' && !e.kb?.startsWith('country:') && !e.code?.endsWith('GOV');
  }

  /** "… for talks with Xi", "… for a meeting with the king": the parties a purpose of meeting names. */
  private talksPartners(window: readonly number[]): Participant[] {
    const { ps } = this.s;
    for (let i = 1; i + 2 < window.length; i++) {
      const [before, np, w, who] = [window[i - 1]!, window[i]!, window[i + 1]!, window[i + 2]!];
      if (ps.chunks[before]!.kind !== 'PREP' || ps.toks[ps.chunks[before]!.from]!.lower !== 'for') continue;
      if (!isEventNoun(ps, ps.chunks[np], this.c.dict) || !this.c.dict.nouns.get(ps.toks[ps.chunks[np]!.head]!.lemma)!.some((p) => p.type === 'CONSULT')) continue;
      if (ps.chunks[w]!.kind !== 'PREP' || ps.toks[ps.chunks[w]!.from]!.lower !== 'with' || ps.chunks[who]!.kind !== 'NP') continue;
      return participantsOf(this.c, ps, coordinationRight(ps, who).nps).filter((p) => p.entity || p.code);
    }
    return [];
  }

  /** "ready to work ... together with you": the partner of an agreement, later in the clause. */
  private partnerAfter(window: readonly number[]): Participant[] {
    const { ps } = this.s;
    for (let k = (window[window.length - 1] ?? 0) + 1; k + 1 < ps.chunks.length; k++) {
      const ch = ps.chunks[k]!;
      if (ch.kind === 'PUNCT' && ps.toks[ch.from]!.text !== ',') break;
      if (ch.kind === 'REL') break;
      if (ch.kind === 'PREP' && ps.toks[ch.from]!.lower === 'with' && ps.chunks[k + 1]!.kind === 'NP') {
        return participantsOf(this.c, ps, [k + 1]);
      }
    }
    return [];
  }

  /**
   * "X said Libya must hand over the suspects": whatever is demanded, the sentence states a
   * demand (PLOVER REQUEST) by the speaker, of the subject of "must".
   */
  private demand(v: number): Draft | undefined {
    const { ps } = this.s;
    const sv = speechFrame(ps, v);
    const subj = this.subject(v);
    let recipient = participantsOf(this.c, ps, subj, { loose: true });
    const actor = sv !== undefined && sv !== v ? participantsOf(this.c, ps, this.subject(sv), { loose: true, text: true }) : quoteSpeaker(this.c, ps.toks[ps.chunks[v]!.from]!.start);
    // "issued a reminder to Iraq that it must cooperate": the pronoun is the party just addressed.
    const first = subj[0];
    if (recipient.length === 0 && subj.length === 1 && first !== undefined && sv !== undefined && sv < first && ['it', 'they'].includes(ps.toks[ps.chunks[first]!.head]!.lower)) {
      for (let k = first - 1; k > sv; k--) {
        if (ps.chunks[k]!.kind !== 'NP') continue;
        const p = participantOf(this.c, ps, k, { loose: true });
        if (p && (p.entity || p.code) && !actor.some((a) => samePart(a, p))) { recipient = [p]; break; }
      }
    }
    if (actor.length === 0 || recipient.length === 0) return undefined;
    const used = [v, ...subj, ...(sv !== undefined ? [sv, ...this.subject(sv)] : [])];
    const start = Math.min(...used.map((k) => tokStart(ps, ps.chunks[k]!)));
    const end = Math.max(...used.map((k) => tokEnd(ps, ps.chunks[k]!)));
    const d: Draft = { type: 'REQUEST', cameo: '100', actor, recipient: recipient.filter((r) => !actor.some((a) => samePart(a, r))), status: 'occurred', start, end, nominal: false, headline: this.s.headline };
    if (quoteAt(this.c.allQuotes, start)) d.reported = true;
    return d.recipient.length > 0 ? d : undefined;
  }

  private headWord(text: string): string {
    return (text.split(/\s+/).pop() ?? '').toLowerCase();
  }

  /** "it", "they" in reported speech: the speaker ("X said it would allow inspectors"). */
  private speakerFor(subj: readonly number[], v: number): Participant[] {
    const { ps } = this.s;
    const first = subj[0];
    if (first === undefined) return [];
    const t = ps.toks[ps.chunks[first]!.head]!;
    if (t.pos !== 'PRON') return [];
    const sv = speechFrame(ps, v);
    if (sv === undefined || sv === v) return [];
    // "said … when they met in Kazan": a pronoun inside a clause of its own names others.
    for (let k = Math.min(sv, first) + 1; k < Math.max(sv, first); k++) {
      const ch = ps.chunks[k]!;
      const w = ps.toks[ch.from]!.lower;
      if (ch.kind === 'REL' || (ch.kind === 'SCONJ' && w !== 'that') || (ch.kind === 'OTHER' && CLAUSE_ADVERBS.has(w))) return [];
      if (ch.kind === 'VG' && !ch.infinitive && !ch.gerund) return [];
    }
    // "Trump said he would speak with Xi": a speaker named but unknown still speaks for himself.
    const speaker = this.subject(sv);
    const known = participantsOf(this.c, ps, speaker);
    return known.length > 0 || speaker.length !== 1 || ps.toks[ps.chunks[speaker[0]!]!.head]!.pos !== 'PROPN' ? known : participantsOf(this.c, ps, speaker, { text: true });
  }

  /** The party a pronoun NP ("it", "them", "its campaign") at chunk `k` stands for, within the sentence. */
  private antecedent(k: number, actor: readonly Participant[]): Participant[] {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const first = ps.toks[np.from]!.lower;
    const whole = np.to - np.from === 1 && ['it', 'them'].includes(first);
    if (!whole && !['its', 'their'].includes(first)) return [];
    const plural = first === 'them' || first === 'their';
    const found: Array<{ p: Participant; object: boolean }> = [];
    for (let j = k - 1; j >= 0; j--) {
      const ch = ps.chunks[j]!;
      if (ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text) && !/^["“”]$/.test(ps.toks[ch.from]!.text)) break;
      if (ch.kind !== 'NP') continue;
      const p = participantOf(this.c, ps, j);
      if (!p || actor.some((a) => samePart(a, p) || (!!a.country && a.country === p.country && !!p.entity && this.c.entities.get(p.entity)?.type === 'PLACE'))) continue;
      const e = p.entity !== undefined ? this.c.entities.get(p.entity) : undefined;
      // ("it" is a country or a body, never a person; "them" may be either.)
      if (!plural && (!e || e.type === 'PERSON')) continue;
      found.push({ p, object: ps.chunks[j - 1]?.kind === 'VG' });
    }
    // An earlier verb's object before any other party ("ordered Israel to act against Palestinians
    // in Gaza, but did not order a halt to its campaign": Israel's); else the nearest.
    const pick = found.find((x) => x.object) ?? found[0];
    return pick ? [pick.p] : [];
  }

  private recipients(nps: readonly number[]): Participant[] {
    const { ps } = this.s;
    const own = nps.filter((k) => !isEventNoun(ps, ps.chunks[k], this.c.dict));
    const out = participantsOf(this.c, ps, own, { loose: true });
    if (out.length > 0 || own.length !== 1) return out;
    // "attacked a camp for Congolese refugees", "shelled the headquarters of the rebels": a place or
    // thing that names no party belongs to the party its of- or for-phrase names.
    const k = own[0]!;
    const prep = ps.chunks[k + 1];
    if (prep?.kind === 'PREP' && ['of', 'for'].includes(ps.toks[prep.from]!.lower) && ps.chunks[k + 2]?.kind === 'NP') {
      const owners = participantsOf(this.c, ps, coordinationRight(ps, k + 2).nps, { loose: true }).filter((p) => p.entity || p.code);
      // "the camp of the Jaish-e-Mohammed (JeM) group": the name may be known by its abbreviation only.
      const open = ps.chunks[k + 3];
      if (owners.length === 0 && open?.kind === 'PUNCT' && ps.toks[open.from]!.text === '(' && ps.chunks[k + 4]?.kind === 'NP') {
        return participantsOf(this.c, ps, [k + 4], { loose: true }).filter((p) => p.entity || p.code);
      }
      return owners;
    }
    return out;
  }

  private draft(b: Binding, actor: Participant[], recipient: Participant[], status: EventStatus, start: number, end: number, nominal: boolean): Draft {
    const p = b.pattern;
    const d: Draft = { type: p.type, cameo: p.cameo, actor, recipient, status, start, end, nominal, headline: this.s.headline };
    if (p.mode) d.mode = p.mode;
    // Told by someone else: inside a quote whose speaker is not the actor. A speaker's own act
    // ("We welcome ...", "Putin confirmed his invitation") is the statement itself.
    const q = quoteAt(this.c.allQuotes, start);
    if (q && !(q.speaker && actor.some((a) => a.entity === q.speaker))) d.reported = true;
    return d;
  }

  /** A definite event noun or one with a date stands as an event of its own. */
  private standalone(k: number): boolean {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const first = ps.toks[np.from]!.lower;
    return DEFINITE.has(first) || possessiveAt(ps, np) >= 0;
  }

  /** An event noun: "the meeting between Trump and Kim", "Putin's invitation to Kim to visit". */
  /** Whether an event noun's premodifiers mark it as an earlier one ("their last talks"). */
  private earlierMarked(np: { from: number; head: number }): boolean {
    for (let t = np.from; t < np.head; t++) if (EARLIER_MODS.has(this.s.ps.toks[t]!.lower)) return true;
    return false;
  }

  nominal(k: number, embedded: boolean, fallbackActor: readonly Participant[] = []): Draft | undefined {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const patterns = this.c.dict.nouns.get(ps.toks[np.head]!.lemma);
    if (!patterns) return undefined;
    const window = argumentWindow(ps, k);
    // "called off the strike on Friday": a time and its preposition bind no slot.
    const b = bestMatch(ps, this.withoutTimes(window), patterns, this.c.dict);
    if (!b) return undefined;
    const delegations = b.pattern.type === 'CONSULT' && !b.pattern.mode ? delegationParties(ps, k) : [];
    let actor: Participant[] = delegations.length > 0 ? participantsOf(this.c, ps, delegations, { loose: true })
      : b.actors ? participantsOf(this.c, ps, b.actors, { loose: true }) : [];
    // "A trilateral meeting of Yoon, Kishida and Biden": an indefinite event noun that names its
    // parties stands too.
    const named = actor.filter((a) => a.entity || a.code).length >= 2;
    // "Following talks with his Turkish counterpart, Lavrov said": talks with someone told in an
    // adjunct of time are the main clause subject's.
    const owner = !embedded && b.pattern.type === 'CONSULT' && b.recipient?.length ? this.adjunctOwner(k - 1) : undefined;
    // "an Israeli strike on Beirut": an attack whose phrase names its attacker stands too.
    const attacker = b.pattern.type === 'ASSAULT' ? this.attackerOf(k) : [];
    // "Israel is planning a ground offensive in Rafah", "is considering a visit to China": the
    // planner's own act, planned or possible.
    const gov = ps.chunks[k - 1];
    const weighed = !embedded && gov?.kind === 'VG' && !gov.passive && !gov.infinitive && WEIGHING.has(gov.lemma) ? this.c.dict.status.get(gov.lemma) : undefined;
    if (!embedded && !this.standalone(k) && !this.premodifierActors(np).length && !named && !owner && attacker.length === 0 && !weighed) return undefined;
    if (actor.length === 0 && (!owner || possessiveAt(ps, np) >= 0)) actor = this.possessor(k);
    if (actor.length === 0) actor = this.premodifierActors(np);
    if (actor.length === 0) actor = [...fallbackActor];
    if (actor.length === 0 && owner) actor = this.subjectParts(owner);
    if (actor.length === 0) actor = attacker;
    if (actor.length === 0 && weighed) actor = this.subjectParts(this.subject(k - 1));
    const by = window.findIndex((x) => ps.chunks[x]!.kind === 'PREP' && ps.toks[ps.chunks[x]!.from]!.lower === 'by');
    if (actor.length === 0 && by >= 0 && window[by + 1] !== undefined) {
      const p = participantOf(this.c, ps, window[by + 1]!);
      if (p) actor = [p];
    }
    let recipient = b.recipient ? this.recipients(b.recipient) : [];
    // "a strike on Beirut's suburbs that targeted commander X": the one the attack was aimed at.
    const aimed = b.pattern.type === 'ASSAULT' ? this.aimedAt(k, window) : [];
    if (aimed.length > 0) recipient = aimed;
    if (actor.length === 0 && recipient.length === 0) return undefined;
    // "the first meeting between leaders of the two sides": a lone description names no party.
    if (actor.length < 2 && ![...actor, ...recipient].some((p) => p.entity || p.code || p.country)) return undefined;
    let status: EventStatus = owner && ps.toks[ps.chunks[k - 1]!.from]!.lower === 'before' ? 'planned' : weighed ? (gov!.negated ? 'negated' : weighed) : 'occurred';
    for (let t = np.from; t < np.head; t++) {
      const w = ps.toks[t]!.lower;
      if (PLANNED_MODS.has(w)) status = 'planned';
      else if (POSSIBLE_MODS.has(w)) status = 'possible';
    }
    // "A meeting of … is also expected on Sunday": the event noun is the subject of a verb of planning.
    // Its clause then says when and where ("Talks … are scheduled for next week in Istanbul").
    let tail: number[] = [];
    if (!embedded && status === 'occurred') {
      const at = (window[window.length - 1] ?? k) + 1;
      const after = ps.chunks[at];
      // "The summit … is due to take place in November", "The talks will take place in Doha".
      const be = after?.kind === 'VG' && after.lemma === 'be' && ps.chunks[at + 1]?.kind === 'OTHER' ? this.c.dict.status.get(ps.toks[ps.chunks[at + 1]!.head]!.lower) : undefined;
      const st = after?.kind === 'VG' && !after.infinitive ? this.c.dict.status.get(after.lemma) ?? be ?? (after.modal === 'planned' && IN_FORCE_VERBS.has(after.lemma) ? 'planned' : undefined) : undefined;
      if (st && !after!.negated) { status = st; tail = this.clauseAfter(at); }
      // "The visit to Beijing was called off": a passive verb of cancelling says it did not take place.
      const off = after?.kind === 'VG' && after.passive && !after.negated ? this.c.dict.cancelling.get(after.lemma) : undefined;
      if (off !== undefined && (!off || ps.toks[after!.to]?.lower === off)) status = 'negated';
    }
    const used = [...b.used, k, ...delegations];
    const start = tokStart(ps, np);
    const end = Math.max(...used.filter((x) => x !== b.about).map((x) => tokEnd(ps, ps.chunks[x]!)));
    const d = this.draft(b, actor, recipient.filter((r) => !actor.some((a) => samePart(a, r))), status, start, end, true);
    if (b.about !== undefined && ps.chunks[b.about]!.kind === 'VG') {
      const ctl = recipient.length > 0 ? recipient : actor;
      const about = this.verbal(b.about, { actor: ctl, status: b.aboutStatus ?? 'possible' });
      this.consumed.add(b.about);
      if (about) d.about = about;
    }
    // Its date: inside the phrase, or in a relative clause right after it ("which was held on June 12").
    const lastWin = window[window.length - 1];
    const tailEnd = tail.length > 0 ? tokEnd(ps, ps.chunks[tail[tail.length - 1]!]!) : 0;
    const date = dateIn(this.c, start, Math.max(tailEnd, this.relativeEnd(k, window) ?? (lastWin !== undefined ? tokEnd(ps, ps.chunks[lastWin]!) : end)));
    if (date) {
      d.date = date.value;
      if (this.c.day && laterThan(date.value, this.c.day) && status === 'occurred') d.status = 'planned';
    } else if (status === 'occurred' && this.earlierMarked(np)) {
      // "a week after their last talks": not the day's meeting, whatever the report day.
      d.date = 'PAST_REF';
    }
    const place = placeIn(this.c, ps, [...window, ...tail]);
    if (place) d.location = place;
    return d;
  }

  /** "… that targeted senior commander X", "… which killed X": whom an attack's relative clause says it hit. */
  private aimedAt(k: number, window: readonly number[]): Participant[] {
    const { ps } = this.s;
    const r = (window[window.length - 1] ?? k) + 1;
    const rel = ps.chunks[r];
    const vg = ps.chunks[r + 1];
    if (rel?.kind !== 'REL' || vg?.kind !== 'VG' || vg.passive || ps.chunks[r + 2]?.kind !== 'NP') return [];
    if (!AIMING.has(vg.lemma) && !AIMING.has(lemmaOf(ps.toks[vg.head]!.lower, AIMING, true))) return [];
    return participantsOf(this.c, ps, coordinationRight(ps, r + 2).nps, { loose: true }).filter((p) => p.entity || p.code);
  }

  /** The chunks of the clause a verb group at `v` heads, up to its end ("are scheduled for next week in Istanbul"). */
  private clauseAfter(v: number): number[] {
    const { ps } = this.s;
    const out: number[] = [];
    for (let k = v + 1; k < ps.chunks.length && out.length < 12; k++) {
      const ch = ps.chunks[k]!;
      if ((ch.kind === 'PUNCT' && TARGET_STOP.has(ps.toks[ch.from]!.text)) || ch.kind === 'SCONJ' || ch.kind === 'REL' || ch.kind === 'CONJ') break;
      if (ch.kind === 'PUNCT') break;
      out.push(k);
    }
    return out;
  }

  /** "Trump-Kim talks", "the Russian-Chinese summit": people or countries named before the noun. */
  private premodifierActors(np: Chunk): Participant[] {
    const { ps } = this.s;
    const headTok = ps.toks[np.head]!;
    const ms = mentionsIn(this.c, ps.toks[np.from]!.start, headTok.start)
      .filter((m) => m.end <= headTok.start && isActorEntity(m.entity));
    const out: Participant[] = [];
    for (const m of ms) {
      const p = participantOf(this.c, ps, ps.chunks.indexOf(np));
      void p;
      const e = m.entity;
      if (!out.some((o) => o.entity === e.id)) out.push({ entity: e.id, text: this.c.text.slice(m.start, m.end), ...(e.code ? { code: e.code } : {}), ...(e.country ? { country: e.country } : {}) });
    }
    return out.length >= 2 ? out : [];
  }

  /** "Putin's invitation", "his invitation", "our invitation". */
  private possessor(k: number): Participant[] {
    const { ps } = this.s;
    const np = ps.chunks[k]!;
    const poss = possessiveAt(ps, np);
    if (poss >= 0) {
      const ms = mentionsIn(this.c, tokStart(ps, np), ps.toks[poss]!.start);
      const m = ms[ms.length - 1];
      if (m) {
        const p = participantOf(this.c, ps, k);
        void p;
        return [{ entity: m.entity.id, text: this.c.text.slice(m.start, m.end), ...(m.entity.code ? { code: m.entity.code } : {}), ...(m.entity.country ? { country: m.entity.country } : {}) }];
      }
      return [];
    }
    const first = ps.toks[np.from]!;
    if (first.lower === 'our' || first.lower === 'my') {
      const q = quoteAt(this.c.quotes, first.start);
      const e = q?.speaker ? this.c.entities.get(q.speaker) : undefined;
      return e ? participantsFromEntity(e, first.text) : [];
    }
    if (first.lower === 'his' || first.lower === 'her' || first.lower === 'their' || first.lower === 'its') {
      // The subject of the verb governing the phrase ("Putin confirmed his invitation").
      for (let v = k - 1; v >= 0; v--) {
        const ch = ps.chunks[v]!;
        if (ch.kind !== 'VG') continue;
        const subj = this.subject(v);
        const own = participantsOf(this.c, ps, subj);
        // "Trump confronted Putin … during their first meeting": "their" is the subject and the
        // one person or country the verb acts on.
        const obj = first.lower === 'their' && own.length === 1 && ps.chunks[v + 1]?.kind === 'NP' ? participantOf(this.c, ps, v + 1) : undefined;
        if (obj?.entity && !samePart(obj, own[0]!)) return [...own, obj];
        // "France said it would keep its sanctions on Iran": the pronoun subject is the speaker.
        return own.length > 0 ? own : this.speakerFor(subj, v);
      }
    }
    return [];
  }

  /** End offset of a relative clause right after the window ("…, which was held most recently, on June 12"). */
  private relativeEnd(k: number, window: readonly number[]): number | undefined {
    const { ps } = this.s;
    let r = (window[window.length - 1] ?? k) + 1;
    if (ps.chunks[r]?.kind === 'PUNCT' && ps.toks[ps.chunks[r]!.from]!.text === ',') r++;
    if (ps.chunks[r]?.kind !== 'REL') return undefined;
    let end = tokEnd(ps, ps.chunks[r]!);
    for (let x = r + 1; x < ps.chunks.length; x++) {
      const ch = ps.chunks[x]!;
      const t = ps.toks[ch.from]!.text;
      if (ch.kind === 'PUNCT' && t !== ',') break;
      if (ch.kind === 'SCONJ' || ch.kind === 'REL' || (ch.kind === 'VG' && x > r + 1 && !ch.passive)) break;
      end = tokEnd(ps, ch);
    }
    return end;
  }

  /** Date and place of a verbal event from its own clause. */
  private setting(d: Draft, window: readonly number[], v: number): void {
    const { ps } = this.s;
    const subj = this.subject(v);
    let from = Math.min(tokStart(ps, ps.chunks[v]!), ...subj.map((k) => tokStart(ps, ps.chunks[k]!)));
    // "On Friday, Russia and China vetoed …": a phrase that opens the sentence before its subject is the clause's.
    const s0 = subj[0];
    if (s0 !== undefined && s0 >= 2 && ps.chunks[s0 - 1]!.kind === 'PUNCT' && ps.toks[ps.chunks[s0 - 1]!.from]!.text === ',' &&
      ['PREP', 'SCONJ', 'NP', 'OTHER'].includes(ps.chunks[0]!.kind) && !ps.chunks.slice(0, s0).some((ch) => ch.kind === 'VG')) {
      from = tokStart(ps, ps.chunks[0]!);
    }
    // "a bomber rammed a convoy on February 14, killing 40": a participle's act is its clause's, dated there.
    if (ps.chunks[v]!.gerund && d.start < from) from = d.start;
    const last = window[window.length - 1];
    const to = last !== undefined ? tokEnd(ps, ps.chunks[last]!) : tokEnd(ps, ps.chunks[v]!);
    // "killed 40 Central Reserve Police Force (CRPF) personnel in Pulwama on February 14": the
    // clause's date may stand past a bracketed aside that closed the argument window.
    const date = dateIn(this.c, from, to) ?? dateIn(this.c, to, clauseEnd(ps, last ?? v));
    if (date) d.date = date.value;
    // "A second bomb struck Nagasaki three days later": a span before "later" or "earlier" times
    // the act from another one, which the times stage could not date.
    else if (this.c.doc.times.some((t) => t.type === 'DURATION' && t.start >= from && t.end <= clauseEnd(ps, last ?? v) && /^\s+(?:later|earlier|before|after)\b/.test(this.c.text.slice(t.end, t.end + 10)))) d.relative = true;
    const place = placeIn(this.c, ps, window);
    if (place) d.location = place;
    void isSpeechVerb;
  }
}

/**
 * Where the clause whose arguments end at chunk `last` ends: past short bracketed asides and the
 * prepositional phrases after them, up to the next verb, clause word or stop.
 */
function clauseEnd(ps: ParsedSentence, last: number): number {
  let end = tokEnd(ps, ps.chunks[last]!);
  for (let k = last + 1; k < ps.chunks.length; k++) {
    const ch = ps.chunks[k]!;
    const w = ps.toks[ch.from]!.text;
    if (ch.kind === 'PUNCT' && w === '(') {
      const close = ps.chunks.findIndex((x, j) => j > k && j <= k + 4 && x.kind === 'PUNCT' && ps.toks[x.from]!.text === ')');
      if (close < 0) break;
      k = close;
      end = tokEnd(ps, ps.chunks[close]!);
      continue;
    }
    if (ch.kind !== 'NP' && ch.kind !== 'PREP' && !(ch.kind === 'PUNCT' && w === ',') && !(ch.kind === 'CONJ' && ps.chunks[k + 1]?.kind === 'NP')) break;
    if (ch.kind === 'PREP' && SUBORDINATING.has(ps.toks[ch.from]!.lower)) break;
    end = tokEnd(ps, ch);
  }
  return end;
}
const SUBORDINATING = new Set(['after', 'before', 'since', 'until', 'as', 'because', 'while', 'if', 'unless']);

/** Words that name someone: capitalized, no article, no calendar word, no capitalized plural ("Rebels"). */
function nameLike(text: string): boolean {
  return NAME_WORDS.test(text) && !/s$/.test(text) && !CALENDAR.test(text);
}

/** Parties of two countries, or a pair the story named ("the two sides"): a joint act. */
function isJoint(actor: readonly Participant[]): boolean {
  return countriesOf(actor).size > 1 || (actor.length === 1 && !actor[0]!.entity && PAIR_WORDS.test(actor[0]!.text.trim()));
}

/** Things whose ban is a trade or travel measure against their country. */
const TRADED = new Set(['import', 'imports', 'export', 'exports', 'goods', 'products', 'apps', 'app', 'flights', 'shipments', 'vessels', 'ships', 'airlines', 'carriers', 'firms', 'companies']);

/** A ban on another country's goods or people, or on trade itself. */
function foreignBan(d: Draft, ps: ParsedSentence, objects: readonly number[]): boolean {
  if (objects.some((k) => TRADED.has(ps.toks[ps.chunks[k]!.head]!.lower))) return true;
  const own = countriesOf(d.actor);
  if (own.size === 0) return false;
  return d.recipient.some((r) => { const c = r.country ?? r.code?.slice(0, 3); return !!c && /^[A-Z]{3}$/.test(c) && !c.startsWith('IGO') && !own.has(c); });
}

function countriesOf(ps: readonly Participant[]): Set<string> {
  return new Set(ps.map((p) => p.country ?? p.code?.slice(0, 3)).filter((x): x is string => !!x));
}

/** The speaker of the quote around `offset`, as a participant. */
function quoteSpeaker(c: CoderContext, offset: number): Participant[] {
  const q = quoteAt(c.quotes, offset);
  const e = q?.speaker ? c.entities.get(q.speaker) : undefined;
  return e ? participantsFromEntity(e, q?.speakerText ?? e.name) : [];
}

function participantsFromEntity(e: { id: string; code?: string; country?: string }, text: string): Participant[] {
  return [{ entity: e.id, text, ...(e.code ? { code: e.code } : {}), ...(e.country ? { country: e.country } : {}) }];
}
