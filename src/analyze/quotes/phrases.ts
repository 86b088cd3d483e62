/**
 * Noun phrases around a cue verb, read from part-of-speech tags: the speaker before the verb
 * ("the senior North Korean official said"), after it ('said Caddell'), and the addressee
 * ("told reporters", "addressing Kim Yong-nam"). Token ranges are [from, to) into doc.tokens.
 */
import type { Token } from '../doc.js';
import { PERSON_NOUNS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS } from './lexicon.js';

export interface TokenRange {
  from: number;
  to: number;
}

/** The tokens the phrase readers may look at: one unit, minus the quoted words. */
export interface View {
  tokens: readonly Token[];
  /** Top-level quote index per token, -1 outside quotes. */
  inQuote: Int32Array;
  lo: number;
  hi: number;
  /** Names that hold a comma ("Ministry of Economy, Trade and Industry"), as [start, end) offsets. */
  commaNames?: ReadonlyArray<readonly [number, number]>;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'NUM']);
const APOSTROPHE_S = new Set(["'s", '’s', "'", '’']);
/** Adverbs and auxiliaries allowed between a subject and its cue verb: "Putin also said". */
const BETWEEN = new Set([
  'also', 'later', 'has', 'have', 'had', 'previously', 'earlier', 'again', 'then', 'once', 'further',
  'reportedly', 'repeatedly', 'publicly', 'privately', 'recently', 'just', 'had', 'has', 'will',
  'would', 'was', 'were', 'is', 'are', 'even', 'quickly', 'simply', 'flatly', 'often', 'first',
  'separately', 'specifically', 'explicitly', 'openly', 'angrily', 'jokingly', 'bluntly', 'told',
  'not', "n't", 'never', 'did', 'does', 'do', 'may', 'might', 'could', 'should', 'can', 'had',
  // "have been saying", "must be thinking", "they've said": the rest of a verb group.
  'been', 'be', 'being', 'am', 'must', 'shall', "'ve", "'d", "'ll", "'re",
]);

export function tok(v: View, i: number): Token | undefined {
  return i >= v.lo && i < v.hi && (v.inQuote[i] ?? -1) < 0 ? v.tokens[i] : undefined;
}

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase() : '';
}

/** Titles and ranks written with a full stop, which never end a sentence: "Adm.", "Maj. Gen.", "Mr.". */
export const TITLE_ABBREVIATIONS = /^(?:Adm|Gen|Col|Lt|Maj|Brig|Capt|Cmdr|Cdr|Cmdre|Sgt|Cpl|Pvt|Rep|Sen|Gov|Dr|Mr|Mrs|Ms|Messrs|Prof|Rev|Fr|Insp|Supt|Amb|Hon)$/u;

/** Is token `i` the full stop of a title ("Adm" + ".")? */
function titleStop(v: View, i: number): boolean {
  const t = tok(v, i);
  const w = tok(v, i - 1);
  return !!t && !!w && t.text === '.' && w.end === t.start && TITLE_ABBREVIATIONS.test(w.text);
}

function isNpToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (NP_POS.has(t.pos)) return true;
  if (t.pos === 'PART' && APOSTROPHE_S.has(t.text)) return true;
  if (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.text.toLowerCase())) return true;
  // Titles the tagger calls something else ("Rep.", "Sen.", "Mr.").
  return /^[A-Z][a-z]{0,3}\.$/u.test(t.text);
}

/** Nouns for people who act or speak for someone: "advisers to", "a spokesman for". */
const ROLE_NOUNS = /^(?:advis[eo]rs?|aides?|spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?|counsel|ambassadors?|envoys?|assistants?|secretary|consultants?|strategists?|negotiators?|representatives?|sources?|officials?|people|those)$/iu;

const INDEFINITE_PEOPLE = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);

const QUANTIFIERS = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'few', 'each', 'both', 'none', 'all']);

