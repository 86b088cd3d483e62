/**
 * The stamp line is the article's reference time: when it is the only date a story prints, the
 * weekdays and "yesterday" in the story resolve against it, in its own zone. Our own short texts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../src/analyze/pipeline.js';
import { cleanArticle } from '../../src/clean/index.js';
import { readInput } from '../../src/read/index.js';

function timesOf(text: string): { published: string | undefined; times: Map<string, string> } {
  const [raw] = readInput(Buffer.from(text), 'inline.txt');
  const article = cleanArticle(raw!);
  const doc = analyzeDoc(article);
  return { published: article.published, times: new Map(doc.times.map((t) => [t.text, t.value])) };
}

const STORY = 'Finance ministers will meet on Tuesday to agree on relief for the flooded provinces, officials said. The storm hit the coast on Friday.';

describe('a stamp line as the only date', () => {
  it.each([
    // Sunday 16 August 2020: Tuesday is the 18th, last Friday the 14th.
    ['16/08/2020 - 18:55 GMT'],
    ['16.08.2020 18:55'],
    ['16-08-2020 | 18:55 UTC'],
    ['Aug 16, 2020 6:55 PM EDT'],
    ['16 August 2020, 18:55 BST'],
    ['Sunday 16 August 2020 18.55 BST'],
    ['Updated: 16/08/2020 18:55 (GMT+3)'],
    ['Last updated 2020-08-16T18:55:00+09:00'],
  ])('%s resolves the story’s weekdays', (line) => {
    const { published, times } = timesOf(`Ministers to meet on flood relief\n\n${line}\n\nLONDON (Reuters) - ${STORY}\n`);
    expect(published?.slice(0, 10)).toBe('2020-08-16');
    expect(times.get('Tuesday')).toBe('2020-08-18');
    expect(times.get('Friday')).toBe('2020-08-14');
  });

  it('uses the local date of the stamp, not the UTC one', () => {
    // 01:30 in Seoul on Monday 17 August is still Sunday in UTC; "Tuesday" is the 18th either way,
    // but "yesterday" is Sunday the 16th only by the local date.
    const { published, times } = timesOf(`North Korea talks\n\n17.08.2020 01:30 KST\n\nSEOUL (Yonhap) -- Officials met yesterday and will meet again on Tuesday, the ministry said.\n`);
    expect(published).toBe('2020-08-17T01:30:00+09:00');
    expect(times.get('yesterday')).toBe('2020-08-16');
    expect(times.get('Tuesday')).toBe('2020-08-18');
  });

  it('leaves weekdays unresolved when the stamp’s day/month order is unsettled', () => {
    const { published, times } = timesOf(`Ministers to meet on flood relief\n\n05/08/2020 10:00\n\n${STORY}\n`);
    expect(published).toBeUndefined();
    expect(times.get('Tuesday')).not.toMatch(/^2020/u);
  });
});
