/** Normal forms of text: for comparing blocks (repeated lead, repeated paragraphs) and for the id. */
import { collapseWhitespace } from '../read/blocks.js';

const TRAILING = new Set([' ', '.', '!', '?', ';', ':', ',', '…', '\n', '\t']);

/** For comparing two blocks: case, curly quotes, dashes, whitespace and final punctuation ignored. */
export function compareKey(text: string): string {
  const k = collapseWhitespace(text.toLowerCase())
    .replace(/[‘’‛`]/gu, "'")
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, '-');
  // Final punctuation stripped by a loop from the end: a regex anchored at $ would be tried at every position.
  let end = k.length;
  while (end > 0 && TRAILING.has(k[end - 1]!)) end--;
  let start = 0;
  while (start < end && k[start] === ' ') start++;
  return k.slice(start, end);
}

/**
 * Two blocks can only have equal compare keys if their lengths are close (keys differ from the
 * text by case, quote style and final punctuation only): a cheap test before building keys.
 */
export function mayBeSame(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 8;
}

/** For the id: NFC, whitespace runs collapsed, ends trimmed. */
export function idKey(text: string): string {
  // eslint-disable-next-line no-control-regex
  const nfc = /[^\u0000-\u007f]/u.test(text) ? text.normalize('NFC') : text;
  return collapseWhitespace(nfc).trim();
}

/** Ends like a sentence (or a quotation that ends one). */
export function endsSentence(text: string): boolean {
  return /[.!?…:;"”’»)\]]$/u.test(text);
}

export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
