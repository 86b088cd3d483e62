/**
 * Indirect speech inside one statement unit: what someone said without quoting them.
 *   X said (that) CLAUSE · X told reporters (on Friday) that CLAUSE · CLAUSE, X said ·
 *   CLAUSE, said X · X said, adding that CLAUSE · According to X, CLAUSE · CLAUSE, according to X ·
 *   In his view, CLAUSE · X was hopeful that CLAUSE · X was quoted as saying CLAUSE
 * The content runs to the end of the unit, or to the next attached cue (", adding that").
 */
import type { Token } from '../doc.js';
import { cueAt, cueLemma, isParticiple, type Cue } from './cue.js';
import {
  ASKING_VERBS, ATTITUDE_ADJECTIVES, NP_OBJECT_VERBS, SPEECH_NOUNS, TIME_WORDS, TO_VERBS, TOPIC_VERBS,
} from './lexicon.js';
import {
  isComma, isTimePhrase, lowerText, phraseEndingAt, phraseStartingAt, subjectBefore, tok, type TokenRange, type View,
} from './phrases.js';

export interface Statement {
  cue: Cue;
  /** Content tokens [from, to). */
  content: TokenRange;
}

/** Lemmas that take a bare clause ("said he would", "thinks the deal is bad"). */
const BARE_CLAUSE = new Set([
  'say', 'tell', 'think', 'believe', 'know', 'hope', 'expect', 'feel', 'argue', 'claim', 'insist',
  'warn', 'suggest', 'estimate', 'fear', 'predict', 'promise', 'write', 'announce', 'acknowledge',
  'admit', 'assert', 'maintain', 'contend', 'worry', 'reckon', 'confirm', 'add', 'note', 'stress',
  'emphasize', 'emphasise', 'tweet', 'explain', 'declare', 'find', 'show', 'report', 'recall',
  'conclude', 'assume', 'suspect', 'guarantee', 'assure', 'vow', 'pledge', 'doubt',
]);

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const PP_HEADS = new Set(['in', 'at', 'on', 'during', 'to', 'with', 'after', 'before', 'from', 'for', 'over', 'via', 'through']);

