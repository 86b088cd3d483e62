/** Format detection and the readers. One file per format beside this one. */
import { InputError } from '../errors.js';
import { decodeBytes, decodePrefix } from './decode.js';
import { detectFormat, formatFromName, MULTI_ARTICLE, type Format } from './detect.js';
import { readCsv } from './csv.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readReutersSgml } from './reuters-sgml.js';
import { readWireText } from './wire-text.js';
import type { RawArticle, ReadOptions } from './types.js';

export type { RawArticle, RawBlock, ReadOptions } from './types.js';
export type { Format } from './detect.js';

export const DEFAULT_MAX_BYTES = 5_000_000;
/** How many articles' worth of bytes a many-article input may hold by default (40 × 5 MB = 200 MB). */
const FILE_LIMIT_FACTOR = 40;
/** Enough of the input to recognize its format. */
const SNIFF_BYTES = 4096;

export interface ReadResult {
  articles: RawArticle[];
  /** Items of a many-article input that could not be read; each reason names its item (`line 7: …`). */
  errors: InputError[];
  format: Format;
}

/**
 * Read one input (a file's bytes or a fetched body) into raw articles plus per-item errors. Errors
 * that concern the whole input (empty, binary, too large, malformed XML) are thrown as InputError.
 */
export function readAll(bytes: Uint8Array, input: string, opts: ReadOptions = {}): ReadResult {
  const maxBytes = positive(opts.maxBytes, 'maxBytes') ?? DEFAULT_MAX_BYTES;
  const maxFileBytes = positive(opts.maxFileBytes, 'maxFileBytes') ?? maxBytes * FILE_LIMIT_FACTOR;
  // Refuse oversized inputs before decoding a single byte of them.
  if (bytes.byteLength > maxFileBytes) throw new InputError(input, `input is ${mb(bytes.byteLength)}, over the ${mb(maxFileBytes)} limit`);

  let format: Format;
  if (opts.format) {
    const f = formatFromName(opts.format);
    if (!f) throw new InputError(input, `unknown input format "${opts.format}"`);
    format = f;
  } else {
    format = detectFormat(decodePrefix(bytes, SNIFF_BYTES), input);
  }
  if (!MULTI_ARTICLE.has(format) && bytes.byteLength > maxBytes) {
    throw new InputError(input, `article is ${mb(bytes.byteLength)}, over the ${mb(maxBytes)} limit`);
  }

  const { text } = decodeBytes(bytes, input);
  switch (format) {
    case 'wire-text':
      return { articles: [readWireText(text, input)], errors: [], format };
    case 'html':
      return { articles: [readHtml(text, input)], errors: [], format };
    case 'feed':
      return { ...readFeed(text, input, maxBytes), format };
    case 'jsonl':
      return nonEmpty({ ...readJsonl(text, input, maxBytes), format }, input);
    case 'csv':
      return nonEmpty({ ...readCsv(text, input, maxBytes), format }, input);
    case 'reuters-sgml':
      return { ...readReutersSgml(text, input, maxBytes), format };
  }
}

/**
 * Read one input into raw articles. Per-item errors go to `opts.onItemError`; without it, the first
 * one is thrown (so an error is never dropped silently).
 */
export function readInput(bytes: Uint8Array, input: string, opts: ReadOptions = {}): RawArticle[] {
  const { articles, errors } = readAll(bytes, input, opts);
  if (errors.length) {
    if (!opts.onItemError) throw errors[0]!;
    for (const e of errors) opts.onItemError(e);
  }
  return articles;
}

/** A data file with no records at all is a mistake worth a line (an empty feed is not: feeds empty out). */
function nonEmpty(r: ReadResult, input: string): ReadResult {
  if (!r.articles.length && !r.errors.length) throw new InputError(input, 'no records found');
  return r;
}

function positive(v: number | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!Number.isFinite(v) || v <= 0) throw new RangeError(`read: option ${name} must be a positive number, got ${v}`);
  return v;
}

function mb(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${n} bytes`;
}
