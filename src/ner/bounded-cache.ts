/**
 * A bounded memo for per-word work: two generations of at most `capacity` entries each. A hit in the
 * old generation moves the entry to the new one; when the new generation fills, the old one is
 * dropped whole. So frequent words stay (they are seen again before two turnovers) while a feed's
 * stream of new names cannot grow memory without bound: at most 2 × capacity entries are held. Costs
 * one or two Map look-ups, unlike a true LRU's bookkeeping on every hit.
 */
export class BoundedCache<K, V> {
  private fresh = new Map<K, V>();
  private old = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`BoundedCache: capacity must be at least 1 (got ${capacity})`);
  }

  get(key: K): V | undefined {
    const hit = this.fresh.get(key);
    if (hit !== undefined) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) {
      this.old.delete(key);
      this.put(key, aged);
    }
    return aged;
  }

  set(key: K, value: V): void {
    if (this.fresh.has(key)) this.fresh.set(key, value);
    else this.put(key, value);
  }

  /** Entries held now (never more than 2 × capacity). */
  get size(): number {
    return this.fresh.size + this.old.size;
  }

  clear(): void {
    this.fresh = new Map();
    this.old = new Map();
  }

  private put(key: K, value: V): void {
    if (this.fresh.size >= this.capacity) {
      this.old = this.fresh;
      this.fresh = new Map();
    }
    this.fresh.set(key, value);
  }
}
