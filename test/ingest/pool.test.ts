/** The analysis pool's answer is the pipeline's, byte for byte, with the fingerprint the store would compute. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { cleanArticles, resolveInputs } from '../../src/ingest.js';
import { AnalyzePool } from '../../src/ingest/analyze-pool.js';
import type { Article } from '../../src/model.js';
import { fingerprint } from '../../src/store/minhash.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

async function exampleArticles(): Promise<Article[]> {
  const failures: string[] = [];
  const fail = (input: string, reason: string): void => { failures.push(`${input}: ${reason}`); };
  const articles: Article[] = [];
  for await (const { article } of cleanArticles(resolveInputs([EXAMPLES], {}, fail), {}, { fail })) articles.push(article);
  expect(failures).toEqual([]);
  return articles;
}

describe('analysis pool', () => {
  it('gives the same JSON as analysis in this thread, and a fingerprint equal to one computed here', async () => {
    const failures: string[] = [];
    const fail = (input: string, reason: string): void => { failures.push(`${input}: ${reason}`); };
    const articles: Article[] = [];
    for await (const { article } of cleanArticles(resolveInputs([EXAMPLES], {}, fail), {}, { fail })) articles.push(article);
    expect(failures).toEqual([]);
    expect(articles.length).toBeGreaterThan(5);
    const pool = new AnalyzePool(2);
    try {
      await pool.ready();
      const records = await Promise.all(articles.map((a) => pool.analyze(a)));
      records.forEach((r, i) => {
        const a = articles[i]!;
        expect(JSON.stringify(r)).toBe(JSON.stringify(analyze(a)));
        const fp = fingerprint(r);
        const here = fingerprint({ text: a.text, parts: a.parts });
        expect(Array.from(fp.shingles)).toEqual(Array.from(here.shingles));
        expect(fp.bands).toEqual(here.bands);
      });
      expect(records.some((r) => r.entities.length > 0 && r.events.length > 0)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('shares the work with its caller when asked: both analyze, and the records are the same as in one thread', async () => {
    const articles = await exampleArticles();
    // Enough articles that the one thread's queue fills and the caller takes some itself.
    const many = Array.from({ length: 8 }, () => articles).flat();
    const pool = new AnalyzePool(2, { callerShares: true });
    try {
      await pool.ready();
      const records = await Promise.all(many.map((a) => pool.analyze(a)));
      records.forEach((r, i) => expect(JSON.stringify(r)).toBe(JSON.stringify(analyze(many[i]!))));
      expect(pool.counts.caller).toBeGreaterThan(0);
      expect(pool.counts.threads).toBeGreaterThan(0);
      expect(pool.counts.caller + pool.counts.threads).toBe(many.length);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('with one job and the caller sharing, starts no thread and analyzes everything in the caller', async () => {
    const articles = await exampleArticles();
    const pool = new AnalyzePool(1, { callerShares: true });
    try {
      await pool.ready();
      const records = await Promise.all(articles.map((a) => pool.analyze(a)));
      records.forEach((r, i) => expect(JSON.stringify(r)).toBe(JSON.stringify(analyze(articles[i]!))));
      expect(pool.counts).toEqual({ caller: articles.length, threads: 0 });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
