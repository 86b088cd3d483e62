/**
 * Attribution of a quoted passage: the cue after it ('…," Putin said' / '…," said Caddell'), before
 * it ('Putin said: "…"' / 'he added, "…"'), and whether the passage is a direct quote (a sentence
 * or more, framed by its cue) or a partial one (words quoted inside the writer's own sentence).
 */
import type { Token } from '../doc.js';
import { cueAt, cueLemma, type Cue } from './cue.js';
import { ATTITUDE_ADJECTIVES, FRAMING_VERBS } from './lexicon.js';
import { isComma, lowerText, phraseEndingAt, phraseStartingAt, tok, type View } from './phrases.js';

const DASHES = new Set(['―', '—', '–', '--', '-']);
const SKIPPABLE_AFTER_VERB = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON', 'PART']);

/**
 * The cue in the narrative right after a quote's closing mark: tokens [from, to) of `v`.
 * Handles '…," Putin said', '…," he added, addressing X', '…," said Caddell',
 * and an apposition between speaker and verb ('…," Rep. Smith, the panel's chair, said').
 */
export function cueAfter(v: View, from: number, to: number): Cue | undefined {
  let i = from;
  // '“…” ― Sonya Herridge': a dash and a name under a quote.
  const dash = tok(v, i);
  if (dash && DASHES.has(dash.text)) {
    const np = phraseStartingAt(v, i + 1, 6);
    const after = np ? tok(v, np.to) : undefined;
    if (np && (!after || after.pos === 'PUNCT') && v.tokens[np.from]?.pos === 'PROPN') {
      return { verb: i, lemma: 'dash', subject: np, inverted: true, start: dash.start, end: (v.tokens[np.to - 1] as Token).end };
    }
  }
  while (i < to && isComma(tok(v, i))) i++;
  const first = tok(v, i);
  if (!first) return undefined;
  const lemma = cueLemma(first, false);
  if (lemma) {
    const cue = cueAt(v, i, lemma);
    return cue.subject ? cue : undefined;
  }
  const np = phraseStartingAt(v, i);
  if (!np) return undefined;
  const across = cueAcrossApposition(v, np, to);
  if (across) return across;
  // Look for the verb within a short window that holds no other verb.
  for (let j = np.to; j < Math.min(to, np.to + 14); j++) {
    const t = tok(v, j);
    if (!t) return undefined;
    const l = cueLemma(t, false, tok(v, j - 1));
    if (l) {
      const cue = cueAt(v, j, l);
      if (!cue.subject || cue.inverted) {
        cue.subject = np;
        cue.inverted = false;
        cue.start = (v.tokens[np.from] as Token).start;
        cue.end = t.end;
      }
      return cue;
    }
    if (t.pos === 'VERB' || (t.pos === 'AUX' && !/^(?:has|have|had|also)$/iu.test(t.text))) return undefined;
    if (t.text === '.' || t.text === ';' || t.text === ':') return undefined;
  }
  return undefined;
}

/**
 * '…," Anna Berg, the head of the panel that oversees trade, told reporters': the speaker, an
 * apposition set off by commas that may hold a verb of its own, then the cue verb.
 */
function cueAcrossApposition(v: View, np: { from: number; to: number }, to: number): Cue | undefined {
  if (!isComma(tok(v, np.to))) return undefined;
  for (let k = np.to + 2; k < Math.min(to, np.to + 32); k++) {
    const t = tok(v, k);
    if (!t || (v.inQuote[k] ?? -1) >= 0 || t.text === '.' || t.text === ';' || t.text === ':') return undefined;
    if (!isComma(t)) continue;
    let j = k + 1;
    while (tok(v, j)?.pos === 'ADV') j++;
    const verb = tok(v, j);
    const l = cueLemma(verb, false, tok(v, j - 1));
    if (!l || !verb) return undefined;
    const cue = cueAt(v, j, l);
    if (!cue.subject || cue.inverted) {
      cue.subject = np;
      cue.inverted = false;
    }
    cue.start = (v.tokens[cue.subject.from] as Token).start;
    return cue;
  }
  return undefined;
}

