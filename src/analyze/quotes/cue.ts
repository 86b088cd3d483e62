/**
 * Cues: the reporting verb with its speaker ("Putin said", "said Caddell", "he added"), the
 * addressee it names ("told reporters", "addressing Kim Yong-nam", "in a message to Putin"), and
 * the framing phrases that are cues without a verb ("According to Putin", "In his view").
 */
import type { Token } from '../doc.js';
import {
  ADDRESSEE_OBJECT_VERBS, COGNITION_VERBS, SPEECH_VERBS, TIME_WORDS,
} from './lexicon.js';
import {
  isComma, lowerText, phraseEndingAt, phraseStartingAt, subjectBefore, tok, type TokenRange, type View,
} from './phrases.js';

export interface Cue {
  /** Token index of the cue word (the verb; "according"; "view"; the headline colon). */
  verb: number;
  lemma: string;
  /** The speaker phrase as printed; missing when the cue borrows the clause's subject. */
  subject?: TokenRange;
  /** True when the subject stands after the verb ('said Caddell'). */
  inverted?: boolean;
  /** A participle cue ("adding that", "noting that") or a coordinated one ("and said"). */
  borrowsSubject?: boolean;
  /** A noun held by its owner ("his attacks on …"): the owner is no speaker to keep in focus. */
  nominal?: boolean;
  addressee?: TokenRange;
  /** Character span of the cue phrase. */
  start: number;
  end: number;
}

/** Verbs whose -ing form after a comma attaches a new statement to the clause's speaker. */
export function isParticiple(t: Token): boolean {
  return /ing$/u.test(t.text);
}

/** Is token `i` a reporting verb (speech always; thought only when `withCognition`)? */
export function cueLemma(t: Token | undefined, withCognition: boolean, prev?: Token): string | undefined {
  if (!t) return undefined;
  const w = t.text.toLowerCase();
  const speech = SPEECH_VERBS.get(w);
  if (speech) {
    // "the report", "a note", "his claim": the tagger knows these are nouns.
    if (t.pos === 'VERB' || w === 'said' || w === 'says' || w === 'told' || (t.pos === 'AUX' && w !== 'was')) return speech;
    // "The New York Post reports that": the tagger may call a verb after a name a noun.
    // ("the Clean Air Act rules that …" are rules.)
    if (prev && (prev.pos === 'PROPN' || prev.pos === 'PRON' || /^\p{Lu}\p{Ll}/u.test(prev.text)) && /s$/u.test(w) && !/^\p{Lu}/u.test(t.text) && speech !== 'rule') return speech;
    return undefined;
  }
  if (withCognition) {
    const cog = COGNITION_VERBS.get(w);
    if (cog && t.pos === 'VERB') return cog;
  }
  return undefined;
}

/** The cue whose verb is token `i`, with its speaker phrase and addressee. */
export function cueAt(v: View, i: number, lemma: string): Cue {
  const t = v.tokens[i] as Token;
  const cue: Cue = { verb: i, lemma, start: t.start, end: t.end };
  const prev = tok(v, i - 1);
  const prevWord = lowerText(prev);
  // An -ing form is a participle attached to the clause ("unleashed tweets saying that …") unless
  // an auxiliary makes it the verb ("is saying").
  let aux = i - 1;
  while (aux > i - 3 && tok(v, aux)?.pos === 'ADV') aux--;
  const participle = isParticiple(t) && tok(v, aux)?.pos !== 'AUX';
  if (participle || (isParticiple(t) && (isComma(prev) || prevWord === 'and' || prevWord === 'as' || prevWord === 'while' || prevWord === 'before' || prevWord === 'after'))) {
    cue.borrowsSubject = true;
  } else if (prevWord === 'and' || prevWord === 'but' || prevWord === 'or' || coordinatedAfterAux(v, i)) {
    cue.borrowsSubject = true;
  } else {
    const found = subjectBefore(v, i) ?? (prev && APPOSITION_MARKS.has(prev.text) ? subjectBeforeApposition(v, i - 1) : undefined);
    // Two speakers say things together; "tariffs, quotas and the treaty is well known" is a list.
    const subj = SPEECH_LEMMAS.has(lemma) ? coordinated(v, found) : found;
    if (subj) {
      cue.subject = subj;
      cue.start = (v.tokens[subj.from] as Token).start;
    } else if (prev === undefined || isComma(prev) || prev.pos === 'PUNCT') {
      // '…," said Caddell' / '…, said the senator.'
      const after = phraseStartingAt(v, i + 1);
      if (after && invertedSubjectOk(v, after) && !startsClause(v, after.to)) {
        cue.subject = after;
        cue.inverted = true;
        cue.end = (v.tokens[after.to - 1] as Token).end;
      }
    }
  }
  // "pointed out", "summed up": the particle is part of the cue.
  const particle = tok(v, i + 1);
  if (!cue.inverted && particle && /^(?:out|up)$/u.test(particle.text)) cue.end = particle.end;
  const addressee = addresseeNear(v, i, cue) ?? framingAddressee(v, cue.subject && !cue.inverted ? cue.subject.from : i);
  if (addressee) cue.addressee = addressee;
  return cue;
}