function joinsRole(t: Token | undefined): boolean {
  return !!t && t.pos === 'NOUN' && ROLE_NOUNS.test(t.text);
}

/** The noun phrase that ends at token `end - 1`, reading leftwards; undefined if there is none. */
/** Nouns for a body that the tagger often reads as adjectives ("the military said"). */
const BODY_NOUNS_READ_AS_ADJ = new Set(['military', 'opposition', 'junta']);

export function phraseEndingAt(v: View, end: number, maxLen = 12): TokenRange | undefined {
  // "Rep. Trey Gowdy (R-S.C.)": a parenthesis closing the phrase belongs to it.
  if (tok(v, end - 1)?.text === ')') {
    for (let k = end - 2; k >= v.lo && k > end - 10; k--) {
      const t = tok(v, k);
      if (!t) break;
      if (t.text === '(') {
        const inner = phraseEndingAt(v, k, maxLen);
        return inner ? { from: inner.from, to: end } : undefined;
      }
    }
    return undefined;
  }
  const last = tok(v, end - 1);
  if (!last) return undefined;
  if (last.pos === 'PRON') {
    // "many of whom say", "some of them said": the part of the group.
    if (lowerText(tok(v, end - 2)) === 'of' && QUANTIFIERS.has(lowerText(tok(v, end - 3))) && /^(?:whom|which|them|us|those)$/iu.test(last.text)) {
      return { from: end - 3, to: end };
    }
    // "Then someone asked …", "Everyone agreed …": a person no one names.
    return PERSONAL_PRONOUNS.has(last.text.toLowerCase()) || INDEFINITE_PEOPLE.has(last.text.toLowerCase()) ? { from: end - 1, to: end } : undefined;
  }
  // "the general said", "the chief said": a person's noun the tagger read as an adjective.
  // ("the attorney general said": a noun before it too.)
  // ("the former general said": adjectives may stand between.)
  let det = end - 2;
  while (det > end - 5 && tok(v, det)?.pos === 'ADJ') det--;
  // ("the military said": a body's noun read as an adjective too.)
  const nounAsAdjective = last.pos === 'ADJ' && (PERSON_NOUNS.has(last.text.toLowerCase()) || BODY_NOUNS_READ_AS_ADJ.has(last.text.toLowerCase()))
    && (tok(v, det)?.pos === 'DET' || (last.text.toLowerCase() === 'general' && /^(?:attorney|inspector|surgeon|secretary|solicitor|director|consul)$/iu.test(tok(v, end - 2)?.text ?? '')));
  if (!HEAD_POS.has(last.pos) && !/^[A-Z]/u.test(last.text) && !nounAsAdjective) return undefined;
  let from = end - 1;
  while (from - 1 >= v.lo && end - (from - 1) <= maxLen) {
    const t = tok(v, from - 1);
    if (!t) break;
    // A determiner opens the phrase: nothing before it belongs ("told reporters the talks …"),
    // unless a role joins it to what comes before ("a spokesman for the ministry").
    if (v.tokens[from]?.pos === 'DET' && !(/^(?:to|for|of)$/u.test(t.text) && joinsRole(tok(v, from - 2)))
      && !(t.text === 'of' && QUANTIFIERS.has(lowerText(tok(v, from - 2))))) break;
    if (isNpToken(t) || titleStop(v, from - 1)) {
      from--;
      continue;
    }
    // "President of the Presidium ... Kim Yong-nam": "of" joins two nominal pieces, and "for" two
    // parts of a name ("the Center for Food Safety").
    const before = tok(v, from - 2);
    const nameJoin = t.text === 'for' && /^\p{Lu}/u.test(before?.text ?? '') && /^\p{Lu}/u.test(v.tokens[from]?.text ?? '');
    // "advisers to Mr. Obama", "a lawyer for the family": a role and whom it serves.
    const roleJoin = (t.text === 'to' || t.text === 'for') && joinsRole(before);
    // "one of Mr. Obama's advisers", "many of the experts": a part of a group.
    const partOf = t.text === 'of' && before && (before.pos === 'NOUN' || before.pos === 'PROPN' || QUANTIFIERS.has(before.text.toLowerCase()));
    if (partOf || nameJoin || roleJoin) {
      from--;
      continue;
    }
    break;
  }
  return { from: nameStartBefore(v, from), to: end };
}

