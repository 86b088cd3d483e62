/** Clause structure over the chunks: the subject of a verb group and the window of its arguments. */
import { SPEECH_VERBS, type EventDictionary } from './dictionary.js';
import type { ParsedSentence } from './parse.js';
import { coordinationLeft } from './participants.js';

/** Words tagged as prepositions that also open a clause ("after Moscow refused to explain"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'once', 'because', 'while', 'though', 'although', 'if', 'unless', 'whereas']);
/**
 * Nouns whose to-infinitive is the act of the clause's subject ("Russia had no plans to attack",
 * "Iran announced its decision to expel"): the noun is no subject of the infinitive.
 */
export const COMPLEMENT_NOUNS = new Set([
  'plan', 'plans', 'intention', 'intentions', 'intent', 'decision', 'attempt', 'attempts', 'effort', 'efforts', 'bid',
  'move', 'readiness', 'willingness', 'desire', 'wish', 'ability', 'right', 'chance', 'opportunity', 'need',
  'reason', 'way', 'time', 'offer', 'promise', 'pledge', 'threat', 'threats', 'refusal', 'determination', 'resolve',
  'commitment', 'aim', 'goal', 'proposal', 'option', 'permission', 'authority', 'power', 'capacity',
]);
/** "the first … to visit", "the only … to attend": the act is told as done by the subject. */
export const ORDINAL_LEAD = new Set(['first', 'second', 'third', 'last', 'only', 'latest']);
const STOP_PUNCT = new Set([';', ':', '"', '“', '”', '«', '»', '(', ')', '—', '–', '.', '?', '!']);
const QUOTE_MARKS = new Set(['"', '“', '”', '«', '»']);
/** "hours later agreed", "two days earlier": a span of time before such a word is no subject. */
const TIME_SPANS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)$/;
const TIME_AFTER = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward', 'before', 'after']);
/** Verbs of urging and judging, which go on with a speaker after "and" rather than with what he reports. */
const URGING: ReadonlySet<string> = new Set(['urge', 'call', 'demand', 'ask', 'appeal', 'accuse', 'criticize', 'criticise', 'condemn', 'praise', 'welcome']);

export function isSpeechVerb(lemma: string): boolean {
  return SPEECH_VERBS.has(lemma);
}

/** Chunk indices after the trigger at `at` that its arguments may come from. */
export function argumentWindow(ps: ParsedSentence, at: number, max = 14): number[] {
  const out: number[] = [];
  let closing = -1;
  for (let k = at + 1; k < ps.chunks.length && out.length < max; k++) {
    const ch = ps.chunks[k]!;
    const w = ps.toks[ch.from]!.lower;
    const next = ps.chunks[k + 1];
    if (ch.kind === 'PUNCT') {
      if (k === closing) continue;
      // 'brought a "harsh punishment" upon itself': scare quotes around a few words are no boundary.
      if (QUOTE_MARKS.has(ps.toks[ch.from]!.text) && closing < k) {
        closing = scareQuoteEnd(ps, k);
        if (closing > k) continue;
      }
      if (STOP_PUNCT.has(ps.toks[ch.from]!.text)) break;
      if (next && (next.kind === 'REL' || next.kind === 'SCONJ' || next.kind === 'CONJ' || (next.kind === 'VG' && !next.infinitive))) break;
      if (attribution(ps, k + 1)) break;
      out.push(k);
      continue;
    }
    if (ch.kind === 'REL') break;
    if (ch.kind === 'SCONJ' && w !== 'that') break;
    if (ch.kind === 'CONJ' && next && next.kind === 'VG') break;
    if (ch.kind === 'VG') {
      if (ch.infinitive || ch.gerund) {
        out.push(k);
        // "prepared to resume shelling": the gerund the infinitive governs.
        if (ch.infinitive && next?.kind === 'VG' && next.gerund) out.push(k + 1);
        break;
      }
      // "the leader ... in Moscow" stops at the next finite verb.
      break;
    }
    out.push(k);
  }
  return out;
}

