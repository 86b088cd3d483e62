import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { decodeBytes } from '../../src/read/decode.js';

const RU = 'Министр иностранных дел России провёл переговоры с коллегой из Китая.';
const FR = 'Le ministre a déclaré à la presse – après la réunion – que la coopération était « essentielle ».';

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).reason;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  it('strips a UTF-8 byte-order mark', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello, Moscow')]), 'x');
    expect(d.text).toBe('Hello, Moscow');
    expect(d.via).toBe('bom');
  });

  it('returns NFC text', () => {
    const decomposed = 'Mu\u0308nchen, cafe\u0301';
    const d = decodeBytes(Buffer.from(decomposed, 'utf8'), 'x');
    expect(d.text).toBe('München, café');
    expect(d.text).toBe(d.text.normalize('NFC'));
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RU, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(RU, 'utf16be')]);
    expect(decodeBytes(le, 'x').text).toBe(RU);
    expect(decodeBytes(be, 'x').text).toBe(RU);
  });

  it('decodes UTF-16 LE without a BOM instead of calling it binary', () => {
    const d = decodeBytes(iconv.encode(`Plain English text. ${FR}`, 'utf16le'), 'x');
    expect(d.text).toContain('déclaré');
  });

  it('guesses Windows-1251 for Russian text that is not UTF-8', () => {
    const d = decodeBytes(iconv.encode(RU, 'win1251'), 'x');
    expect(d.charset).toBe('win1251');
    expect(d.text).toBe(RU);
  });

  it('guesses Windows-1252 for Western text that is not UTF-8', () => {
    const d = decodeBytes(iconv.encode(FR, 'win1252'), 'x');
    expect(d.charset).toBe('win1252');
    expect(d.text).toBe(FR);
  });

  it('follows an HTML meta charset and an XML encoding declaration', () => {
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>'), iconv.encode(RU, 'win1251'), Buffer.from('</p></body></html>')]);
    expect(decodeBytes(html, 'x').text).toContain(RU);
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>'), iconv.encode('Genève', 'latin1'), Buffer.from('</title></channel></rss>')]);
    const d = decodeBytes(xml, 'x');
    expect(d.via).toBe('declared');
    expect(d.text).toContain('Genève');
  });

  it('prefers valid UTF-8 over a stale declaration', () => {
    const d = decodeBytes(Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Genève – «talks»</p></body></html>'), 'x');
    expect(d.via).toBe('valid-utf8');
    expect(d.text).toContain('Genève – «talks»');
  });

  it('reads invalid UTF-8 as a legacy charset rather than failing or inserting replacement characters', () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]); // "café ok" in Latin-1
    const d = decodeBytes(bytes, 'x');
    expect(d.text).toBe('café ok');
    expect(d.text).not.toContain('\ufffd');
  });

  it('refuses empty and whitespace-only input', () => {
    expect(reason(() => decodeBytes(Buffer.alloc(0), 'a.txt'))).toBe('empty input');
    expect(reason(() => decodeBytes(Buffer.from(' \n\t\r\n  '), 'a.txt'))).toBe('empty input');
    expect(reason(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'a.txt'))).toBe('empty input');
  });

  it('refuses binary input', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x02]);
    expect(reason(() => decodeBytes(png, 'img.png'))).toBe('binary file, not text');
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41 + (i % 26))));
    expect(reason(() => decodeBytes(controls, 'x.bin'))).toBe('binary file, not text');
  });

  it('names the input in the error message', () => {
    expect(() => decodeBytes(Buffer.alloc(0), 'stories/empty.txt')).toThrow('stories/empty.txt: empty input');
  });
});
