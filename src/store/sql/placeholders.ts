/** Queries are written once with `?` placeholders; PostgreSQL wants `$1`, `$2`, ... */

/** `?` outside quoted strings and identifiers becomes `$1`, `$2`, ... in order. */
export function numbered(sql: string): string {
  let n = 0;
  let quote: string | undefined;
  let out = '';
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = undefined;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else {
      out += ch === '?' ? `$${++n}` : ch;
    }
  }
  return out;
}