/** The chunk of the quote mark closing a short verbless quotation opened at `k`, or -1. */
function scareQuoteEnd(ps: ParsedSentence, k: number): number {
  for (let j = k + 1; j < ps.chunks.length && j <= k + 4; j++) {
    const ch = ps.chunks[j]!;
    if (ch.kind === 'PUNCT') return QUOTE_MARKS.has(ps.toks[ch.from]!.text) && j > k + 1 ? j : -1;
    if (ch.kind !== 'NP' || ch.to - ch.from > 4) return -1;
  }
  return -1;
}

/** ", the Israeli army said", ", officials of the ministry told reporters": a report's source from chunk `k`. */
function attribution(ps: ParsedSentence, k: number): boolean {
  for (let j = k; j < ps.chunks.length && j < k + 5; j++) {
    const ch = ps.chunks[j]!;
    if (ch.kind === 'VG') return !ch.infinitive && SPEECH_VERBS.has(ch.lemma) && j > k;
    if (ch.kind !== 'NP' && ch.kind !== 'PREP') return false;
  }
  return false;
}

/**
 * The subject of the verb group at `v` (chunk indices of a coordination), following relative
 * pronouns to their antecedent, "and"-coordinated verbs to the first verb's subject, and skipping
 * prepositional phrases that stand between.
 */
