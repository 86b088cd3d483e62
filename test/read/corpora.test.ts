/** Every story of the shared corpora reads and cleans without failure (skipped where ../shared is absent). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { readAll } from '../../src/read/index.js';

const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'corpora');

function readFiles(files: string[]): { articles: number; failures: string[]; datelines: number; published: number } {
  const out = { articles: 0, failures: [] as string[], datelines: 0, published: 0 };
  for (const f of files) {
    try {
      const r = readAll(readFileSync(f), f);
      out.failures.push(...r.errors.map((e) => e.message));
      for (const raw of r.articles) {
        const a = cleanArticle(raw);
        out.articles++;
        if (a.dateline) out.datelines++;
        if (a.published) out.published++;
        if (a.dateline?.span) expect(a.text.slice(a.dateline.span.start, a.dateline.span.end)).toBe(a.dateline.span.text);
      }
    } catch (e) {
      out.failures.push(e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}

describe.skipIf(!existsSync(CORPORA))('shared corpora', () => {
  it('Reuters-21578: all 2,578 <REUTERS> records are stories', () => {
    const dir = join(CORPORA, 'reuters21578');
    const r = readFiles(readdirSync(dir).filter((f) => f.endsWith('.sgm')).map((f) => join(dir, f)));
    expect(r.failures).toEqual([]);
    expect(r.articles).toBe(2578);
    expect(r.published).toBe(2578);
    // Every story with a <DATELINE> keeps it (2,315 records have one); unprocessed ones may print theirs in the text.
    expect(r.datelines).toBeGreaterThanOrEqual(2315);
  });

  it('WikiNews CSV: 171 articles, each with its date', () => {
    const r = readFiles([join(CORPORA, 'wikinews', 'wikinews_2019.csv')]);
    expect(r.failures).toEqual([]);
    expect(r.articles).toBe(171);
    expect(r.published).toBe(171);
  });

  it('BBC plain text: 927 articles', () => {
    const dir = join(CORPORA, 'bbc_news');
    const files = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(dir, d.name, f)));
    const r = readFiles(files);
    expect(r.failures).toEqual([]);
    expect(r.articles).toBe(927);
  });
});
