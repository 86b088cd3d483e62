/**
 * Stances said with "to be": "X has been critical of Y", "X was worried about Y", "X is a staunch
 * opponent of Y". The subject holds a view of the phrase after the preposition, which attribution
 * counts as its content (as it counts "X criticized Y").
 */
import type { Token } from '../doc.js';
import { cueAt } from './cue.js';
import { contentEnd, objectEnd } from './extent.js';
import type { Statement } from './indirect.js';
import { ATTITUDE_ADJECTIVES } from './lexicon.js';
import { isTimePhrase, lowerText, phraseStartingAt, tok, type View } from './phrases.js';

/** Adjectives of a stance toward something, besides the attitudes that take a clause. */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...ATTITUDE_ADJECTIVES, 'critical', 'supportive', 'wary', 'coy', 'vague', 'bullish', 'bearish', 'passionate',
  'enthusiastic', 'dismissive', 'suspicious', 'doubtful', 'cautious', 'uneasy', 'fearful', 'hostile', 'scathing',
  'outspoken', 'vocal', 'silent', 'unequivocal', 'clear', 'candid', 'blunt', 'reluctant', 'opposed', 'committed',
]);

/** People defined by their stance: "a staunch opponent of the tax". */
export const STANCE_HOLDERS: ReadonlySet<string> = new Set([
  'supporter', 'opponent', 'critic', 'advocate', 'defender', 'proponent', 'champion', 'backer', 'foe', 'skeptic',
  'sceptic', 'detractor',
]);

const TO_ADJECTIVES = new Set(['opposed', 'committed', 'hostile']);
const PREPS = new Set(['about', 'of', 'over', 'on', 'with', 'toward', 'towards', 'regarding', 'against']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", '’re', "'m", '’m', 'am']);
const WH = new Set(['whether', 'how', 'why', 'what', 'who', 'when', 'where']);

/** Where the copula before a stance word at `i` stands, over adverbs and an article with adjectives. */
function copulaBefore(v: View, i: number, holder: boolean): number | undefined {
  let k = i - 1;
  if (holder) {
    while (k > i - 4 && (tok(v, k)?.pos === 'ADJ' || tok(v, k)?.pos === 'ADV' || lowerText(tok(v, k)) === 'and' || lowerText(tok(v, k)) === ',')) k--;
    if (!/^(?:a|an|the)$/u.test(lowerText(tok(v, k)))) return undefined;
    k--;
  }
  while (k > i - 5 && (tok(v, k)?.pos === 'ADV' || tok(v, k)?.pos === 'PART')) k--;
  return BE.has(lowerText(tok(v, k))) ? k : undefined;
}

/** The stance whose adjective or holder noun is token `i`, with what it is about. */
export function stanceAt(v: View, i: number): Statement | undefined {
  const t = tok(v, i);
  if (!t) return undefined;
  const w = t.text.toLowerCase();
  const holder = STANCE_HOLDERS.has(w);
  if (!holder && !STANCE_ADJECTIVES.has(w)) return undefined;
  const prep = lowerText(tok(v, i + 1));
  // ("is opposed to the bill", "was committed to the deal".)
  const ok = holder ? prep === 'of' : PREPS.has(prep) || (prep === 'to' && TO_ADJECTIVES.has(w));
  if (!ok) return undefined;
  const be = copulaBefore(v, i, holder);
  if (be === undefined) return undefined;
  // The subject stands before the copula, found the way a cue verb's is.
  const cue = cueAt(v, be, w);
  if (!cue.subject || cue.inverted) return undefined;
  const from = i + 2;
  const first = tok(v, from);
  if (!first) return undefined;
  let to: number;
  if (WH.has(first.text.toLowerCase())) to = contentEnd(v, from);
  else if (first.pos === 'VERB' && /ing$/u.test(first.text)) to = objectEnd(v, { from, to: from + 1 });
  else {
    const obj = phraseStartingAt(v, from, 12);
    if (!obj || isTimePhrase(v, obj)) return undefined;
    to = objectEnd(v, obj, true);
  }
  if (to <= from) return undefined;
  return { cue: { ...cue, end: (v.tokens[i + 1] as Token).end }, content: { from, to } };
}
