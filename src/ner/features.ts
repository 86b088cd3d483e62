/**
 * Features of each token, as hashed 32-bit keys, in three groups:
 * - word-static: keys that depend only on one word (its own word, lower case, shape, affixes,
 *   cluster, single-word gazetteers; and, as a neighbour at offset d, its lower case, shape and
 *   cluster mixed with d) — computed once per distinct word and cached;
 * - POS-static: a part-of-speech tag at offset d;
 * - dynamic: conjunctions, multi-word gazetteer matches, line case, sentence start, document keys.
 * Training reads the flat key list; the run-time tagger sums cached weight vectors of the static
 * groups (see fast.ts), which gives the same scores without touching the weights per key.
 */
import { fmix, hashRange, hashString, mix } from './hash.js';
import { BoundedCache } from './bounded-cache.js';
import type { Gazetteer } from './gazetteer.js';

/** Feature families: the seed of each family's hash, so "Paris" the word and the lower case differ. */
const F = {
  bias: 1, word: 2, lower: 3, shape: 4, prefix: 5, suffix: 6, cluster: 7, wordGaz: 8, pos: 9,
  gaz: 10, line: 11, initial: 12, conj: 13, doc: 14, boundary: 15, len: 16,
} as const;

export interface Sentence {
  words: readonly string[];
  pos: readonly string[];
}

/** Case of the whole line the sentence sits on: headlines are often all caps or title case. */
export const enum LineCase { Normal = 0, AllCaps = 1, TitleCase = 2 }

/** Neighbour offsets, in the order of `WordInfo.nb`. */
export const OFFSETS = [-2, -1, 1, 2] as const;
const OFF = OFFSETS.map((d) => fmix(0x1000 * (d + 3)));
/** The offset keys of the previous and the next token. */
const OFF_PREV = OFF[OFFSETS.indexOf(-1)] ?? 0;
const OFF_NEXT = OFF[OFFSETS.indexOf(1)] ?? 0;

export interface WordInfo {
  /** Keys of the word at the token itself. */
  own: Uint32Array;
  /** Keys of the word seen from a token at offset -d: nb[k] for OFFSETS[k]. */
  nb: Uint32Array[];
  lower: number;
  shape: number;
  lowerText: string;
  /** Per scorer slot, cached (part of speech, summed integer weight vector) pairs (filled by fast.ts). */
  vecs: Array<Array<Uint32Array | Int32Array> | undefined>;
}

const BOS = hashString('<S>', F.boundary);
const EOS = hashString('</S>', F.boundary);
const BIAS = hashString('bias', F.bias);
/** Prefix lengths of a word's cluster path used as features: coarse to fine. */
const CLUSTER_PREFIXES = [4, 6, 8, 12] as const;
const LINE_KEYS = [0, 1, 2].map((l) => hashString(String(l), F.line));
/** A word's length feature (capped at 10), and the cluster key of a word without a cluster. */
const LEN_KEYS = Array.from({ length: 11 }, (_x, n) => hashString(String(n), F.len));
const NO_CLUSTER = hashString('none', F.cluster);
const wordGazKeys: number[] = [];
/** Key of a single word's gazetteer category. */
function wordGazKey(category: number): number {
  return (wordGazKeys[category] ??= hashString(String(category), F.wordGaz));
}

export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    let c: string;
    if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) { run++; if (run > 2) continue; } else { run = 1; last = c; }
    out += c;
  }
  return out;
}

