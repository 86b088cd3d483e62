/**
 * Document-level features for the second pass: what the first pass said about the same word
 * elsewhere in the article ("Blackburn" was the last word of a person), and the first pass's own
 * tags around the token. This is how a name keeps one type through an article.
 */
import { docKey, KeyBuffer } from './features.js';
import { N_TAGS, partOf, tagName, TYPES, typeOf } from './tags.js';

const HAS_UPPER = /^\P{Ll}*\p{Lu}/u;

/** Precomputed keys, so the hot loop only looks them up. */
const K = {
  p1: Array.from({ length: N_TAGS }, (_x, t) => docKey('p1', tagName(t))),
  p1prev: Array.from({ length: N_TAGS + 1 }, (_x, t) => docKey('p1-1', t === N_TAGS ? 'S' : tagName(t))),
  p1next: Array.from({ length: N_TAGS + 1 }, (_x, t) => docKey('p1+1', t === N_TAGS ? 'S' : tagName(t))),
  maj: ['O', ...TYPES].map((t) => docKey('maj', t)),
  any: TYPES.map((t) => docKey('any', t)),
  part: Array.from({ length: N_TAGS }, (_x, t) => docKey('part', tagName(t))),
  lowerElsewhere: docKey('lower', 'elsewhere'),
  alone: docKey('alone', 'O'),
};

/**
 * The document keys of every token, flat over the document's sentences in order: the j-th token's
 * keys are out.keys[out.offsets[j]..out.offsets[j + 1]).
 */
export function docExtrasInto(out: KeyBuffer, words: ReadonlyArray<readonly string[]>, pass1: readonly Uint8Array[]): void {
  let total = 0;
  for (const ws of words) total += ws.length;
  out.reset(total);
  // Per lower-cased capitalized word: counts of first-pass tags over its occurrences, in one flat
  // array (N_TAGS per word, at the word's slot). Lower case and capitalization are worked out once
  // per token and kept for the second loop.
  const slots = new Map<string, number>();
  const lowerSeen = new Set<string>();
  const lowers: string[][] = [];
  const caps: boolean[][] = [];
  words.forEach((ws) => {
    const ls: string[] = new Array<string>(ws.length);
    const cs: boolean[] = new Array<boolean>(ws.length);
    ws.forEach((w, i) => {
      const lower = w.toLowerCase();
      ls[i] = lower;
      const upper = w !== lower && HAS_UPPER.test(w);
      cs[i] = upper;
      if (i > 0 && w === lower) lowerSeen.add(lower);
      if (upper && !slots.has(lower)) slots.set(lower, slots.size * N_TAGS);
    });
    lowers.push(ls);
    caps.push(cs);
  });
  const counts = new Int32Array(slots.size * N_TAGS);
  words.forEach((ws, s) => {
    const tags = pass1[s];
    const ls = lowers[s] ?? [];
    const cs = caps[s] ?? [];
    for (let i = 0; i < ws.length; i++) {
      if (!cs[i]) continue;
      const t = tags?.[i] ?? 0;
      counts[(slots.get(ls[i] ?? '') ?? 0) + t]! += 1;
    }
  });
  const typeCount = new Int32Array(TYPES.length + 1);
  let j = 0;
  words.forEach((ws, s) => {
    const tags = pass1[s] ?? new Uint8Array(ws.length);
    const ls = lowers[s] ?? [];
    const cs = caps[s] ?? [];
    for (let i = 0; i < ws.length; i++, j++) {
      out.offsets[j] = out.length;
      const t = tags[i] ?? 0;
      out.push(K.p1[t] ?? 0);
      out.push(K.p1prev[i === 0 ? N_TAGS : (tags[i - 1] ?? 0)] ?? 0);
      out.push(K.p1next[i === ws.length - 1 ? N_TAGS : (tags[i + 1] ?? 0)] ?? 0);
      if (!cs[i]) continue;
      const lower = ls[i] ?? '';
      if (lowerSeen.has(lower)) out.push(K.lowerElsewhere);
      const at = slots.get(lower);
      if (at === undefined) continue;
      // Counts over the other occurrences: remove this one.
      typeCount.fill(0);
      let bestPart = -1;
      let bestPartCount = 0;
      let others = 0;
      for (let tag = 0; tag < N_TAGS; tag++) {
        const n = (counts[at + tag] ?? 0) - (tag === t ? 1 : 0);
        if (n <= 0) continue;
        others += n;
        const ty = typeOf(tag) + 1;
        typeCount[ty] = (typeCount[ty] ?? 0) + n;
        if (partOf(tag) !== 'O' && n > bestPartCount) { bestPart = tag; bestPartCount = n; }
      }
      if (others === 0) { out.push(K.alone); continue; }
      let maj = 0;
      for (let ty = 1; ty < typeCount.length; ty++) {
        if ((typeCount[ty] ?? 0) > 0) out.push(K.any[ty - 1] ?? 0);
        if ((typeCount[ty] ?? 0) > (typeCount[maj] ?? 0)) maj = ty;
      }
      out.push(K.maj[maj] ?? 0);
      if (bestPart >= 0) out.push(K.part[bestPart] ?? 0);
    }
  });
  out.offsets[j] = out.length;
}

/** The document keys of each token of each sentence (training's form of docExtrasInto). */
export function docExtras(words: ReadonlyArray<readonly string[]>, pass1: readonly Uint8Array[]): number[][][] {
  const flat = new KeyBuffer();
  docExtrasInto(flat, words, pass1);
  let j = 0;
  return words.map((ws) => ws.map(() => {
    const keys = Array.from(flat.keys.subarray(flat.offsets[j]!, flat.offsets[j + 1]!));
    j++;
    return keys;
  }));
}
