/**
 * Turn what a person types into a PostgreSQL tsquery, with the same reading as the SQLite store's FTS5
 * expressions (src/store/sqlite/fts-query.ts): words are ANDed, "quoted text" and hyphenated or dotted
 * words are phrases, a trailing * asks for a prefix, and the bare words OR and NOT keep their meaning.
 * Every lexeme is quoted, so no typed punctuation can be a tsquery syntax error.
 */
const TERM = /"([^"]*)"?|(\S+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function lexeme(word: string, prefix: boolean): string {
  return `'${word.toLowerCase()}'${prefix ? ':*' : ''}`;
}

/**
 * The text-search configuration of the search vectors and queries (migration 2): 'simple' (every word,
 * lower-cased, no stemming) with accents removed by the unaccent extension when the server has it, so
 * "Erdoğan" and "Erdogan" are one word, as in the SQLite store's FTS5 index (remove_diacritics 2).
 */
export const TS_CONFIG = 'dateline';

/**
 * The words of a text as the search vector takes them: runs of letters and digits, everything else a
 * space. FTS5's unicode61 tokenizer reads text this way; PostgreSQL's parser would otherwise make
 * single tokens of "U.S.", "bbc.co.uk" or "£5bn" (and, in a C-locale cluster, glue "’" or "“" to the
 * word beside them), which a query for the words inside them does not find. Word order (phrases) is kept.
 */
export function searchWords(s: string): string {
  return s.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ');
}

// Snippet markers no article contains; replaced by the caller's markers after ts_headline.
const START = '\u0002';
const STOP = '\u0003';

/** ts_headline options: about 24 words, up to two fragments. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=24, MinWords=10, ShortWord=0, MaxFragments=2, FragmentDelimiter=" … "`;

/** ts_headline marks each word; a phrase reads better marked once, as FTS5 does. */
export function markSnippet(s: string, hl: { start: string; end: string }): string {
  return s.replace(new RegExp(`${STOP}(\\s+)${START}`, 'gu'), '$1').replaceAll(START, hl.start).replaceAll(STOP, hl.end);
}

/** The tsquery text (for to_tsquery(TS_CONFIG, …)), or undefined when the query has nothing to search for. */
export function toTsQuery(query: string): string | undefined {
  const out: string[] = [];
  let pendingOp: '|' | '& !' | undefined;
  for (const m of query.normalize('NFC').matchAll(TERM)) {
    const quoted = m[1];
    const bare = m[2];
    if (bare === 'OR' || bare === 'NOT') {
      if (out.length > 0) pendingOp = bare === 'OR' ? '|' : '& !';
      continue;
    }
    const words = (quoted ?? bare ?? '').match(WORD) ?? [];
    if (words.length === 0) continue;
    const prefix = quoted === undefined && (bare?.endsWith('*') ?? false);
    const last = words.length - 1;
    const term = words.map((w, i) => lexeme(w, prefix && i === last)).join(' <-> ');
    if (out.length > 0) out.push(pendingOp ?? '&');
    pendingOp = undefined;
    out.push(words.length > 1 ? `(${term})` : term);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
