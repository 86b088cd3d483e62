/** Stage "times": chrono-node plus project rules: fills doc.times, resolved against the reference. */
import type { Doc, Stage } from '../doc.js';
import { findTimes } from './find.js';

export const timesStage: Stage = {
  name: 'times',
  run(doc: Doc, ctx): void {
    const opts: Parameters<typeof findTimes>[1] = {
      sentences: doc.sentences.map((s) => [s.start, s.end] as const),
    };
    if (ctx.reference) opts.reference = ctx.reference;
    if (ctx.referenceZone) opts.referenceZone = ctx.referenceZone;
    doc.times.push(...findTimes(doc.article.text, opts));
  },
};