/** A phrase that begins inside a name holding a comma begins where the name does. */
function nameStartBefore(v: View, from: number): number {
  const t = v.tokens[from];
  if (!t || !v.commaNames) return from;
  const name = v.commaNames.find(([s, e]) => s < t.start && t.start < e);
  if (!name) return from;
  let k = from;
  while (k - 1 >= v.lo && (v.tokens[k - 1]?.start ?? -1) >= name[0]) k--;
  // "the Ministry of Economy, Trade and Industry": its article too.
  if (k - 1 >= v.lo && v.tokens[k - 1]?.pos === 'DET') k--;
  return k;
}

/** The noun phrase that starts at token `start`, reading rightwards (stops before a verb or comma). */
export function phraseStartingAt(v: View, start: number, maxLen = 12): TokenRange | undefined {
  const first = tok(v, start);
  if (!first) return undefined;
  if (first.pos === 'PRON') {
    const w = first.text.toLowerCase();
    if (PERSONAL_PRONOUNS.has(w) || w === 'him' || w === 'them' || w === 'us' || w === 'me') {
      return { from: start, to: start + 1 };
    }
    if (!POSSESSIVE_PRONOUNS.has(w)) return undefined;
  } else if (!isNpToken(first)) {
    return undefined;
  }
  let to = start + 1;
  while (to < v.hi && to - start < maxLen) {
    const t = tok(v, to);
    if (!t) break;
    // A determiner after a head noun starts another phrase ("told reporters the talks failed").
    if (t.pos === 'DET' && HEAD_POS.has(v.tokens[to - 1]?.pos ?? '')) break;
    // A capitalised word after a name continues it, whatever the tagger says ("Fiona Grant").
    if (isNpToken(t) || (/^\p{Lu}/u.test(t.text) && v.tokens[to - 1]?.pos === 'PROPN') || titleStop(v, to)) {
      to++;
      continue;
    }
    const after = tok(v, to + 1);
    const nameJoin = t.text === 'for' && /^\p{Lu}/u.test(after?.text ?? '') && /^\p{Lu}/u.test(v.tokens[to - 1]?.text ?? '');
    if ((t.text === 'of' && after && isNpToken(after)) || nameJoin) {
      to++;
      continue;
    }
    break;
  }
  // A phrase must end on a noun-like word.
  while (to > start) {
    const t = v.tokens[to - 1];
    if (t && (HEAD_POS.has(t.pos) || /^[A-Z]/u.test(t.text))) break;
    to--;
  }
  return to > start ? { from: start, to } : undefined;
}

/**
 * The subject of the cue verb at `verb`, reading leftwards over adverbs and auxiliaries
 * ("Putin also said", "he has said"). undefined when no phrase stands right before it.
 */
/**
 * "The Russian embassy in London said": the subject is the embassy, with its place, not "London".
 * Only after a common noun ("embassy", "officials"), whose phrase the place modifies.
 */
function withPlaceModifier(v: View, np: TokenRange): TokenRange {
  const adp = tok(v, np.from - 1);
  if (!adp || !/^(?:in|at|from|of)$/iu.test(adp.text)) return np;
  const head = phraseEndingAt(v, np.from - 1);
  const last = head ? tok(v, head.to - 1) : undefined;
  if (!head || !last || !isCommonHead(last)) return np;
  // ("Residents of the town said"; not "the capital of Norway said", a place's own phrase.)
  if (lower(adp) === 'of' && !PEOPLE_HEADS.has(singular(lower(last)))) return np;
  return { from: head.from, to: np.to };
}

