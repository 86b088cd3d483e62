/**
 * Name keys: the one way names are compared across the knowledge base and the linker, so that
 * "Kim Jong-un", "Kim Jong Un", "KIM JONG-UN" and "Kim Jong‐un" meet, as do "U.S." and "US",
 * "Erdoğan" and "Erdogan", "People’s" and "People's".
 */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;

export function nameKey(s: string): string {
  // Fast path for plain ASCII words (most city and person names): nothing to fold but case.
  if (PLAIN.test(s)) return s.toLowerCase();
  // One pass over the decomposed string: drop accents, apostrophes and periods ("U.S." -> "us",
  // "People's" -> "peoples"), turn hyphens and other punctuation into spaces, lower-case the rest.
  let out = '';
  let pendingSpace = false;
  for (const ch of s.normalize('NFKD')) {
    const c = ch.charCodeAt(0);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (DROP.has(ch)) continue;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && LETTER.test(ch))) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += ch.toLowerCase();
    } else {
      pendingSpace = true;
    }
  }
  return out;
}

const DROP: ReadonlySet<string> = new Set(['.', "'", '\u2018', '\u2019', '`', '\u00b4', '\u02bc']);
const LETTER = /[\p{L}\p{N}]/u;

/** Drop a leading article: "the Kremlin" and "Kremlin" share a key. */
export function withoutArticle(key: string): string {
  return key.startsWith('the ') ? key.slice(4) : key;
}
