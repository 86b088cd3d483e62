/**
 * The tense around a time expression, read from the words of its sentence: the verb marker nearest
 * the expression decides ("which was held ... on June 12" → past; "will visit in May" → future).
 * Year-less dates and bare weekdays are resolved by it.
 */

export type Tense = 'past' | 'future' | 'present' | 'none';

const FUTURE = new Set([
  'will', "'ll", 'shall', 'wo', 'tomorrow', 'upcoming', 'next', 'plans', 'planned', 'plan', 'scheduled',
  'expected', 'expects', 'due', 'intends', 'forthcoming', 'coming', 'would', 'going',
  // Modals look forward more often than back in news ("it could be done in September").
  'could', 'can', 'may', 'might', 'should', 'must',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'yesterday', 'last', 'earlier', 'held', 'met', 'came', 'went',
  'took', 'gave', 'made', 'told', 'began', 'saw', 'won', 'lost', 'fell', 'rose', 'paid', 'sold', 'bought',
  'left', 'led', 'became', 'brought', 'put', 'set', 'spent', 'struck', 'found', 'got', 'hit', 'ran', 'sent',
  'spoke', 'wrote', 'thought', 'knew', 'felt', 'kept', 'meant', 'broke', 'chose', 'drove', 'flew',
  'fought', 'grew', 'heard', 'shot', 'stood', 'taught', 'threw', 'understood', 'wore', 'signed', 'previously',
]);
const PRESENT = new Set(['is', 'are', 'am', 'now', 'today', 'currently', 'says', 'has', 'have']);
/** Words ending in -ed that are rarely past-tense verbs in news. */
const NOT_PAST = new Set(['united', 'limited', 'need', 'speed', 'red', 'bed', 'based', 'feed', 'seed', 'indeed', 'proceed', 'succeed', 'exceed', 'embed', 'shed', 'hundred', 'expected', 'scheduled', 'planned', 'related']);

const WORD = /[A-Za-z]+(?:'[a-z]+)?|'ll/gu;

/** Classify one lower-cased word. */
function markerOf(w: string): Tense {
  if (FUTURE.has(w)) return 'future';
  if (PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w)) return 'past';
  if (w.endsWith("'ll")) return 'future';
  return 'none';
}

/**
 * The tense at `[start, end)` of `text` within the sentence `[sStart, sEnd)`: the nearest marker
 * outside the expression, preferring markers before it (the verb usually precedes its adjunct).
 */
export function tenseIn(text: string, sStart: number, sEnd: number, start: number, end: number): Tense {
  const sentence = text.slice(sStart, sEnd);
  let best: Tense = 'none';
  let bestDist = Infinity;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const a = sStart + m.index;
    const b = a + m[0].length;
    if (a >= start && b <= end) continue;
    const t = markerOf(m[0].toLowerCase());
    if (t === 'none') continue;
    // A marker after the expression counts as a little farther than one before it.
    const dist = b <= start ? start - b : (a - end) * 1.5;
    if (dist < bestDist) {
      bestDist = dist;
      best = t;
    }
  }
  return best;
}

/** Sentence bounds around `offset` when no sentence layer exists: up to the nearest stop or newline. */
export function fallbackSentence(text: string, offset: number): [number, number] {
  let s = offset;
  const limit = Math.max(0, offset - 400);
  while (s > limit && !/[.!?\n]/u.test(text[s - 1] ?? '')) s--;
  let e = offset;
  const max = Math.min(text.length, offset + 400);
  while (e < max && !/[!?\n]/u.test(text[e] ?? '') && !(text[e] === '.' && /\s/u.test(text[e + 1] ?? ' '))) e++;
  return [s, e];
}
