/**
 * Indirect speech inside one statement unit: what someone said without quoting them.
 *   X said (that) CLAUSE · X told reporters (on Friday) that CLAUSE · CLAUSE, X said ·
 *   CLAUSE, said X · X said, adding that CLAUSE · According to X, CLAUSE · CLAUSE, according to X ·
 *   In his view, CLAUSE · X was hopeful that CLAUSE · X was quoted as saying CLAUSE ·
 *   As X pointed out, CLAUSE · X accused Y of Z · X called Y a Z · X spoke about Y · X criticized Y
 * Where the content ends is extent.ts's concern; whether a clause begins after the verb, clauses.ts's.
 */
import type { Token } from '../doc.js';
import { cueAt, cueLemma, isParticiple, type Cue } from './cue.js';
import {
  ASKING_VERBS, ATTITUDE_ADJECTIVES, COGNITION_VERBS, GERUND_VERBS, NP_OBJECT_VERBS, QUESTION_OBJECT_VERBS, SPEECH_NOUNS, SPEECH_VERBS, STANCE_NOUNS, TO_VERBS,
  TIME_WORDS, TOPIC_VERBS,
} from './lexicon.js';
import { BARE_CLAUSE, looksAdverbial, opensBareClause, skipAdverbials } from './clauses.js';
import { clauseEnd, contentEnd, endsUnit, infinitiveEnd, objectEnd, opensWithCue } from './extent.js';
import { frontedParticiple } from './fronted.js';
import { passiveAt } from './passive.js';
import { STANCE_ADJECTIVES, STANCE_HOLDERS, stanceAt } from './stances.js';
import {
  isComma, isTimePhrase, lowerText, phraseEndingAt, phraseStartingAt, tok, type TokenRange, type View,
} from './phrases.js';

export interface Statement {
  cue: Cue;
  /** Content tokens [from, to). */
  content: TokenRange;
}

/** Prepositions after a stance noun that open what the stance is about. */
const STANCE_PREPS = new Set(['of', 'on', 'about', 'against', 'for', 'with']);

/** What a topic verb's preposition may be: "spoke about", "warned against", "called for". */
const TOPIC_PREPS = new Set(['about', 'of', 'on', 'against', 'for']);
/** Topic verbs with a preposition of their own: "hinted at a delay", "pointed to the bill". */
const OWN_PREPS: ReadonlyMap<string, string> = new Map([['hint', 'at'], ['point', 'to'], ['refer', 'to'], ['allude', 'to'], ['agree', 'with'], ['disagree', 'with']]);
/** Objects of "spoke on …" that say how, not what: "spoke on condition of anonymity". */
const NO_TOPIC = /^(?:condition|background|record|camera|behalf)$/u;

/** Every form the verb cue tables know: a token outside them is no verb cue (statementsIn's prefilter). */
const CUE_VERB_FORMS: ReadonlySet<string> = new Set(
  [SPEECH_VERBS, COGNITION_VERBS, TO_VERBS, NP_OBJECT_VERBS, TOPIC_VERBS].flatMap((m) => [...m.keys()]),
);

/** Nouns for a view someone voices with a that-clause: "expressed hope that", "voiced concern that". */
const VIEW_NOUNS: ReadonlySet<string> = new Set([
  ...SPEECH_NOUNS, 'concern', 'concerns', 'worry', 'worries', 'doubt', 'doubts', 'confidence', 'optimism',
  'skepticism', 'scepticism', 'frustration', 'regret', 'disappointment', 'satisfaction', 'alarm', 'dismay',
  'outrage', 'anger', 'surprise', 'certainty', 'conviction', 'opinion', 'hopes', 'fear', 'fears',
]);

/** Verbs of seeing something as something: "see the plan as a giveaway". */
const VIEWING: ReadonlySet<string> = new Set(['see', 'sees', 'saw', 'seeing', 'view', 'views', 'viewed', 'viewing', 'regard', 'regards', 'regarded', 'regarding']);

/** Every word a statement's cue may start with: the verb forms, "according", "in", and the nouns and adjectives read below. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...CUE_VERB_FORMS, 'according', 'in', 'clear', ...VIEWING, ...ATTITUDE_ADJECTIVES, ...SPEECH_NOUNS, ...STANCE_NOUNS, ...VIEW_NOUNS,
  ...STANCE_ADJECTIVES, ...STANCE_HOLDERS, 'put', 'puts',
]);

/** Where words are posted, not what they are about: "wrote on Facebook", "posted on his blog". */
const MEDIA = new Set(['blog', 'website', 'site', 'page', 'account', 'platform', 'media', 'channel', 'feed', 'forum']);
function isMedium(v: View, verb: number, obj: TokenRange, prepAt = verb + 1): boolean {
  if (lowerText(tok(v, prepAt)) !== 'on') return false;
  const head = v.tokens[obj.to - 1];
  if (head && MEDIA.has(head.text.toLowerCase())) return true;
  // A bare name after "wrote on" is a platform ("wrote on X", "on Telegram").
  let names = true;
  for (let k = obj.from; k < obj.to && names; k++) names = v.tokens[k]?.pos === 'PROPN';
  return names && obj.to - obj.from <= 2 && /^(?:write|tweet|post|comment)$/u.test(TOPIC_VERBS.get(lowerText(tok(v, verb))) ?? '');
}

/**
 * Where a topic verb's preposition stands: right after it, or past "out", an adverb or a time
 * ("spoke out against", "spoke emotionally of", "spoke Tuesday about"), or past the one asked
 * ("asked him about his tax returns").
 */
function topicPrepAt(v: View, i: number): number {
  let k = i + 1;
  for (let n = 0; n < 3; n++) {
    const t = tok(v, k);
    if (!t) return i + 1;
    const w = t.text.toLowerCase();
    if (w === 'out' || (t.pos === 'ADV' && /ly$/u.test(w)) || (t.pos === 'PROPN' && /day$/u.test(w))) k++;
    else break;
  }
  if (TOPIC_PREPS.has(lowerText(tok(v, k))) || OWN_PREPS.get(TOPIC_VERBS.get(lowerText(tok(v, i))) ?? '') === lowerText(tok(v, k))) return k;
  // "asked him about", "asks Clinton about", "pressed the minister on".
  if (/^(?:ask|press|question|lecture)/u.test(TOPIC_VERBS.get(lowerText(tok(v, i))) ?? '')) {
    const obj = phraseStartingAt(v, i + 1, 4);
    if (obj && /^(?:about|on)$/u.test(lowerText(tok(v, obj.to)))) return obj.to;
  }
  return i + 1;
}

/**
 * "complain bitterly that taxes are too high" with "that" read as a determiner: a subject and then
 * a verb of its own follow, so a clause opens at `j`.
 */
function clauseAfterThat(v: View, j: number): boolean {
  if (!phraseStartingAt(v, j + 1, 8)) return false;
  // The subject may carry a relative clause: "that countries that stand to gain … gave".
  for (let k = j + 2; k < v.hi && k < j + 16; k++) {
    const t = tok(v, k);
    if (!t || t.pos === 'PUNCT') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !isParticiple(t))) return true;
  }
  return false;
}

