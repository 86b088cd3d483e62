/**
 * A shallow parse of one sentence on wink-nlp's part of speech: noun-phrase chunks (entity
 * mentions kept whole), verb groups with their auxiliaries, negation, voice and form, and the
 * small words between them (prepositions, conjunctions, relative pronouns, punctuation).
 */
import type { EventStatus } from '../../model.js';
import type { Token } from '../doc.js';
import { SPEECH_VERBS, type EventDictionary } from './dictionary.js';
import { lemmaOf } from './lemma.js';

export interface PTok {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  start: number;
  end: number;
}

export type ChunkKind = 'NP' | 'VG' | 'PREP' | 'CONJ' | 'SCONJ' | 'REL' | 'PUNCT' | 'OTHER';

export interface Chunk {
  kind: ChunkKind;
  /** Token range in the sentence, `to` exclusive. */
  from: number;
  to: number;
  /** The head token: the noun of an NP, the main verb of a verb group. */
  head: number;
  lemma: string;
  /** Verb groups: status from a modal ("will" planned, "could" possible, "must" demanded). */
  modal?: EventStatus;
  negated?: boolean;
  passive?: boolean;
  /** "to visit" */
  infinitive?: boolean;
  /** "for coming", ", adding" */
  gerund?: boolean;
}

export interface ParsedSentence {
  toks: PTok[];
  chunks: Chunk[];
}

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const PERSONAL = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them']);
const POSSESSIVE = new Set(['my', 'your', 'his', 'its', 'our', 'their']);
const RELATIVE = new Set(['who', 'which', 'whom', 'whose']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'wo', 'ca']);
const GERUND_GOVERNORS = new Set(['begin', 'start', 'continue', 'resume', 'keep', 'consider', 'mull', 'propose']);
const PEOPLE_PLURAL = /(?:[^s]ers|ors|ists|ians|ants|ents|troops|forces|leaders|officials|delegations|ministers)$/;
const SUBJECT_ADVERBS = new Set(['last', 'also', 'then', 'later', 'again', 'already', 'finally', 'recently', 'jointly', 'first']);
const TIME_GERUND_LEADS = new Set(['after', 'before', 'since', 'upon', 'while', 'when']);
const NEG = new Set(['not', "n't", 'never']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const APPROXIMATING = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost']);
const HAVE = new Set(['had', 'has', 'have', "'ve", "'d"]);
const TIME_LEADS = new Set(['last', 'next', 'this']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'night', 'summer', 'winter', 'spring', 'autumn', 'fall', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const OBJECT_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const PARTICIPLE_IRREGULAR = new Set([
  'met', 'held', 'given', 'taken', 'sent', 'made', 'told', 'brought', 'begun', 'fought', 'struck', 'shot',
  'withdrawn', 'drawn', 'thrown', 'sought', 'led', 'kept', 'won', 'lost', 'spoken', 'broken', 'chosen',
  'written', 'seen', 'upheld', 'dealt', 'paid', 'laid', 'sold', 'blown', 'forbidden', 'overthrown', 'beaten',
  'hit', 'cut', 'put', 'set', 'hurt', 'shut', 'found', 'heard', 'caught', 'bought', 'lent', 'hidden', 'retaken',
  'done', 'known', 'shown', 'grown', 'undertaken', 'overtaken', 'sworn', 'torn', 'worn', 'born', 'borne', 'slain',
]);

/** "is opposed to", "is committed to": adjectives in form, active in meaning. */
const ACTIVE_PARTICIPLES = new Set(['going', 'opposed', 'committed', 'engaged', 'involved', 'prepared', 'determined', 'set', 'scheduled', 'expected', 'due', 'supposed', 'concerned']);

/** The verb of the dictionary an -ing form is of: "shelling" shell, "making" make, "bombing" bomb, "shipping" ship. */
function gerundStem(ing: string, dict: EventDictionary): string | undefined {
  const stem = ing.slice(0, -3);
  const undoubled = stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : undefined;
  return [stem, `${stem}e`, undoubled].find((x) => x !== undefined && dict.verbs.has(x));
}

function looksParticiple(lower: string): boolean {
  return /(?:ed|en)$/.test(lower) || PARTICIPLE_IRREGULAR.has(lower);
}

/**
 * Parse tokens `toks` (one sentence). `units` are token ranges that must stay one noun phrase
 * (entity mentions such as "President of the Presidium of the Supreme People's Assembly").
 */
export function parseSentence(tokens: readonly Token[], dict: EventDictionary, units: ReadonlyArray<[number, number]>, opts: { headline?: boolean } = {}): ParsedSentence {
  const vocab = dict.vocabulary;
  const toks: PTok[] = tokens.map((t) => {
    // Most words have no curly apostrophe: the test spares a regex replace per token.
    const lc = t.text.toLowerCase();
    const lower = lc.includes('’') || lc.includes('‘') ? lc.replace(/[’‘]/g, "'") : lc;
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    return { text: t.text, lower, lemma: lemmaOf(lower, vocab, verb), pos: t.pos, start: t.start, end: t.end };
  });
  // "shelling", "meeting" are words of the dictionary as nouns too: as verbs, their stem.
  for (const t of toks) if (t.pos === 'VERB' && t.lemma.endsWith('ing') && !dict.verbs.has(t.lemma)) t.lemma = gerundStem(t.lemma, dict) ?? t.lemma;
  const inUnit = new Set<number>();
  for (const [a, b] of units) for (let k = a; k < b; k++) inUnit.add(k);
  // "opposed to French mediation": wink reads a capitalized word after "to" as a verb; a name or
  // demonym inside the sentence that the dictionary does not know as a verb is none.
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !vocab.has(lemmaOf(t.lower, vocab, true)) && !opts.headline) t.pos = 'PROPN';
  }
  if (opts.headline) headlineVerbs(toks, dict, inUnit);
  // "About 5,000 people protested", "killed around 40 people": a preposition of measure before a
  // number says how many, no place or topic; read as an adverb, the number's phrase stays the
  // clause's subject or object.
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.pos === 'ADP' && APPROXIMATING.has(toks[k]!.lower) && toks[k + 1]!.pos === 'NUM') toks[k]!.pos = 'ADV';
    // "will likely visit Beijing": after an auxiliary, "likely" hedges the verb (an adverb).
    if (k > 0 && toks[k]!.lower === 'likely' && toks[k - 1]!.pos === 'AUX') toks[k]!.pos = 'ADV';
  }
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    // "Gunmen shot dead a police officer", "shot and killed": wink reads "shot" as a noun; "dead"
    // after a verb of killing says how it ended (an adverb, no noun phrase of its own).
    if (t.lower === 'shot' && t.pos !== 'VERB' && ['dead', 'down', 'and'].includes(toks[k + 1]?.lower ?? '') && (['NOUN', 'PROPN', 'PRON'].includes(toks[k - 1]!.pos) || HAVE.has(toks[k - 1]!.lower))) {
      t.pos = 'VERB';
      t.lemma = lemmaOf(t.lower, vocab, true);
    }
    if (t.lower === 'dead' && toks[k - 1]!.pos === 'VERB' && OBJECT_POS.has(toks[k + 1]?.pos ?? '')) t.pos = 'ADV';
    // "After meeting Xi Jinping", "before visiting Kyiv": an -ing form the dictionary knows as a
    // verb, after a word of time and before its object, is a gerund (wink reads some as nouns).
    if (t.pos === 'NOUN' && t.lower.endsWith('ing') && TIME_GERUND_LEADS.has(toks[k - 1]!.lower) && (['PROPN', 'DET', 'ADJ', 'PRON', 'NOUN'].includes(toks[k + 1]?.pos ?? '') || toks[k + 1]?.lower === 'with')) {
      // ("meeting" is a noun of the dictionary too: its verb is the stem.)
      const asVerb = [lemmaOf(t.lower, vocab, true), gerundStem(t.lower, dict)].find((x) => x !== undefined && dict.verbs.has(x));
      if (asVerb) { t.pos = 'VERB'; t.lemma = asVerb; }
    }
    // "The United States alleged that …": a past form between a name and "that" is the verb of saying.
    if (t.pos === 'ADJ' && t.lower.endsWith('ed') && toks[k + 1]?.lower === 'that' && ['PROPN', 'NOUN'].includes(toks[k - 1]!.pos) && dict.verbs.has(lemmaOf(t.lower, vocab, true))) {
      t.pos = 'VERB';
      t.lemma = lemmaOf(t.lower, vocab, true);
    }
    // "had informed Wang": wink reads some participles after "have" as adjectives.
    if (t.pos === 'ADJ' && t.lower.endsWith('ed') && HAVE.has(toks[k - 1]!.lower) && OBJECT_POS.has(toks[k + 1]?.pos ?? '')) t.pos = 'VERB';
    if (t.pos !== 'VERB') continue;
    // "in Russian shelling of Kherson", "the bombing of the bridge": an -ing form inside a noun
    // phrase, before "of", is a noun.
    if (t.lower.endsWith('ing') && toks[k + 1]?.lower === 'of' && (['ADJ', 'DET'].includes(toks[k - 1]!.pos) || toks[k - 1]!.lower === "'s" || (toks[k - 1]!.pos === 'PROPN' && toks[k - 2]?.pos !== 'AUX'))) { t.pos = 'NOUN'; t.lemma = lemmaOf(t.lower, vocab, false); continue; }
    // "six weeks of fighting over Karabakh": an -ing form after "of" with no object is a noun.
    if (toks[k - 1]!.lower === 'of' && t.lower.endsWith('ing') && !OBJECT_POS.has(toks[k + 1]?.pos ?? '')) t.pos = 'NOUN';
    // "fired tear gas": a compound noun.
    else if (t.lower === 'tear' && toks[k + 1]?.lower === 'gas') t.pos = 'NOUN';
    // "against masked protesters": a participle between a preposition and a noun is an adjective.
    else if (toks[k - 1]!.pos === 'ADP' && t.lower.endsWith('ed') && toks[k + 1]?.pos === 'NOUN') t.pos = 'ADJ';
    // "to prevent acts of genocide": a plural form right after a verb and before "of" is its object noun.
    else if (t.lower.endsWith('s') && toks[k + 1]?.lower === 'of' && toks[k - 1]!.pos === 'VERB') { t.pos = 'NOUN'; t.lemma = lemmaOf(t.lower, vocab, false); }
    // "a closed-door meeting", "a long-awaited visit": a hyphened word between an article and a noun is an adjective.
    else if (t.lower.includes('-') && toks[k - 1]!.pos === 'DET' && toks[k + 1]?.pos === 'NOUN') t.pos = 'ADJ';
  }
  // wink reads some verbs after a subject pronoun as nouns ("We definitely welcome contacts",
  // "he invites Kim"): a word the dictionary knows as a verb, right after one, is a verb.
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') continue;
    const asVerb = lemmaOf(t.lower, vocab, true);
    // "Lavrov plans to visit", "Greece, like others, plans to impose": a governing verb before "to" + verb.
    if ((dict.status.has(asVerb) || dict.verbs.has(asVerb) || dict.negatingVerbs.has(asVerb)) && /s$/.test(t.lower) &&
      toks[k + 1]?.lower === 'to' && toks[k + 2]?.pos === 'VERB' && (['PROPN', 'NOUN'].includes(toks[k - 1]?.pos ?? '') || toks[k - 1]?.text === ',')) {
      t.pos = 'VERB';
      t.lemma = asVerb;
      continue;
    }
    // "that Kiev deserved to become a member": a past form between a name and "to" + verb is a verb.
    if (/[^e]ed$/.test(t.lower) && toks[k - 1]?.pos === 'PROPN' && toks[k + 1]?.lower === 'to' && toks[k + 2]?.pos === 'VERB') {
      t.pos = 'VERB';
      continue;
    }
    if (!dict.verbs.has(asVerb)) continue;
    // "U.S. and Russian negotiators return to Geneva": in a sentence with no verb at all, a bare
    // form the dictionary knows, after a plural noun of people and before a preposition or an
    // article, is the present-tense verb.
    // ("The two leaders last spoke by phone": a past form too, past an adverb of time.)
    const q = SUBJECT_ADVERBS.has(toks[k - 1]?.lower ?? '') ? k - 2 : k - 1;
    if ((asVerb === t.lower || !/s$/.test(t.lower)) && toks[q]?.pos === 'NOUN' && PEOPLE_PLURAL.test(toks[q]!.lower) &&
      ['ADP', 'DET', 'PUNCT', 'ADV', 'PRON', 'NUM', 'PROPN'].includes(toks[k + 1]?.pos ?? 'PUNCT') &&
      !toks.some((x, j) => (x.pos === 'VERB' || x.pos === 'AUX') && !/ing$/.test(x.lower) && toks[j - 1]?.lower !== 'to')) {
      t.pos = 'VERB';
      t.lemma = asVerb;
      if (q === k - 2) toks[k - 1]!.pos = 'ADV';
      continue;
    }
    // "will brief EU leaders": a bare form the dictionary knows as a verb, right after a modal, is one.
    const m = toks[k - 1]?.pos === 'ADV' ? toks[k - 2] : toks[k - 1];
    if (m?.pos === 'AUX' && MODALS.has(m.lower) && asVerb === t.lower) {
      t.pos = 'VERB';
      t.lemma = asVerb;
      continue;
    }
    // "is considering lowering tariffs", "began shelling": an -ing form the dictionary knows as a
    // verb, right after a verb of weighing or of aspect, is that verb's gerund.
    const gov = toks[k - 1];
    // So is one right after "by" ("respond by expelling US diplomats").
    if (/ing$/.test(t.lower) && ((gov?.pos === 'VERB' && (dict.status.has(gov.lemma) || GERUND_GOVERNORS.has(gov.lemma))) || gov?.lower === 'by')) {
      t.pos = 'VERB';
      t.lemma = asVerb;
      continue;
    }
    // "demanded that Chile release the prisoners": a verb the dictionary knows between a
    // that-clause's named subject and its object.
    if (toks[k - 1]?.pos === 'PROPN' && ['DET', 'PRON', 'NUM'].includes(toks[k + 1]?.pos ?? '')) {
      let s0 = k - 1;
      while (s0 > 0 && toks[s0 - 1]!.pos === 'PROPN') s0--;
      if (toks[s0 - 1]?.lower === 'that') { t.pos = 'VERB'; t.lemma = asVerb; continue; }
    }
    let p = k - 1;
    if (toks[p]?.pos === 'ADV' && p > 0) p--;
    if (toks[p]?.pos === 'PRON' && SUBJECT_PRONOUNS.has(toks[p]!.lower)) {
      t.pos = 'VERB';
      t.lemma = lemmaOf(t.lower, vocab, true);
    }
  }
  const unitEnd = new Map<number, number>();
  for (const [a, b] of units) if ((unitEnd.get(a) ?? -1) < b) unitEnd.set(a, b);

  const chunks: Chunk[] = [];
  let i = 0;
  const n = toks.length;
  const tok = (k: number): PTok | undefined => toks[k];
  while (i < n) {
    const t = toks[i]!;
    const unit = unitEnd.get(i);
    const npStart = unit !== undefined || NP_POS.has(t.pos) || POSSESSIVE.has(t.lower) ||
      (t.lower === 'her' && ['NOUN', 'ADJ', 'PROPN'].includes(tok(i + 1)?.pos ?? '')) ||
      (t.pos === 'VERB' && looksParticiple(t.lower) && ['DET', 'VERB'].includes(tok(i - 1)?.pos ?? '') && ['NOUN', 'PROPN', 'ADJ'].includes(tok(i + 1)?.pos ?? ''));
    if (t.pos === 'PRON' && PERSONAL.has(t.lower) && !(t.lower === 'her' && npStart)) {
      chunks.push({ kind: 'NP', from: i, to: i + 1, head: i, lemma: t.lower });
      i++;
      continue;
    }
    if (RELATIVE.has(t.lower) || (t.lower === 'that' && (t.pos === 'PRON' || t.pos === 'DET') && ['VERB', 'AUX'].includes(tok(i + 1)?.pos ?? ''))) {
      chunks.push({ kind: 'REL', from: i, to: i + 1, head: i, lemma: t.lower });
      i++;
      continue;
    }
    if (npStart && !(t.pos === 'ADJ' && isPredicateAdj(toks, i))) {
      let j = i;
      let head = i;
      let sawNoun = false;
      while (j < n) {
        const u = unitEnd.get(j);
        if (u !== undefined && u > j) {
          if (sawNoun && toks[j]!.pos === 'DET') break;
          j = u;
          head = u - 1;
          sawNoun = true;
          continue;
        }
        const x = toks[j]!;
        const isPoss = x.pos === 'PART' && (x.lower === "'s" || x.lower === "'") && sawNoun;
        const participle = (x.pos === 'VERB' && /ed$/.test(x.lower) && j > i && ['NOUN', 'PROPN'].includes(tok(j + 1)?.pos ?? '') && !sawNoun) ||
          // "Algeria's leading rights activist": a participle right after a possessive modifies the noun.
          (x.pos === 'VERB' && /ing$/.test(x.lower) && tok(j - 1)?.lower === "'s" && ['NOUN', 'PROPN', 'ADJ'].includes(tok(j + 1)?.pos ?? ''));
        const ok = NP_POS.has(x.pos) || isPoss || participle || (j === i && (POSSESSIVE.has(x.lower) || x.lower === 'her')) ||
          (x.text === '-' && sawNoun && ['NOUN', 'PROPN', 'ADJ'].includes(tok(j + 1)?.pos ?? ''));
        if (!ok) break;
        if (x.pos === 'DET' && sawNoun) break;
        // "gave the ambassador 48 hours to leave": a count after a common noun starts the second object.
        if (x.pos === 'NUM' && sawNoun && tok(j - 1)?.pos === 'NOUN' && tok(j + 1)?.pos === 'NOUN') break;
        // "the arrest last week of an employee": a time phrase after the noun is no part of it.
        if (sawNoun && TIME_LEADS.has(x.lower) && TIME_NOUNS.has(tok(j + 1)?.lower ?? '')) break;
        if (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'NUM') { sawNoun = true; head = j; }
        if (x.pos === 'ADJ' && !sawNoun) head = j;
        if (isPoss) sawNoun = false;
        j++;
      }
      if (j === i) j = i + 1;
      chunks.push({ kind: 'NP', from: i, to: j, head, lemma: toks[head]!.lemma });
      i = j;
      continue;
    }
    if (t.pos === 'AUX' || t.pos === 'VERB' || (t.lower === 'to' && t.pos === 'PART' && isVerbal(tok(i + 1)))) {
      i = verbGroup(toks, i, chunks, dict);
      continue;
    }
    if (NEG.has(t.lower) && isVerbal(tok(i + 1))) {
      i = verbGroup(toks, i, chunks, dict);
      continue;
    }
    const kind: ChunkKind = t.pos === 'ADP' || (t.lower === 'to' && t.pos === 'PART') ? 'PREP'
      : t.pos === 'CCONJ' ? 'CONJ'
        : t.pos === 'SCONJ' ? 'SCONJ'
          : t.pos === 'PUNCT' || t.pos === 'SYM' ? 'PUNCT' : 'OTHER';
    chunks.push({ kind, from: i, to: i + 1, head: i, lemma: t.lemma });
    i++;
  }
  if (opts.headline) headlinePassives(toks, chunks);
  conjoinedPassives(toks, chunks);
  return { toks, chunks };
}

