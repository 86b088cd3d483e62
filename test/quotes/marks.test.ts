import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSegments } from '../../src/analyze/quotes/marks.js';
import type { Part } from '../../src/model.js';
import { docOf, runQuotes } from './helpers.js';

function paragraphs(text: string): Part[] {
  const parts: Part[] = [];
  let pos = 0;
  for (const block of text.split('\n\n')) {
    parts.push({ kind: 'paragraph', start: pos, end: pos + block.length });
    pos += block.length + 2;
  }
  return parts;
}

const contents = (text: string): string[] => findQuoteSegments(text, paragraphs(text)).map((g) => text.slice(g.start, g.end));

describe('quotation marks', () => {
  it('does not take apostrophes for quotes', () => {
    expect(contents("Russia’s leaders met in the ’90s and the two leaders’ aides agreed. It's done.")).toEqual([]);
  });

  it('pairs straight double quotes by context', () => {
    expect(contents('He said "yes" and then "no, never," twice.')).toEqual(['yes', 'no, never']);
  });

  it('keeps single quotes inside double quotes as one quote', () => {
    expect(contents('"She wrote ‘stay home’ on the door," he said.')).toEqual(['She wrote ‘stay home’ on the door']);
  });

  it('closes a quote left open at the end of a paragraph not continued by a mark', () => {
    expect(contents('"We will see\n\nThe vote is on Monday.')).toEqual(['We will see']);
  });

  it('continues a quote only behind the same mark', () => {
    expect(contents('"First part.\n\n"Second part," he said.')).toEqual(['First part.\n\n"Second part']);
    expect(contents('"Typo here.\n\n“Real quote,” she said.')).toEqual(['Typo here.', 'Real quote']);
  });

  it('closes a quote whose closing mark stands after a stray space', () => {
    expect(contents('"I was told \'wait here,\' " he said. "Then I left."')).toEqual(["I was told 'wait here,'", 'Then I left.']);
  });

  it('reads guillemets, German marks and double apostrophes', () => {
    expect(contents('«Oui» and „Ja“ and ‹non› and ’’no’’ and \'\'yes,\'\' he said.')).toEqual(['Oui', 'Ja', 'non', 'yes']);
  });

  it('gives well-formed, ordered, disjoint segments on any text', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('a', ' ', 'b', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '\n', '\n\n', '.', ','), { maxLength: 80 }),
      (chars) => {
        const text = chars.join('');
        const segs = findQuoteSegments(text, paragraphs(text));
        let last = -1;
        for (const g of segs) {
          expect(g.open).toBeGreaterThan(last);
          expect(g.start).toBeGreaterThan(g.open);
          expect(g.end).toBeGreaterThan(g.start);
          expect(g.close).toBeGreaterThanOrEqual(g.end);
          expect(g.closeEnd).toBeLessThanOrEqual(text.length);
          last = Math.max(g.close, g.closeEnd - 1);
        }
      },
    ), { numRuns: 300 });
  });
});

describe('the whole stage on odd input', () => {
  it('never throws and every span round-trips', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('Smith', 'said', 'he', 'added', ',', '.', ':', '"', '“', '”', '‘', '’', 'that', 'the', 'plan', 'According', 'to', '\n\n', 'told', 'reporters'), { minLength: 1, maxLength: 40 }),
      (words) => {
        const text = `Headline\n\n${words.join(' ')}`;
        const doc = docOf(text);
        for (const q of runQuotes(doc)) {
          expect(text.slice(q.start, q.end)).toBe(q.text);
          if (q.cueSpan) expect(text.slice(q.cueSpan.start, q.cueSpan.end)).toBe(q.cueSpan.text);
        }
      },
    ), { numRuns: 150 });
  });
});
