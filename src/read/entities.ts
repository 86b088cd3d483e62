/**
 * Character references in XML and SGML text. Only the five XML entities, numeric references and
 * a few common HTML names are known; nothing declared by a document is ever expanded.
 */

const NAMED: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae',
  trade: '\u2122', euro: '\u20ac', pound: '\u00a3', deg: '\u00b0', middot: '\u00b7', bull: '\u2022',
};

/** Decode `&lt;`, `&#233;`, `&#xE9;` and the names above; unknown names stay as they are. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      // Control characters (Reuters marks record start/end with &#2; and &#3;) are not text.
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}
