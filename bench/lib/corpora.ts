/** The benchmark corpora in ../shared/data/corpora (never copied into the repository). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
