/** Analysis on worker threads (--jobs): the same records as in one thread, stored in input order. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import { AnalyzePool } from '../../src/ingest/analyze-pool.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Article } from '../../src/model.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

describe('ingest --jobs', () => {
  it('stores the same records, in the same order, with two analysis threads as with none', async () => {
    const one = SqliteStore.open(':memory:');
    const two = SqliteStore.open(':memory:');
    try {
      const order1: string[] = [];
      const order2: string[] = [];
      const s1 = await ingest(one, [EXAMPLES], { onArticle: (r) => order1.push(r.id) });
      const s2 = await ingest(two, [EXAMPLES], { jobs: 2, onArticle: (r) => order2.push(r.id) });
      expect(s2).toEqual(s1);
      expect(s1.failed).toBe(0);
      expect(order2).toEqual(order1);
      for (const id of new Set(order1)) {
        const a = await one.getArticle(id);
        const b = await two.getArticle(id);
        expect(b?.record).toEqual(a?.record);
        expect(a?.record.entities.length).toBeGreaterThan(0);
      }
    } finally {
      await one.close();
      await two.close();
    }
  }, 120_000);

  it('answers from a thread, and refuses work once closed', async () => {
    const pool = new AnalyzePool(1);
    const article = { id: '0123456789abcdef', source: { format: 'wire-text' }, text: 'Ministers met in Oslo.', parts: [{ kind: 'paragraph', start: 0, end: 22 }], headline: '' } as Article;
    const ok = await pool.analyze(article);
    expect(ok.text).toBe(article.text);
    await pool.close();
    await expect(pool.analyze(article)).rejects.toThrow(/closed/u);
  }, 60_000);
});