/**
 * After a speech verb and a preposition ("said at a campaign stop in Toledo, Ohio, that …"): the
 * "that" a few words on, when nothing between could be a clause of its own (no auxiliary, pronoun,
 * subordinator, conjunction, past verb or stop) — the tagger may have broken the place phrase.
 */
function thatPastPlace(v: View, from: number): number | undefined {
  for (let k = from + 1; k < v.hi && k < from + 14; k++) {
    const t = tok(v, k);
    if (!t || (v.inQuote[k] ?? -1) >= 0) return undefined;
    if (lowerText(t) === 'that') return t.pos === 'SCONJ' ? k : undefined;
    if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'VERB' && /(?:ed|ing)$/u.test(t.text))) return undefined;
    // (A comma only round a region's name: "in Toledo, Ohio, that".)
    if (t.pos === 'PUNCT' && !(t.text === ',' && (tok(v, k + 1)?.pos === 'PROPN' || lowerText(tok(v, k + 1)) === 'that'))) return undefined;
  }
  return undefined;
}

/** "his claim that he had been audited": "that" before a subject opens a clause, not a relative. */
function complementThat(v: View, j: number): boolean {
  const nx = tok(v, j + 1);
  return !!nx && (nx.pos === 'PRON' || nx.pos === 'PROPN' || nx.pos === 'DET' || nx.pos === 'NOUN') && !!possessor(v, j - 1);
}

const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/**
 * "rejected that argument" with "that" tagged a pronoun or conjunction: the demonstrative and its
 * noun, unless a verb follows (then "that" opened a clause: "denied that reports were true").
 */
function demonstrativePhrase(v: View, at: number): TokenRange | undefined {
  if (!/^(?:that|this|these|those)$/u.test(lowerText(tok(v, at))) || tok(v, at + 1)?.pos !== 'NOUN') return undefined;
  const np = phraseStartingAt(v, at + 1, 10);
  const after = np ? tok(v, np.to) : undefined;
  return np && !(after && (after.pos === 'VERB' || after.pos === 'AUX')) ? { from: at, to: np.to } : undefined;
}

/** Verbs of evidence whose object is what the evidence shows. */
const EVIDENCE_VERBS: ReadonlySet<string> = new Set(['show', 'find', 'reveal', 'suggest', 'indicate', 'confirm']);
/** Heads of evidence: a poll, a study, the data. */
const EVIDENCE_HEADS = /^(?:polls?|surveys?|stud(?:y|ies)|data|analys[ie]s|averages?|reports?|figures|statistics|research|records|results|audits?|reviews?|investigations?|inquir(?:y|ies)|tests?|documents|estimates|projections|numbers|evidence|findings)$/u;

/** Is the subject a piece of evidence ("Polls", "A 2014 study by a law professor")? */
function evidenceSubject(v: View, subj: TokenRange): boolean {
  if (EVIDENCE_HEADS.test(lowerText(tok(v, subj.to - 1)))) return true;
  return lowerText(tok(v, subj.from - 1)) === 'by' && EVIDENCE_HEADS.test(lowerText(tok(v, subj.from - 2)));
}

/** What words are published in: "in a statement posted on its website". */
const DOCUMENT_NOUNS = /^(?:statements?|letters?|posts?|messages?|interviews?|reports?|videos?|tweets?|notes?|articles?|op-eds?|filings?|releases?|memos?|e-?mails?|speech|remarks|columns?|documents?|communiqu[eé]s?)$/u;

/** Verbs that voice a view named by a noun: "expressed hope that", "voiced concern that". */
const EXPRESSING: ReadonlyMap<string, string> = new Map([
  ...['express', 'expresses', 'expressed', 'expressing'].map((f) => [f, 'express'] as const),
  ...['voice', 'voices', 'voiced', 'voicing'].map((f) => [f, 'voice'] as const),
  ...['raise', 'raises', 'raised', 'raising'].map((f) => [f, 'raise'] as const),
  ...['reiterate', 'reiterates', 'reiterated', 'reiterating'].map((f) => [f, 'reiterate'] as const),
  ...['repeat', 'repeats', 'repeated', 'repeating'].map((f) => [f, 'repeat'] as const),
  ...['share', 'shares', 'shared', 'sharing'].map((f) => [f, 'share'] as const),
  ...['convey', 'conveys', 'conveyed', 'conveying'].map((f) => [f, 'convey'] as const),
]);

/** The verb before a view noun ("expressed deep concern that"), over its adjectives and article. */
function expressingVerb(v: View, noun: number): number | undefined {
  let k = noun - 1;
  while (k > noun - 4 && (tok(v, k)?.pos === 'ADJ' || tok(v, k)?.pos === 'DET' || tok(v, k)?.pos === 'ADV')) k--;
  const t = tok(v, k);
  return t && t.pos === 'VERB' && EXPRESSING.has(t.text.toLowerCase()) ? k : undefined;
}

/**
 * Where a that-clause inside a sentence's subject ends, [from, to): before the first finite verb
 * after the clause's own, unless it continues a verb group ("had been", "to judge", "and was").
 */
function subjectClauseEnd(v: View, from: number, to: number): number {
  let own = false;
  for (let k = from; k < to; k++) {
    const t = tok(v, k);
    if (!t || (v.inQuote[k] ?? -1) >= 0) continue;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const prev = tok(v, k - 1);
    const chained = !prev || prev.pos === 'AUX' || prev.pos === 'PART' || prev.pos === 'CCONJ' || prev.pos === 'ADV'
      || RELATIVES.has(lowerText(prev)) || lowerText(prev) === 'to' || isParticiple(t) || prev.pos === 'PRON';
    if (!own) {
      if (!RELATIVES.has(lowerText(prev))) own = true;
      continue;
    }
    if (!chained) return k;
  }
  return to;
}

/** Does a report open at `j`: "that CLAUSE" or "to VERB"? */
function opensReport(v: View, j: number): boolean {
  const w = lowerText(tok(v, j));
  // (", warning that Britain's exit …" with "that" tagged a pronoun: a clause follows it.)
  if (w === 'that') return tok(v, j)?.pos === 'SCONJ' || opensBareClause(v, j + 1, 'say');
  const k = lowerText(tok(v, j + 1)) === 'not' ? j + 2 : j + 1;
  return w === 'to' && tok(v, k)?.pos === 'VERB';
}

/** Do tokens [from, to) make an opening phrase: a preposition and no verb ("Contrary to", "Despite")? */
function opensWithPreposition(v: View, from: number, to: number): boolean {
  let prep = false;
  for (let k = from; k < to; k++) {
    const p = tok(v, k)?.pos;
    if (p === 'VERB' || p === 'AUX') return false;
    if (p === 'ADP' || p === 'SCONJ') prep = true;
  }
  return prep && to - from <= 4;
}

/**
 * Do tokens [from, to) hold a clause: a verb of their own, not only a participle ("including") —
 * or words in quotation marks, which a speaker may say without a verb.
 */