/** Plural nouns for groups of people that speak: "Residents of the town", "Officials in Oslo". */
const PEOPLE_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS, 'protester', 'critic', 'investigator', 'doctor', 'trader', 'rebel', 'militant',
  'authority', 'worker', 'employee', 'student', 'teacher', 'farmer', 'supporter', 'opponent', 'citizen',
  'villager', 'survivor', 'relative', 'victim', 'observer', 'monitor', 'inspector', 'insider', 'staff',
  'contender', 'rival', 'challenger', 'participant', 'attendee', 'organizer', 'organiser',
]);

function singular(w: string): string {
  if (/ies$/u.test(w)) return `${w.slice(0, -3)}y`;
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * A common noun heading a subject; the tagger calls a sentence's capitalised first word a name
 * ("Diplomats familiar with …", "Officials in …"), so a word for people counts there too.
 */
function isCommonHead(t: Token): boolean {
  if (t.pos === 'NOUN') return true;
  return t.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(t.text) && PEOPLE_HEADS.has(singular(t.text.toLowerCase()));
}

export function subjectBefore(v: View, verb: number): TokenRange | undefined {
  const near = nearSubject(v, verb);
  const rel = relativeSubject(v, verb);
  // ("Protesters who marched in Ostby on Monday said": not Ostby, inside the relative clause.)
  return rel && (!near || near.from > rel.who) ? rel.head : near;
}

/**
 * "But crowds who had been camped outside the army headquarters in the capital, Khartoum, since
 * Saturday said …": the noun a relative clause hangs on, when the words right before the verb give
 * no subject. The relative clause opens the unit's first clause ("who" after its subject, at most
 * a coordinator before), so no other verb's subject is taken.
 */
function relativeSubject(v: View, verb: number): { head: TokenRange; who: number } | undefined {
  for (let k = verb - 2; k > v.lo && k > verb - 30; k--) {
    const t = tok(v, k);
    if (!t || t.text === '.' || t.text === ';' || t.text === ':') return undefined;
    if (!/^(?:who|which)$/iu.test(t.text)) continue;
    // "the man who Hart said was …": "who" is the object there, the cue has its own subject.
    const nx = tok(v, k + 1);
    if (!nx || (nx.pos !== 'AUX' && nx.pos !== 'VERB' && nx.pos !== 'ADV')) return undefined;
    const head = phraseEndingAt(v, k, 6);
    const last = head ? tok(v, head.to - 1) : undefined;
    if (!head || !last || (last.pos !== 'NOUN' && last.pos !== 'PROPN')) return undefined;
    let open = head.from;
    while (open > v.lo && /^(?:but|and|yet|so)$/iu.test(lowerText(tok(v, open - 1)))) open--;
    return open === v.lo ? { head, who: k } : undefined;
  }
  return undefined;
}

function nearSubject(v: View, verb: number): TokenRange | undefined {
  let end = verb;
  let steps = 0;
  // "Lavrov went on to say": the subject of "went on".
  if (lowerText(tok(v, end - 1)) === 'to' && lowerText(tok(v, end - 2)) === 'on' && /^(?:went|go|goes|going)$/u.test(lowerText(tok(v, end - 3)))) end -= 3;
  // "he appeared to suggest", "she seemed to say": the subject of the verb before "to".
  else if (lowerText(tok(v, end - 1)) === 'to' && /^(?:appear|seem|tr[iy]|continue|want)/u.test(lowerText(tok(v, end - 2))) && tok(v, end - 2)?.pos === 'VERB') end -= 2;
  while (end - 1 >= v.lo && steps < 4) {
    const t = tok(v, end - 1);
    if (!t) break;
    // ("have long been": the tagger may call "long" an adjective.)
    const longAfterHave = lower(t) === 'long' && /^(?:has|have|had)$/u.test(lower(tok(v, end - 2)));
    // ("He's claiming", "she’s said": the contracted auxiliary, not a possessive.)
    const contracted = t.pos === 'AUX' && /^['’]s$/u.test(t.text);
    if (((t.pos === 'ADV' || t.pos === 'AUX' || t.pos === 'PART') && BETWEEN.has(t.text.toLowerCase())) || longAfterHave || contracted) {
      end--;
      steps++;
      continue;
    }
    // "The mayor, however, said", "Trump, in particular, has criticized": a short aside between commas.
    if (t.text === ',') {
      const open = asideStart(v, end - 1);
      if (open !== undefined) {
        end = open;
        steps++;
        continue;
      }
    }
    // "Three senators all suggested", "the leaders both said": a quantifier floated off its subject.
    const before = tok(v, end - 2);
    if (/^(?:all|both)$/u.test(t.text) && before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.text === ')')) {
      end--;
      steps++;
      continue;
    }
    if (t.pos === 'ADV' && (/ly$/u.test(t.text) || /^\p{Ll}+$/u.test(t.text)) && !/^(?:where|when|why|how|wherever|whenever)$/u.test(t.text)) {
      end--;
      steps++;
      continue;
    }
    break;
  }
  const near = nearnessSubject(v, end);
  if (near) return near;
  // "all the experts I interviewed said", "everyone we spoke to said": a subject with a contact clause.
  const rel = tok(v, end - 1);
  const who = tok(v, end - 2);
  if (rel && who && rel.pos === 'VERB' && /ed$/u.test(rel.text) && who.pos === 'PRON' && /^(?:i|we|they|he|she)$/iu.test(who.text)) {
    const head = phraseEndingAt(v, end - 2, 8);
    const last = head ? tok(v, head.to - 1) : undefined;
    if (head && last && (last.pos === 'NOUN' || INDEFINITE_PEOPLE.has(last.text.toLowerCase()))) return head;
  }
  const np = phraseEndingAt(v, end);
  // "An official speaking on condition of anonymity said": the one speaking, not the condition.
  if (np && /^(?:condition|background)$/iu.test(v.tokens[np.from]?.text ?? '') && /^(?:on|under)$/iu.test(lowerText(tok(v, np.from - 1)))
    && /^(?:speaking|talking|briefing)$/iu.test(lowerText(tok(v, np.from - 2)))) {
    return phraseEndingAt(v, np.from - 2);
  }
  // "A Saudi-led coalition fighting in Yemen said", "a group based in London said": the one
  // fighting or based there, not the place.
  if (np && /^(?:in|at|from|near|across|inside|outside)$/iu.test(lowerText(tok(v, np.from - 1)))
    && /^(?:\p{Ll}+ing|based|stationed|deployed)$/u.test(tok(v, np.from - 2)?.text ?? '')) {
    const holder = phraseEndingAt(v, np.from - 2);
    const last = holder ? tok(v, holder.to - 1) : undefined;
    if (holder && last && (last.pos === 'NOUN' || last.pos === 'PROPN')) return holder;
  }
  if (np && !isTimePhrase(v, np)) return withPlaceModifier(v, np);
  if (!np) return np;
  // "Wells Fargo just this month announced", "Axelrod on Wednesday called", "A poll released in
  // late August found": step over the time phrase (and a participle before it) to the subject.
  let k = np.from;
  while (k - 1 >= v.lo && (tok(v, k - 1)?.pos === 'ADP' || BETWEEN.has(lowerText(tok(v, k - 1))))) k--;
  const part = tok(v, k - 1);
  if (part && part.pos === 'VERB' && /ed$/u.test(part.text)) k--;
  // "The Supreme Court this month rejected", "The ministry Tuesday said": the subject right before the time.
  if (k === np.from) {
    // ("The ministry Tuesday": the name of the day read into the subject's phrase.)
    const head = tok(v, np.to - 2);
    if (np.to - np.from >= 2 && head && (head.pos === 'NOUN' || head.pos === 'PROPN') && !isTimePhrase(v, { from: np.from, to: np.to - 1 })) {
      return { from: np.from, to: np.to - 1 };
    }
    const before = phraseEndingAt(v, np.from, 8);
    return before && !isTimePhrase(v, before) && tok(v, before.to - 1)?.pos !== 'NUM' ? before : undefined;
  }
  const subject = phraseEndingAt(v, k);
  return subject && !isTimePhrase(v, subject) ? withPlaceModifier(v, subject) : undefined;
}

/** Words an aside between commas may hold: "however", "in particular", "for his part", "in turn". */
const ASIDE_POS = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'PART']);

