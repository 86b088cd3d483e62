/** Whatever the text and whatever names the tagger hands over, linking neither throws nor breaks spans. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newDoc, type NameMention } from '../../src/analyze/doc.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { EntityType } from '../../src/model.js';

const WORDS = ['Putin', 'Kim', 'the', 'Russian', 'leader', 'said', 'he', '"', '“', '”', 'Foreign', 'Ministry', 'Moscow', ',', '.', '\n\n',
  'Trump-Kim', 'US', 'of', 'North', 'Korea', 'President', 'Comrade', 'Jong-un', 'she', 'Mars', "’s", 'Georgia', 'former', 'ü', '—'];
const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'EVENT', 'GROUP', 'OTHER'];

describe('link stage robustness', () => {
  it('never throws, and every mention round-trips', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom(...TYPES)), { maxLength: 8 }),
      fc.constantFrom('2018-06-14T12:00:00Z', '1995-01-01T00:00:00Z', undefined),
      (words, spans, reference) => {
        const text = words.join(' ');
        const names: NameMention[] = spans.map(([s, len, type]) => {
          const start = text.length === 0 ? 0 : s % text.length;
          const end = Math.min(text.length, start + len);
          return { start, end, text: text.slice(start, end), type };
        });
        const doc = newDoc({ id: 'p', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' });
        doc.names = names;
        linkDoc(doc, reference ? { reference } : {});
        for (const e of doc.entities) {
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      },
    ), { numRuns: 300 });
  });
});
