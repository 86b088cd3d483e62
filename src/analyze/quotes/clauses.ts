/**
 * Clauses after a cue verb: does a reported clause begin here ("said he would", "say her plans to
 * raise taxes would …"), and what adverbials stand between the verb and it ("said on Friday that").
 */
import type { Token } from '../doc.js';
import { TIME_WORDS } from './lexicon.js';
import { isComma, lowerText, phraseStartingAt, tok, type View } from './phrases.js';

/** Lemmas that take a bare clause ("said he would", "thinks the deal is bad"). */
export const BARE_CLAUSE = new Set([
  'say', 'tell', 'think', 'believe', 'know', 'hope', 'expect', 'feel', 'argue', 'claim', 'insist',
  'warn', 'suggest', 'estimate', 'fear', 'predict', 'promise', 'write', 'announce', 'acknowledge',
  'admit', 'assert', 'maintain', 'contend', 'worry', 'reckon', 'confirm', 'add', 'note', 'stress',
  'emphasize', 'emphasise', 'tweet', 'explain', 'declare', 'find', 'show', 'report', 'recall',
  'conclude', 'assume', 'suspect', 'guarantee', 'assure', 'vow', 'pledge', 'doubt', 'agree', 'rule',
  'decide', 'complain', 'reveal', 'concede', 'boast', 'brag', 'joke', 'reiterate', 'speculate',
  'remark', 'observe', 'allege', 'swear', 'testify', 'realize', 'realise', 'recognize', 'recognise',
  'signal', 'indicate', 'hint', 'discover', 'determine', 'calculate', 'forecast', 'notice', 'sense',
  'presume', 'remember',
]);

const CLAUSE_SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'this', 'that']);
const PP_HEADS = new Set(['in', 'at', 'on', 'during', 'to', 'with', 'after', 'before', 'from', 'for', 'over', 'via', 'through']);

export function isVerbLike(t: Token | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** Does a clause begin at token j (a subject followed by its verb)? */
function clauseStartsAt(v: View, j: number): boolean {
  // "at least 13 people had been killed", "more than 40 were hurt": the count is the subject's.
  if (COUNT_OPENER.test(`${lowerText(tok(v, j))} ${lowerText(tok(v, j + 1))}`) && tok(v, j + 2)?.pos === 'NUM') j += 2;
  const t = tok(v, j);
  if (!t) return false;
  if (t.pos === 'PRON' && CLAUSE_SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return isVerbLike(tok(v, j + 1)) || tok(v, j + 1)?.pos === 'ADV';
  const np = phraseStartingAt(v, j, 8);
  if (!np) return false;
  let k = np.to;
  if (tok(v, k)?.pos === 'ADV') k++;
  return isVerbLike(tok(v, k));
}

const COUNT_OPENER = /^(?:at least|at most|more than|fewer than|less than|up to)$/u;

export const SUBJECT_START = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * After a verb of saying, a clause whose subject runs long: "said praise from Putin would not
 * affect", "said the nonstop demands that come with it erase", "say her plans to raise taxes and
 * give breaks would make …": a subject-like start and a finite verb within the next words, before
 * any sentence punctuation. Not a verb phrase joined to the cue ("noted the rule and said …").
 */
function longClauseStartsAt(v: View, j: number): boolean {
  const t = tok(v, j);
  // "said leave of security personnel had been cancelled": a noun the tagger read as a verb,
  // known by the "of" after it.
  const nounAsVerb = t?.pos === 'VERB' && !/(?:ing|ed)$/u.test(t.text) && lowerText(tok(v, j + 1)) === 'of';
  if (!t || (!SUBJECT_START.has(t.pos) && !nounAsVerb)) return false;
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
export const SAYING = new Set(['say', 'tell', 'add', 'argue', 'claim', 'insist', 'warn', 'note', 'write', 'predict', 'estimate', 'suggest', 'acknowledge', 'admit', 'assert', 'contend', 'maintain', 'stress', 'explain', 'declare', 'announce', 'report', 'tweet', 'complain', 'recall', 'confirm']);

/** Verbs of belief and evidence that take a long bare clause too ("believes his efforts to … will"). */
const OPINING = new Set(['think', 'believe', 'show', 'fear', 'hope']);

/** Does a clause the cue verb (lemma) takes without "that" begin at token `j`? */
export function opensBareClause(v: View, j: number, lemma: string): boolean {
  return BARE_CLAUSE.has(lemma) && (clauseStartsAt(v, j) || ((SAYING.has(lemma) || OPINING.has(lemma)) && longClauseStartsAt(v, j)));
}

/** A word that says when or how, not who: "said Monday", "said publicly", "said again". */
export function looksAdverbial(t: Token | undefined): boolean {
  if (!t) return true;
  const w = t.text.toLowerCase();
  return TIME_WORDS.has(w) || /day$/u.test(w) || t.pos === 'ADP' || (t.pos === 'ADV' && /ly$/u.test(w)) || t.pos === 'PUNCT';
}

/** Skip what may stand between a cue verb and its content: times, places, "in a statement". */
const QUESTION_ADVERBS = new Set(['how', 'why', 'where', 'when', 'whether']);

export function skipAdverbials(v: View, j: number): number {
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
      // "insisted, most recently in an interview with ABC, that": the aside closes before "that".
      if (steps > 0 && lowerText(nx) === 'that' && nx?.pos === 'SCONJ') return j + 1;
      // "cautioned, as did the campaign itself, that": another's agreement set off by commas.
      if (lowerText(nx) === 'as' && tok(v, j + 2)?.pos === 'AUX') {
        let k = j + 3;
        while (k < v.hi && k < j + 12 && !isComma(tok(v, k))) k++;
        if (isComma(tok(v, k)) && lowerText(tok(v, k + 1)) === 'that') return k + 1;
      }
      return j;
    }
    // "said at least 13 people had been killed": a count opening the clause, no place or time.
    if (COUNT_OPENER.test(`${w} ${lowerText(tok(v, j + 1))}`) && tok(v, j + 2)?.pos === 'NUM') return j;
    if (PP_HEADS.has(w) && t.pos === 'ADP') {
      const np = phraseStartingAt(v, j + 1, 8);
      if (!np) return j;
      j = np.to;
      // "in a statement posted on its website", "in an interview published Sunday": the
      // participle on the noun and what follows it are part of the adverbial.
      const part = tok(v, j);
      const after = tok(v, j + 1);
      if (part && after && part.pos === 'VERB' && /ed$/u.test(part.text) && (after.pos === 'ADP' || TIME_WORDS.has(after.text.toLowerCase()) || /day$/u.test(after.text))) j++;
      continue;
    }
    // "told the host how surprised he was": a question word opens the content, no adverb.
    if (TIME_WORDS.has(w) || (t.pos === 'ADV' && !QUESTION_ADVERBS.has(w)) || (t.pos === 'PROPN' && /day$/u.test(w)) || t.pos === 'NUM') {
      j++;
      continue;
    }
    return j;
  }
  return j;
}