/**
 * Where an aside ending at the comma `close` opens: the comma before it, when the words between are
 * a few adverbs or a short prepositional phrase and a subject's last word stands before it.
 */
function asideStart(v: View, close: number): number | undefined {
  let adverbial = false;
  for (let k = close - 1; k >= v.lo && k >= close - 5; k--) {
    const t = tok(v, k);
    if (!t) return undefined;
    if (t.text === ',') {
      const last = tok(v, k - 1);
      return adverbial && k < close - 1 && last && (last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'PRON') ? k : undefined;
    }
    const possessive = t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.text.toLowerCase());
    if (!ASIDE_POS.has(t.pos) && !possessive && !(t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text))) return undefined;
    if (t.pos === 'ADV' || t.pos === 'ADP') adverbial = true;
  }
  return undefined;
}

/**
 * "people familiar with the matter said", "those close to him say", "sources close to the talks
 * said": a group known only by its nearness to someone, ending at token `end - 1`.
 */
function nearnessSubject(v: View, end: number): TokenRange | undefined {
  const last = tok(v, end - 1);
  if (!last) return undefined;
  // Cheap test first: is there a "close to" / "familiar with" a few words back?
  let seen = false;
  for (let k = end - 2; k > end - 10 && k > v.lo && !seen; k--) seen = /^(?:close|near|loyal|familiar)$/iu.test(v.tokens[k]?.text ?? '');
  if (!seen) return undefined;
  const obj = last.pos === 'PRON' ? { from: end - 1, to: end } : phraseEndingAt(v, end, 8);
  if (!obj) return undefined;
  const prep = lowerText(tok(v, obj.from - 1));
  const adj = lowerText(tok(v, obj.from - 2));
  if (!((prep === 'to' && (adj === 'close' || adj === 'near' || adj === 'loyal')) || (prep === 'with' && adj === 'familiar'))) return undefined;
  const head = obj.from - 3;
  const group = tok(v, head);
  if (!group || (!/^(?:those|people|sources|officials|aides|allies|friends|someone|one|some|several|two|many)$/iu.test(group.text) && !isCommonHead(group))) return undefined;
  const np = isCommonHead(group) ? phraseEndingAt(v, head + 1, 6) ?? { from: head, to: head + 1 } : { from: head, to: head + 1 };
  return np ? { from: np.from, to: obj.to } : undefined;
}

const TIME_HEADS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|afternoon|evening|night|weekend|week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)s?$/u;

/** "this month", "late August", "early Friday": a phrase that says when, not who. */
export function isTimePhrase(v: View, r: TokenRange): boolean {
  const head = v.tokens[r.to - 1];
  // "in 2010", "an arbitration panel in 2001 found": a year.
  if (head?.pos === 'NUM' && /^(?:19|20)\d\d$/u.test(head.text)) return true;
  if (!TIME_HEADS.test(lowerText(head))) return false;
  // "Theresa May", "Mr. August": a month after a given name or title is a surname.
  const before = r.to - 2 >= r.from ? v.tokens[r.to - 2] : undefined;
  return !(before?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(head?.text ?? '') && /^\p{Lu}/u.test(before.text));
}


export function isComma(t: Token | undefined): boolean {
  return !!t && (t.text === ',' || t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--');
}

export function lowerText(t: Token | undefined): string {
  return lower(t);
}
