/**
 * Where reported content ends: before the reporter's own words (", but …", ", citing …"), before
 * a new statement ("… and Democrats accused …"), at a noun-phrase object's end, and whether what
 * follows a cue is only its tail ("said Brian Baker, an adviser to the family").
 */
import type { Token } from '../doc.js';
import { cueLemma, isParticiple } from './cue.js';
import { isVerbLike, SAYING, SUBJECT_START } from './clauses.js';
import { FRAMING_VERBS, NP_OBJECT_VERBS, TIME_WORDS, TO_VERBS } from './lexicon.js';
import {
  isComma, isTimePhrase, lowerText, phraseStartingAt, subjectBefore, tok, type TokenRange, type View,
} from './phrases.js';

/** Words after a comma that begin the reporter's own clause, not more of what was said. */
const NARRATOR_LINKS = new Set(['but', 'although', 'though', 'whereas', 'yet']);
/** Participles that say why or how the speaker said it: "…, citing the deficit". */
const HANGING_PARTICIPLES = new Set(['citing', 'referring', 'blaming', 'calling', 'accusing', 'pointing', 'describing', 'criticizing', 'praising', 'defending', 'dismissing', 'rejecting', 'expressing', 'voicing', 'welcoming', 'reiterating']);

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
  // "…, according to a transcript": the reporter's source for the statement, no part of it.
  if (w === 'according' && lowerText(tok(v, j + 1)) === 'to') return true;
  // "…, aside from saying …"; "…, and when pressed on it, she replied …".
  if ((w === 'aside' || w === 'except') && lowerText(tok(v, j + 1)) === 'from') return true;
  if (w === 'and' && /^(?:when|while|after|before|if)$/u.test(lowerText(tok(v, j + 1)))) return true;
  // "…, as police have said": another source's aside.
  if (w === 'as' && anotherStatement(v, j + 1)) return true;
  // "…, hours after the mayor warned …", "…, a day before the vote": the reporter's time.
  const at = w === 'a' || w === 'an' || w === 'just' ? j + 1 : j;
  if (/^(?:hours|days|minutes|weeks|months|moments|shortly|soon|hour|day|week|month|year|years)$/u.test(lowerText(tok(v, at)))
    && /^(?:after|before)$/u.test(lowerText(tok(v, at + 1)))) return true;
  if (w === 'while' || w === 'even') return lowerText(tok(v, j + 1)) !== 'not' && (w === 'while' || lowerText(tok(v, j + 1)) === 'as');
  return isParticiple(t) && (!!cueLemma(t, false) || HANGING_PARTICIPLES.has(w));
}

/**
 * Does the stretch before a later cue open with a cue of its own ("She said X, and when pressed,
 * the mother replied, …")? Then it is that cue's statement, not the later one's.
 */