function clauseBefore(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if ((v.inQuote[k] ?? -1) >= 0) return true;
    const t = v.tokens[k];
    if (t && (t.pos === 'AUX' || (t.pos === 'VERB' && !isParticiple(t)))) return true;
  }
  return false;
}

/** Is there a verb in tokens [from, to)? Then they are a clause, not only its subject. */
function hasVerb(v: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = tok(v, k)?.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/**
 * After "SUBJECT, according to X," does the sentence go on with its verb ("will narrow", "has
 * said", "reportedly plans")? Then the source sits inside the clause, not after it.
 */
function resumesClause(v: View, j: number): boolean {
  let k = j;
  while (k < j + 2 && tok(v, k)?.pos === 'ADV') k++;
  const t = tok(v, k);
  return !!t && (t.pos === 'AUX' || t.pos === 'VERB') && !isParticiple(t);
}

/** The first narrative token of the unit after sentence adverbs and conjunctions. */
function firstWord(v: View): number {
  let i = v.lo;
  while (i < v.hi) {
    const t = v.tokens[i];
    if (!t) break;
    if ((v.inQuote[i] ?? -1) >= 0 || t.pos === 'PUNCT' || t.pos === 'CCONJ') {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * "Hillary Clinton plans to …": a verb in -s the tagger calls a noun, after a name or pronoun and
 * before an infinitive.
 */
function taggedAsNoun(v: View, i: number): boolean {
  const t = tok(v, i);
  const prev = tok(v, i - 1);
  return !!t && !!prev && t.pos === 'NOUN' && /s$/u.test(t.text)
    && (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'NOUN' || lowerText(prev) === 'and')
    && lowerText(tok(v, i + 1)) === 'to' && tok(v, i + 2)?.pos === 'VERB';
}

const WH_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there']);

/**
 * "The Tax Policy Center estimates that …", "an arbitration panel in 2001 found the United States
 * was …", "documents show he took …": a verb of saying or finding the tagger called a noun, right
 * after its subject and before "that" or a clause of its own. Not an owned noun ("the center's
 * estimates that …").
 */
function nounReadAsVerb(v: View, i: number): boolean {
  const t = tok(v, i);
  const prev = tok(v, i - 1);
  if (!t || !prev || t.pos !== 'NOUN' || /^\p{Lu}/u.test(t.text)) return false;
  const w = t.text.toLowerCase();
  if (!SPEECH_VERBS.has(w) && !COGNITION_VERBS.has(w) && !NP_OBJECT_VERBS.has(w)) return false;
  // "Polls show a close contest": what evidence shows may be a plain object.
  if (EVIDENCE_VERBS.has(COGNITION_VERBS.get(w) ?? '') && EVIDENCE_HEADS.test(prev.text.toLowerCase())) {
    const obj = phraseStartingAt(v, i + 1, 8);
    if (obj && !isTimePhrase(v, obj)) return true;
  }
  // A subject's last word: a name, a noun, a year ("a panel in 2001 found"), a pronoun.
  // (Or a relative pronoun: "the study, which notes that …".)
  const relative = /^(?:which|who)$/u.test(lowerText(prev)) && /^(?:PRON|DET)$/u.test(prev.pos);
  if (!(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'NUM' || relative || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.text.toLowerCase())))) return false;
  const nx = tok(v, i + 1);
  if (!nx) return false;
  // ("estimates that Mrs. Clinton's plan would …": "that" the tagger calls a pronoun still opens a clause.)
  if (lowerText(nx) === 'that') return nx.pos === 'SCONJ' || opensBareClause(v, i + 2, 'say');
  // "as China and Russia support the government": a stance verb after a name, before its object.
  // (Not "Blige's upcoming Apple Music show The 411": a subject of names only.)
  if (NP_OBJECT_VERBS.has(w) && prev.pos === 'PROPN' && nx.pos === 'DET' && phraseStartingAt(v, i + 1, 8)) {
    const subj = phraseEndingAt(v, i, 8);
    let names = !!subj;
    for (let k = subj?.from ?? 0; names && subj && k < subj.to; k++) names = v.tokens[k]?.pos === 'PROPN' || lowerText(v.tokens[k]) === 'and';
    return names;
  }
  // A clause: a subject pronoun or a determiner's phrase, then a finite verb.
  if (nx.pos === 'PRON' && SUBJECT_PRONOUNS.has(nx.text.toLowerCase())) return tok(v, i + 2)?.pos === 'VERB' || tok(v, i + 2)?.pos === 'AUX';
  const np = nx.pos === 'DET' ? phraseStartingAt(v, i + 1, 8) : undefined;
  const after = np ? tok(v, np.to) : undefined;
  return !!after && after.pos === 'AUX' && !isParticiple(after);
}

/**
 * Where an infinitive content begins after the verb at `i`: "pledged to X", "urged Trump to X"
 * (the one asked is part of the content), "called on X to Y", "called for X".
 */
function infinitiveContent(v: View, i: number, lemma: string): number | undefined {
  const j = i + 1;
  const nx = tok(v, j);
  if (!nx) return undefined;
  const w = nx.text.toLowerCase();
  // "urged the allies to stay", "urged the allies not to let …".
  // "agreed to effectively lend": an adverb may split the infinitive.
  const verbAfter = (k: number): boolean => {
    const at = lowerText(tok(v, k)) === 'not' ? k + 1 : k;
    const vb = tok(v, at + 1)?.pos === 'ADV' ? at + 2 : at + 1;
    return lowerText(tok(v, at)) === 'to' && tok(v, vb)?.pos === 'VERB';
  };
  if (verbAfter(j)) return TO_VERBS.has(lemma) ? j : undefined;
  // "called for increased spending", "called for immediately deducting …": a participle or an
  // adverb may open what is called for.
  if (lemma === 'call' && w === 'for') {
    const g = tok(v, j + 1);
    return phraseStartingAt(v, j + 1) || (g && (g.pos === 'VERB' || (g.pos === 'ADV' && tok(v, j + 2)?.pos === 'VERB'))) ? j + 1 : undefined;
  }
  // "called Friday for …", "called again for …": a time or adverb before the preposition.
  if (lemma === 'call' && (TIME_WORDS.has(w) || (nx.pos === 'PROPN' && /day$/u.test(w))) && lowerText(tok(v, j + 1)) === 'for') {
    const g = tok(v, j + 2);
    return g && (phraseStartingAt(v, j + 2) || (g.pos === 'VERB' && isParticiple(g))) ? j + 2 : undefined;
  }
  const objAt = lemma === 'call' && w === 'on' ? j + 1 : j;
  if (ASKING_VERBS.has(lemma)) {
    const obj = phraseStartingAt(v, objAt, 8);
    if (obj && verbAfter(obj.to)) return objAt;
    // "urged her supporters in a video message to keep up the pressure": past how it was said.
    if (obj && tok(v, obj.to)?.pos === 'ADP' && verbAfter(skipAdverbials(v, obj.to))) return objAt;
    // "asked NBC's Lester Holt, the moderator of the debate, to fact-check him": past an apposition.
    if (obj && isComma(tok(v, obj.to))) {
      let k = obj.to + 1;
      while (k < obj.to + 16 && tok(v, k) && !isComma(tok(v, k)) && tok(v, k)?.pos !== 'VERB' && tok(v, k)?.pos !== 'AUX') k++;
      if (k > obj.to + 1 && isComma(tok(v, k)) && verbAfter(k + 1)) return objAt;
    }
  }
  return undefined;
}

/**
 * The source after "according to" when the tagger did not read it as a noun phrase ("according to
 * police," with "police" tagged a verb): the words up to the next comma or stop, a few at most.
 */
function sourceUpToComma(v: View, from: number): TokenRange | undefined {
  for (let k = from; k < v.hi && k < from + 8; k++) {
    const t = tok(v, k);
    if (!t) return undefined;
    if (isComma(t) || t.text === '.' || t.text === ';') return k > from ? { from, to: k } : undefined;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'AUX') return undefined;
  }
  return undefined;
}

/**
 * The source after a sentence-opening "According to" that runs past its first noun phrase ("a
 * report by Politico", "a complaint filed by the SEC"): up to the first comma, with no clause
 * opening on the way.
 */
function longSource(v: View, np: TokenRange): TokenRange | undefined {
  for (let k = np.to; k < v.hi && k < np.from + 30; k++) {
    const t = tok(v, k);
    if (!t) return undefined;
    if (isComma(t)) return { from: np.from, to: k };
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.pos === 'SCONJ' || t.pos === 'AUX' || t.pos === 'PRON') return undefined;
    if (t.pos === 'VERB' && !/(?:ed|en)$/u.test(t.text)) return undefined;
  }
  return undefined;
}

