import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/analyze/doc.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
import { createWinkReader } from '../src/analyze/tokens/wink.js';
import type { Article } from '../src/model.js';

function article(text: string): Article {
  return { id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' };
}

describe('tokens', () => {
  it('keeps hyphenated names whole and offsets exact', () => {
    const text = 'North Korean leader Kim Jong-un met Kim Yong-nam. Then he left.';
    const doc = newDoc(article(text));
    tokensStage.run(doc, {});
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain('Jong-un');
    expect(words).toContain('Yong-nam');
    expect(words).not.toContain('Jong');
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.sentences).toHaveLength(2);
  });

  it('never lets a sentence cross a part', () => {
    const text = 'A headline without a stop\n\nThe body starts here.';
    const a = article(text);
    a.parts = [{ kind: 'headline', start: 0, end: 25 }, { kind: 'paragraph', start: 27, end: text.length }];
    const doc = newDoc(a);
    tokensStage.run(doc, {});
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A headline without a stop', 'The body starts here.']);
  });

  it('keeps no whitespace tokens, and sentences never start or end on a line break', () => {
    const text = 'Talks in Moscow\nThe two leaders met on Tuesday.\n\n\nThey agreed\nto meet again.';
    const doc = newDoc(article(text));
    tokensStage.run(doc, {});
    for (const t of doc.tokens) {
      expect(t.text.trim()).toBe(t.text);
      expect(t.text.length).toBeGreaterThan(0);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    for (const s of doc.sentences) {
      const st = text.slice(s.start, s.end);
      expect(st.trim()).toBe(st);
      for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(doc.tokens[i]?.sentence).toBe(doc.sentences.indexOf(s));
    }
  });

  it('splits a line that ends without punctuation before a capitalized line, keeps wrapped sentences whole', () => {
    const text = 'Talks in Moscow\nPutin met Kim on Tuesday.\nThe two leaders\nagreed to meet again. Officials met with\nPresident Moon later.\n\nKey points\n\nNo deal yet';
    const doc = newDoc(article(text));
    tokensStage.run(doc, {});
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Talks in Moscow',
      'Putin met Kim on Tuesday.',
      'The two leaders\nagreed to meet again.',
      'Officials met with\nPresident Moon later.',
      'Key points',
      'No deal yet',
    ]);
  });

  it('a wink reader rebuilt after learning new words tags exactly as one that kept them', () => {
    const texts = ['Zorvath Quellan met Brimsky in Tavrosk on Monday.', 'The Quellan plan was backed by Ostrava-based Velmor.', 'Brimsky said Zorvath would visit Tavrosk again.'];
    const kept = createWinkReader();
    const rebuilt = createWinkReader(3);
    for (const t of [...texts, ...texts]) expect(rebuilt.tokenize(t)).toEqual(kept.tokenize(t));
    expect(rebuilt.rebuilds).toBeGreaterThan(0);
    expect(kept.rebuilds).toBe(0);
  });

  it('tokens of a text never depend on what the reader read before', () => {
    const text = 'Shares of Brandvold\'s fell after Quentara\'s chief left (Brandvold\'s said).';
    const reader = createWinkReader();
    const first = reader.tokenize(text);
    expect(first.tokens.map((t) => t.value)).toContain("'s");
    expect(reader.tokenize(text)).toEqual(first);
    reader.tokenize("Brandvold's. Quentara's, (Brandvold's) and Brandvold's-style");
    expect(reader.tokenize(text)).toEqual(first);
  });
});
