/**
 * Word clusters from unlabeled text, computed at training time and stored in the model: each
 * frequent word is described by the words seen to its left and right, and the words are split in
 * two again and again by spherical 2-means (bisecting k-means). A word's cluster is the path of
 * left/right choices, "0110...", so prefixes of the path are coarser clusters — the role Brown
 * clusters play in Ratinov and Roth's tagger, at a cost of seconds.
 */
import { rng } from './perceptron.js';

export interface ClusterOptions {
  minCount: number;
  maxWords: number;
  contextWords: number;
  depth: number;
  seed: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Words of raw text, split roughly as CoNLL splits them. */
export function roughTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

interface SparseVec { idx: Uint32Array; val: Float32Array }

export function buildClusters(sentences: Iterable<readonly string[]>, opts: ClusterOptions): Map<string, string> {
  const all: Array<readonly string[]> = [...sentences];
  const freq = new Map<string, number>();
  const lowerFreq = new Map<string, number>();
  for (const s of all) {
    for (const w of s) {
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const l = w.toLowerCase();
      lowerFreq.set(l, (lowerFreq.get(l) ?? 0) + 1);
    }
  }
  const byCount = (m: Map<string, number>): string[] =>
    [...m].filter(([, c]) => c >= opts.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const vocab = byCount(freq).slice(0, opts.maxWords);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const ctx = new Map(byCount(lowerFreq).slice(0, opts.contextWords).map((w, i) => [w, i]));
  const C = opts.contextWords;
  const BOUND = 2 * C; // sentence start/end as contexts
  const counts: Array<Map<number, number>> = vocab.map(() => new Map());
  for (const s of all) {
    for (let i = 0; i < s.length; i++) {
      const v = vocabIndex.get(s[i] ?? '');
      if (v === undefined) continue;
      const m = counts[v];
      if (!m) continue;
      const left = i > 0 ? ctx.get((s[i - 1] ?? '').toLowerCase()) : BOUND;
      const right = i + 1 < s.length ? ctx.get((s[i + 1] ?? '').toLowerCase()) : BOUND + 1;
      if (left !== undefined) m.set(left, (m.get(left) ?? 0) + 1);
      if (right !== undefined) { const r = right >= BOUND ? right : C + right; m.set(r, (m.get(r) ?? 0) + 1); }
    }
  }
  const dim = 2 * C + 2;
  // log(1 + count), L2-normalized: frequent contexts count, but do not drown the rare telling ones.
  const vecs: SparseVec[] = counts.map((m) => {
    const entries = [...m].sort((a, b) => a[0] - b[0]);
    const val = Float32Array.from(entries.map(([, c]) => Math.log1p(c)));
    let norm = 0;
    for (const x of val) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < val.length; k++) val[k] = (val[k] ?? 0) / norm;
    return { idx: Uint32Array.from(entries.map(([i]) => i)), val };
  });
  const paths = new Array<string>(vocab.length).fill('');
  const random = rng(opts.seed);
  // Dense scratch vectors, touched only on a group's support (the contexts its members have), so a
  // split costs in proportion to the group's non-zeros, not to the context dimension.
  const mu = new Float64Array(dim);
  const dir = new Float64Array(dim);
  const nd = new Float64Array(dim);
  const ca = new Float64Array(dim);
  const cb = new Float64Array(dim);
  const mark = new Int32Array(dim).fill(-1);
  let stamp = 0;
  const dot = (v: SparseVec, c: Float64Array): number => {
    let s = 0;
    for (let k = 0; k < v.idx.length; k++) s += (v.val[k] ?? 0) * (c[v.idx[k] ?? 0] ?? 0);
    return s;
  };
  const supportDot = (support: readonly number[], x: Float64Array, y: Float64Array): number => {
    let s = 0;
    for (const k of support) s += (x[k] ?? 0) * (y[k] ?? 0);
    return s;
  };
  const normalize = (support: readonly number[], x: Float64Array): void => {
    const norm = Math.sqrt(supportDot(support, x, x)) || 1;
    for (const k of support) x[k] = (x[k] ?? 0) / norm;
  };
  const centroidInto = (members: readonly number[], support: readonly number[], out: Float64Array): void => {
    for (const k of support) out[k] = 0;
    for (const m of members) {
      const v = vecs[m];
      if (!v) continue;
      for (let k = 0; k < v.idx.length; k++) out[v.idx[k] ?? 0] = (out[v.idx[k] ?? 0] ?? 0) + (v.val[k] ?? 0);
    }
    normalize(support, out);
  };

  /** Split a group in two: principal direction first (PDDP), then a few rounds of 2-means. */
  const split = (g: readonly number[]): [number[], number[]] | undefined => {
    stamp++;
    const support: number[] = [];
    for (const m of g) {
      const v = vecs[m];
      if (!v) continue;
      for (const k of v.idx) if (mark[k] !== stamp) { mark[k] = stamp; support.push(k); }
    }
    for (const k of support) { mu[k] = 0; dir[k] = random() - 0.5; }
    for (const m of g) {
      const v = vecs[m];
      if (!v) continue;
      for (let k = 0; k < v.idx.length; k++) mu[v.idx[k] ?? 0] = (mu[v.idx[k] ?? 0] ?? 0) + (v.val[k] ?? 0) / g.length;
    }
    normalize(support, dir);
    for (let iter = 0; iter < 8; iter++) {
      const muDot = supportDot(support, mu, dir);
      for (const k of support) nd[k] = 0;
      let total = 0;
      for (const m of g) {
        const v = vecs[m];
        if (!v) continue;
        const p = dot(v, dir) - muDot;
        total += p;
        for (let k = 0; k < v.idx.length; k++) nd[v.idx[k] ?? 0] = (nd[v.idx[k] ?? 0] ?? 0) + p * (v.val[k] ?? 0);
      }
      for (const k of support) nd[k] = (nd[k] ?? 0) - total * (mu[k] ?? 0);
      normalize(support, nd);
      for (const k of support) dir[k] = nd[k] ?? 0;
    }
    const cut = supportDot(support, mu, dir);
    let left: number[] = [];
    let right: number[] = [];
    for (const m of g) {
      const v = vecs[m];
      if (v) (dot(v, dir) >= cut ? left : right).push(m);
    }
    for (let iter = 0; iter < 4 && left.length && right.length; iter++) {
      centroidInto(left, support, ca);
      centroidInto(right, support, cb);
      const l2: number[] = [];
      const r2: number[] = [];
      for (const m of g) {
        const v = vecs[m];
        if (v) (dot(v, ca) >= dot(v, cb) ? l2 : r2).push(m);
      }
      if (!l2.length || !r2.length) break;
      left = l2;
      right = r2;
    }
    return left.length && right.length ? [left, right] : undefined;
  };

  let groups: number[][] = [vocab.map((_w, i) => i)];
  for (let depth = 0; depth < opts.depth; depth++) {
    const next: number[][] = [];
    for (const g of groups) {
      const halves = g.length >= 4 ? split(g) : undefined;
      if (!halves) { next.push(g); continue; }
      for (const m of halves[0]) paths[m] += '0';
      for (const m of halves[1]) paths[m] += '1';
      next.push(halves[0], halves[1]);
    }
    groups = next;
  }
  const out = new Map<string, string>();
  vocab.forEach((w, i) => { if (paths[i]) out.set(w, paths[i] ?? ''); });
  return out;
}