/**
 * The cue in the narrative right before a quote's opening mark, tokens [from, to):
 * 'Putin said: "…"', 'he told reporters on Friday, "…"', 'Caddell continued: "…"'.
 * `framed` says whether a colon or comma stood right before the mark.
 */
export function cueBefore(v: View, from: number, to: number): { cue: Cue; framed: boolean } | undefined {
  let e = to;
  let framed = false;
  while (e > from) {
    const t = tok(v, e - 1);
    if (t && (t.text === ':' || isComma(t))) {
      framed = true;
      e--;
      continue;
    }
    break;
  }
  for (let j = e - 1; j >= from && j >= e - 10; j--) {
    const t = tok(v, j);
    if (!t) return undefined;
    const l = cueLemma(t, false, tok(v, j - 1));
    if (l) {
      const cue = cueAt(v, j, l);
      return { cue, framed };
    }
    if (!SKIPPABLE_AFTER_VERB.has(t.pos) && !isComma(t)) return undefined;
  }
  return undefined;
}

/**
 * 'Keir Dale branded the agreement "a disgrace"' with "branded" tagged an adjective: a past form
 * between a name or pronoun and its object's determiner is the verb.
 */
function framingAsAdjective(v: View, j: number): boolean {
  const t = tok(v, j);
  const prev = tok(v, j - 1);
  const next = tok(v, j + 1);
  return !!t && !!prev && !!next && t.pos === 'ADJ' && /ed$/u.test(t.text)
    && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && !POSSESSIVE.has(prev.text.toLowerCase())))
    && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN');
}

const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * The cue that frames words quoted inside a sentence, reading leftwards from the opening mark:
 * 'was hopeful that the World Cup would "add to…"', 'called the plan a "disaster"'.
 */
export function cueFramingPartial(v: View, from: number, open: number): Cue | undefined {
  for (let j = open - 1; j >= from; j--) {
    const t = tok(v, j);
    if (!t) continue;
    const l = cueLemma(t, true) ?? (t.pos === 'VERB' || framingAsAdjective(v, j) ? FRAMING_VERBS.get(t.text.toLowerCase()) : undefined);
    if (l) return cueAt(v, j, l);
    if (ATTITUDE_ADJECTIVES.has(t.text.toLowerCase())) {
      const be = tok(v, j - 1);
      if (be && be.pos === 'AUX') {
        const subj = phraseEndingAt(v, j - 1);
        if (subj) {
          return { verb: j, lemma: t.text.toLowerCase(), subject: subj, start: (v.tokens[subj.from] as Token).start, end: t.end };
        }
      }
    }
  }
  return undefined;
}

/** Is the narrative before a quote's mark a frame that makes the quote direct? */
export function opensAsDirect(v: View, from: number, open: number, contentFirst: string): boolean {
  let e = open;
  while (e > from && !tok(v, e - 1) && (v.inQuote[e - 1] ?? -1) < 0) e--;
  // Only punctuation or nothing before the mark: the quote starts the statement.
  let words = 0;
  for (let j = from; j < e; j++) {
    const t = tok(v, j);
    if (t && /[\p{L}\p{N}]/u.test(t.text)) words++;
  }
  if (words === 0) return true;
  const last = tok(v, e - 1);
  if (!last) return true;
  if (last.text === ':') return true;
  if (isComma(last)) return /^\p{Lu}/u.test(contentFirst) || !!cueBefore(v, from, e);
  // 'He said "we will win."' / 'She told the court "Basic checks were not done."' without a comma:
  // direct when the quote reads as a sentence.
  if (!/^\p{Lu}/u.test(contentFirst)) return false;
  if (cueLemma(last, false)) return lowerText(last) !== 'called';
  const before = cueBefore(v, from, e);
  return !!before && before.cue.lemma !== 'call' && (before.cue.addressee !== undefined || e - before.cue.verb <= 4);
}