export function subjectOf(ps: ParsedSentence, v: number, dict: EventDictionary, depth = 0): number[] {
  if (depth > 4) return [];
  let k = v - 1;
  let hops = 0;
  while (k >= 0 && hops++ < 12) {
    const ch = ps.chunks[k]!;
    const w = ps.toks[ch.from]!.lower;
    if (ch.kind === 'OTHER') { k--; continue; }
    // "The Revolutionary United Front (RUF) announced": an abbreviation or aside in brackets.
    if (ch.kind === 'PUNCT' && w === ')') {
      let j = k - 1;
      while (j >= 0 && !(ps.chunks[j]!.kind === 'PUNCT' && ps.toks[ps.chunks[j]!.from]!.text === '(') && k - j < 8) j--;
      if (j >= 1 && ps.toks[ps.chunks[j]!.from]!.text === '(') { k = j - 1; continue; }
      return [];
    }
    if (ch.kind === 'NP' && TIME_SPANS.test(ps.toks[ch.head]!.lower) && TIME_AFTER.has(ps.toks[ps.chunks[k + 1]?.from ?? -1]?.lower ?? '')) { k--; continue; }
    if (ch.kind === 'NP') {
      // "condemned Iran's decision to withdraw": the possessed noun stands for its possessor.
      if (ps.chunks[v]!.infinitive && k === v - 1 && COMPLEMENT_NOUNS.has(ps.toks[ch.head]!.lower) && hasPossessor(ps, ch)) return [k];
      const before = ps.chunks[k - 1];
      const earlier = ps.chunks[k - 2];
      // "Russian aircraft including helicopter gunships killed", "a group based in Trinidad claims":
      // a participle phrase inside the subject; its head is the earlier noun phrase.
      if (before && earlier && earlier.kind === 'NP' && before.kind === 'VG' && isParticiple(ps, before)) {
        k -= 2;
        continue;
      }
      // "Russia had no plans to attack": the infinitive belongs to the subject of "had".
      // "Yoon is the first South Korean president to visit Japan": the predicate noun stands for the subject of "is".
      if (ps.chunks[v]!.infinitive && k === v - 1 && ps.chunks[k - 1]?.kind === 'VG' && ps.chunks[k - 1]!.lemma === 'be' &&
        ORDINAL_LEAD.has(ps.toks[ch.from + 1]?.lower ?? '')) {
        return subjectOf(ps, k - 1, dict, depth + 1);
      }
      if (ps.chunks[v]!.infinitive && k === v - 1 && COMPLEMENT_NOUNS.has(ps.toks[ch.head]!.lower) && !hasPossessor(ps, ch)) {
        for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
          const g = ps.chunks[j]!;
          if (g.kind === 'VG') return subjectOf(ps, j, dict, depth + 1);
          if (g.kind !== 'OTHER' && g.kind !== 'NP') break;
        }
      }
      // "travelled to Cairo to meet Mursi", "flew to Moscow to broker the deal": the traveller's purpose.
      if (ps.chunks[v]!.infinitive && k === v - 1 && before?.kind === 'PREP' && earlier?.kind === 'VG' && !earlier.infinitive) {
        // ("… before travelling to Cairo to meet Mursi": the main clause's subject travels.)
        const lead = ps.chunks[k - 3];
        if (earlier.gerund && lead && SUBORDINATORS.has(ps.toks[lead.from]!.lower)) {
          for (let j = k - 4; j >= 0; j--) {
            const g = ps.chunks[j]!;
            if (g.kind === 'VG' && !g.gerund && !g.infinitive) return subjectOf(ps, j, dict, depth + 1);
            if (g.kind === 'PUNCT' && STOP_PUNCT.has(ps.toks[g.from]!.text)) break;
          }
          return [];
        }
        return subjectOf(ps, k - 2, dict, depth + 1);
      }
      if (before && before.kind === 'PREP' && ps.toks[before.from]!.lower !== 'to' &&
        !(k === v - 1 && SUBORDINATORS.has(ps.toks[before.from]!.lower))) {
        // "the meeting between X and Y on June 12 reduced": skip the prepositional phrase.
        k -= 2;
        continue;
      }
      return coordinationLeft(ps, k);
    }
    if (ch.kind === 'REL') {
      let a = k - 1;
      if (a >= 0 && ps.chunks[a]!.kind === 'PUNCT' && ps.toks[ps.chunks[a]!.from]!.text === ',') a--;
      if (a >= 0 && ps.chunks[a]!.kind === 'NP') return coordinationLeft(ps, a);
      return [];
    }
    // "Kenzo Oshima, the United Nations relief coordinator, demanded": the name before the apposition.
    if (ch.kind === 'PUNCT' && w === ',' && ps.chunks[k - 1]?.kind === 'NP' && ps.chunks[k - 2]?.kind === 'PUNCT' &&
      ps.toks[ps.chunks[k - 2]!.from]!.text === ',' && ps.chunks[k - 3]?.kind === 'NP') {
      // ("The EU's foreign policy chief, Federica Mogherini, said": the name set off after the title.)
      const name = (c: { head: number }): boolean => ps.toks[c.head]!.pos === 'PROPN';
      if (name(ps.chunks[k - 1]!) && !name(ps.chunks[k - 3]!)) return [k - 1];
      return coordinationLeft(ps, k - 3);
    }
    // "Sarkozy, whose country holds the presidency, flew": the subject before a relative clause.
    if (ch.kind === 'PUNCT' && w === ',') {
      const r = beforeRelativeAside(ps, k);
      if (r) return r;
    }
    // "Greece, like most other members, plans to": the subject before a parenthetical phrase.
    if (ch.kind === 'PUNCT' && w === ',') {
      for (let j = k - 1; j >= 1; j--) {
        const c = ps.chunks[j]!;
        if (c.kind === 'VG' && !isParticiple(ps, c)) break;
        // ("proposed by the 5-Star Movement (M5S) and the League": an abbreviation in brackets.)
        if (c.kind === 'PUNCT' && ps.toks[c.from]!.text === ')' && j >= 2 && ps.toks[ps.chunks[j - 2]!.from]!.text === '(') { j -= 2; continue; }
        if (c.kind === 'PUNCT' && ps.toks[c.from]!.text !== ',') break;
        // "Bashir, following the peace deal, has taken": a participle opens the aside too.
        const opener = ps.chunks[j + 1];
        // ("Conte, a law professor proposed by the two parties, left": an apposition with a participle
        // phrase; no list of names joined before the participle.)
        const participle = ps.chunks.findIndex((x, n) => n > j + 1 && n < k && x.kind === 'VG' && isParticiple(ps, x));
        const apposition = opener?.kind === 'NP' && participle > 0 && !ps.chunks.slice(j + 1, participle).some((x) => x.kind === 'CONJ');
        if (c.kind === 'PUNCT' && ps.chunks[j - 1]!.kind === 'NP' && (opener?.kind === 'PREP' || apposition || (opener?.kind === 'VG' && isParticiple(ps, opener)))) {
          const first = coordinationLeft(ps, j - 1)[0]!;
          const opener = ps.chunks[first - 1];
          if (!opener || opener.kind === 'SCONJ' || (opener.kind === 'PUNCT' && STOP_PUNCT.has(ps.toks[opener.from]!.text))) return coordinationLeft(ps, j - 1);
          break;
        }
      }
    }
    if (ch.kind === 'CONJ' || (ch.kind === 'PUNCT' && w === ',')) {
      // "Russia condemned X and expelled Y": the earlier verb's subject.
      for (let j = k - 1; j >= 0; j--) {
        const c = ps.chunks[j]!;
        if (c.kind === 'VG' && !c.infinitive && !c.gerund) {
          const subj = subjectOf(ps, j, dict, depth + 1);
          // "Lavrov did not rule out that Putin would travel to China, but declined to name dates":
          // after "but", the reported clause is left; the speaker goes on.
          // So after "and" with a verb of urging: "Hunt said the plan was not the answer and
          // called for civilian rule" (Hunt calls, not the plan).
          const vg = ps.chunks[v]!;
          if (w === 'but' || (w === 'and' && !vg.infinitive && URGING.has(vg.lemma))) {
            const main = reportingVerb(ps, subj[0], dict);
            if (main !== undefined) return subjectOf(ps, main, dict, depth + 1);
          }
          return subj;
        }
        // ("accused Washington of an "aggressive" policy and warned": quotation marks around a word end nothing.)
        if (c.kind === 'PUNCT' && STOP_PUNCT.has(ps.toks[c.from]!.text) && !QUOTE_MARKS.has(ps.toks[c.from]!.text)) break;
        if (c.kind === 'SCONJ' || c.kind === 'REL') break;
      }
      return [];
    }
    if (ch.kind === 'VG') {
      // An infinitive takes its governor's subject ("refused to meet", "plans to visit").
      if (ps.chunks[v]!.infinitive) return subjectOf(ps, k, dict, depth + 1);
      // "The Red Cross operating in Iraq said": a participle phrase inside the subject.
      // (Only an -ing form: "prisoner died as a result of torture" has a past tense, no participle.)
      if (isParticiple(ps, ch) && /ing$/.test(ps.toks[ch.head]!.lower) && ps.chunks[k - 1]?.kind === 'NP') { k--; continue; }
      return [];
    }
    if (ch.kind === 'PREP') { k--; continue; }
    return [];
  }
  return [];
}

