/**
 * The one shape analysis sees every article in, wherever it runs (an analysis thread, or the caller's
 * thread when it shares the work), and the small article that warms the pipeline up.
 */
import type { Article, Dateline, SourceInfo } from '../model.js';

/**
 * Articles arrive with their optional fields present or not, in the order their reader set them, so
 * each combination is a different object shape to V8, and optimized analysis code that reads
 * `article.text` or `article.dateline` is thrown away (deoptimized) each time it meets a new one.
 * Here every article gets one shape: the known fields in a fixed order (absent ones undefined), then
 * any others. The analysis never tells an undefined field from an absent one, and the record is built
 * in the main thread from the article as it was sent, so nothing of this shows in the output.
 */
export function sameShape(a: Article): Article {
  const { id, source, text, parts, headline, section, published, publishedZoneInferred, publishedZone, publishedPrecision, dateline, language, ...rest } = a;
  const fixed: Article = {
    id, source: sameSourceShape(source), text, parts, headline, section, published, publishedZoneInferred, publishedZone,
    publishedPrecision, dateline: dateline && sameDatelineShape(dateline), language,
  };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

function sameSourceShape(s: SourceInfo): SourceInfo {
  const { format, path, url, sourceId, ...rest } = s;
  const fixed: SourceInfo = { format, path, url, sourceId };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

function sameDatelineShape(d: Dateline): Dateline {
  const { place, date, agency, span, ...rest } = d;
  const fixed: Dateline = { place, date, agency, span };
  return Object.keys(rest).length === 0 ? fixed : Object.assign(fixed, rest);
}

/** A short article of our own: analyzing it once loads the pipeline's models before real work. */
export function warmArticle(): Article {
  const text = 'Officials from two neighbouring countries met in Geneva on Monday to discuss trade.';
  return { id: '0000000000000000', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' } as Article;
}
