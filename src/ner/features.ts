/**
 * Features of each token, as hashed 32-bit keys. Word-intrinsic keys (word, lower case, shape,
 * affixes, word cluster, single-word gazetteers) are computed once per distinct word and cached;
 * context keys mix a neighbour's key with its offset, so no string is built per token.
 */
import { fmix, hashString, mix } from './hash.js';
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

interface WordInfo {
  own: Uint32Array;
  lower: number;
  shape: number;
  cluster: number;
  lowerText: string;
}

const BOS = hashString('<S>', F.boundary);
const EOS = hashString('</S>', F.boundary);
const BIAS = hashString('bias', F.bias);
const OFF = [0x1000, 0x2000, 0x3000, 0x4000, 0x5000].map((x) => fmix(x)); // offsets -2..+2

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

export function lineCaseOf(words: readonly string[]): LineCase {
  let letters = 0;
  let caps = 0;
  let title = 0;
  let longWords = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
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

export class Featurizer {
  private cache = new Map<string, WordInfo>();

  constructor(
    private readonly clusters: ReadonlyMap<string, string>,
    private readonly gazetteer: Gazetteer,
  ) {}

  private info(w: string): WordInfo {
    const hit = this.cache.get(w);
    if (hit) return hit;
    if (this.cache.size > 200_000) this.cache.clear();
    const lower = w.toLowerCase();
    const shapeText = wordShape(w);
    const keys: number[] = [];
    const word = hashString(w, F.word);
    const low = hashString(lower, F.lower);
    const shape = hashString(shapeText, F.shape);
    keys.push(word, low, shape, mix(hashString(String(Math.min(w.length, 10)), F.len), shape));
    for (let k = 1; k <= 4 && k < lower.length; k++) {
      keys.push(hashString(lower.slice(0, k), F.prefix + 32 * k));
      keys.push(hashString(lower.slice(-k), F.suffix + 32 * k));
    }
    const path = this.clusters.get(w) ?? this.clusters.get(lower);
    let cluster = hashString('none', F.cluster);
    if (path !== undefined) {
      for (const len of [4, 6, 10, 20]) {
        if (len <= path.length || len === 4) keys.push(hashString(path.slice(0, len), F.cluster + 32 * len));
      }
      cluster = hashString(path.slice(0, 8), F.cluster + 32 * 99);
    } else {
      keys.push(cluster);
    }
    for (const c of this.gazetteer.wordCategories(lower)) keys.push(hashString(String(c), F.wordGaz));
    const info: WordInfo = { own: Uint32Array.from(keys), lower: low, shape, cluster, lowerText: lower };
    this.cache.set(w, info);
    return info;
  }

  /**
   * Keys of every token of a sentence: `keys` holds them all, token i's are
   * keys[offsets[i]..offsets[i+1]). `extra` adds keys per token (document-level features).
   */
  sentence(s: Sentence, line: LineCase, extra?: ReadonlyArray<readonly number[]>): { keys: Uint32Array; offsets: Uint32Array } {
    const n = s.words.length;
    const infos = s.words.map((w) => this.info(w));
    const pos = s.pos.map((p) => hashString(p, F.pos));
    const gazKeys: number[][] = infos.map(() => []);
    const lowers = infos.map((x) => x.lowerText);
    for (const m of this.gazetteer.matches(lowers)) {
      const len = m.end - m.start;
      for (let i = m.start; i < m.end; i++) {
        const part = len === 1 ? 'U' : i === m.start ? 'B' : i === m.end - 1 ? 'L' : 'I';
        gazKeys[i]?.push(hashString(`${m.category}${part}`, F.gaz));
      }
    }
    const lineKey = hashString(String(line), F.line);
    const out: number[] = [];
    const offsets = new Uint32Array(n + 1);
    const lowAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (infos[i]?.lower ?? 0));
    const shapeAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (infos[i]?.shape ?? 0));
    const posAt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : (pos[i] ?? 0));
    for (let i = 0; i < n; i++) {
      offsets[i] = out.length;
      const me = infos[i];
      if (!me) continue;
      out.push(BIAS);
      for (const k of me.own) out.push(k);
      out.push(pos[i] ?? 0);
      for (const g of gazKeys[i] ?? []) out.push(g);
      for (let d = -2; d <= 2; d++) {
        if (d === 0) continue;
        const off = OFF[d + 2] ?? 0;
        const j = i + d;
        out.push(mix(lowAt(j), off), mix(shapeAt(j), off), mix(posAt(j), off));
        if (d === -1 || d === 1) {
          const nb = j >= 0 && j < n ? infos[j] : undefined;
          out.push(mix(nb ? nb.cluster : (j < 0 ? BOS : EOS), off));
          for (const g of gazKeys[j] ?? []) out.push(mix(g, off));
        }
      }
      out.push(
        mix(mix(lowAt(i - 1), lowAt(i)), F.conj),
        mix(mix(lowAt(i), lowAt(i + 1)), F.conj + 1),
        mix(mix(mix(shapeAt(i - 1), shapeAt(i)), shapeAt(i + 1)), F.conj + 2),
        mix(mix(posAt(i - 1), posAt(i)), F.conj + 3),
        mix(mix(posAt(i), posAt(i + 1)), F.conj + 4),
        mix(mix(shapeAt(i), posAt(i)), F.conj + 5),
        mix(lineKey, me.shape),
        lineKey,
      );
      if (i === 0) out.push(mix(me.shape, F.initial), mix(me.lower, F.initial));
      if (extra) for (const k of extra[i] ?? []) out.push(k);
    }
    offsets[n] = out.length;
    return { keys: Uint32Array.from(out), offsets };
  }
}

/** Key of a document-level feature (second pass): a family name and a value. */
export function docKey(name: string, value: string): number {
  return hashString(`${name}=${value}`, F.doc);
}
