import { describe, expect, it } from 'vitest';
import { buildClusters, roughTokens } from '../../src/ner/clusters.js';

describe('word clusters from unlabeled text', () => {
  it('puts words used alike in the same cluster, and is reproducible', () => {
    const cities = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna'];
    const people = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson'];
    const verbs = ['said', 'added', 'noted', 'argued', 'warned'];
    const sents: string[][] = [];
    for (let r = 0; r < 4; r++) {
      for (const c of cities) for (const p of people) {
        sents.push(roughTokens(`officials in ${c} met on Monday .`));
        sents.push(roughTokens(`Mr ${p} ${verbs[(r + p.length) % verbs.length]} that talks went well .`));
      }
    }
    const opts = { minCount: 2, maxWords: 1000, contextWords: 50, depth: 6, seed: 3 };
    const a = buildClusters(sents, opts);
    const b = buildClusters(sents, opts);
    expect([...a]).toEqual([...b]);
    const path = (w: string): string => a.get(w) ?? '?';
    // Words used alike share a path prefix; words used differently part at the first split.
    for (const c of cities) expect(path(c)).toBe(path('Paris'));
    for (const p of people) expect(path(p).slice(0, 2)).toBe(path('Smith').slice(0, 2));
    for (const v of verbs) expect(path(v).slice(0, 2)).toBe(path('said').slice(0, 2));
    expect(path('Paris')[0]).not.toBe(path('Smith')[0]);
    expect(path('Smith').slice(0, 2)).not.toBe(path('said').slice(0, 2));
  });

  it('splits raw text roughly as CoNLL does', () => {
    expect(roughTokens("Kim Jong-un's U.S. visit, he said.")).toEqual(['Kim', "Jong-un's", 'U.S', '.', 'visit', ',', 'he', 'said', '.']);
  });
});
