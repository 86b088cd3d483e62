/** murmur3's 32-bit finalizer: a cheap, well-mixed permutation of 32-bit integers (tagger features, MinHash). */
export function fmix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
