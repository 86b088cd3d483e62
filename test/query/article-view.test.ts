/** The article view `dateline show` prints: its dateline line, however little of the dateline there is. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import type { Article, Dateline } from '../../src/model.js';
import { describeArticle } from '../../src/query/article-view.js';

const TEXT = 'Ministers of two river states agreed on Tuesday to share flood data.';

function datelineLine(dateline: Dateline | undefined): string | undefined {
  const article: Article = { id: 'a1b2c3d4e5f60718', source: { format: 'wire-text' }, text: TEXT, parts: [{ kind: 'paragraph', start: 0, end: TEXT.length }], headline: 'Flood data', ...(dateline ? { dateline } : {}) } as Article;
  const lines = describeArticle({ record: analyze(article), sources: [], ingestedAt: '2024-11-07T00:00:00Z' });
  return lines.find((l) => /^\s*dateline\b/u.test(l))?.replace(/^\s*dateline\s+/u, '');
}

describe('the dateline line of the article view', () => {
  it('place, date and agency', () => {
    expect(datelineLine({ place: 'CAIRO', date: 'Nov 7', agency: 'Reuters' } as Dateline)).toBe('CAIRO, Nov 7 (Reuters)');
  });

  it('an agency alone (credited in a byline) has no leading space or empty place', () => {
    expect(datelineLine({ agency: 'Anadolu' } as Dateline)).toBe('Anadolu');
  });

  it('no dateline, no line', () => {
    expect(datelineLine(undefined)).toBeUndefined();
  });
});
