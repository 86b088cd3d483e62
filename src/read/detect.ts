/**
 * Format detection from the first few kilobytes of text, with the file name as a tie-breaker.
 * Content wins over the extension: a feed saved as .txt is still a feed.
 */
export type Format = 'wire-text' | 'html' | 'feed' | 'jsonl' | 'csv' | 'reuters-sgml';

export const FORMATS: readonly Format[] = ['wire-text', 'html', 'feed', 'jsonl', 'csv', 'reuters-sgml'];

/** Formats that hold many articles in one input. */
export const MULTI_ARTICLE: ReadonlySet<Format> = new Set<Format>(['feed', 'jsonl', 'csv', 'reuters-sgml']);

/** Names the caller may pass for `--input-format` (rss and atom both mean the feed reader). */
export function formatFromName(name: string): Format | undefined {
  const n = name.toLowerCase();
  if (n === 'rss' || n === 'atom' || n === 'feed' || n === 'xml') return 'feed';
  if (n === 'text' || n === 'txt' || n === 'wire' || n === 'wire-text') return 'wire-text';
  if (n === 'sgml' || n === 'reuters' || n === 'reuters-sgml') return 'reuters-sgml';
  if (n === 'ndjson' || n === 'json' || n === 'jsonl') return 'jsonl';
  if (n === 'html' || n === 'htm') return 'html';
  if (n === 'csv') return 'csv';
  return undefined;
}

/** Column names that can carry an article's text in a CSV header. */
export const CSV_TEXT_COLUMNS = ['text', 'body', 'content', 'article', 'story'];

export function detectFormat(head: string, input: string): Format {
  const s = skipPrologue(head);
  const low = s.slice(0, 4096).toLowerCase();
  const ext = /\.([a-z0-9]{1,8})$/u.exec(input.toLowerCase())?.[1] ?? '';

  if (low.startsWith('<')) {
    if (low.includes('<reuters') || low.startsWith('<!doctype lewis')) return 'reuters-sgml';
    if (/<(?:rss|feed|rdf:rdf)[\s>]/u.test(low)) return 'feed';
    if (low.startsWith('<?xml') && !low.includes('<html')) return 'feed';
    return 'html';
  }
  if (low.startsWith('{') || (low.startsWith('[') && low.slice(1).trimStart().startsWith('{'))) return 'jsonl';
  if (ext === 'csv' || looksLikeCsvHeader(s)) return 'csv';
  return 'wire-text';
}

/** Past a BOM, whitespace and leading comments, so the first real token decides. */
function skipPrologue(s: string): string {
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/u.test(s[i]!)) i++;
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 4);
      if (end === -1) return s.slice(i);
      i = end + 3;
      continue;
    }
    return s.slice(i);
  }
}

function looksLikeCsvHeader(s: string): boolean {
  const nl = s.indexOf('\n');
  const first = (nl === -1 ? s : s.slice(0, nl)).trim().toLowerCase();
  if (!first.includes(',') || first.length > 500) return false;
  const names = first.split(',').map((c) => c.trim().replace(/^"|"$/gu, '').trim());
  return names.some((n) => CSV_TEXT_COLUMNS.includes(n)) && names.every((n) => /^[\w .-]{1,40}$/u.test(n));
}
