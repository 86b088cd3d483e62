/**
 * Record-shaped inputs (JSON Lines objects, CSV rows) -> raw articles. Both formats name the same
 * fields: `text` (required), optional `title`, `published`, `url`, `id`, `section`, `agency`, `byline`,
 * plus a few common aliases.
 */
import { itemError } from './item-error.js';
import { inlineText, splitBlocks } from './blocks.js';
import type { RawArticle } from './types.js';

/** Field -> the names a record may use for it, in order of preference. */
export const FIELD_ALIASES = {
  text: ['text', 'body', 'content', 'article', 'story'],
  title: ['title', 'headline'],
  published: ['published', 'date', 'published_at', 'pubdate', 'datetime', 'time', 'timestamp'],
  url: ['url', 'link'],
  id: ['id', 'guid'],
  section: ['section', 'category'],
  agency: ['agency', 'source', 'site'],
  credit: ['byline', 'author', 'credit'],
} as const;

export type Field = keyof typeof FIELD_ALIASES;

/** Build a raw article from named string values; throws an item error (`where`: "line 7") when unusable. */
export function recordToRaw(get: (name: string) => string | undefined, format: string, input: string, where: string, maxBytes: number): RawArticle {
  const pick = (field: Field): string | undefined => {
    for (const name of FIELD_ALIASES[field]) {
      const v = get(name);
      if (v !== undefined && v.trim() !== '') return v;
    }
    return undefined;
  };
  const text = pick('text');
  const title = pick('title');
  if (text === undefined && title === undefined) throw itemError(input, where, 'no "text" (and no "title")');
  if (text !== undefined && text.length > maxBytes) throw itemError(input, where, `article is over the ${maxBytes}-byte limit`);
  const raw: RawArticle = { format, input, blocks: text === undefined ? [] : splitBlocks(text) };
  if (title !== undefined) raw.title = inlineText(title);
  const published = pick('published');
  if (published !== undefined) raw.published = published.trim();
  const url = pick('url');
  if (url !== undefined) raw.url = url.trim();
  const id = pick('id');
  if (id !== undefined) raw.sourceId = id.trim();
  const section = pick('section');
  if (section !== undefined) raw.section = inlineText(section);
  const agency = pick('agency');
  if (agency !== undefined) raw.agency = inlineText(agency);
  const credit = pick('credit');
  if (credit !== undefined) raw.credit = inlineText(credit);
  return raw;
}
