/**
 * The sample article, read and cleaned as the product does, with the entities the link stage is
 * expected to produce set by hand: every required quote with its kind, speaker and addressee, and
 * most of the bonus statements.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newDoc } from '../../src/analyze/doc.js';
import { quotesStage } from '../../src/analyze/quotes/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { cleanArticle } from '../../src/clean/index.js';
import { readInput } from '../../src/read/index.js';
import { withEntities } from './helpers.js';

const SAMPLE = join(import.meta.dirname, '../../../shared/samples/tass-2018-06-14-putin-kim');

interface Expected {
  quotes: {
    required: Array<{ startsWith: string; kind: string; speaker?: string; addressee?: string; cue?: string }>;
    bonus: Array<{ contains: string; kind: string; speaker?: string; cue?: string }>;
  };
}

const strip = (s: string): string => s.replace(/^[\s"“”„«»‘’']+/u, '').replace(/[’']/gu, "'");

describe.skipIf(!existsSync(`${SAMPLE}.txt`))('the sample article with hand-built entities', () => {
  const path = `${SAMPLE}.txt`;
  const raw = readInput(readFileSync(path), path)[0];
  if (!raw) throw new Error('sample not read');
  const doc = withEntities(newDoc(cleanArticle(raw)), [
    { id: 'putin', type: 'PERSON', name: 'Vladimir Putin', names: ['Russian President Vladimir Putin', 'Putin'], descriptions: ['The Russian leader', 'the Russian president'] },
    { id: 'kimyn', type: 'PERSON', name: 'Kim Yong-nam', names: ['Kim Yong-nam'], descriptions: ['the senior North Korean official', 'The senior North Korean official'] },
    { id: 'kimju', type: 'PERSON', name: 'Kim Jong-un', names: ['North Korean leader Kim Jong-un', 'Kim Jong-un'] },
    { id: 'trump', type: 'PERSON', name: 'Donald Trump', names: ['US President Donald Trump', 'US President Trump'] },
    { id: 'russia', type: 'PLACE', name: 'Russia', names: ['Russia'] },
  ]);
  tokensStage.run(doc, {});
  quotesStage.run(doc, {});
  const expected = JSON.parse(readFileSync(`${SAMPLE}.expected.json`, 'utf8')) as Expected;
  const names: Record<string, string> = { putin: 'Vladimir Putin', kimyn: 'Kim Yong-nam', kimju: 'Kim Jong-un', trump: 'Donald Trump' };

  it.each(expected.quotes.required.map((x) => [x.startsWith.slice(0, 40), x] as const))('required: %s', (_, x) => {
    const q = doc.quotes.find((y) => strip(y.text).startsWith(strip(x.startsWith)) && y.kind === x.kind);
    expect(q, x.startsWith).toBeDefined();
    if (x.speaker) expect(names[q?.speaker ?? '']).toBe(x.speaker);
    if (x.addressee) expect(names[q?.addressee ?? '']).toBe(x.addressee);
    // The reference compares cues case-folded.
    if (x.cue) expect(q?.cue?.toLowerCase()).toBe(x.cue.toLowerCase());
  });

  it('finds at least four of the six bonus indirect statements', () => {
    const found = expected.quotes.bonus.filter((x) => doc.quotes.some((q) => strip(q.text).includes(strip(x.contains)) && q.kind === x.kind && names[q.speaker ?? ''] === x.speaker));
    expect(found.length).toBeGreaterThanOrEqual(4);
  });
});
