/** Clean: raw article -> Article (text, parts, offsets, publication time, dateline). */
import { createHash } from 'node:crypto';
import type { Article, Part } from '../model.js';
import type { RawArticle } from '../read/types.js';

export interface CleanOptions {
  /** Publication time to use when the input carries none (ISO 8601). */
  published?: string;
}

/** Placeholder until clean lands: joins blocks, first block is the headline. */
export function cleanArticle(raw: RawArticle, opts: CleanOptions = {}): Article {
  const parts: Part[] = [];
  let text = '';
  raw.blocks.forEach((b, i) => {
    if (i > 0) text += '\n\n';
    parts.push({ kind: i === 0 ? 'headline' : 'paragraph', start: text.length, end: text.length + b.text.length });
    text += b.text;
  });
  const id = createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16);
  const article: Article = {
    id, source: { format: raw.format, path: raw.input }, text, parts, headline: raw.blocks[0]?.text ?? '',
  };
  const published = raw.published ?? opts.published;
  if (published) article.published = published;
  return article;
}
