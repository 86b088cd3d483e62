/**
 * Near-duplicate fingerprints: MinHash over word 5-gram shingles, with LSH bands for look-up.
 *
 * The same wire story republished by another site differs in its headline, a few edited words and
 * the site's chrome. Shingles of five words survive that: each edited word disturbs at most five
 * shingles, so the two bodies still share most of theirs (high Jaccard resemblance). MinHash turns a
 * shingle set into a short signature whose positions agree with probability equal to the Jaccard
 * resemblance; LSH groups the signature into bands so a look-up finds candidates with a few indexed
 * equality tests. Candidates are then confirmed on the exact shingle sets, so a band collision never
 * links two different stories.
 *
 * Engine-neutral: SQLite and PostgreSQL stores share it.
 */
import type { Article } from '../model.js';
import { fmix } from '../hash.js';

export const SHINGLE_WORDS = 5;
export const BANDS = 24;
export const ROWS = 5;
export const HASHES = BANDS * ROWS;
/** Bodies with fewer shingles than this are too short to call near-duplicates of anything. */
export const MIN_SHINGLES = 8;
/** Default Jaccard resemblance from which two bodies are the same story. */
export const DEFAULT_THRESHOLD = 0.7;

/** FNV-1a over a word's UTF-16 code units, lower-cased on the way. */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

function isWordChar(c: number): boolean {
  // ASCII letters and digits, and everything beyond ASCII that is not punctuation-like space: a cheap,
  // allocation-free test that is good enough for shingling (it only needs to be consistent).
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0xa0 && (c < 0x2000 || c > 0x206f));
}

/** The body that fingerprints compare: the text without its headline (a republisher's new headline must not matter). */
export function fingerprintBody(article: Pick<Article, 'text' | 'parts'>): string {
  const headlines = article.parts.filter((p) => p.kind === 'headline');
  if (headlines.length === 0) return article.text;
  let out = '';
  let at = 0;
  for (const h of headlines) {
    out += article.text.slice(at, h.start);
    at = h.end;
  }
  return out + article.text.slice(at);
}

/** The hashed word 5-gram shingles, sorted and distinct (fewer words make one shingle of them all). */
export function shingles(body: string): Uint32Array {
  const words: number[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    while (i < n && !isWordChar(body.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(body.charCodeAt(i))) i++;
    if (i > start) words.push(wordHash(body, start, i));
  }
  const k = Math.min(SHINGLE_WORDS, words.length);
  const count = k > 0 ? words.length - k + 1 : 0;
  const all = new Uint32Array(count);
  for (let s = 0; s < count; s++) {
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) h = fmix(Math.imul(h ^ words[s + j]!, 0x01000193));
    all[s] = h;
  }
  all.sort();
  // drop repeats in place
  let m = 0;
  for (let s = 0; s < count; s++) if (s === 0 || all[s] !== all[s - 1]) all[m++] = all[s]!;
  return all.subarray(0, m);
}

/**
 * The MinHash signature by one-permutation hashing (Li, Owen & Zhang 2012): each shingle is hashed
 * once and falls into one of HASHES bins, each bin keeping its minimum. Two signatures agree in a bin
 * with probability close to the Jaccard resemblance, as with HASHES separate hash functions, at one
 * hash per shingle instead of HASHES (fingerprinting was a third of the cost of storing an article).
 * Empty bins, which short texts have, borrow from the next non-empty bin to their right, shifted by the
 * distance (rotation densification, Shrivastava & Li 2014), so that agreement keeps its meaning.
 */
export function minhash(set: Uint32Array): Uint32Array {
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  for (let s = 0; s < set.length; s++) {
    const h = fmix(set[s]! ^ 0x5bd1e995);
    const bin = Math.floor((h / 4294967296) * HASHES);
    if (h < sig[bin]!) sig[bin] = h;
  }
  if (set.length === 0) return sig;
  const out = new Uint32Array(HASHES);
  for (let j = 0; j < HASHES; j++) {
    let t = 0;
    while (sig[(j + t) % HASHES] === EMPTY) t++;
    out[j] = t === 0 ? sig[j]! : (sig[(j + t) % HASHES]! + Math.imul(t, 0x9e3779b9)) >>> 0;
  }
  return out;
}

/**
 * One key per band: a safe integer (52 bits) so every engine stores it as a plain integer. The band's
 * number is hashed in, so keys of different bands never need telling apart.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x01000193 + b;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r]!;
      h1 = fmix(h1 ^ v);
      h2 = fmix(Math.imul(h2, 31) + v);
    }
    keys.push(h1 * 0x100000 + (h2 >>> 12));
  }
  return keys;
}

/** Jaccard resemblance of two sorted, distinct shingle arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}

export interface Fingerprint {
  /** Sorted, distinct. */
  shingles: Uint32Array;
  /** Empty when the body is too short to fingerprint. */
  bands: number[];
}

/**
 * Fingerprints computed ahead, by the analysis threads, for the records they sent back, so that the
 * store (in the main thread, where all writes happen) need not compute them again. Kept with the text
 * and parts they were computed from: a record whose text or parts were replaced since gets a new one.
 */
const ahead = new WeakMap<object, { text: string; parts: readonly unknown[]; fp: Fingerprint }>();

/** Note the fingerprint of `article`, computed elsewhere; `fingerprint(article)` will return it. */
export function rememberFingerprint(article: Pick<Article, 'text' | 'parts'>, fp: Fingerprint): void {
  ahead.set(article, { text: article.text, parts: article.parts, fp });
}

export function fingerprint(article: Pick<Article, 'text' | 'parts'>): Fingerprint {
  const known = ahead.get(article);
  if (known && known.text === article.text && known.parts === article.parts) return known.fp;
  const set = shingles(fingerprintBody(article));
  return { shingles: set, bands: set.length >= MIN_SHINGLES ? bandKeys(minhash(set)) : [] };
}