/** Object starts after a headline verb: a name, an article, a number, an adjective, a pronoun. */
const OBJECT_START = new Set(['PROPN', 'DET', 'NUM', 'ADJ', 'PRON']);

/**
 * Headlines are telegraphic ("Russia slams US over sanctions", "Germany urges Iran to free
 * activists", "NATO says Ukraine's future ..."): wink often reads the present-tense verb as a plural
 * noun and runs the subject, verb and object into one noun phrase. A word ending in -s right after
 * the subject's name, that the dictionary knows as a verb (an event pattern, a status or a verb of
 * saying), with an object, an infinitive or a preposition its patterns name after it, is the verb.
 */
/** Verbs whose bare participle in a headline tells what befell its subject ("Haniyeh killed in Tehran"). */
const BEFALLING = new Set(['kill', 'shoot', 'wound', 'injure', 'arrest', 'detain', 'jail', 'abduct', 'kidnap', 'expel', 'deport', 'sentence', 'execute', 'capture', 'assassinate', 'stab', 'behead', 'hang']);

/**
 * "Hamas leader Ismail Haniyeh killed in Tehran", "Five soldiers killed in drone attack": a headline
 * drops the auxiliary; a bare participle of such a verb with no object after it is passive.
 */
function headlinePassives(toks: readonly PTok[], chunks: Chunk[]): void {
  chunks.forEach((ch, i) => {
    if (ch.kind !== 'VG' || ch.to - ch.from !== 1 || ch.infinitive || ch.gerund || ch.modal || !BEFALLING.has(ch.lemma)) return;
    const t = toks[ch.from]!;
    if (!looksParticiple(t.lower) || chunks[i - 1]?.kind !== 'NP') return;
    const next = chunks[i + 1];
    if (next === undefined || next.kind === 'PREP' || (next.kind === 'PUNCT' && t.lower !== 'hang')) ch.passive = true;
  });
}

