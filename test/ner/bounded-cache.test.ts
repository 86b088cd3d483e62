import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/ner/bounded-cache.js';

describe('BoundedCache', () => {
  it('never holds more than twice its capacity, however many keys pass through', () => {
    const c = new BoundedCache<string, number>(100);
    for (let i = 0; i < 10_000; i++) {
      if (c.get(`w${i}`) === undefined) c.set(`w${i}`, i);
      expect(c.size).toBeLessThanOrEqual(200);
    }
  });

  it('keeps a key that keeps being used while new keys stream past', () => {
    const c = new BoundedCache<string, number>(10);
    c.set('the', 1);
    for (let i = 0; i < 1000; i++) {
      c.set(`name${i}`, i);
      expect(c.get('the')).toBe(1);
    }
    expect(c.get('name0')).toBeUndefined();
    expect(c.get('name999')).toBe(999);
  });

  it('rejects a capacity below one', () => {
    expect(() => new BoundedCache(0)).toThrow(/capacity/);
  });
});
