import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readAll, readInput } from '../../src/read/index.js';
import { fixture } from './helpers.js';

function failure(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;

describe('bad input', () => {
  it('empty file', () => {
    const e = failure(() => readInput(Buffer.alloc(0), 'empty.txt'));
    expect(e.message).toBe('empty.txt: empty input');
  });

  it('whitespace-only file', () => {
    expect(failure(() => readInput(Buffer.from('\n\n   \n'), 'blank.txt')).reason).toBe('empty input');
  });

  it('binary file', () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 73) % 256;
    expect(failure(() => readInput(bytes, 'photo.jpg')).message).toBe('photo.jpg: binary file, not text');
  });

  it('invalid UTF-8 is decoded as a legacy charset, not rejected and not mangled', () => {
    const bytes = Buffer.concat([Buffer.from('Talks in Z'), Buffer.from([0xfc]), Buffer.from('rich\n\nThe ministers met in Z'), Buffer.from([0xfc]), Buffer.from('rich on Monday, officials said.')]);
    const [raw] = readInput(bytes, 'latin.txt');
    expect(raw!.blocks[0]!.text).toBe('Talks in Zürich');
    expect(raw!.blocks[1]!.text).not.toContain('\ufffd');
  });

  it('truncated HTML still reads', () => {
    const [raw] = readInput(fixture('truncated.html'), 'truncated.html');
    expect(raw!.blocks.at(-1)!.text).toMatch(/anonym$/u);
  });

  it('HTML cut off in the middle of a tag still reads or fails cleanly', () => {
    const html = fixture('page.html').toString('utf8');
    const cut = html.slice(0, html.indexOf('Myanmar on the agenda') + 3);
    const [raw] = readInput(Buffer.from(cut), 'cut.html');
    expect(raw!.blocks.some((b) => b.text.includes('JAKARTA'))).toBe(true);
  });

  it('an article over the limit is refused before decoding', () => {
    const e = failure(() => readInput(Buffer.alloc(20_000, 0x61), 'big.txt', { maxBytes: 10_000 }));
    expect(e.message).toMatch(/^big\.txt: article is 20000 bytes, over the 10000 bytes limit$/u);
  });

  it('a 200 MB file is refused before it is decoded', () => {
    // All NUL bytes: had the reader decoded (or sniffed the whole of) it, the reason would be "binary file".
    const huge = Buffer.alloc(201 * 1024 * 1024);
    const started = performance.now();
    const e = failure(() => readInput(huge, 'huge.txt'));
    expect(e.reason).toBe('input is 210.8 MB, over the 200.0 MB limit');
    // A budget for a pathological input, far above the microseconds a size check takes.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a many-article input may be larger than one article, but each item is limited', () => {
    const line = (n: number): string => JSON.stringify({ title: `t${n}`, text: 'x'.repeat(600) });
    const body = Buffer.from([line(1), line(2), JSON.stringify({ title: 'big', text: 'y'.repeat(5000) })].join('\n'));
    const r = readAll(body, 'many.jsonl', { maxBytes: 2000 });
    expect(r.articles).toHaveLength(2);
    expect(r.errors.map((x) => x.message)).toEqual(['many.jsonl: line 3: article is over the 2000-byte limit']);
  });

  it('malformed XML names the input and the line', () => {
    const e = failure(() => readInput(fixture('malformed.xml'), 'malformed.xml'));
    expect(e.message).toMatch(/^malformed\.xml: malformed XML at line 7, column \d+: /u);
  });

  it('a feed with "billion laughs" entities is refused quickly, never expanded', () => {
    const started = performance.now();
    const e = failure(() => readInput(Buffer.from(BILLION_LAUGHS), 'lolz.xml'));
    expect(e.message).toMatch(/^lolz\.xml: XML declares entities/u);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a feed with an internal DTD subset is refused', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ELEMENT rss ANY> ]>\n<rss version="2.0"><channel><item><title>x</title></item></channel></rss>';
    expect(failure(() => readInput(Buffer.from(xml), 'dtd.xml')).reason).toMatch(/internal DTD subset/u);
  });

  it('an external DTD reference is ignored, not fetched', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Old feed</title><item><title>An old item</title><description>Still readable.</description></item></channel></rss>';
    const [raw] = readInput(Buffer.from(xml), 'old.rss');
    expect(raw!.title).toBe('An old item');
  });

  it('a bare ampersand in a feed is read as text, not refused', () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><title>AT&T and M&amp;A news</title><description>Profits &amp; losses at AT&T.</description></item></channel></rss>';
    const [raw] = readInput(Buffer.from(xml), 'amp.xml');
    expect(raw!.title).toBe('AT&T and M&A news');
    expect(raw!.blocks[0]!.text).toBe('Profits & losses at AT&T.');
  });

  it('XML that is not a feed', () => {
    expect(failure(() => readInput(Buffer.from('<?xml version="1.0"?><note><to>x</to></note>'), 'note.xml')).reason)
      .toBe('XML is neither an RSS nor an Atom feed');
  });

  it('a bad JSON line does not stop the other lines', () => {
    const r = readAll(Buffer.from('{"text": "one"}\n{not json}\n{"text": "three"}\n'), 'mixed.jsonl');
    expect(r.articles).toHaveLength(2);
    expect(r.errors.map((e) => e.message)).toEqual([expect.stringMatching(/^mixed\.jsonl: line 2: invalid JSON/u)]);
  });

  it('lists the first hundred bad items and counts the rest', () => {
    const r = readAll(Buffer.from(['{"text": "good"}', ...Array.from({ length: 250 }, () => '{broken')].join('\n')), 'junk.jsonl');
    expect(r.articles).toHaveLength(1);
    expect(r.errors).toHaveLength(101);
    expect(r.errors[0]!.message).toMatch(/^junk\.jsonl: line 2: invalid JSON/u);
    expect(r.errors.at(-1)!.message).toBe('junk.jsonl: 150 more bad items not listed');
  });

  it('a data file without records is an error, an empty feed is not', () => {
    expect(failure(() => readInput(Buffer.from('id,title,text\n'), 'empty.csv')).message).toBe('empty.csv: no records found');
    expect(failure(() => readInput(Buffer.from('title,text\n\n\n'), 'header-only.csv')).reason).toBe('no records found');
    expect(readInput(Buffer.from('<rss version="2.0"><channel><title>Quiet</title></channel></rss>'), 'quiet.xml')).toEqual([]);
  });

  it('rejects nonsense limits as option errors', () => {
    expect(() => readInput(Buffer.from('x'), 'x', { maxBytes: 0 })).toThrow(/option maxBytes must be a positive number/u);
  });
});
