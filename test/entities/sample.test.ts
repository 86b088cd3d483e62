/**
 * The sample article of ../shared/samples: every required entity of the reference annotation is
 * found as a name with the right type, and nothing from its mustNotAppear list is a name.
 * (Grouping mentions into entities is the link stage's job; this checks the names it starts from.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { entitiesStage } from '../../src/analyze/entities/index.js';
import { readInput } from '../../src/read/index.js';

const DIR = '../shared/samples';
const samples = existsSync(DIR) ? (await import('node:fs')).readdirSync(DIR).filter((f) => f.endsWith('.txt')) : [];

interface Expected {
  entities: { required: Array<{ name: string; type: string }>; mustNotAppear: Array<{ text: string }> };
}

describe.skipIf(samples.length === 0)('entities on the sample articles', () => {
  for (const file of samples) {
    it(`${file}: required names found with their types, nothing forbidden`, () => {
      const path = `${DIR}/${file}`;
      const expected = JSON.parse(readFileSync(path.replace(/\.txt$/u, '.expected.json'), 'utf8')) as Expected;
      const [raw] = readInput(readFileSync(path), path, {});
      expect(raw).toBeDefined();
      const doc = analyzeDoc(cleanArticle(raw!, {}), {}, [tokensStage, entitiesStage]);
      for (const e of expected.entities.required) {
        const found = doc.names.filter((n) => n.text.toLowerCase() === e.name.toLowerCase());
        expect(found.length, `${e.name} is a name`).toBeGreaterThan(0);
        expect(found.map((n) => n.type), `${e.name} is a ${e.type}`).toContain(e.type);
      }
      for (const bad of expected.entities.mustNotAppear) {
        expect(doc.names.filter((n) => n.text.includes(bad.text)), `"${bad.text}" is no name`).toEqual([]);
      }
      for (const n of doc.names) expect(doc.article.text.slice(n.start, n.end)).toBe(n.text);
    });
  }
});