const SPEECH_LEMMAS: ReadonlySet<string> = new Set(SPEECH_VERBS.values());

/**
 * "the group and the Revolutionary Guards have said": two subjects joined by "and" speak together
 * (a conjunct after a comma or at the unit's start, not "… in Tehran and the Guards said").
 */
function coordinated(v: View, subj: TokenRange | undefined): TokenRange | undefined {
  if (!subj || lowerText(tok(v, subj.from - 1)) !== 'and' || v.tokens[subj.from]?.pos === 'PRON') return subj;
  const first = phraseEndingAt(v, subj.from - 1, 8);
  if (!first || v.tokens[first.from]?.pos === 'PRON') return subj;
  const before = tok(v, first.from - 1);
  return first.from === v.lo || !before || isComma(before) ? { from: first.from, to: subj.to } : subj;
}

/** "… but has said", "… and has repeatedly said": a verb joined to the clause before it. */
function coordinatedAfterAux(v: View, i: number): boolean {
  let k = i - 1;
  while (k > v.lo && k > i - 3 && (tok(v, k)?.pos === 'AUX' || tok(v, k)?.pos === 'ADV')) k--;
  return k < i - 1 && /^(?:and|but|or)$/u.test(lowerText(tok(v, k)));
}

/**
 * "Scott Pruitt, the attorney general of Oklahoma, said": the name before an apposition set off by
 * commas; `comma` is the comma right before the verb.
 */
function subjectBeforeApposition(v: View, comma: number): TokenRange | undefined {
  const mark = v.tokens[comma]?.text ?? ',';
  let nested = false;
  for (let k = comma - 1; k > comma - 30 && k > v.lo; k--) {
    const t = tok(v, k);
    if (!t) return undefined;
    if (t.text === mark || (mark !== ',' && APPOSITION_MARKS.has(t.text) && t.text !== ',')) {
      // The inserted phrase: an apposition, a participle or relative clause ("dedicating …",
      // "who served as …"), or a place in the text ("in his ruling"); not a clause of its own.
      const nx = v.tokens[k + 1];
      const inserted = phraseStartingAt(v, k + 1, 25)
        ?? (nx && (/(?:ing|ed)$/u.test(nx.text) || /^(?:who|whose|which)$/iu.test(nx.text) || INSERT_START.has(nx.pos)) ? { from: k + 1, to: k + 2 } : undefined);
      const name = phraseEndingAt(v, k);
      if (!inserted) return undefined;
      const first = name ? v.tokens[name.from] : undefined;
      // "A lawyer for the outlets, David Schulz, said", "Norway's trade minister, Ingrid Solberg,
      // said": the inserted name is the speaker, the phrase before it only describes them.
      const own = phraseStartingAt(v, k + 1, 8);
      const named = !!own && own.to === comma && v.tokens[own.from]?.pos === 'PROPN' && v.tokens[own.to - 1]?.pos === 'PROPN';
      const described = !!name && v.tokens[name.to - 1]?.pos === 'NOUN';
      if (named && (described || !name)) return own;
      // "Modi, addressing a rally in Churu, Rajasthan, said": a place a preposition governs is
      // inside the inserted phrase, not its subject; the subject stands before its start.
      if (name && /^(?:in|at|near|outside|inside)$/u.test(lowerText(tok(v, name.from - 1))) && inParticiplePhrase(v, name.from - 1)) {
        k = name.from;
        continue;
      }
      if (name && first && (first.pos === 'PROPN' || /^\p{Lu}/u.test(first.text)) && first.pos !== 'PRON') return name;
      // "Economy Minister Robert Habeck of the Greens, Scholz's partner, said": the name the
      // party or place hangs on.
      if (name && /^(?:of|from)$/u.test(lowerText(tok(v, name.from - 1)))) {
        const holder = phraseEndingAt(v, name.from - 1);
        const h = holder ? v.tokens[holder.from] : undefined;
        if (holder && h && h.pos === 'PROPN' && v.tokens[holder.to - 1]?.pos === 'PROPN') return { from: holder.from, to: name.to };
      }
      if (named) return own;
      // "Brunner, a developer, which is made up of investors, said": one apposition further back.
      if (!name || nested) return undefined;
      nested = true;
      k = name.from;
    }
    if (t.text === '.' || t.text === ';' || t.text === ':') return undefined;
  }
  return undefined;
}