/**
 * "has been removed from power and arrested by the army": a bare participle conjoined to a passive
 * verb group shares its auxiliary, and so is passive too.
 */
function conjoinedPassives(toks: readonly PTok[], chunks: Chunk[]): void {
  chunks.forEach((ch, i) => {
    if (ch.kind !== 'VG' || ch.passive || ch.to - ch.from !== 1 || ch.infinitive || ch.gerund || ch.modal) return;
    if (!looksParticiple(toks[ch.from]!.lower) || chunks[i - 1]?.kind !== 'CONJ') return;
    // (Only with its agent or nothing after it: "retaliated against Ukraine" is active.)
    const next = chunks[i + 1];
    if (next && !(next.kind === 'PREP' && toks[next.from]!.lower === 'by') && next.kind !== 'PUNCT') return;
    for (let j = i - 2; j >= 0 && j >= i - 6; j--) {
      const c = chunks[j]!;
      if (c.kind === 'VG') { if (c.passive) ch.passive = true; return; }
      if (c.kind !== 'NP' && c.kind !== 'PREP' && c.kind !== 'OTHER') return;
    }
  });
}

function headlineVerbs(toks: PTok[], dict: EventDictionary, inUnit: ReadonlySet<number>): void {
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || inUnit.has(k) || !/[^s]s$/.test(t.lower)) continue;
    const prev = toks[k - 1]!;
    if (!(inUnit.has(k - 1) || prev.pos === 'PROPN' || (prev.pos === 'NOUN' && /^\p{Lu}/u.test(prev.text)) || /^(?:chief|head|leaders?|officials?|ministers?|president|premier|government|parliament|court|police|army|rebels|troops)$/.test(prev.lower))) continue;
    const verb = lemmaOf(t.lower, dict.vocabulary, true);
    const patterns = dict.verbs.get(verb);
    const known = patterns !== undefined || dict.status.has(verb) || SPEECH_VERBS.has(verb) || dict.negatingVerbs.has(verb);
    if (!known || verb === t.lower) continue;
    const next = toks[k + 1]!;
    const wanted = next.pos === 'ADP' || next.lower === 'to'
      ? (patterns ?? []).some((p) => p.items[0]?.kind === 'word' && p.items[0].word === next.lower) || (next.lower === 'to' && toks[k + 2]?.pos === 'VERB')
      : OBJECT_START.has(next.pos) || (next.pos === 'SCONJ' && SPEECH_VERBS.has(verb));
    if (!wanted) continue;
    t.pos = 'VERB';
    t.lemma = verb;
  }
}