const LETTER = /\p{L}/u;
const TYPOGRAPHIC = /[‘’`´“”„–—]/u;

export function lineCaseOf(words: readonly string[]): LineCase {
  let letters = 0;
  let caps = 0;
  let title = 0;
  let longWords = 0;
  for (const w of words) {
    if (!LETTER.test(w)) continue;
    letters++;
    if (w.toUpperCase() === w) caps++;
    if (w.length > 3) {
      longWords++;
      const c = w[0] ?? '';
      if (c.toUpperCase() === c && c.toLowerCase() !== c) title++;
    }
  }
  if (letters >= 2 && caps === letters) return LineCase.AllCaps;
  if (longWords >= 3 && title >= 0.75 * longWords) return LineCase.TitleCase;
  return LineCase.Normal;
}

/** The boundary pseudo-word seen from offset index k (before the start or after the end). */
export function boundaryKeys(k: number): Uint32Array {
  const d = OFFSETS[k] ?? 0;
  const b = d < 0 ? BOS : EOS;
  const off = OFF[k] ?? 0;
  const keys = [mix(b, off), mix(mix(b, 1), off)];
  if (d === -1 || d === 1) keys.push(mix(mix(b, 2), off));
  return Uint32Array.from(keys);
}
const BOUNDARY = OFFSETS.map((_d, k) => boundaryKeys(k));

/** Keys of a part-of-speech tag: [own, ...at each offset]. */
export function posKeys(pos: string): Uint32Array {
  const p = hashString(pos, F.pos);
  return Uint32Array.from([p, ...OFF.map((o) => mix(p, o))]);
}
const POS_BOUNDARY = OFFSETS.map((d, k) => mix(d < 0 ? BOS : EOS, (OFF[k] ?? 0) ^ F.pos));

/**
 * Words whose features (and the scorers' summed vectors, about 2 KB a word) are kept per cache
 * generation. Running text reuses a few thousand words most of the time, so a hit rate near the
 * unbounded one comes at a fraction of its memory; a feed's endless new names are dropped in turn.
 */
export const WORD_CACHE_CAPACITY = 16_000;

export class Featurizer {
  private readonly cache: BoundedCache<string, WordInfo>;
  private posCache = new Map<string, Uint32Array>();
  /** Scratch: a sentence's words in lower case, for the gazetteer. */
  private readonly lowers: string[] = [];

  constructor(
    private readonly clusters: ReadonlyMap<string, string>,
    readonly gazetteer: Gazetteer,
    cacheCapacity = WORD_CACHE_CAPACITY,
  ) {
    this.cache = new BoundedCache(cacheCapacity);
  }

  /** Words whose features are cached now (bounded by twice the capacity). */
  get cachedWords(): number {
    return this.cache.size;
  }

  info(w: string): WordInfo {
    const hit = this.cache.get(w);
    if (hit) return hit;
    const info = this.compute(w);
    this.cache.set(w, info);
    return info;
  }

  private compute(raw: string): WordInfo {
    // Curly quotes and long dashes read as the plain ones the training text uses.
    const w = TYPOGRAPHIC.test(raw) ? raw.replace(/[‘’`´]/gu, "'").replace(/[“”„]/gu, '"').replace(/[–—]/gu, '-') : raw;
    const lower = w.toLowerCase();
    const shapeText = wordShape(w);
    const keys: number[] = [BIAS];
    const word = hashString(w, F.word);
    const low = hashString(lower, F.lower);
    const shape = hashString(shapeText, F.shape);
    keys.push(word, low, shape, mix(LEN_KEYS[Math.min(w.length, 10)] ?? 0, shape));
    // Affixes and cluster-path prefixes are hashed in place (hashRange): no substring per key.
    const n = lower.length;
    for (let k = 1; k <= 4 && k < n; k++) {
      keys.push(hashRange(lower, 0, k, F.prefix + 32 * k));
      keys.push(hashRange(lower, n - k, n, F.suffix + 32 * k));
    }
    const path = this.clusters.get(w) ?? this.clusters.get(lower);
    let cluster = NO_CLUSTER;
    if (path !== undefined) {
      for (const len of CLUSTER_PREFIXES) {
        if (len <= path.length || len === CLUSTER_PREFIXES[0]) keys.push(hashRange(path, 0, Math.min(len, path.length), F.cluster + 32 * len));
      }
      cluster = hashRange(path, 0, Math.min(8, path.length), F.cluster + 32 * 99);
    } else {
      keys.push(cluster);
    }
    for (const c of this.gazetteer.wordCategories(lower)) keys.push(wordGazKey(c));
    const nb = OFFSETS.map((d, k) => {
      const off = OFF[k] ?? 0;
      const ks = [mix(low, off), mix(shape, off)];
      if (d === -1 || d === 1) ks.push(mix(cluster, off));
      return Uint32Array.from(ks);
    });
    return { own: Uint32Array.from(keys), nb, lower: low, shape, lowerText: lower, vecs: [] };
  }

  posInfo(p: string): Uint32Array {
    let keys = this.posCache.get(p);
    if (!keys) { keys = posKeys(p); this.posCache.set(p, keys); }
    return keys;
  }

  /**
   * Dynamic keys of every token: out[offsets[i]..offsets[i+1]) for token i. `extra` adds keys per
   * token (document-level features).
   */
  dynamic(
    s: Sentence, infos: readonly WordInfo[], line: LineCase, extra?: ReadonlyArray<readonly number[]>,
    posK?: readonly Uint32Array[], withCombo = true,
  ): { keys: Uint32Array; offsets: Uint32Array } {
    const buf = new KeyBuffer();
    this.dynamicInto(buf, s, infos, line, extra, posK, withCombo);
    return { keys: buf.keys.slice(0, buf.length), offsets: buf.offsets.slice(0, infos.length + 1) };
  }

  /** The keys `dynamic` gives, written into `buf` (emptied first): the tagger reuses one buffer. */
  dynamicInto(
    buf: KeyBuffer, s: Sentence, infos: readonly WordInfo[], line: LineCase, extra?: ReadonlyArray<readonly number[]>,
    posK?: readonly Uint32Array[], withCombo = true,
  ): void {
    const n = infos.length;
    // Multi-word gazetteer keys per token (most sentences have none: then no arrays at all).
    let gazKeys: number[][] | undefined;
    const lowers = this.lowers;
    lowers.length = n;
    for (let i = 0; i < n; i++) lowers[i] = infos[i]?.lowerText ?? '';
    for (const m of this.gazetteer.matches(lowers)) {
      gazKeys ??= [];
      const len = m.end - m.start;
      for (let i = m.start; i < m.end; i++) {
        const part = len === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
        (gazKeys[i] ??= []).push(gazKey(m.category, part));
      }
    }
    buf.reset(n);
    const offsets = buf.offsets;
    const pos = buf.pos;
    for (let i = 0; i < n; i++) pos[i] = posK ? (posK[i]?.[0] ?? 0) : (this.posInfo(s.pos[i] ?? '')[0] ?? 0);
    for (let i = 0; i < n; i++) {
      offsets[i] = buf.length;
      const me = infos[i];
      if (!me) continue;
      const lPrev = i > 0 ? (infos[i - 1]?.lower ?? 0) : BOS;
      const lNext = i + 1 < n ? (infos[i + 1]?.lower ?? 0) : EOS;
      const sPrev = i > 0 ? (infos[i - 1]?.shape ?? 0) : BOS;
      const sNext = i + 1 < n ? (infos[i + 1]?.shape ?? 0) : EOS;
      const pPrev = i > 0 ? (pos[i - 1] ?? 0) : BOS;
      const pNext = i + 1 < n ? (pos[i + 1] ?? 0) : EOS;
      const pMe = pos[i] ?? 0;
      buf.push(mix(mix(lPrev, me.lower), F.conj));
      buf.push(mix(mix(me.lower, lNext), F.conj + 1));
      buf.push(mix(mix(mix(sPrev, me.shape), sNext), F.conj + 2));
      buf.push(mix(mix(pPrev, pMe), F.conj + 3));
      buf.push(mix(mix(pMe, pNext), F.conj + 4));
      if (withCombo) {
        const combo = comboKeys(me, pMe, line);
        for (let k = 0; k < combo.length; k++) buf.push(combo[k]!);
      }
      if (i === 0) {
        buf.push(mix(me.shape, F.initial));
        buf.push(mix(me.lower, F.initial));
      }
      if (gazKeys) {
        const own = gazKeys[i];
        if (own) for (let k = 0; k < own.length; k++) buf.push(own[k]!);
        // The neighbours' matches, at offsets -1 and +1 (OFFSETS[1] and OFFSETS[2]).
        const before = gazKeys[i - 1];
        if (before) for (let k = 0; k < before.length; k++) buf.push(mix(before[k]!, OFF_PREV));
        const after = gazKeys[i + 1];
        if (after) for (let k = 0; k < after.length; k++) buf.push(mix(after[k]!, OFF_NEXT));
      }
      const ex = extra?.[i];
      if (ex) for (let k = 0; k < ex.length; k++) buf.push(ex[k]!);
    }
    offsets[n] = buf.length;
  }

  /** Every key of every token, flat (training, and a reference for the fast path). */
  sentence(s: Sentence, line: LineCase, extra?: ReadonlyArray<readonly number[]>): { keys: Uint32Array; offsets: Uint32Array } {
    const n = s.words.length;
    const infos = s.words.map((w) => this.info(w));
    const posK = s.pos.map((p) => this.posInfo(p));
    const dyn = this.dynamic(s, infos, line, extra, posK);
    const out: number[] = [];
    const offsets = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) {
      offsets[i] = out.length;
      for (const k of infos[i]?.own ?? []) out.push(k);
      out.push(posK[i]?.[0] ?? 0);
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + (OFFSETS[k] ?? 0);
        const nb = j >= 0 && j < n ? infos[j]?.nb[k] : BOUNDARY[k];
        for (const key of nb ?? []) out.push(key);
        out.push(j >= 0 && j < n ? (posK[j]?.[k + 1] ?? 0) : (POS_BOUNDARY[k] ?? 0));
      }
      const end = dyn.offsets[i + 1] ?? 0;
      for (let k = dyn.offsets[i] ?? 0; k < end; k++) out.push(dyn.keys[k] ?? 0);
    }
    offsets[n] = out.length;
    return { keys: Uint32Array.from(out), offsets };
  }
}

