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

  constructor(lists: readonly GazList[]) {
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
    for (let i = 0; i < lowerWords.length; i++) {
      const entries = this.byFirst.get(lowerWords[i] ?? '');
      if (!entries) continue;
      const best = new Map<number, number>();
      for (const e of entries) {
        let ok = true;
        for (let k = 0; k < e.rest.length; k++) {
          if (lowerWords[i + 1 + k] !== e.rest[k]) { ok = false; break; }
        }
        if (!ok) continue;
        const end = i + 1 + e.rest.length;
        if ((best.get(e.category) ?? 0) < end) best.set(e.category, end);
      }
      for (const [category, end] of best) out.push({ start: i, end, category });
    }
    return out;
  }
}

const NONE: readonly number[] = [];
