/**
 * Gazetteer matching over token sequences: longest match wins, compared in lower case. The lists are
 * compiled at training time into the model (countries, demonyms, cities, first names, titles ...), so
 * a run needs no package data and the features mean at run time what they meant in training.
 */

export interface GazList { category: string; names: string[] }

interface Entry { rest: string[]; category: number }

export interface GazMatch { start: number; end: number; category: number }

export class Gazetteer {
  readonly categories: string[] = [];
  private readonly byFirst = new Map<string, Entry[]>();
  /** Categories of single words, for word-level features. */
  private readonly single = new Map<string, number[]>();
  readonly maxLen: number;
  /** Scratch for matches(): best end per category, and categories in the order first matched. */
  private readonly bestEnd: Int32Array;
  private readonly order: Int32Array;

  constructor(lists: readonly GazList[]) {
    this.bestEnd = new Int32Array(lists.length);
    this.order = new Int32Array(lists.length);
    let maxLen = 1;
    for (const list of lists) {
      const cat = this.categories.length;
      this.categories.push(list.category);
      for (const name of list.names) {
        const lower = name.toLowerCase();
        const toks = lower.includes(' ') ? lower.split(' ').filter(Boolean) : [lower];
        const first = toks[0];
        if (!first) continue;
        if (toks.length === 1) {
          const cats = this.single.get(first) ?? [];
          if (!cats.includes(cat)) cats.push(cat);
          this.single.set(first, cats);
        }
        const arr = this.byFirst.get(first) ?? [];
        arr.push({ rest: toks.slice(1), category: cat });
        this.byFirst.set(first, arr);
        maxLen = Math.max(maxLen, toks.length);
      }
    }
    this.maxLen = maxLen;
  }

  categoryIndex(name: string): number {
    return this.categories.indexOf(name);
  }

  /** Categories a single (lower-cased) word belongs to on its own. */
  wordCategories(lower: string): readonly number[] {
    return this.single.get(lower) ?? NONE;
  }

  /**
   * Every category's longest match starting at each token (lower-cased words given). Overlaps
   * between categories are kept: "Georgia" is a country and a city.
   */
  matches(lowerWords: readonly string[]): GazMatch[] {
    const out: GazMatch[] = [];
    // Best end per category at this token, and the categories in the order first matched (the
    // order the features are added in). Reused arrays: this runs for every token.
    const best = this.bestEnd;
    const order = this.order;
    for (let i = 0; i < lowerWords.length; i++) {
      const entries = this.byFirst.get(lowerWords[i] ?? '');
      if (!entries) continue;
      let found = 0;
      for (const e of entries) {
        let ok = true;
        for (let k = 0; k < e.rest.length; k++) {
          if (lowerWords[i + 1 + k] !== e.rest[k]) { ok = false; break; }
        }
        if (!ok) continue;
        const end = i + 1 + e.rest.length;
        const had = best[e.category] ?? 0;
        if (had === 0) order[found++] = e.category;
        if (had < end) best[e.category] = end;
      }
      for (let k = 0; k < found; k++) {
        const category = order[k] ?? 0;
        out.push({ start: i, end: best[category] ?? 0, category });
        best[category] = 0;
      }
    }
    return out;
  }
}

const NONE: readonly number[] = [];