function isVerbLike(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Does a clause begin at token j (a subject followed by its verb)? */
function clauseStartsAt(v: View, j: number): boolean {
  const t = tok(v, j);
  if (!t) return false;
  if (t.pos === 'PRON' && CLAUSE_SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return isVerbLike(tok(v, j + 1)) || tok(v, j + 1)?.pos === 'ADV';
  const np = phraseStartingAt(v, j, 8);
  if (!np) return false;
  let k = np.to;
  if (tok(v, k)?.pos === 'ADV') k++;
  return isVerbLike(tok(v, k));
}

const SUBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * After a verb of saying, a clause whose subject runs long: "said praise from Putin would not
 * affect", "said the nonstop demands that come with it erase", "say her plans to raise taxes and
 * give breaks would make …": a subject-like start and a finite verb within the next words, before
 * any sentence punctuation. Not a verb phrase joined to the cue ("noted the rule and said …").
 */
function longClauseStartsAt(v: View, j: number): boolean {
  const t = tok(v, j);
  if (!t || !SUBJECT_START.has(t.pos)) return false;
  let sawNonFinite = false;
  for (let k = j + 1; k < v.hi && k <= j + 20; k++) {
    const x = tok(v, k);
    if (!x) return false;
    if (x.text === '.' || x.text === ';' || x.text === ':' || x.text === '?') return false;
    if (isVerbLike(x)) {
      const prev = tok(v, k - 1);
      const before = lowerText(prev);
      // An infinitive or a participle inside the subject ("the decision not to use its veto
      // was …", "the money raised by the group went …"): a finite verb may still come.
      if (/ing$/u.test(x.text) || before === 'to' || (/ed$/u.test(x.text) && prev?.pos === 'NOUN' && tok(v, k + 1)?.pos === 'ADP')) {
        sawNonFinite = true;
        continue;
      }
      // "noted the rule and said …": the cue's own second verb, not a clause.
      if (prev?.pos === 'CCONJ') return false;
      return true;
    }
    if (sawNonFinite && isComma(x)) return false;
  }
  return false;
}

/** Verbs of saying whose bare object is nearly always a clause. */
const SAYING = new Set(['say', 'tell', 'add', 'argue', 'claim', 'insist', 'warn', 'note', 'write', 'predict', 'estimate', 'suggest', 'acknowledge', 'admit', 'assert', 'contend', 'maintain', 'stress', 'explain', 'declare', 'announce', 'report', 'tweet', 'complain', 'recall', 'confirm']);

/** Verbs of belief and evidence that take a long bare clause too ("believes his efforts to … will"). */
const OPINING = new Set(['think', 'believe', 'show', 'fear', 'hope']);

/** Does a clause the cue verb (lemma) takes without "that" begin at token `j`? */
function opensBareClause(v: View, j: number, lemma: string): boolean {
  return BARE_CLAUSE.has(lemma) && (clauseStartsAt(v, j) || ((SAYING.has(lemma) || OPINING.has(lemma)) && longClauseStartsAt(v, j)));
}

/** A word that says when or how, not who: "said Monday", "said publicly", "said again". */
function looksAdverbial(t: Token | undefined): boolean {
  if (!t) return true;
  const w = t.text.toLowerCase();
  return TIME_WORDS.has(w) || /day$/u.test(w) || t.pos === 'ADP' || (t.pos === 'ADV' && /ly$/u.test(w)) || t.pos === 'PUNCT';
}

/** Skip what may stand between a cue verb and its content: times, places, "in a statement". */
function skipAdverbials(v: View, j: number): number {
  for (let steps = 0; steps < 6; steps++) {
    const t = tok(v, j);
    if (!t) return j;
    const w = t.text.toLowerCase();
    if (isComma(t) && tok(v, j + 1) && lowerText(tok(v, j + 1)) !== 'adding') {
      // "said, however, that": a comma only when an adverbial follows it.
      const nx = tok(v, j + 1);
      if (nx && (nx.pos === 'ADV' || TIME_WORDS.has(nx.text.toLowerCase()))) {
        j++;
        continue;
      }
      // "in Toledo, Ohio, that": a place's region between commas.
      if (nx?.pos === 'PROPN' && isComma(tok(v, j + 2)) && lowerText(tok(v, j + 3)) === 'that') {
        j += 3;
        continue;
      }
      return j;
    }
    if (PP_HEADS.has(w) && t.pos === 'ADP') {
      const np = phraseStartingAt(v, j + 1, 8);
      if (!np) return j;
      j = np.to;
      continue;
    }
    if (TIME_WORDS.has(w) || t.pos === 'ADV' || (t.pos === 'PROPN' && /day$/u.test(w)) || t.pos === 'NUM') {
      j++;
      continue;
    }
    return j;
  }
  return j;
}

/** Words after a comma that begin the reporter's own clause, not more of what was said. */
const NARRATOR_LINKS = new Set(['but', 'although', 'though', 'whereas', 'yet']);
/** Participles that say why or how the speaker said it: "…, citing the deficit". */
const HANGING_PARTICIPLES = new Set(['citing', 'referring', 'blaming', 'calling', 'accusing', 'pointing', 'describing', 'criticizing', 'praising', 'defending', 'dismissing', 'rejecting']);

/**
 * After a comma inside reported content, does token `j` begin something the speaker did not say:
 * a participle clause hanging on the cue ("said …, citing …", "said …, adding that …") or a
 * contrast the reporter adds ("said …, but he refused …", "…, although it may take days")?
 */
function closesContent(v: View, j: number): boolean {
  const t = tok(v, j);
  if (!t) return false;
  const w = t.text.toLowerCase();
  if (NARRATOR_LINKS.has(w)) return true;
  // "…, aside from saying …"; "…, and when pressed on it, she replied …".
  if ((w === 'aside' || w === 'except') && lowerText(tok(v, j + 1)) === 'from') return true;
  if (w === 'and' && /^(?:when|while|after|before|if)$/u.test(lowerText(tok(v, j + 1)))) return true;
  if (w === 'while' || w === 'even') return lowerText(tok(v, j + 1)) !== 'not' && (w === 'while' || lowerText(tok(v, j + 1)) === 'as');
  return isParticiple(t) && (!!cueLemma(t, false) || HANGING_PARTICIPLES.has(w));
}

/**
 * Does the stretch before a later cue open with a cue of its own ("She said X, and when pressed,
 * the mother replied, …")? Then it is that cue's statement, not the later one's.
 */
function opensWithCue(v: View, start: number, cut: number): boolean {
  for (let k = start + 1; k < cut && k < start + 8; k++) {
    const t = tok(v, k);
    const lemma = t && t.pos === 'VERB' && !isParticiple(t) ? cueLemma(t, false) : undefined;
    if (lemma && SAYING.has(lemma)) {
      const subj = subjectBefore(v, k);
      return !!subj && subj.from <= start + 1;
    }
  }
  return false;
}

/** "…, and Democrats accused the GOP …": a new subject with a cue verb of its own starts at `j`. */
function anotherStatement(v: View, j: number): boolean {
  // "stressed her support of the raid … and said she …": the cue's own next verb.
  const first = tok(v, j);
  if (first && first.pos === 'VERB' && cueLemma(first, false)) return true;
  const np = phraseStartingAt(v, j, 8);
  if (!np) return false;
  let k = np.to;
  if (tok(v, k)?.pos === 'ADV' || tok(v, k)?.pos === 'AUX') k++;
  const verb = tok(v, k);
  if (!verb || verb.pos !== 'VERB') return false;
  // "the fees charged by the port": a participle on the noun, not a new statement.
  if (/ed$/u.test(verb.text) && tok(v, k + 1)?.pos === 'ADP') return false;
  const w = verb.text.toLowerCase();
  return !!cueLemma(verb, false) || NP_OBJECT_VERBS.has(w);
}

/** Where the content that starts at `from` ends: the unit's end, or an attached participle cue. */
function contentEnd(v: View, from: number, fronted = false): number {
  let e = v.hi;
  for (let j = from + 1; j < v.hi; j++) {
    const t = tok(v, j);
    if (!t) continue;
    if (t.text === ';') {
      e = j;
      break;
    }
    const nx = tok(v, j + 1);
    // Before its cue, everything is the speaker's: "X could, but only if Y, Z said".
    if (!fronted && isComma(t) && nx && closesContent(v, j + 1)) {
      e = j;
      break;
    }
    if (t.pos === 'CCONJ' && anotherStatement(v, j + 1)) {
      e = j;
      break;
    }
  }
  // No closing full stop in the content.
  while (e > from) {
    const t = v.tokens[e - 1];
    if (t && (t.text === '.' || isComma(t) || t.text === ';' || t.text === ':') && (v.inQuote[e - 1] ?? -1) < 0) e--;
    else break;
  }
  return e;
}

/** The end of the clause that starts at `from`: the next comma, semicolon or stop outside quotes. */
function clauseEnd(v: View, from: number): number {
  let e = from;
  while (e < v.hi) {
    const t = v.tokens[e];
    if (!t) break;
    if ((v.inQuote[e] ?? -1) < 0 && /^(?:[.,;:!?()—–]|--)$/u.test(t.text)) break;
    e++;
  }
  return e;
}

/** What a topic verb's preposition may be: "spoke about", "warned against", "called for". */
const TOPIC_PREPS = new Set(['about', 'of', 'on', 'against', 'for']);

/** Prepositions that modify a noun ("his attacks on Machado", "hackers from China"). */
const NOMINAL_PREPS = new Set(['of', 'from', 'with', 'about', 'against', 'between', 'among', 'to', 'toward', 'towards', 'regarding', 'concerning', 'involving', 'over', 'on', 'for']);
/** Words after an object that say when, how or why the verb happened: not part of the object. */
const ADVERBIAL_LINKS = new Set(['since', 'at', 'after', 'before', 'while', 'when', 'because']);

/**
 * Where a noun-phrase object ends: at the end of its clause ("attacked the media's coverage of the
 * debate, …", "remarks Trump had made about her"), but before what says when, where or how the
 * verb happened ("attacked Machado in early-morning tweets", "cited it as an example").
 */
function objectEnd(v: View, obj: TokenRange): number {
  let to = obj.to;
  for (let steps = 0; steps < 8; steps++) {
    const t = tok(v, to);
    if (!t) break;
    const w = t.text.toLowerCase();
    if (ADVERBIAL_LINKS.has(w) && (t.pos === 'ADP' || t.pos === 'SCONJ')) return to;
    if ((NOMINAL_PREPS.has(w) && t.pos === 'ADP') || (w === 'and' && t.pos === 'CCONJ')) {
      const np = phraseStartingAt(v, to + 1, 12);
      if (np && isTimePhrase(v, np)) return to;
      if (!np) break;
      to = np.to;
      continue;
    }
    break;
  }
  return clauseEnd(v, obj.from);
}

/** Only trailing punctuation and times after token `j`: the cue ends the unit. */
function endsUnit(v: View, j: number): boolean {
  for (let k = j; k < v.hi; k++) {
    const t = tok(v, k);
    if (!t) return false;
    if (t.text === '(') {
      // "said Mr. Burman (a view echoed by everyone)": an aside in parentheses.
      let close = k + 1;
      while (close < v.hi && close < k + 25 && tok(v, close)?.text !== ')') close++;
      if (tok(v, close)?.text !== ')') return false;
      k = close;
      continue;
    }
    if (t.pos === 'PUNCT') {
      if (isComma(t)) return tailAfterComma(v, k + 1);
      continue;
    }
    // "said in a statement", "said one source in the room": a place or a medium, not more content.
    if (t.pos === 'ADP') {
      const np = phraseStartingAt(v, k + 1, 10);
      if (np) {
        k = np.to - 1;
        continue;
      }
    }
    if (TIME_WORDS.has(t.text.toLowerCase()) || (t.pos === 'PROPN' && /day$/iu.test(t.text))) continue;
    return false;
  }
  return true;
}

/** Words after a cue's comma that hang on the cue, not on the content: "…, X said, as they …". */
const TAIL_LINKS = new Set(['as', 'while', 'when', 'after', 'before', 'who', 'according', 'though', 'although', 'but']);

/**
 * After "…, X said," (token `j` follows the comma): is the rest the reporter's, so the content is
 * what came before? A participle ("adding that …", "citing …"), a linking word ("as they …",
 * "who …"), or an apposition to the speaker ("said Brian Baker, a longtime adviser …": a noun
 * phrase with no finite verb of its own).
 */
function tailAfterComma(v: View, j: number): boolean {
  const t = tok(v, j);
  if (!t) return false;
  const w = t.text.toLowerCase();
  if (TAIL_LINKS.has(w) || (isParticiple(t) && (HANGING_PARTICIPLES.has(w) || !!cueLemma(t, false)))) return true;
  if (!SUBJECT_START.has(t.pos) || t.pos === 'PRON' || t.pos === 'ADV') return false;
  for (let k = j + 1; k < v.hi; k++) {
    const x = tok(v, k);
    if (!x) return false;
    // "an adviser to the family who oversees …": a relative clause on the apposition.
    if (isComma(x) || x.text === '.' || /^(?:who|which|whose)$/iu.test(x.text)) return true;
    if (isVerbLike(x) && !/(?:ing|ed)$/u.test(x.text)) return false;
  }
  return true;
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
  return !!t && !!prev && t.pos === 'NOUN' && /s$/u.test(t.text) && (prev.pos === 'PROPN' || prev.pos === 'PRON')
    && lowerText(tok(v, i + 1)) === 'to' && tok(v, i + 2)?.pos === 'VERB';
}

const WH_WORDS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who']);

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
  if (lemma === 'call' && w === 'for') return phraseStartingAt(v, j + 1) ? j + 1 : undefined;
  const objAt = lemma === 'call' && w === 'on' ? j + 1 : j;
  if (ASKING_VERBS.has(lemma)) {
    const obj = phraseStartingAt(v, objAt, 8);
    if (obj && verbAfter(obj.to)) return objAt;
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
  return phraseEndingAt(v, k, 6);
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

export function statementsIn(v: View): Statement[] {
  const out: Statement[] = [];
  const start = firstWord(v);
  for (let i = v.lo; i < v.hi; i++) {
    const t = tok(v, i);
    if (!t) continue;
    const w = t.text.toLowerCase();
    // According to X, CLAUSE / CLAUSE, according to X.
    if (w === 'according' && lowerText(tok(v, i + 1)) === 'to') {
      const np = phraseStartingAt(v, i + 2) ?? sourceUpToComma(v, i + 2);
      if (!np) continue;
      const cue: Cue = { verb: i, lemma: 'according to', subject: np, start: t.start, end: (v.tokens[np.to - 1] as Token).end };
      if (i <= start + 1 && isComma(tok(v, np.to))) {
        const from = np.to + 1;
        const to = contentEnd(v, from);
        if (to > from) out.push({ cue, content: { from, to } });
      } else if (isComma(tok(v, i - 1))) {
        // "CLAUSE, according to a poll released last week": whatever follows the source is its own.
        const to = contentEnd(v, start) <= i - 1 ? contentEnd(v, start) : i - 1;
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
      }
      continue;
    }
    // X was hopeful that CLAUSE.
    if (ATTITUDE_ADJECTIVES.has(w) && lowerText(tok(v, i + 1)) === 'that') {
      const be = tok(v, i - 1);
      const subj = be && be.pos === 'AUX' ? phraseEndingAt(v, i - 1) : undefined;
      if (subj) {
        const cue: Cue = { verb: i, lemma: w, subject: subj, start: (v.tokens[subj.from] as Token).start, end: t.end };
        const to = contentEnd(v, i + 1);
        if (to > i + 2) out.push({ cue, content: { from: i + 1, to } });
      }
      continue;
    }
    // Trump's claim that CLAUSE / his warning that CLAUSE.
    if (SPEECH_NOUNS.has(w) && t.pos === 'NOUN' && lowerText(tok(v, i + 1)) === 'that' && tok(v, i + 1)?.pos === 'SCONJ') {
      const owner = possessor(v, i);
      const to = contentEnd(v, i + 1);
      if (owner && to > i + 2) {
        out.push({ cue: { verb: i, lemma: w, subject: owner, start: (v.tokens[owner.from] as Token).start, end: t.end }, content: { from: i + 1, to } });
      }
      continue;
    }
    const speechLemma = cueLemma(t, true, tok(v, i - 1));
    const objectLemma = t.pos === 'VERB' && !isParticiple(t) ? NP_OBJECT_VERBS.get(w) : undefined;
    const topicLemma = t.pos === 'VERB' && TOPIC_PREPS.has(lowerText(tok(v, i + 1))) ? TOPIC_VERBS.get(w) : undefined;
    const lemma = speechLemma ?? (t.pos === 'VERB' || taggedAsNoun(v, i) ? TO_VERBS.get(w) : undefined) ?? objectLemma ?? topicLemma;
    if (!lemma) continue;
    // "Having said that, …" is no cue.
    if (lowerText(tok(v, i - 1)) === 'having') continue;
    const cue = cueAt(v, i, lemma);
    if (!cue.subject && !cue.borrowsSubject) continue;
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
      const obj = phraseStartingAt(v, i + 1, 8);
      const next = obj ? tok(v, obj.to) : undefined;
      if (obj && next && !isTimePhrase(v, obj) && (next.pos === 'DET' || next.pos === 'ADJ' || (next.pos === 'NOUN' && tok(v, obj.to - 1)?.pos === 'PRON'))) {
        const to = clauseEnd(v, i + 1);
        if (to > obj.to) {
          out.push({ cue, content: { from: i + 1, to } });
          continue;
        }
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
    // "spoke about the raid", "warned against complacency", "railed against the media".
    if (topicLemma) {
      // "talked about bringing communities together": a gerund's clause is the topic too.
      const gerund = tok(v, i + 2);
      const obj = gerund && isParticiple(gerund) && gerund.pos === 'VERB' ? { from: i + 2, to: i + 3 } : phraseStartingAt(v, i + 2, 12);
      if (obj && !isTimePhrase(v, obj)) {
        out.push({ cue, content: { from: i + 2, to: objectEnd(v, obj) } });
        continue;
      }
    }
    if (objectLemma && !cue.borrowsSubject && cue.subject && !cue.inverted) {
      // "Trump attacked the media's coverage of the debate": the object is what is attributed.
      const found = phraseStartingAt(v, i + 1, 12);
      // "announced Monday morning" says when, not what.
      const obj = found && !isTimePhrase(v, found) ? found : undefined;
      const to = obj ? objectEnd(v, obj) : i + 1;
      if (obj && to > i + 1 && !(speechLemma && lowerText(tok(v, i + 1)) === 'that')) {
        out.push({ cue, content: { from: i + 1, to } });
        continue;
      }
    }
    if (!speechLemma) continue;
    // "As experts have pointed out, CLAUSE" / "CLAUSE, as one adviser pointed out, CLAUSE".
    if (cue.subject && !cue.inverted && lowerText(tok(v, cue.subject.from - 1)) === 'as') {
      const as = cue.subject.from - 1;
      let after = /^(?:out|up)$/u.test(lowerText(tok(v, i + 1))) ? i + 2 : i + 1;
      if (!isComma(tok(v, after))) after = skipAdverbials(v, after);
      const from = as <= start ? after + 1 : start;
      const to = contentEnd(v, after + 1);
      if (isComma(tok(v, after)) && (as <= start || (isComma(tok(v, as - 1)) && as - 1 > start)) && to > after + 2) {
        out.push({ cue, content: { from, to } });
        continue;
      }
    }
    // CLAUSE, said X.
    if (cue.inverted && cue.subject) {
      const cut = commaCut(v, i - 1);
      if (cut !== undefined && endsUnit(v, cue.subject.to) && cut > start && !opensWithCue(v, start, cut)) {
        out.push({ cue, content: { from: start, to: Math.min(cut, contentEnd(v, start, true)) } });
      }
      continue;
    }
    let j = i + 1;
    // "pointed out that", "went on to say that": the particle belongs to the verb.
    if (/^(?:out|up)$/u.test(lowerText(tok(v, j)))) j++;
    if (cue.addressee && cue.addressee.from === i + 1) j = cue.addressee.to;
    const j0 = j;
    j = skipAdverbials(v, j);
    // "has said about 20 people have …": what looked like an adverbial opens the clause.
    if (j > j0 && opensBareClause(v, j0, lemma) && !looksAdverbial(tok(v, j0))) j = j0;
    const nx = tok(v, j);
    // After a speech verb "that" opens the content, whatever the tagger calls it before a quote.
    if (nx && lowerText(nx) === 'that' && (nx.pos === 'SCONJ' || (v.inQuote[j + 1] ?? -1) >= 0)) {
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
