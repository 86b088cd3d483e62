/**
 * Feature hashing: strings and small integers become 32-bit keys; the tagger never builds feature
 * strings in its hot loop, it mixes integer keys instead.
 */
import { fmix } from '../hash.js';

/** FNV-1a over UTF-16 code units, seeded so that feature families never share keys. */
export function hashString(s: string, seed: number): number {
  return hashRange(s, 0, s.length, seed);
}

/** hashString(s.slice(from, to), seed), without making the slice. */
export function hashRange(s: string, from: number, to: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export { fmix };

/** Combine two keys into one (order matters): the key of a conjunction or of a feature at an offset. */
export function mix(a: number, b: number): number {
  return fmix((a ^ Math.imul(b + 0x9e3779b9, 0x27d4eb2f)) + 0x165667b1);
}
