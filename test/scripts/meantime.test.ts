/**
 * The MEANTIME reader behind `npm run eval:times -- --meantime`: a CAT snippet written for this test,
 * then the real corpus (skipped where ../shared is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEANTIME_DIR, detokenize, meantimeFiles, parseMeantime, readCat, scoredTimes, shown } from '../../scripts/meantime.js';

/** A CAT document from (sentence, words) lines; t_ids count from 1 across the document. */
function cat(sentences: string[], markables: string): string {
  let id = 0;
  let n = 0;
  const tokens = sentences.flatMap((line, s) => line.split(' ').map((w) => `<token number="${n++}" sentence="${s}" t_id="${++id}">${w}</token>`));
  return `<?xml version="1.0" ?><Document doc_id="1" doc_name="1_Ferry" lang="en" url="about:blank">\n${tokens.join('\n')}\n<Markables>\n${markables}\n</Markables>\n<Relations/>\n</Document>\n`;
}
const anchors = (...ids: number[]) => ids.map((i) => `<token_anchor t_id="${i}"/>`).join('\n');
const timex = (attrs: string, ...ids: number[]) => `<TIMEX3 anchorTimeID="" comment="" ${attrs}>\n${anchors(...ids)}\n</TIMEX3>`;

const SENTENCES = [
  'City ferry returns after winter', //                                                    t 1-5
  'March 4 , 2019', //                                                                      t 6-9
  "The ferry , idle since `` the storm '' last Tuesday , sailed again on Monday morning .", // t 10-27
  "Its operator ( Bay Lines ) said it did n't expect delays ; fares rise 5 % to $ 3 .", //   t 28-49
  '&quot; We \'re back , &quot; the captain said .', //                                      t 50-58
  'Crews worked for three weeks .', //                                                       t 59-64
  'Service runs daily from May .', //                                                        t 65-70
];
const MARKABLES = [
  `<ENTITY_MENTION comment="" head="ferry" m_id="1" syntactic_type="NOM">\n${anchors(10, 11)}\n</ENTITY_MENTION>`,
  timex('functionInDocument="CREATION_TIME" m_id="2" type="DATE" value="2019-03-04"', 6, 7, 8, 9),
  timex('functionInDocument="NONE" m_id="3" type="TIME" value="2019-03-04TMO"', 25, 26),
  timex('functionInDocument="NONE" m_id="4" type="DATE" value="2019-02-26"', 20, 19),
  '<TIMEX3 TAG_DESCRIPTOR="winter" anchorTimeID="" functionInDocument="NONE" m_id="5" type="DATE" value="2018-WI"/>',
  timex('functionInDocument="NONE" m_id="6" type="DURATION" value="P3W"', 62, 63),
].join('\n');

const TEXT = 'City ferry returns after winter\nMarch 4, 2019\n'
  + 'The ferry, idle since "the storm" last Tuesday, sailed again on Monday morning. '
  + "Its operator (Bay Lines) said it didn't expect delays; fares rise 5% to $3. "
  + '"We\'re back," the captain said. Crews worked for three weeks. Service runs daily from May.';

describe('MEANTIME reader on a CAT snippet', () => {
  const doc = parseMeantime(cat(SENTENCES, MARKABLES), 'ferry.xml');

  it('rebuilds the text a reader sees: title and date lines, then the body detokenized', () => {
    expect(doc.raw).toBe(TEXT);
  });

  it('takes the creation time as the published date and keeps it out of the gold', () => {
    expect(doc.dct).toBe('2019-03-04');
    expect(doc.dctSpan && doc.raw.slice(doc.dctSpan.start, doc.dctSpan.end)).toBe('March 4, 2019');
    expect(doc.gold.map((g) => g.value)).not.toContain('2019-03-04');
  });

  it('spans each TIMEX3 from its first to its last token, in text order, skipping the non-consuming one', () => {
    expect(doc.gold.map((g) => [g.text, g.type, g.value])).toEqual([
      ['last Tuesday', 'DATE', '2019-02-26'],
      ['Monday morning', 'TIME', '2019-03-04TMO'],
      ['three weeks', 'DURATION', 'P3W'],
    ]);
    for (const g of doc.gold) expect(doc.raw.slice(g.start, g.end)).toBe(g.text);
  });

  it('scores only system times in the annotated sentences and off the date line', () => {
    const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
    const sys = [at('winter'), at('March 4'), at('last Tuesday'), at('three weeks'), at('May')];
    expect(scoredTimes(doc, sys).map((t) => t.text)).toEqual(['winter', 'last Tuesday', 'three weeks']);
  });

  it('takes the date line TIMEX3 as the DCT when none is marked CREATION_TIME', () => {
    const d = parseMeantime(cat(SENTENCES, MARKABLES.replace('CREATION_TIME', 'NONE')), 'ferry.xml');
    expect(d.dct).toBe('2019-03-04');
    expect(d.gold).toHaveLength(3);
  });

  it('names the file when it holds no tokens', () => {
    expect(() => parseMeantime('<Document><Markables/></Document>', 'empty.xml')).toThrow(/empty\.xml/u);
  });

  it('opens and closes straight quotes in turn, and glues currency and brackets', () => {
    const words = ['&quot;', 'a', '&quot;', 'and', '&quot;', 'b', '&quot;', 'cost', 'US$', '5', '(', 'c', ')'];
    const toks = words.map((w, i) => ({ id: String(i), sentence: 2, text: w.replace('&quot;', '"') }));
    expect(detokenize(toks).text).toBe('"a" and "b" cost US$5 (c)');
  });
});

describe.skipIf(!existsSync(MEANTIME_DIR))('MEANTIME English corpus', () => {
  const files = meantimeFiles(MEANTIME_DIR);

  it('reads the 60 English articles, each with a dated creation time printed on its date line', () => {
    expect(files).toHaveLength(60);
    for (const f of files) {
      const d = parseMeantime(readFileSync(f, 'utf8'), basename(f));
      expect(d.dct, d.name).toMatch(/^\d{4}-\d\d-\d\d$/u);
      const line = d.dctSpan ? d.raw.slice(d.dctSpan.start, d.dctSpan.end) : '';
      expect(line, d.name).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/u);
      expect(line.slice(-4), d.name).toBe(d.dct?.slice(0, 4));
    }
  });

  it('every token and every gold span round-trips to its tokens', () => {
    let gold = 0;
    for (const f of files) {
      const xml = readFileSync(f, 'utf8');
      const { tokens, timexes } = readCat(xml, f);
      const { text, spans } = detokenize(tokens);
      tokens.forEach((t, i) => {
        const [s, e] = spans[i] ?? [0, 0];
        expect(text.slice(s, e), `${f} t_id ${t.id}`).toBe(shown(t.text));
      });
      const d = parseMeantime(xml, basename(f));
      expect(d.raw).toBe(text);
      for (const g of d.gold) {
        expect(d.raw.slice(g.start, g.end), `${d.name} ${g.value}`).toBe(g.text);
        // The span's characters are exactly its tokens' (spacing aside), first to last.
        const k = timexes.find((x) => spans[x.first]?.[0] === g.start && spans[x.last]?.[1] === g.end);
        expect(k, `${d.name} ${g.text}`).toBeDefined();
        if (!k) continue;
        const words = tokens.slice(k.first, k.last + 1).map((t) => shown(t.text)).join('');
        expect(g.text.replace(/\s+/gu, ''), d.name).toBe(words);
      }
      gold += d.gold.length;
    }
    // 217 TIMEX3s: 14 anchored to no token, 60 creation times (two of them unmarked date lines).
    expect(gold).toBe(143);
  });
});
