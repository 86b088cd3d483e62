/**
 * Turn what a person types into a safe FTS5 MATCH expression. FTS5's own syntax fails on stray
 * punctuation ("Kim Jong-un", "U.S.", an unbalanced quote), so every term is quoted: words become
 * quoted tokens, hyphenated or dotted words become phrases, "quoted text" stays a phrase, a trailing *
 * asks for a prefix, and the bare words OR and NOT keep their meaning. Terms are joined by AND.
 */
const TERM = /"([^"]*)"?|(\S+)/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function phrase(words: string[]): string {
  return `"${words.join(' ')}"`;
}

/** The FTS5 expression, or undefined when the query has nothing to search for. */
export function toFtsQuery(query: string): string | undefined {
  const out: string[] = [];
  let pendingOp: 'OR' | 'NOT' | undefined;
  for (const m of query.normalize('NFC').matchAll(TERM)) {
    const quoted = m[1];
    const bare = m[2];
    if (bare === 'OR' || bare === 'NOT') {
      if (out.length > 0) pendingOp = bare;
      continue;
    }
    const source = quoted ?? bare ?? '';
    const words = source.match(WORD) ?? [];
    if (words.length === 0) continue;
    let term = phrase(words);
    if (quoted === undefined && bare?.endsWith('*')) term += ' *';
    if (pendingOp && out.length > 0) out.push(pendingOp);
    else if (out.length > 0) out.push('AND');
    pendingOp = undefined;
    out.push(term);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
