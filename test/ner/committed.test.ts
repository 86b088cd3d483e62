/** The committed model: loads, its fast scoring equals the plain sum of its weights, CoNLL output shape. */
import { describe, expect, it } from 'vitest';
import { emissions } from '../../src/ner/decode.js';
import { FastScorer } from '../../src/ner/fast.js';
import { KeyBuffer, lineCaseOf } from '../../src/ner/features.js';
import { tagConll } from '../../src/ner/conll-tag.js';
import { defaultTagger } from '../../src/ner/index.js';
import { N_TAGS } from '../../src/ner/tags.js';

const CONLL = [
  '-DOCSTART- -X- O O',
  '',
  'Ministers NNS I-NP O',
  'from IN I-PP O',
  'Norway NNP I-NP I-LOC',
  'met VBD I-VP O',
  'Jonas NNP I-NP I-PER',
  'Gahr NNP I-NP I-PER',
  'Store NNP I-NP I-PER',
  'in IN I-PP O',
  'Oslo NNP I-NP I-LOC',
  '. . O O',
  '',
  'OSLO NNP I-NP I-LOC',
  '1996-08-22 CD I-NP O',
  '',
];

describe('the committed NER model', () => {
  it('records how it was trained', () => {
    const meta = defaultTagger().model.meta;
    expect(meta.command).toMatch(/train:ner/u);
    expect(meta.data.join(' ')).toMatch(/eng\.train/u);
    expect(meta.data.join(' ')).not.toMatch(/testa/u);
  });

  it('scores the same through cached word vectors as through every key', () => {
    const tagger = defaultTagger();
    const s = { words: ['Ministers', 'from', 'Norway', 'met', 'Jonas', 'Gahr', 'Store', '.'], pos: ['NOUN', 'ADP', 'PROPN', 'VERB', 'PROPN', 'PROPN', 'PROPN', 'PUNCT'] };
    const fz = tagger.featurizer;
    const line = lineCaseOf(s.words);
    const flat = fz.sentence(s, line);
    const slow = emissions(tagger.model.pass1, flat.keys, flat.offsets, s.words.length);
    const infos = s.words.map((w) => fz.info(w));
    const posK = s.pos.map((p) => fz.posInfo(p));
    const dyn = fz.dynamic(s, infos, line, undefined, posK, false);
    const fast = new FastScorer(tagger.model.pass1, 5).emissions(infos, posK, dyn.keys, dyn.offsets, line);
    expect(fast.length).toBe(slow.length);
    expect(Array.from(fast)).toEqual(Array.from(slow));
    // A headline line: the cached normal-line keys are swapped for the line's own.
    const head = { words: s.words.map((w) => w.toUpperCase()), pos: s.pos };
    const headLine = lineCaseOf(head.words);
    expect(headLine).not.toBe(line);
    const flatH = fz.sentence(head, headLine);
    const slowH = emissions(tagger.model.pass1, flatH.keys, flatH.offsets, head.words.length);
    const infosH = head.words.map((w) => fz.info(w));
    const dynH = fz.dynamic(head, infosH, headLine, undefined, posK, false);
    const fastH = new FastScorer(tagger.model.pass1, 6).emissions(infosH, posK, dynH.keys, dynH.offsets, headLine);
    expect(Array.from(fastH)).toEqual(Array.from(slowH));
  });

  it('scores both passes at once as each pass alone, from a reused key buffer as from fresh keys', () => {
    const tagger = defaultTagger();
    const fz = tagger.featurizer;
    const sentences = [
      { words: ['Ministers', 'from', 'Norway', 'met', 'Jonas', 'Gahr', 'Store', 'in', 'Oslo', '.'], pos: ['NOUN', 'ADP', 'PROPN', 'VERB', 'PROPN', 'PROPN', 'PROPN', 'ADP', 'PROPN', 'PUNCT'] },
      { words: ['He', 'left', '.'], pos: ['PRON', 'VERB', 'PUNCT'] },
      { words: ['NORWAY', 'AND', 'SWEDEN', 'SIGN', 'PACT'], pos: ['PROPN', 'CCONJ', 'PROPN', 'VERB', 'NOUN'] },
    ];
    const a = new FastScorer(tagger.model.pass1, 7);
    const b = new FastScorer(tagger.model.pass2, 8);
    const buf = new KeyBuffer();
    for (const s of sentences) {
      const n = s.words.length;
      const line = lineCaseOf(s.words);
      const infos = s.words.map((w) => fz.info(w));
      const posK = s.pos.map((p) => fz.posInfo(p));
      const dyn = fz.dynamic(s, infos, line, undefined, posK, false);
      fz.dynamicInto(buf, s, infos, line, undefined, posK, false);
      expect(Array.from(buf.keys.subarray(0, buf.length))).toEqual(Array.from(dyn.keys));
      expect(Array.from(buf.offsets.subarray(0, n + 1))).toEqual(Array.from(dyn.offsets));
      // Sums written after 3 tokens' worth of other data, as the tagger lays out a document.
      const at = 3 * N_TAGS;
      const sa = new Int32Array(at + n * N_TAGS).fill(99);
      const sb = new Int32Array(at + n * N_TAGS).fill(99);
      FastScorer.pairSums(a, b, infos, posK, buf.keys, buf.offsets, line, sa, sb, at);
      expect(Array.from(a.scaled(sa, at, n))).toEqual(Array.from(a.emissions(infos, posK, dyn.keys, dyn.offsets, line)));
      expect(Array.from(b.scaled(sb, at, n))).toEqual(Array.from(b.emissions(infos, posK, dyn.keys, dyn.offsets, line)));
      expect(Array.from(sa.subarray(0, at))).toEqual(new Array<number>(at).fill(99));
    }
  });

  it('tags CoNLL input line for line, with one more column', () => {
    const out = tagConll(`${CONLL.join('\n')}\n`, defaultTagger());
    expect(out).toHaveLength(CONLL.length);
    out.forEach((line, i) => {
      const src = CONLL[i] ?? '';
      if (src === '' || src.startsWith('-DOCSTART-')) { expect(line).toBe(src); return; }
      const cols = line.split(' ');
      expect(cols.slice(0, -1).join(' ')).toBe(src);
      expect(cols[cols.length - 1]).toMatch(/^(?:O|[IB]-(?:PER|ORG|LOC|MISC))$/u);
    });
    const tag = (w: string): string => (out.find((l) => l.startsWith(`${w} `)) ?? '').split(' ').pop() ?? '';
    expect(tag('Norway')).toBe('I-LOC');
    expect(tag('Jonas')).toBe('I-PER');
    expect(tag('met')).toBe('O');
  });
});
