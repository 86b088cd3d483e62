/**
 * Name keys: the one way names are compared across the knowledge base and the linker, so that
 * "Kim Jong-un", "Kim Jong Un", "KIM JONG-UN" and "Kim Jong‐un" meet, as do "U.S." and "US",
 * "Erdoğan" and "Erdogan", "People’s" and "People's".
 */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;

export function nameKey(s: string): string {
  // Fast path for plain ASCII words (most city and person names): nothing to fold but case.
  if (PLAIN.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/'s\b/g, 's')
    .replace(/[-\u2010-\u2015_]/g, ' ')
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Drop a leading article: "the Kremlin" and "Kremlin" share a key. */
export function withoutArticle(key: string): string {
  return key.startsWith('the ') ? key.slice(4) : key;
}