/** "has once again outright rejected": a verb after a short run of adverbs from `j`. */
function verbAfterAdverbs(toks: readonly PTok[], j: number): boolean {
  let k = j;
  while (k < toks.length && k - j < 3 && toks[k]!.pos === 'ADV') k++;
  return isVerbal(toks[k]);
}

function isVerbal(t: PTok | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');
}

/** "ready" in "are ready to": an adjective right after a form of "be" belongs to the verb group. */
function isPredicateAdj(toks: readonly PTok[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && prev.pos === 'AUX' && BE.has(prev.lower) && toks[i + 1]?.lower === 'to';
}

/** One verb group from `i`: auxiliaries, negation, adverbs between, the main verb. Returns the next index. */
function verbGroup(toks: readonly PTok[], i: number, chunks: Chunk[], dict: EventDictionary): number {
  const start = i;
  const infinitive = toks[i]?.lower === 'to';
  if (infinitive) i++;
  let head = -1;
  let j = i;
  while (j < toks.length) {
    const x = toks[j]!;
    if (x.pos === 'AUX' || x.pos === 'VERB') {
      head = j;
      j++;
      // A second main verb after a main verb starts a new group ("reject proposed changes").
      if (x.pos === 'VERB' && toks[j]?.pos === 'VERB') break;
      if (x.pos === 'VERB' && toks[j]?.pos !== 'AUX' && toks[j]?.pos !== 'VERB' && !(toks[j]?.pos === 'ADV' && verbAfterAdverbs(toks, j))) break;
      continue;
    }
    if (NEG.has(x.lower) || (x.pos === 'ADV' && verbAfterAdverbs(toks, j)) || (x.pos === 'PART' && x.lower !== 'to' && x.lower !== "'s")) { j++; continue; }
    break;
  }
  if (head < 0) {
    // A lone "to" or "not": a preposition or an adverb after all.
    chunks.push({ kind: toks[start]!.lower === 'to' ? 'PREP' : 'OTHER', from: start, to: start + 1, head: start, lemma: toks[start]!.lemma });
    return start + 1;
  }
  // The head is the last main verb; a group of auxiliaries only is headed by its last auxiliary.
  let main = -1;
  for (let k = head; k >= start; k--) if (toks[k]!.pos === 'VERB') { main = k; break; }
  const h = main >= 0 ? main : head;
  const group: Chunk = { kind: 'VG', from: start, to: j, head: h, lemma: toks[h]!.lemma };
  if (infinitive) group.infinitive = true;
  let sawBe = false;
  for (let k = start; k < h; k++) {
    const x = toks[k]!;
    if (NEG.has(x.lower)) group.negated = true;
    const status = dict.status.get(x.lower) ?? (x.lower === 'must' ? 'demanded' : undefined);
    if (status && x.pos === 'AUX' && group.modal === undefined) group.modal = status;
    if (BE.has(x.lower)) sawBe = true;
  }
  const hd = toks[h]!;
  if (sawBe && hd.pos === 'VERB' && looksParticiple(hd.lower) && !ACTIVE_PARTICIPLES.has(hd.lower)) group.passive = true;
  if (!infinitive && /ing$/.test(hd.lower) && h === start) group.gerund = true;
  chunks.push(group);
  return j;
}
