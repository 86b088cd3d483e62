import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDoc, toRecord } from '../../src/analyze/pipeline.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { timesStage } from '../../src/analyze/times/index.js';
import type { Article } from '../../src/model.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

function article(text: string, published?: string): Article {
  return { id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '', ...(published ? { published } : {}) };
}

function run(a: Article) {
  return toRecord(analyzeDoc(a, {}, [tokensStage, timesStage]));
}

describe('times stage', () => {
  it('uses the publication time as reference and the sentences for tense', () => {
    const rec = run(article('Putin praised the meeting, which was held on June 12. He will visit in May.', '2018-06-14T16:10:00+03:00'));
    expect(rec.times.map((t) => `${t.text}=${t.value}`)).toEqual(['June 12=2018-06-12', 'May=2019-05']);
    expectSpansRoundTrip(rec);
  });

  it('leaves relative values open without a publication time', () => {
    const rec = run(article('The meeting was held on June 12 and talks resume next week.'));
    expect(rec.times.map((t) => t.value)).toEqual(['XXXX-06-12', 'XXXX-WXX']);
  });

  it('takes the date of the dateline as the reader placed it, never a later year', () => {
    const text = 'WASHINGTON, May 8 (Reuters) - The envoy will return on May 20, officials said.';
    const a = article(text, '2020-08-05T10:00:00Z');
    a.dateline = { place: 'Washington', date: '2020-05-08', agency: 'Reuters', span: { start: 0, end: 29, text: text.slice(0, 29) } };
    const rec = run(a);
    // The dateline's 'May 8' is the reader's date; 'May 20' in running text, future tense, is next year's.
    expect(rec.times.map((t) => `${t.text}=${t.value}`)).toEqual(['May 8=2020-05-08', 'May 20=2021-05-20']);
    const bare = run(article(text, '2020-08-05T10:00:00Z'));
    expect(bare.times[0]?.value).toBe('2021-05-08');
    expectSpansRoundTrip(rec);
  });

  it('round-trips every span on a text with non-BMP characters', () => {
    const rec = run(article('🙂 On June 12 😀 they met; last week 🎉 too, for three years.', '2018-06-14T16:10:00+03:00'));
    expect(rec.times.length).toBe(3);
    expectSpansRoundTrip(rec);
  });

  it('finds every required and bonus time in the sample article', () => {
    const text = readFileSync(new URL('../../../shared/samples/tass-2018-06-14-putin-kim.txt', import.meta.url), 'utf8');
    const expected = JSON.parse(readFileSync(new URL('../../../shared/samples/tass-2018-06-14-putin-kim.expected.json', import.meta.url), 'utf8')) as {
      times: { required: Array<{ text: string; value: string }>; bonus: Array<{ text: string; value: string }> };
    };
    const rec = run(article(text, '2018-06-14T16:10:00+03:00'));
    expectSpansRoundTrip(rec);
    for (const want of [...expected.times.required, ...expected.times.bonus]) {
      const hit = rec.times.find((t) => t.value === want.value && (t.text.includes(want.text) || want.text.includes(t.text)));
      expect(hit, `${want.text} → ${want.value}`).toBeDefined();
    }
  });
});