/** "Trump's" / "his" before a speech noun: its owner is the speaker. */
function possessor(v: View, noun: number): TokenRange | undefined {
  const prev = tok(v, noun - 1);
  if (!prev) return undefined;
  if (prev.pos === 'PRON' && /^(?:his|her|their|its)$/iu.test(prev.text)) return { from: noun - 1, to: noun };
  let k = noun - 1;
  // Adjectives between owner and noun: "Trump's repeated claim".
  while (k > v.lo && tok(v, k)?.pos === 'ADJ') k--;
  const s = tok(v, k);
  if (!s || !/^['’]s?$/u.test(s.text)) return undefined;
  const owner = phraseEndingAt(v, k, 6);
  if (!owner) return undefined;
  // "thanked Erdogan for Turkey's support": the owner is Turkey, not "Erdogan for Turkey".
  let from = owner.from;
  for (let j = owner.from; j < owner.to; j++) if (lowerText(tok(v, j)) === 'for') from = j + 1;
  return from < owner.to ? { from, to: owner.to } : undefined;
}

/**
 * Where a statement before a cue ends when token `k` is the comma before the cue: `k` itself, or
 * after the closing mark when the comma sits inside a quote ('tax ''is a misguided approach,'' said').
 */
function commaCut(v: View, k: number): number | undefined {
  if (isComma(tok(v, k))) return k;
  let j = k;
  while (j > v.lo && (v.inQuote[j] ?? -1) >= 0 && /^['"”’»]+$/u.test(v.tokens[j]?.text ?? '')) j--;
  return j < k && v.tokens[j]?.text === ',' ? k + 1 : undefined;
}

/**
 * "As experts have pointed out, CLAUSE", "CLAUSE, as one adviser put it, CLAUSE", "CLAUSE, as
 * police have said.": a cue whose subject follows "as"; `after` is the token after its verb.
 */
function asStatement(v: View, cue: Cue, after: number, start: number): Statement | undefined {
  if (!cue.subject || cue.inverted || lowerText(tok(v, cue.subject.from - 1)) !== 'as') return undefined;
  const as = cue.subject.from - 1;
  if (!isComma(tok(v, after))) after = skipAdverbials(v, after);
  const from = as <= start ? after + 1 : start;
  const to = contentEnd(v, after + 1);
  if (isComma(tok(v, after)) && (as <= start || (isComma(tok(v, as - 1)) && as - 1 > start)) && to > after + 2) {
    return { cue, content: { from, to } };
  }
  if (isComma(tok(v, as - 1)) && as - 1 > start && endsUnit(v, after)) {
    return { cue, content: { from: start, to: Math.min(as - 1, contentEnd(v, start, true)) } };
  }
  return undefined;
}

export function statementsIn(v: View): Statement[] {
  const out: Statement[] = [];
  const start = firstWord(v);
  for (let i = v.lo; i < v.hi; i++) {
    const t = tok(v, i);
    if (!t) continue;
    const w = t.text.toLowerCase();
    // Most words start nothing below: one look-up instead of one per kind of cue.
    if (!CUE_WORDS.has(w)) continue;
    // "X has been critical of Y", "X is a staunch opponent of Y".
    // "Citing security concerns, the ministry …", "Warning that …, the envoy …".
    const stance = stanceAt(v, i) ?? (i === start ? frontedParticiple(v, i, start) : undefined);
    if (stance) {
      out.push(stance);
      continue;
    }
    // According to X, CLAUSE / CLAUSE, according to X.
    if (w === 'according' && lowerText(tok(v, i + 1)) === 'to') {
      let np = phraseStartingAt(v, i + 2) ?? sourceUpToComma(v, i + 2);
      if (!np) continue;
      // "According to a complaint filed by the commission and a suit by the state, CLAUSE": at the
      // sentence's start the source runs to its comma.
      if (i <= start + 1 && !isComma(tok(v, np.to))) np = longSource(v, np) ?? np;
      const cue: Cue = { verb: i, lemma: 'according to', subject: np, start: t.start, end: (v.tokens[np.to - 1] as Token).end };
      if (i <= start + 1 && isComma(tok(v, np.to))) {
        const from = np.to + 1;
        // The source frames the whole sentence, its "while …" and "but …" too.
        const to = contentEnd(v, from, true);
        if (to > from) out.push({ cue, content: { from, to } });
      } else if (isComma(tok(v, i - 1))) {
        // "CLAUSE, according to a poll released last week": whatever follows the source is its own;
        // but "The deficit, according to the ministry, will narrow": the clause runs round the cue.
        const resume = np.to;
        const round = isComma(tok(v, resume)) && i - 1 > start && !hasVerb(v, start, i - 1) && resumesClause(v, resume + 1);
        const to = round ? contentEnd(v, resume + 1) : contentEnd(v, start) <= i - 1 ? contentEnd(v, start) : i - 1;
        if (to > start) out.push({ cue, content: { from: start, to } });
      }
      continue;
    }
    // In his view, CLAUSE / In Putin's view, CLAUSE.
    if (w === 'in' && i <= start + 1) {
      const np = phraseStartingAt(v, i + 1, 6);
      const head = np ? lowerText(v.tokens[np.to - 1]) : '';
      const ownerWord = np ? lowerText(v.tokens[np.from]) : '';
      const owned = /^(?:his|her|their|my|our)$/u.test(ownerWord) || (np !== undefined && np.to - np.from >= 3 && /^['’]s?$/u.test(v.tokens[np.to - 2]?.text ?? ''));
      if (np && owned && (head === 'view' || head === 'opinion' || head === 'words' || head === 'estimation') && isComma(tok(v, np.to))) {
        const owner = { from: np.from, to: np.from + 1 };
        const ownerTok = v.tokens[np.from];
        if (ownerTok && ownerTok.pos !== 'PRON') {
          // "In Putin's view": the owner is everything before the possessive.
          let k = np.from;
          while (k < np.to && !/^['’]s?$/u.test(v.tokens[k]?.text ?? '')) k++;
          owner.to = Math.max(np.from + 1, k);
        }
        const cue: Cue = { verb: np.to - 1, lemma: head, subject: owner, start: t.start, end: (v.tokens[np.to - 1] as Token).end };
        const from = np.to + 1;
        const to = contentEnd(v, from);
        if (to > from) out.push({ cue, content: { from, to } });
      } else if (np && /^(?:the|this|that|a|an|its|their)$/u.test(ownerWord) && /^(?:poll|survey)$/u.test(head)) {
        // "In the latest national poll, conducted in early September, Clinton led by 5 points":
        // what the poll found, unless someone in it speaks ("In a poll, voters said …").
        let comma = np.to;
        if (isComma(tok(v, comma)) && tok(v, comma + 1)?.pos === 'VERB' && /ed$/u.test(tok(v, comma + 1)?.text ?? '')) {
          comma += 2;
          while (comma < v.hi && comma < np.to + 12 && !isComma(tok(v, comma))) comma++;
        }
        const from = comma + 1;
        const to = isComma(tok(v, comma)) ? contentEnd(v, from) : -1;
        let speaks = false;
        for (let k = from; k < to && !speaks; k++) speaks = !!cueLemma(tok(v, k), true);
        if (to > from + 2 && !speaks) {
          out.push({ cue: { verb: np.to - 1, lemma: head, subject: np, start: t.start, end: (v.tokens[np.to - 1] as Token).end }, content: { from, to } });
        }
      }
      continue;
    }
    // "is raising questions about the contract", "has doubts over the plan": what is questioned.
    if (/^(?:questions|concerns|doubts)$/u.test(w) && /^(?:about|over)$/u.test(lowerText(tok(v, i + 1)))) {
      let k = i - 1;
      while (k > i - 3 && (tok(v, k)?.pos === 'ADJ' || tok(v, k)?.pos === 'DET')) k--;
      const verb = tok(v, k);
      const obj = phraseStartingAt(v, i + 2, 12);
      if (verb && obj && /^(?:rais|pos|ha[sdv]|voic)/u.test(verb.text.toLowerCase()) && (verb.pos === 'VERB' || verb.pos === 'AUX')) {
        const cue = cueAt(v, k, 'question');
        if (cue.subject && !cue.inverted) {
          out.push({ cue: { ...cue, end: t.end }, content: { from: i + 2, to: objectEnd(v, obj) } });
          continue;
        }
      }
    }
    // "Critics see the plan as a giveaway", "views Putin as a strong leader": a view of something.
    if (VIEWING.has(w) && t.pos === 'VERB') {
      const obj = phraseStartingAt(v, i + 1, 10);
      // (Not "saw the mayor as I left": a clause after "as" says when.)
      const what = obj && lowerText(tok(v, obj.to)) === 'as' ? phraseStartingAt(v, obj.to + 1, 10) : undefined;
      const after = what ? tok(v, what.to) : undefined;
      const clause = !what || tok(v, what.from)?.pos === 'PRON' || (after && (after.pos === 'VERB' || after.pos === 'AUX'));
      const cue = obj && !clause ? cueAt(v, i, 'view') : undefined;
      const to = cue ? clauseEnd(v, i + 1) : -1;
      if (cue && obj && cue.subject && !cue.inverted && to > obj.to + 1) out.push({ cue, content: { from: i + 1, to } });
      continue;
    }
    // "made clear that …", "has made it clear the plan …": the one who made it clear.
    if (w === 'clear') {
      const make = /^(?:it|this)$/u.test(lowerText(tok(v, i - 1))) ? i - 2 : i - 1;
      if (/^(?:make|makes|made|making)$/u.test(lowerText(tok(v, make)))) {
        const cue = cueAt(v, make, 'make clear');
        const nx = tok(v, i + 1);
        const opens = !!nx && ((lowerText(nx) === 'that' && nx.pos === 'SCONJ') || opensBareClause(v, i + 1, 'say'));
        const end = opens ? contentEnd(v, i + 1) : -1;
        if ((cue.subject || cue.borrowsSubject) && !cue.inverted && end > i + 2) out.push({ cue: { ...cue, end: t.end }, content: { from: i + 1, to: end } });
      }
      continue;
    }
    // "expressed hope that …", "voiced deep concern that …": the verb's subject holds the view.
    // ("expressed hope the talks would resume": the clause may come without "that".)
    if (VIEW_NOUNS.has(w) && (lowerText(tok(v, i + 1)) === 'that' || opensBareClause(v, i + 1, 'hope'))) {
      const ex = expressingVerb(v, i);
      const cue = ex !== undefined ? cueAt(v, ex, EXPRESSING.get(lowerText(tok(v, ex))) ?? 'express') : undefined;
      const end = contentEnd(v, i + 1);
      if (cue && (cue.subject || cue.borrowsSubject) && !cue.inverted && end > i + 2) {
        out.push({ cue: { ...cue, end: t.end }, content: { from: i + 1, to: end } });
        continue;
      }
    }
    // X was hopeful that CLAUSE.
    if (ATTITUDE_ADJECTIVES.has(w) && lowerText(tok(v, i + 1)) === 'that') {
      // "was so frustrated that", "has been increasingly worried that".
      let b = i - 1;
      while (b > i - 3 && (tok(v, b)?.pos === 'ADV' || tok(v, b)?.pos === 'PART')) b--;
      while (b > i - 5 && tok(v, b - 1)?.pos === 'AUX') b--;
      const subj = tok(v, b)?.pos === 'AUX' ? phraseEndingAt(v, b) : undefined;
      if (subj) {
        const cue: Cue = { verb: i, lemma: w, subject: subj, start: (v.tokens[subj.from] as Token).start, end: t.end };
        const to = contentEnd(v, i + 1);
        if (to > i + 2) out.push({ cue, content: { from: i + 1, to } });
      }
      continue;
    }
    // Trump's claim that CLAUSE / his warning that CLAUSE.
    // ("that" the tagger may call a determiner or pronoun; a verb after it makes it a relative.)
    const asVerb = CUE_VERB_FORMS.has(w) && nounReadAsVerb(v, i);
    if (SPEECH_NOUNS.has(w) && t.pos === 'NOUN' && !asVerb && lowerText(tok(v, i + 1)) === 'that'
      && (tok(v, i + 1)?.pos === 'SCONJ' || complementThat(v, i + 1))) {
      const owner = possessor(v, i);
      let to = contentEnd(v, i + 1);
      // "The mayor's claim that the bridge was safe drew ridicule": a subject's clause ends at
      // the sentence's own verb.
      if (owner && owner.from <= start) to = Math.min(to, subjectClauseEnd(v, i + 2, to));
      // "Contrary to his claim that X, …", "Despite her warning that X, …": the opening phrase ends
      // at its comma.
      else if (owner && opensWithPreposition(v, start, owner.from)) {
        // (The comma may sit inside a quotation: 'his claim that people would "learn nothing," …'.)
        for (let k = i + 2; k < to; k++) {
          if (v.tokens[k]?.text === ',') {
            to = k;
            break;
          }
        }
      }
      if (owner && to > i + 2) {
        out.push({ cue: { verb: i, lemma: w, subject: owner, start: (v.tokens[owner.from] as Token).start, end: t.end }, content: { from: i + 1, to } });
        continue;
      }
      // ", warning that …": a hanging participle, read below.
      if (!isComma(tok(v, i - 1))) continue;
    }
    // "his attacks on Machado", "her decision to run", "Trump's obsession with trade".
    if (STANCE_NOUNS.has(w) && t.pos === 'NOUN' && !asVerb) {
      const owner = possessor(v, i);
      const nx = lowerText(tok(v, i + 1));
      let from = -1;
      if (STANCE_PREPS.has(nx)) from = i + 2;
      else if (nx === 'to' && tok(v, i + 2)?.pos === 'VERB') from = i + 1;
      const found = from === i + 2 ? phraseStartingAt(v, from, 12) : undefined;
      const obj = found && !isTimePhrase(v, found) ? found : undefined;
      const to = obj ? objectEnd(v, obj, true) : from === i + 1 ? infinitiveEnd(v, from) : -1;
      // Not round a quotation: its words are the quote's, with a cue of their own.
      let quoted = false;
      for (let k = from; k < to + 1 && !quoted; k++) quoted = (v.inQuote[k] ?? -1) >= 0;
      if (owner && from > 0 && to > from && !quoted) {
        out.push({ cue: { verb: i, lemma: w, subject: owner, nominal: true, start: (v.tokens[owner.from] as Token).start, end: t.end }, content: { from, to } });
        continue;
      }
    }
    // "As one diplomat put it, CLAUSE", "CLAUSE, as the minister put it."
    if (w === 'put' || w === 'puts') {
      const cue = lowerText(tok(v, i + 1)) === 'it' ? cueAt(v, i, 'put it') : undefined;
      const aside = cue ? asStatement(v, { ...cue, end: (v.tokens[i + 1] as Token).end }, i + 2, start) : undefined;
      if (aside) out.push(aside);
      continue;
    }
    // Past the noun cues, only a verb some cue table holds can start a statement (passiveAt and
    // every lemma below look `w` up in these tables): skip the rest of the tokens cheaply.
    if (!CUE_VERB_FORMS.has(w)) continue;
    // "It was announced by the ministry that …", "The story was first reported by the Post".
    const passive = passiveAt(v, i);
    if (passive) {
      out.push(passive);
      continue;
    }
    // An -ing form counts in the progressive ("is defending his tweets") or hanging on a comma
    // (", citing a threat to public health"), whose subject it borrows.
    let aux = i - 1;
    while (aux > i - 3 && tok(v, aux)?.pos === 'ADV') aux--;
    const progressive = isParticiple(t) && tok(v, aux)?.pos === 'AUX';
    const hanging = isParticiple(t) && isComma(tok(v, i - 1));
    // ", warning that …", ", promising to …": a hanging cue the tagger read as a noun or adjective.
    const hangingCue = hanging && t.pos !== 'VERB' && opensReport(v, i + 1);
    const speechLemma = cueLemma(t, true, tok(v, i - 1)) ?? (hangingCue ? SPEECH_VERBS.get(w) : undefined)
      ?? (asVerb ? SPEECH_VERBS.get(w) ?? COGNITION_VERBS.get(w) : undefined);
    const verbLike = t.pos === 'VERB' || hangingCue || asVerb;
    const objectLemma = (t.pos === 'VERB' || asVerb) && (!isParticiple(t) || progressive || hanging) ? NP_OBJECT_VERBS.get(w) : undefined;
    const prepAt = t.pos === 'VERB' && TOPIC_VERBS.has(w) ? topicPrepAt(v, i) : i + 1;
    const prep = lowerText(tok(v, prepAt));
    // "voted against the bill" is a stance; "voted for Trump" a ballot.
    const ownPrep = OWN_PREPS.get(TOPIC_VERBS.get(w) ?? '') === prep;
    const topicLemma = t.pos === 'VERB' && (TOPIC_PREPS.has(prep) || ownPrep) && (prep === 'against' || TOPIC_VERBS.get(w) !== 'vote') ? TOPIC_VERBS.get(w) : undefined;
    const lemma = speechLemma ?? (verbLike || taggedAsNoun(v, i) ? TO_VERBS.get(w) : undefined) ?? objectLemma ?? topicLemma;
    if (!lemma) continue;
    // "Having said that, …" is no cue.
    if (lowerText(tok(v, i - 1)) === 'having') continue;
    const cue = cueAt(v, i, lemma);
    if (!cue.subject && !cue.borrowsSubject) continue;
    // "said in a statement posted on its website that …": a participle on the noun after a
    // preposition, not a verb with a subject of its own.
    if (cue.subject && !cue.inverted && cue.subject.to === i && /ed$/u.test(w) && DOCUMENT_NOUNS.test(lowerText(tok(v, i - 1)))
      && tok(v, cue.subject.from - 1)?.pos === 'ADP') continue;
    // "the gap between what Trump says his plan would do and …": a cue inside a free relative.
    if (cue.subject && !cue.inverted && /^(?:what|whatever)$/u.test(lowerText(tok(v, cue.subject.from - 1)))) continue;
    const infinitive = infinitiveContent(v, i, lemma);
    if (infinitive) {
      const to = contentEnd(v, infinitive);
      if (to > infinitive + 1) out.push({ cue, content: { from: infinitive, to } });
      continue;
    }
    // "called the charges unsubstantiated", "called climate change a hoax": a thing and its name.
    if ((lemma === 'call' || lemma === 'consider') && !cue.inverted) {
      const first = phraseStartingAt(v, i + 1, 8);
      // "called her vote in favor of the war a mistake", "called the citation and the demand for
      // a hearing a ploy": the thing named may run over its prepositions and a second phrase.
      let obj = first;
      for (let n = 0; obj && n < 3; n++) {
        const link = tok(v, obj.to);
        const more = link && (link.pos === 'ADP' || (link.pos === 'CCONJ' && lowerText(link) === 'and')) && !/^(?:as|by)$/u.test(lowerText(link)) ? phraseStartingAt(v, obj.to + 1, 8) : undefined;
        if (!more || isTimePhrase(v, more)) break;
        const after = tok(v, more.to);
        // Only when the name follows at last ("… a mistake"): else the first phrase is the thing.
        if (!after || !(after.pos === 'DET' || after.pos === 'ADP' || lowerText(after) === 'and')) break;
        obj = { from: obj.from, to: more.to };
      }
      const named = obj && tok(v, obj.to);
      if (obj !== first && !(named && named.pos === 'DET' && /^(?:a|an)$/iu.test(named.text))) obj = first;
      const next = obj ? tok(v, obj.to) : undefined;
      if (obj && next && !isTimePhrase(v, obj) && (next.pos === 'DET' || next.pos === 'ADJ' || (next.pos === 'NOUN' && tok(v, obj.to - 1)?.pos === 'PRON'))) {
        const to = clauseEnd(v, i + 1);
        if (to > obj.to) {
          out.push({ cue, content: { from: i + 1, to } });
          continue;
        }
      }
    }
    // "said as much", "said the same thing", "said the same of Trump", "has said so".
    if (lemma === 'say' && !cue.inverted && (cue.subject || cue.borrowsSubject)) {
      const a = lowerText(tok(v, i + 1));
      const b = lowerText(tok(v, i + 2));
      let to = -1;
      if (a === 'as' && b === 'much') to = i + 3;
      else if (a === 'so' && endsUnit(v, i + 2)) to = i + 2;
      else if (a === 'the' && b === 'same') {
        const np = phraseStartingAt(v, i + 1, 6);
        to = np && np.to > i + 2 ? objectEnd(v, np, true) : i + 3;
        if (lowerText(tok(v, to)) === 'of' && phraseStartingAt(v, to + 1, 6)) to = (phraseStartingAt(v, to + 1, 6) as TokenRange).to;
      }
      if (to > i + 1) {
        out.push({ cue, content: { from: i + 1, to } });
        continue;
      }
    }
    // "accused the GOP of stoking the issue": the one accused and the charge.
    if (lemma === 'accuse' && !cue.inverted) {
      const obj = phraseStartingAt(v, i + 1, 12);
      // The charge follows "of", which the phrase may have swallowed ("the board of hiding …").
      let of = obj ? obj.from + 1 : v.hi;
      while (of < v.hi && of < i + 14 && !(lowerText(tok(v, of)) === 'of' && tok(v, of)?.pos === 'ADP')) of++;
      if (obj && lowerText(tok(v, of)) === 'of' && tok(v, of + 1)) {
        const to = contentEnd(v, i + 1);
        if (to > of + 1) out.push({ cue, content: { from: i + 1, to } });
        continue;
      }
    }
    // "Trump responded by attacking the press", "has responded with attacks on the judge".
    if ((lemma === 'respond' || lemma === 'reply') && !cue.inverted && (cue.subject || cue.borrowsSubject)) {
      const by = lowerText(tok(v, i + 1));
      const g = tok(v, i + 2);
      const ok = (by === 'by' && g?.pos === 'VERB' && isParticiple(g)) || (by === 'with' && !!phraseStartingAt(v, i + 2, 10));
      const to = ok ? clauseEnd(v, i + 1) : -1;
      if (to > i + 2) {
        out.push({ cue, content: { from: i + 1, to } });
        continue;
      }
    }
    // "charged two developers with defrauding investors": the one charged and the charge.
    if (lemma === 'charge' && !cue.inverted && cue.subject) {
      const obj = phraseStartingAt(v, i + 1, 12);
      if (obj && lowerText(tok(v, obj.to)) === 'with' && tok(v, obj.to + 1)) {
        const to = contentEnd(v, i + 1);
        if (to > obj.to + 1) {
          out.push({ cue, content: { from: i + 1, to } });
          continue;
        }
      }
    }
    // "spoke about the raid", "warned against complacency", "railed against the media".
    if (topicLemma) {
      // "talked about bringing communities together": a gerund's clause is the topic too.
      const gerund = tok(v, prepAt + 1);
      const obj = gerund && isParticiple(gerund) && gerund.pos === 'VERB' ? { from: prepAt + 1, to: prepAt + 2 } : phraseStartingAt(v, prepAt + 1, 12);
      // "spoke on condition of anonymity": how, not what, and no statement of its own.
      const head = obj && tok(v, obj.from)?.pos === 'DET' && obj.to - obj.from > 1 ? obj.from + 1 : obj?.from ?? -1;
      if (obj && NO_TOPIC.test(lowerText(tok(v, head)))) continue;
      if (obj && !isTimePhrase(v, obj) && !isMedium(v, i, obj, prepAt)) {
        out.push({ cue, content: { from: prepAt + 1, to: objectEnd(v, obj) } });
        continue;
      }
    }
    // "proposes scrapping the tax", "denied taking the money": a gerund clause as the object.
    if (GERUND_VERBS.has(lemma) && !cue.inverted && (cue.subject || cue.borrowsSubject)) {
      const g = tok(v, i + 1);
      // ("proposes doing away with …", "proposed dropping carried interest": whatever follows.)
      const nx = tok(v, i + 2);
      if (g && g.pos === 'VERB' && isParticiple(g) && nx && nx.pos !== 'PUNCT' && nx.pos !== 'CCONJ' && nx.pos !== 'SCONJ') {
        const to = clauseEnd(v, i + 1);
        if (to > i + 2) {
          out.push({ cue, content: { from: i + 1, to } });
          continue;
        }
      }
    }
    // "questioned whether the plant was safe", "pressed him on how he would …".
    if (QUESTION_OBJECT_VERBS.has(lemma) && !cue.inverted && (cue.subject || cue.borrowsSubject)) {
      let q = i + 1;
      if (lemma === 'press') {
        const obj = phraseStartingAt(v, q, 6);
        q = obj && /^(?:on|about)$/u.test(lowerText(tok(v, obj.to))) ? obj.to + 1 : -1;
      }
      const to = q > i && WH_WORDS.has(lowerText(tok(v, q))) ? contentEnd(v, q) : -1;
      if (to > q + 2) {
        out.push({ cue, content: { from: q, to } });
        continue;
      }
    }
    // "… and criticized the party's lack of …": a verb joined to its clause's subject by "and".
    const joined = cue.borrowsSubject && !isParticiple(t) && /^(?:and|but)$/u.test(lowerText(tok(v, i - 1)));
    if (objectLemma && ((!cue.borrowsSubject && cue.subject) || hanging || joined) && !cue.inverted) {
      // "Trump attacked the media's coverage of the debate": the object is what is attributed.
      // "announced on Friday the arrest of …": the object after a time.
      const at = tok(v, i + 1)?.pos === 'ADP' || looksAdverbial(tok(v, i + 1)) ? skipAdverbials(v, i + 1) : i + 1;
      const found = phraseStartingAt(v, at, 12) ?? demonstrativePhrase(v, at);
      // "announced Monday morning" says when, not what.
      const obj = found && !isTimePhrase(v, found) ? found : undefined;
      const to = obj ? objectEnd(v, obj, false, true) : at;
      // ("voiced deep concern that …": the view's clause is read at the noun.)
      const viewClause = !!obj && VIEW_NOUNS.has(lowerText(tok(v, obj.to - 1))) && lowerText(tok(v, obj.to)) === 'that';
      if (obj && to > at && !viewClause && !(speechLemma && lowerText(tok(v, at)) === 'that')) {
        out.push({ cue, content: { from: at, to } });
        continue;
      }
    }
    // "A 2014 study found 31 incidents of fraud", "Polls show a close contest": what evidence shows.
    if (speechLemma && EVIDENCE_VERBS.has(speechLemma) && cue.subject && !cue.inverted && evidenceSubject(v, cue.subject)) {
      const obj = lowerText(tok(v, i + 1)) === 'that' ? undefined : phraseStartingAt(v, i + 1, 12);
      if (obj && !isTimePhrase(v, obj) && !opensBareClause(v, i + 1, speechLemma)) {
        const to = objectEnd(v, obj);
        if (to > i + 1) {
          out.push({ cue, content: { from: i + 1, to } });
          continue;
        }
      }
    }
    if (!speechLemma) continue;
    // "As experts have pointed out, CLAUSE" / "CLAUSE, as one adviser pointed out, CLAUSE".
    const aside = asStatement(v, cue, /^(?:out|up)$/u.test(lowerText(tok(v, i + 1))) ? i + 2 : i + 1, start);
    if (aside) {
      out.push(aside);
      continue;
    }
    // CLAUSE, said X.
    if (cue.inverted && cue.subject) {
      const cut = commaCut(v, i - 1);
      // (What stands before the comma must be a clause: "One after another, mining companies,
      // including Patriot, declared bankruptcy" is a subject and its verb, no statement.)
      if (cut !== undefined && endsUnit(v, cue.subject.to) && cut > start && !opensWithCue(v, start, cut) && clauseBefore(v, start, cut)) {
        out.push({ cue, content: { from: start, to: Math.min(cut, contentEnd(v, start, true)) } });
      }
      continue;
    }
    let j = i + 1;
    // "pointed out that", "went on to say that": the particle belongs to the verb.
    if (/^(?:out|up)$/u.test(lowerText(tok(v, j)))) j++;
    if (cue.addressee && cue.addressee.from === i + 1) {
      j = cue.addressee.to;
      // 'told MSNBC's "Morning Joe" that …': a programme's quoted name ends the addressee.
      const owner = /^['’]s?$/u.test(tok(v, j)?.text ?? '') ? j + 1 : j;
      const q = v.inQuote[owner] ?? -1;
      let k = owner;
      while (k < v.hi && k < owner + 8 && q >= 0 && v.inQuote[k] === q) k++;
      if (k > owner && k < owner + 8 && lowerText(tok(v, k)) === 'that') j = k;
      // "told tens of thousands of people rallying outside parliament that …": a participle
      // phrase on the addressee runs to the "that".
      const p = tok(v, j);
      if (p && p.pos === 'VERB' && /(?:ing|ed)$/u.test(p.text)) {
        for (let m = j + 1; m < v.hi && m < j + 14; m++) {
          const x = tok(v, m);
          if (!x || isComma(x) || x.pos === 'PUNCT' || x.pos === 'AUX') break;
          if (lowerText(x) === 'that') {
            j = m;
            break;
          }
        }
      }
    }
    const j0 = j;
    j = skipAdverbials(v, j);
    // "has said about 20 people have …": what looked like an adverbial opens the clause.
    if (j > j0 && opensBareClause(v, j0, lemma) && !looksAdverbial(tok(v, j0))) j = j0;
    // "says at a campaign stop in Toledo, Ohio, that …": a place phrase the tagger broke up.
    if (lowerText(tok(v, j)) !== 'that' && tok(v, j0)?.pos === 'ADP') j = thatPastPlace(v, j0) ?? j;
    const nx = tok(v, j);
    // "The minister said: the plan will go ahead." (a quotation after the colon is a passage's).
    if (nx && nx.text === ':' && cue.subject && !cue.inverted && SPEECH_VERBS.get(w) === lemma && tok(v, j + 1)) {
      const to = contentEnd(v, j + 1);
      if (to > j + 3) {
        out.push({ cue, content: { from: j + 1, to } });
        continue;
      }
    }
    // After a speech verb "that" opens the content, whatever the tagger calls it before a quote.
    if (nx && lowerText(nx) === 'that' && (nx.pos === 'SCONJ' || (v.inQuote[j + 1] ?? -1) >= 0 || clauseAfterThat(v, j))) {
      const to = contentEnd(v, j);
      if (to > j + 1) out.push({ cue, content: { from: j, to } });
      continue;
    }
    if (lowerText(tok(v, i - 1)) === 'as' && lowerText(t) === 'saying') {
      // "was quoted as saying CLAUSE"
      const to = contentEnd(v, j);
      if (to > j) out.push({ cue, content: { from: j, to } });
      continue;
    }
    if (nx && WH_WORDS.has(lowerText(nx)) && (lemma === 'ask' || lemma === 'question' || BARE_CLAUSE.has(lemma))) {
      const to = contentEnd(v, j);
      if (to > j + 2) out.push({ cue, content: { from: j, to } });
      continue;
    }
    // "the deal, which officials said would be signed Friday": the relative's own verb follows the cue.
    // (The tagger may read "which" as the subject's determiner: "which officials".)
    const relIn = !!cue.subject && cue.subject.to - cue.subject.from > 1 && /^(?:which|that)$/u.test(lowerText(tok(v, cue.subject.from)));
    const rel = cue.subject && !cue.inverted ? lowerText(tok(v, relIn ? cue.subject.from : cue.subject.from - 1)) : '';
    const fin = tok(v, j);
    if ((rel === 'which' || rel === 'that' || rel === 'who') && fin && (fin.pos === 'AUX' || (fin.pos === 'VERB' && !isParticiple(fin))) && SPEECH_VERBS.get(w) === lemma) {
      if (relIn && cue.subject) {
        cue.subject = { from: cue.subject.from + 1, to: cue.subject.to };
        cue.start = (v.tokens[cue.subject.from] as Token).start;
      }
      // ("The rules that he says are unfair will stay": up to the sentence's own verb.)
      const to = subjectClauseEnd(v, j, clauseEnd(v, j));
      if (to > j + 1) {
        out.push({ cue, content: { from: j, to } });
        continue;
      }
    }
    if (opensBareClause(v, j, lemma)) {
      const to = contentEnd(v, j);
      if (to > j + 1) out.push({ cue, content: { from: j, to } });
      continue;
    }
    // CLAUSE, X said.
    const cut = cue.subject && !cue.borrowsSubject ? commaCut(v, cue.subject.from - 1) : undefined;
    if (cut !== undefined && endsUnit(v, cue.addressee && cue.addressee.from === i + 1 ? cue.addressee.to : i + 1)) {
      if (cut > start && !opensWithCue(v, start, cut)) out.push({ cue, content: { from: start, to: Math.min(cut, contentEnd(v, start, true)) } });
      continue;
    }
    // CLAUSE, X said, CLAUSE: the statement runs round its cue.
    const resume = skipAdverbials(v, cue.addressee && cue.addressee.from === i + 1 ? cue.addressee.to : i + 1);
    if (cue.subject && !cue.borrowsSubject && isComma(tok(v, cue.subject.from - 1)) && isComma(tok(v, resume))
      && cue.subject.from - 1 > start && !opensWithCue(v, start, cue.subject.from - 1)) {
      const to = contentEnd(v, resume + 1);
      if (to > resume + 2) out.push({ cue, content: { from: start, to } });
    }
  }
  return out;
}
