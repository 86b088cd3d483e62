/**
 * A plain word segmentation of the article for the linker's phrase look-ups. It keeps "U.S.",
 * "Jong-un" and "Russia’s" whole (a name's look-up key decides what to do with the pieces) and
 * records where each word stands, so every mention the linker makes round-trips.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export function isCapitalized(w: string): boolean {
  // ASCII first: this runs for nearly every word of an article, and the Unicode-class regex is slow.
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}

/** "Russia’s" -> "Russia"; "Kim Jong-un's" -> "Kim Jong-un". */
export function stripPossessive(s: string): string {
  return s.replace(/['’]s$/u, '').replace(/s['’]$/u, 's');
}

/** Index of the first word starting at or after `offset`. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid]?.start ?? 0) < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