export { BOUNDARY, POS_BOUNDARY };

/** A sentence's dynamic keys: keys[offsets[i]..offsets[i + 1]) for token i; grows, never shrinks. */
export class KeyBuffer {
  keys = new Uint32Array(1024);
  offsets = new Uint32Array(65);
  /** Each token's part-of-speech key (scratch for dynamicInto). */
  pos = new Uint32Array(64);
  length = 0;

  /** Empty, with room for n tokens' offsets. */
  reset(n: number): void {
    this.length = 0;
    if (this.offsets.length <= n) this.offsets = new Uint32Array(2 * n + 1);
    if (this.pos.length < n) this.pos = new Uint32Array(2 * n);
  }

  push(key: number): void {
    if (this.length === this.keys.length) {
      const grown = new Uint32Array(2 * this.keys.length);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.length++] = key;
  }
}

const GAZ_PARTS = ['B', 'I', 'L', 'U'];
const gazKeyCache: number[] = [];
/** Key of a multi-word gazetteer match: category and B/I/L/U position (part 0..3). */
function gazKey(category: number, part: number): number {
  const at = category * 4 + part;
  let k = gazKeyCache[at];
  if (k === undefined) { k = hashString(`${category}${GAZ_PARTS[part] ?? ''}`, F.gaz); gazKeyCache[at] = k; }
  return k;
}

/**
 * Keys that depend only on a word, its part of speech and the line case: the run-time scorer folds
 * them into the cached word vector (for normal lines) instead of adding them per token.
 */
export function comboKeys(info: WordInfo, posOwn: number, line: LineCase): [number, number, number] {
  const lineKey = LINE_KEYS[line] ?? 0;
  return [mix(mix(info.shape, posOwn), F.conj + 5), mix(lineKey, info.shape), lineKey];
}

/** Key of a document-level feature (second pass): a family name and a value. */
export function docKey(name: string, value: string): number {
  return hashString(`${name}=${value}`, F.doc);
}
