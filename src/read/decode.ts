/**
 * Bytes -> text. The charset comes from, in order: a byte-order mark, strict UTF-8 if the bytes
 * are valid UTF-8, a declaration in the markup (`<?xml encoding=…?>`, `<meta charset=…>`), and last
 * a guess between Windows-1251 (Russian sources) and Windows-1252. The result is NFC, without a BOM.
 */
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';

export interface Decoded {
  text: string;
  /** The charset used, as iconv-lite names it (utf8, utf16le, utf16be, win1251, win1252, …). */
  charset: string;
  /** Where the charset came from. */
  via: 'bom' | 'declared' | 'valid-utf8' | 'guess';
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** How far into the input a charset declaration is looked for. */
const DECLARATION_WINDOW = 2048;

/** Decode a whole input. Throws InputError for empty and binary inputs. */
export function decodeBytes(bytes: Uint8Array, input: string): Decoded {
  const d = pickCharset(bytes, input);
  let text: string;
  if (d.text !== undefined) {
    text = d.text;
  } else if (d.charset === 'utf8') {
    text = Buffer.from(bytes.buffer, bytes.byteOffset + d.skip, bytes.byteLength - d.skip).toString('utf8');
  } else {
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + d.skip, bytes.byteLength - d.skip), d.charset);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(input, 'empty input');
  return { text: toNfc(text), charset: d.charset, via: d.via };
}

/** Decode only the first `n` bytes (for format detection before committing to the whole input). */
export function decodePrefix(bytes: Uint8Array, n: number): string {
  const head = bytes.subarray(0, Math.min(n, bytes.byteLength));
  const d = pickCharset(head, '', true);
  const body = Buffer.from(head.buffer, head.byteOffset + d.skip, head.byteLength - d.skip);
  return d.charset === 'utf8' ? body.toString('utf8') : iconv.decode(body, d.charset);
}

/** NFC, skipping the (common) all-ASCII case where normalization cannot change anything. */
export function toNfc(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/u.test(text) ? text.normalize('NFC') : text;
}

interface Choice {
  charset: string;
  skip: number;
  via: Decoded['via'];
  /** The decoded text, when checking the charset already produced it (strict UTF-8). */
  text?: string;
}

function pickCharset(bytes: Uint8Array, input: string, lenient = false): Choice {
  const n = bytes.byteLength;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf8', skip: 3, via: 'bom' };
  if (n >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf16le', skip: 2, via: 'bom' };
  if (n >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf16be', skip: 2, via: 'bom' };
  if (!lenient && isBlank(bytes)) throw new InputError(input, 'empty input');

  if (bytes.indexOf(0) !== -1) {
    // UTF-16 without a BOM shows NULs in every other byte of its ASCII characters.
    const bom16 = utf16WithoutBom(bytes);
    if (bom16) return { charset: bom16, skip: 0, via: 'guess' };
    if (lenient) return { charset: 'latin1', skip: 0, via: 'guess' };
    throw new InputError(input, 'binary file, not text');
  }
  if (!lenient && looksBinary(bytes)) throw new InputError(input, 'binary file, not text');

  // Valid UTF-8 wins over a declaration: legacy text almost never forms valid multi-byte sequences,
  // while pages saved as UTF-8 keep a stale `charset=windows-1252` all the time.
  const utf8 = strictUtf8(bytes, lenient);
  if (utf8 !== undefined) return { charset: 'utf8', skip: 0, via: 'valid-utf8', text: utf8 };
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf8') return { charset: declared, skip: 0, via: 'declared' };
  return { charset: guessSingleByte(bytes), skip: 0, via: 'guess' };
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.byteLength; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  return true;
}

/** The text if the bytes are valid UTF-8, else undefined. */
function strictUtf8(bytes: Uint8Array, lenient: boolean): string | undefined {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    // A prefix may cut a multi-byte character in half; forgive up to 3 trailing bytes.
    if (lenient && bytes.byteLength > 4) {
      try {
        return utf8Strict.decode(bytes.subarray(0, bytes.byteLength - 3));
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}

/**
 * Control characters other than tab, newline, carriage return and form feed are rare in text and
 * common in binaries. Look at the first 8 KB only: enough to tell, and constant time.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.1;
}

function utf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const n = Math.min(bytes.byteLength, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf16be';
  return undefined;
}

/** The charset an XML declaration or HTML meta tag names, if iconv-lite knows it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString('latin1');
  const m = /<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/iu.exec(head)
    ?? /<meta[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/iu.exec(head);
  if (!m?.[1]) return undefined;
  return normalizeCharset(m[1]);
}

export function normalizeCharset(name: string): string | undefined {
  const n = name.toLowerCase().replace(/[^a-z0-9]/gu, '');
  if (n === 'utf8') return 'utf8';
  if (n === 'utf16' || n === 'utf16le') return 'utf16le';
  if (n === 'utf16be') return 'utf16be';
  if (n === 'windows1251' || n === 'cp1251' || n === 'win1251') return 'win1251';
  if (n === 'windows1252' || n === 'cp1252' || n === 'win1252' || n === 'usascii' || n === 'ascii') return 'win1252';
  // WHATWG decodes ISO-8859-1 labels as Windows-1252, which is what such pages really contain.
  if (n === 'iso88591' || n === 'latin1' || n === 'l1') return 'win1252';
  return iconv.encodingExists(name) ? name.toLowerCase() : undefined;
}

/**
 * Invalid UTF-8 is a legacy single-byte text. In Windows-1251 Cyrillic letters are the bytes
 * C0–FF and Russian words are made of them; in Windows-1252 the same bytes are accented Latin
 * letters, scattered among ASCII ones. So: many high letters per ASCII letter -> 1251.
 */
function guessSingleByte(bytes: Uint8Array): string {
  const n = Math.min(bytes.byteLength, 65536);
  let high = 0;
  let ascii = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
  }
  return high > 0 && high >= (high + ascii) * 0.3 ? 'win1251' : 'win1252';
}
