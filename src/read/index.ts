/** Format detection and the readers. One file per format beside this one. */
import { InputError } from '../errors.js';
import type { RawArticle, ReadOptions } from './types.js';

export type { RawArticle, RawBlock, ReadOptions } from './types.js';

/** Read one input (a file's bytes or a fetched body) into zero or more raw articles. */
export function readInput(bytes: Uint8Array, input: string, _opts: ReadOptions = {}): RawArticle[] {
  // Placeholder until the readers land: plain UTF-8 text, paragraphs separated by blank lines.
  const text = Buffer.from(bytes).toString('utf8');
  if (!text.trim()) throw new InputError(input, 'empty input');
  const blocks = text.split(/\n\s*\n/u).map((b) => ({ text: b.trim() })).filter((b) => b.text);
  return [{ format: 'wire-text', input, blocks }];
}
