/**
 * JSON Lines: one object per line with `text` and optional `title`, `published`, `url`, `id`.
 * A bad line is an error naming the line; the other lines still give articles. A single JSON array
 * of such objects is accepted too.
 */
import { InputError } from '../errors.js';
import { ItemErrors } from './item-error.js';
import { recordToRaw } from './items.js';
import type { RawArticle } from './types.js';

export interface ItemsResult {
  articles: RawArticle[];
  errors: InputError[];
}

function fieldGetter(o: Record<string, unknown>): (name: string) => string | undefined {
  return (name) => {
    const v = o[name];
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && (name === 'id' || name === 'published' || name === 'date')) return String(v);
    return undefined;
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readJsonl(text: string, input: string, maxBytes: number): ItemsResult {
  if (text.trimStart().startsWith('[')) return readJsonArray(text, input, maxBytes);
  const articles: RawArticle[] = [];
  const errors = new ItemErrors(input);
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl === -1 ? text.length : nl);
    pos = nl === -1 ? text.length + 1 : nl + 1;
    lineNo++;
    if (!line.trim()) continue;
    const where = `line ${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.add(where, () => `invalid JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    if (!isObject(value)) {
      errors.add(where, () => 'a JSON Lines record must be an object');
      continue;
    }
    try {
      articles.push(recordToRaw(fieldGetter(value), 'jsonl', input, where, maxBytes));
    } catch (e) {
      if (e instanceof InputError) errors.addError(e);
      else throw e;
    }
  }
  return { articles, errors: errors.done() };
}

function readJsonArray(text: string, input: string, maxBytes: number): ItemsResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(input, `invalid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(value)) throw new InputError(input, 'expected a JSON array of records');
  const articles: RawArticle[] = [];
  const errors = new ItemErrors(input);
  value.forEach((v, i) => {
    const where = `record ${i + 1}`;
    if (!isObject(v)) {
      errors.add(where, () => 'a record must be an object');
      return;
    }
    try {
      articles.push(recordToRaw(fieldGetter(v), 'jsonl', input, where, maxBytes));
    } catch (e) {
      if (e instanceof InputError) errors.addError(e);
      else throw e;
    }
  });
  return { articles, errors: errors.done() };
}
