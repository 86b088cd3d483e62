/** Stage "times": chrono-node plus project rules: fills doc.times, resolved against the reference. */
import type { Dateline, TimeExpression } from '../../model.js';
import type { Doc, Stage } from '../doc.js';
import { findTimes } from './find.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The dateline's own date was placed by the reader, which knows a story is filed on or before its
 * publication: "May 8" in a dateline of a story published on August 5 is the May just gone, even
 * though a bare month-day in running text could be the next one.
 */
function withDatelineDay(times: TimeExpression[], dateline: Dateline | undefined): TimeExpression[] {
  const day = dateline?.date;
  const span = dateline?.span;
  if (!day || !span || !ISO_DAY.test(day)) return times;
  for (const t of times) {
    if (t.type === 'DATE' && t.start >= span.start && t.end <= span.end && ISO_DAY.test(t.value)) {
      t.value = day;
    }
  }
  return times;
}

export const timesStage: Stage = {
  name: 'times',
  run(doc: Doc, ctx): void {
    const opts: Parameters<typeof findTimes>[1] = {
      sentences: doc.sentences.map((s) => [s.start, s.end] as const),
    };
    if (ctx.reference) opts.reference = ctx.reference;
    if (ctx.referenceZone) opts.referenceZone = ctx.referenceZone;
    const span = doc.article.dateline?.span;
    if (span) opts.datelineSpan = [span.start, span.end];
    doc.times.push(...withDatelineDay(findTimes(doc.article.text, opts), doc.article.dateline));
  },
};