export function opensWithCue(v: View, start: number, cut: number): boolean {
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
export function anotherStatement(v: View, j: number): boolean {
  // "stressed her support of the raid … and said she …": the cue's own next verb.
  const first = tok(v, j);
  // ("… and favors to foreign governments": a plural noun the tagger took for a verb is no cue.)
  if (first && first.pos === 'VERB' && (cueLemma(first, false) || (isCueVerb(first) && !/s$/u.test(first.text)))) return true;
  const np = phraseStartingAt(v, j, 8);
  if (!np) return false;
  let k = np.to;
  if (tok(v, k)?.pos === 'ADV' || tok(v, k)?.pos === 'AUX') k++;
  const verb = tok(v, k);
  if (!verb || verb.pos !== 'VERB') return false;
  // "the fees charged by the port": a participle on the noun, not a new statement.
  if (/ed$/u.test(verb.text) && tok(v, k + 1)?.pos === 'ADP') return false;
  return !!cueLemma(verb, false) || NP_OBJECT_VERBS.has(verb.text.toLowerCase());
}

/** A verb that reports or frames what someone said or holds. */
function isCueVerb(t: Token): boolean {
  const w = t.text.toLowerCase();
  return !!cueLemma(t, false) || NP_OBJECT_VERBS.has(w) || FRAMING_VERBS.has(w) || TO_VERBS.has(w);
}

/** Where the content that starts at `from` ends: the unit's end, or an attached participle cue. */
export function contentEnd(v: View, from: number, fronted = false): number {
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
    // "Norland, whose delegate complained that …, said it would …": the main clause resumes.
    if (!fronted && isComma(t) && nx && (closesContent(v, j + 1) || (inRelative(v, from) && resumes(v, j + 1)))) {
      e = j;
      break;
    }
    // Before its cue, "… held talks and agreed to …, X said" is all X's: a verb joined to the
    // clause is more of it.
    if (t.pos === 'CCONJ' && anotherStatement(v, j + 1) && !(fronted && nx && nx.pos === 'VERB') && !sharesModal(v, from, j + 1)) {
      e = j;
      break;
    }
    // "… agreed to start preparing a hotline, the prime minister said": a later cue's tail.
    if (!fronted && isComma(t) && nx && trailingCue(v, j + 1)) {
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

const RESUMING = /^(?:said|told|added|stated|announced|insisted|warned|declared)$/u;

/**
 * After the comma closing a relative clause ("Lund, who had warned that …, resigned"): does the
 * main clause's verb resume at `j`? A cue verb, or a finite verb or auxiliary that is no participle
 * on the content's last noun ("the plan, approved by the board, …", "…, citing …").
 */
function resumes(v: View, j: number): boolean {
  const nx = tok(v, j);
  if (!nx) return false;
  if (RESUMING.test(lowerText(nx)) && nx.pos === 'VERB') return true;
  if (nx.pos === 'AUX' ? /^(?:being|been|having)$/u.test(lowerText(nx)) : nx.pos !== 'VERB' || isParticiple(nx)) return false;
  if (/(?:ed|en)$/u.test(nx.text) && lowerText(tok(v, j + 1)) === 'by') return false;
  // The content may hold a phrase set off by commas ("said the plan, approved in May, was …"):
  // then the sentence's own verb comes after a later comma.
  for (let k = j + 1; k + 1 < v.hi; k++) {
    const after = tok(v, k + 1);
    if (isComma(tok(v, k)) && after && (after.pos === 'AUX' || (after.pos === 'VERB' && !isParticiple(after)))) return false;
  }
  return true;
}

/** Does the content starting at `from` stand in a relative clause opened after a comma (", whose delegate complained")? */
function inRelative(v: View, from: number): boolean {
  for (let k = from - 1; k > v.lo && k > from - 8; k--) {
    const t = tok(v, k);
    if (!t || t.text === '.' || t.text === ';') return false;
    if (/^(?:who|whose|which)$/iu.test(t.text)) return isComma(tok(v, k - 1));
  }
  return false;
}

const MODALS = new Set(['should', 'would', 'could', 'will', 'must', 'can', 'may', 'might', 'shall']);
const IRREGULAR_PAST = new Set(['said', 'told', 'made', 'gave', 'took', 'sought', 'spoke', 'wrote', 'met', 'went', 'held', 'sent', 'put', 'set', 'let', 'cut', 'hit', 'read', 'led', 'left', 'brought', 'thought']);

/**
 * "… should respect each other and seek win-win cooperation": a bare verb after "and" that the
 * content's modal governs too, more of the same statement, not the speaker's next act.
 */
function sharesModal(v: View, from: number, j: number): boolean {
  const verb = tok(v, j);
  const w = lowerText(verb);
  if (!verb || verb.pos !== 'VERB' || /(?:ed|s|ing)$/u.test(w) || IRREGULAR_PAST.has(w)) return false;
  for (let k = j - 2; k >= from && k > j - 15; k--) {
    const t = tok(v, k);
    if (!t || isComma(t) || t.text === '.') return false;
    if (MODALS.has(lowerText(t))) return true;
  }
  return false;
}

/** Does a cue that ends the unit start at `j` ("the prime minister said.", "said Hart.")? */
function trailingCue(v: View, j: number): boolean {
  const first = tok(v, j);
  if (!first) return false;
  if (cueLemma(first, false) && !isParticiple(first)) {
    const np = phraseStartingAt(v, j + 1, 8);
    return !!np && endsUnit(v, np.to);
  }
  const np = phraseStartingAt(v, j, 8);
  if (!np) return false;
  let k = np.to;
  while (k < np.to + 2 && (tok(v, k)?.pos === 'AUX' || tok(v, k)?.pos === 'ADV')) k++;
  const verb = tok(v, k);
  return !!verb && verb.pos === 'VERB' && !isParticiple(verb) && SAYING.has(cueLemma(verb, false) ?? '') && endsUnit(v, k + 1);
}

/** The end of the clause that starts at `from`: the next comma, semicolon or stop outside quotes. */
export function clauseEnd(v: View, from: number): number {
  let e = from;
  while (e < v.hi) {
    const t = v.tokens[e];
    if (!t) break;
    if ((v.inQuote[e] ?? -1) < 0 && /^(?:[.,;:!?()—–]|--)$/u.test(t.text)) break;
    if (t.pos === 'CCONJ' && (v.inQuote[e] ?? -1) < 0 && anotherStatement(v, e + 1)) break;
    e++;
  }
  return e;
}


/** Prepositions that modify a noun ("his attacks on Machado", "hackers from China"). */
const NOMINAL_PREPS = new Set(['of', 'from', 'with', 'about', 'against', 'between', 'among', 'to', 'toward', 'towards', 'regarding', 'concerning', 'involving', 'over', 'on', 'for']);
/** Words after an object that say when, how or why the verb happened: not part of the object. */
const ADVERBIAL_LINKS = new Set(['since', 'at', 'after', 'before', 'while', 'when', 'because']);
/** More such words, read only after a verb's direct object ("rejected the plan during talks"). */
const OBJECT_ADVERBIAL_LINKS = new Set(['during', 'amid', 'despite', 'throughout', 'until']);
/**
 * What words come in, or an occasion: after "in"/"on" such a head says where or when the verb
 * happened ("rejected the plan in a ruling", "attacked her in early-morning tweets", "in
 * Thursday's debate"), not more of the object.
 */
const OCCASION_HEADS = /^(?:rulings?|tweets?|posts?|interviews?|speech(?:es)?|statements?|letters?|remarks|debates?|op-eds?|videos?|ads?|hearings?|rall(?:y|ies)|conferences?|meetings?|briefings?|addresses|appearances?|testimony|filings?|messages?|columns?|articles?|essays?|books?|memoirs?|broadcasts?|programs?|shows?)$/u;

/**
 * Where a noun-phrase object ends: at the end of its clause ("attacked the media's coverage of the
 * debate, …", "remarks Trump had made about her"), but before what says when, where or how the
 * verb happened ("attacked Machado in early-morning tweets", "cited it as an example").
 */
export function objectEnd(v: View, obj: TokenRange, nominal = false, direct = false): number {
  let to = obj.to;
  for (let steps = 0; steps < 8; steps++) {
    const t = tok(v, to);
    if (!t) break;
    const w = t.text.toLowerCase();
    if (ADVERBIAL_LINKS.has(w) && (t.pos === 'ADP' || t.pos === 'SCONJ')) return to;
    // (A topic's phrase keeps them: "bragged about his wins in the debates" is all the topic.)
    if (direct && OBJECT_ADVERBIAL_LINKS.has(w) && t.pos === 'ADP') return to;
    if (direct && (w === 'in' || w === 'on') && t.pos === 'ADP') {
      const np = phraseStartingAt(v, to + 1, 8);
      if (np && (isTimePhrase(v, np) || OCCASION_HEADS.test(lowerText(tok(v, np.to - 1))))) return to;
    }
    // "condemned the launch as Pyongyang fired three more": a clause of its own ("described it as
    // a hoax" keeps its "as").
    if (w === 'as' && t.pos === 'SCONJ' && !nominal) return to;
    // ("a tightening race as Trump consolidates …": the tagger's preposition opening a clause.)
    if (w === 'as' && t.pos === 'ADP' && !nominal) {
      const np = phraseStartingAt(v, to + 1, 8);
      const verb = np ? tok(v, np.to) : undefined;
      if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/u.test(verb.text)) return to;
    }
    // A list: "with Mexico, China and NAFTA".
    if (w === ',') {
      const np = phraseStartingAt(v, to + 1, 12);
      const after = np ? lowerText(tok(v, np.to)) : '';
      if (np && (after === ',' || after === 'and')) {
        to = np.to;
        continue;
      }
      break;
    }
    if ((NOMINAL_PREPS.has(w) && t.pos === 'ADP') || (w === 'and' && t.pos === 'CCONJ')) {
      const np = phraseStartingAt(v, to + 1, 12);
      if (np && isTimePhrase(v, np)) return to;
      if (!np) break;
      to = np.to;
      continue;
    }
    break;
  }
  // A noun's object ("his attacks on Machado") stops with its phrase; a verb's runs to its clause's
  // end, but not into a second verb of the subject's ("promoted X and downplayed Y").
  if (nominal) return to;
  const end = clauseEnd(v, to);
  for (let k = to; k + 1 < end; k++) {
    const t = tok(v, k);
    const nx = tok(v, k + 1);
    // (An irregular past too: "agreed with the mayor and left".)
    if (t && nx && t.pos === 'CCONJ' && nx.pos === 'VERB' && (/ed$/u.test(nx.text) || IRREGULAR_PAST.has(lowerText(nx)))) return k;
  }
  return end;
}

/**
 * Where an infinitive after a noun ends ("her decision to run for the seat surprised them"): before
 * the next finite verb, subordinator or punctuation.
 */
export function infinitiveEnd(v: View, from: number): number {
  let e = from + 2;
  for (; e < v.hi && e < from + 25; e++) {
    const t = tok(v, e);
    if (!t || /^(?:[.,;:!?()—–]|--)$/u.test(t.text) || t.pos === 'SCONJ') break;
    const prev = lowerText(tok(v, e - 1));
    if (isVerbLike(t) && prev !== 'to' && prev !== 'and' && prev !== 'or' && !/ing$/u.test(t.text) && tok(v, e - 1)?.pos !== 'AUX') break;
  }
  return e;
}

/** Only trailing punctuation and times after token `j`: the cue ends the unit. */
export function endsUnit(v: View, j: number): boolean {
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
  // "…, diplomats said, at the request of Algeria.": a phrase on the saying, with no verb of its own.
  if (t.pos === 'ADP') {
    for (let k = j + 1; k < v.hi; k++) {
      const x = tok(v, k);
      if (!x || isComma(x) || x.text === ';') return false;
      if (isVerbLike(x) && !/(?:ing|ed)$/u.test(x.text)) return false;
    }
    return true;
  }
  if (!SUBJECT_START.has(t.pos) || t.pos === 'PRON' || t.pos === 'ADV') return false;
  for (let k = j + 1; k < v.hi; k++) {
    const x = tok(v, k);
    if (!x) return false;
    // "an adviser to the family who oversees …": a relative clause on the apposition.
    if (isComma(x) || x.text === '.' || /^(?:who|which|whose|that)$/iu.test(x.text)) return true;
    if (isVerbLike(x) && !/(?:ing|ed)$/u.test(x.text)) return false;
  }
  return true;
}