/**
 * The comma at `k` closes a relative clause set off by commas (", who …,", ", whose country …,"):
 * the noun phrase before it, past an of-phrase ("the president of France, who …").
 */
function beforeRelativeAside(ps: ParsedSentence, k: number): number[] | undefined {
  for (let j = k - 1; j >= 2; j--) {
    const c = ps.chunks[j]!;
    if (c.kind === 'REL') {
      const comma = ps.chunks[j - 1]!;
      if (comma.kind !== 'PUNCT' || ps.toks[comma.from]!.text !== ',' || ps.chunks[j - 2]!.kind !== 'NP') return undefined;
      let n = j - 2;
      if (n >= 2 && ps.chunks[n - 1]!.kind === 'PREP' && ps.toks[ps.chunks[n - 1]!.from]!.lower === 'of' && ps.chunks[n - 2]!.kind === 'NP') n -= 2;
      return coordinationLeft(ps, n);
    }
    // (The clause may hold a clause of its own: ", whose delegate complained that the deal …,".)
    if (c.kind === 'PUNCT') return undefined;
  }
  return undefined;
}

/**
 * The verb of saying (or "rule out") whose complement clause has its subject at chunk `s0`:
 * "said (on Tuesday) (that) <s0>", "did not rule out that <s0>".
 */
