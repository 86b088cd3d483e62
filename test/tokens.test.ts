import { describe, expect, it } from 'vitest';
import { newDoc } from '../src/analyze/doc.js';
import { tokensStage } from '../src/analyze/tokens/index.js';
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
});
