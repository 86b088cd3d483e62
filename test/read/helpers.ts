/** Shared by the reader and cleaner tests: fixtures and a read+clean shortcut. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, type CleanOptions } from '../../src/clean/index.js';
import type { Article } from '../../src/model.js';
import { readAll, type ReadResult } from '../../src/read/index.js';
import type { ReadOptions } from '../../src/read/types.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'read');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

export function readFixture(name: string, opts: ReadOptions = {}): ReadResult {
  return readAll(fixture(name), name, opts);
}

export function articlesOf(name: string, opts: ReadOptions = {}, clean: CleanOptions = {}): Article[] {
  return readFixture(name, opts).articles.map((r) => cleanArticle(r, clean));
}

export function articleOf(name: string, clean: CleanOptions = {}): Article {
  const all = articlesOf(name, {}, clean);
  if (all.length !== 1) throw new Error(`${name}: expected one article, got ${all.length}`);
  return all[0]!;
}

/** Every part and the dateline span round-trip against the text. */
export function expectRoundTrip(a: Article, expect: (v: unknown, m?: string) => { toBe(x: unknown): void }): void {
  for (const p of a.parts) expect(a.text.slice(p.start, p.end).length, `${p.kind} ${p.start}`).toBe(p.end - p.start);
  if (a.dateline?.span) expect(a.text.slice(a.dateline.span.start, a.dateline.span.end)).toBe(a.dateline.span.text);
}

export function partTexts(a: Article, kind: string): string[] {
  return a.parts.filter((p) => p.kind === kind).map((p) => a.text.slice(p.start, p.end));
}