function reportingVerb(ps: ParsedSentence, s0: number | undefined, dict: EventDictionary): number | undefined {
  if (s0 === undefined) return undefined;
  let i = s0 - 1;
  if (ps.chunks[i]?.kind === 'SCONJ' && ps.toks[ps.chunks[i]!.from]!.lower === 'that') i--;
  for (let n = 0; n < 2 && i >= 1 && ps.chunks[i]!.kind === 'NP' && ps.chunks[i - 1]!.kind === 'PREP'; n++) i -= 2;
  if (ps.chunks[i]?.kind === 'PREP' && ps.toks[ps.chunks[i]!.from]!.lower === 'out') i--;
  const g = ps.chunks[i];
  return g?.kind === 'VG' && !g.infinitive && (SPEECH_VERBS.has(g.lemma) || dict.possibleWhenNegated.has(g.lemma)) ? i : undefined;
}

function hasPossessor(ps: ParsedSentence, np: { from: number; to: number }): boolean {
  for (let k = np.from; k < np.to; k++) if (ps.toks[k]!.lower === "'s" || ps.toks[k]!.lower === "'") return true;
  return false;
}

/** A bare participle ("including", "based", "operating"): no auxiliary, -ing or -ed. */
function isParticiple(ps: ParsedSentence, ch: { from: number; to: number; head: number; infinitive?: boolean }): boolean {
  if (ch.infinitive || ch.to - ch.from !== 1) return false;
  return /(?:ing|ed)$/.test(ps.toks[ch.head]!.lower);
}

/** The verb group governing the infinitive at `v` ("plans" in "plans to visit"), if adjacent. */
export function governorOf(ps: ParsedSentence, v: number): number | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 2; k--) {
    const ch = ps.chunks[k]!;
    if (ch.kind === 'VG') return k;
    if (ch.kind !== 'OTHER') return undefined;
  }
  return undefined;
}

/** The speech verb whose complement holds the chunk at `at` ("X said Y would ..."), if any. */
export function speechFrame(ps: ParsedSentence, at: number): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const ch = ps.chunks[k]!;
    if (ch.kind === 'VG' && isSpeechVerb(ch.lemma)) return k;
    // 'said India had committed "reckless aggression" and that …': scare quotes end nothing.
    if (ch.kind === 'PUNCT' && QUOTE_MARKS.has(ps.toks[ch.from]!.text)) {
      const open = ps.chunks.findIndex((x, j) => j < k && j >= k - 4 && x.kind === 'PUNCT' && QUOTE_MARKS.has(ps.toks[x.from]!.text));
      if (open >= 0 && ps.chunks.slice(open + 1, k).every((x) => x.kind === 'NP' || x.kind === 'OTHER')) { k = open; continue; }
    }
    if (ch.kind === 'PUNCT' && STOP_PUNCT.has(ps.toks[ch.from]!.text)) break;
  }
  // ", officials said."
  for (let k = at + 1; k < ps.chunks.length; k++) {
    const ch = ps.chunks[k]!;
    if (ch.kind === 'VG' && isSpeechVerb(ch.lemma)) {
      const prev = ps.chunks[k - 1];
      const prev2 = ps.chunks[k - 2];
      if (prev?.kind === 'NP' && prev2?.kind === 'PUNCT') return k;
    }
    if (ch.kind === 'PUNCT' && STOP_PUNCT.has(ps.toks[ch.from]!.text)) break;
  }
  return undefined;
}
