/** The benchmark corpora in ../shared/data/corpora (never copied into the repository). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../../src/clean/index.js';
import type { Article } from '../../src/model.js';
import { readInput } from '../../src/read/index.js';

export const CORPORA = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'corpora');

/** Reuters-21578 SGML files, the WikiNews CSV and the BBC folders: the inputs as `dateline ingest` takes them. */
export function corpusInputs(root = CORPORA): string[] {
  if (!existsSync(root)) throw new Error(`no corpora at ${root} (the benchmark reads ../shared/data/corpora beside the clone)`);
  const reuters = join(root, 'reuters21578');
  return [
    ...readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort().map((f) => join(reuters, f)),
    join(root, 'wikinews', 'wikinews_2019.csv'),
    join(root, 'bbc_news', 'business'),
    join(root, 'bbc_news', 'politics'),
  ];
}

/** Every article of the corpora, read and cleaned (untimed set-up for the analysis benchmarks). */
export function cleanCorpusArticles(root = CORPORA): Article[] {
  const files = (p: string): string[] =>
    statSync(p).isDirectory() ? readdirSync(p).sort().map((f) => join(p, f)).filter((f) => statSync(f).isFile()) : [p];
  const articles: Article[] = [];
  for (const input of corpusInputs(root)) {
    for (const f of files(input)) {
      try {
        for (const raw of readInput(readFileSync(f), f)) articles.push(cleanArticle(raw));
      } catch { /* unreadable inputs are the ingest bench's business */ }
    }
  }
  return articles;
}