/**
 * Does token `k` stand inside a participle phrase set off by a comma ("…, addressing a rally in
 * …"), not in a subject ("Officials at the agency", "His partner at Lenox")?
 */
function inParticiplePhrase(v: View, k: number): boolean {
  for (let j = k - 1; j > v.lo && j > k - 10; j--) {
    const t = tok(v, j);
    if (!t || isComma(t)) return false;
    if (t.pos === 'VERB' && isParticiple(t) && isComma(tok(v, j - 1))) return true;
  }
  return false;
}

/** How an apposition may begin when it is no plain noun phrase: "senior associate for …". */
const INSERT_START = new Set(['ADP', 'ADJ', 'NOUN', 'DET', 'NUM']);

/** Marks that set off an apposition: "Smith, the chair, said" / "Smith - the chair - said". */
const APPOSITION_MARKS = new Set([',', '-', '—', '–', '--']);

/** Does a clause go on after token `k` ("said the rules were …"): then no inverted subject. */
function startsClause(v: View, k: number): boolean {
  const t = tok(v, k);
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'it', 'you']);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/u;

/** An inverted subject ('said Caddell') is a name or a description, not a time or an object. */
function invertedSubjectOk(v: View, r: TokenRange): boolean {
  const first = v.tokens[r.from];
  if (!first) return false;
  const w = first.text.toLowerCase();
  if (OBJECT_PRONOUNS.has(w) || TIME_WORDS.has(w) || MONTHS.test(w)) return false;
  // "said one GOP source", "said two officials"; not "said 20 percent".
  if (first.pos === 'NUM' && (r.to - r.from < 2 || !/^(?:one|two|three|four|five|several)$/u.test(w))) return false;
  for (let k = r.from; k < r.to; k++) if (/day$|^(?:week|month|year)s?$/u.test((v.tokens[k]?.text ?? '').toLowerCase())) return false;
  return true;
}

const MESSAGE_NOUNS = new Set(['message', 'letter', 'telegram', 'note', 'appeal', 'address', 'remarks', 'speech', 'call', 'statement']);

/**
 * The addressee of the cue at `i`: the object of "told"/"assured"; or, in the rest of the cue's
 * clause, "addressing X", "telling X", "said to X", "in a message to X".
 */
function addresseeNear(v: View, i: number, cue: Cue): TokenRange | undefined {
  let from = cue.inverted && cue.subject ? cue.subject.to : i + 1;
  if (ADDRESSEE_OBJECT_VERBS.has(cue.lemma)) {
    const obj = phraseStartingAt(v, from);
    // "warned the talks could fail": a finite verb after the phrase makes it the clause's subject.
    const nx = obj ? tok(v, obj.to) : undefined;
    const subject = !!nx && (nx.pos === 'AUX' || (nx.pos === 'VERB' && !/(?:ing|ed|en)$/u.test(nx.text)));
    if (obj && !subject) return obj;
  }
  const limit = Math.min(v.hi, from + 12);
  for (; from < limit; from++) {
    const t = tok(v, from);
    if (!t) return undefined;
    const w = t.text.toLowerCase();
    if (w === 'addressing' || w === 'telling' || w === 'assuring' || w === 'urging' || w === 'reminding') {
      return phraseStartingAt(v, from + 1);
    }
    if (w === 'to') {
      const before = lowerText(tok(v, from - 1));
      if (from - 1 === i || MESSAGE_NOUNS.has(before)) return phraseStartingAt(v, from + 1);
    }
    // The clause ended: a that-clause or another sentence part begins.
    if (w === 'that' || t.text === '.' || t.text === ';') return undefined;
  }
  return undefined;
}

/** "In a message to X, …" before the subject: the addressee of a cue further on. */
export function framingAddressee(v: View, upTo: number): TokenRange | undefined {
  for (let k = v.lo; k + 1 < upTo && k < v.lo + 8; k++) {
    const t = tok(v, k);
    const nx = tok(v, k + 1);
    if (t && nx && nx.text.toLowerCase() === 'to' && MESSAGE_NOUNS.has(t.text.toLowerCase())) {
      return phraseStartingAt(v, k + 2);
    }
  }
  return undefined;
}

/**
 * The subject of the clause a borrowing cue ("adding that", "and said") hangs on: the subject of
 * the nearest finite verb to its left.
 */
export function clauseSubject(v: View, i: number): TokenRange | undefined {
  for (let k = i - 1; k >= v.lo && k > i - 40; k--) {
    const t = tok(v, k);
    if (!t) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isParticiple(t)) {
      const prev = tok(v, k - 1);
      const subj = coordinated(v, subjectBefore(v, k) ?? (prev?.text === ',' ? subjectBeforeApposition(v, k - 1) : undefined));
      if (subj) return subj;
    }
  }
  return undefined;
}
