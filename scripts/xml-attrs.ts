/**
 * The two bits of XML the gold-reading scripts need (TimeML in eval-times.ts, MEANTIME's CAT in
 * meantime.ts): character references and the five named entities unescaped, and a tag's
 * attributes as a record.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (m, e: string) => {
    if (/^#x/iu.test(e)) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** `a="1" b="x &amp; y"` → { a: '1', b: 'x & y' }. */
export function xmlAttrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/gu)) out[m[1] ?? ''] = unescapeXml(m[2] ?? '');
  return out;
}
