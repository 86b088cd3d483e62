/** Checks every span in a record round-trips: text.slice(start, end) === span.text. */
import { expect } from 'vitest';
import type { AnalyzedArticle, Span } from '../../src/model.js';

export function allSpans(rec: AnalyzedArticle): Array<{ where: string; span: Span }> {
  const out: Array<{ where: string; span: Span }> = [];
  for (const e of rec.entities) e.mentions.forEach((m, i) => out.push({ where: `entity ${e.id} mention ${i}`, span: m }));
  rec.times.forEach((t, i) => out.push({ where: `time ${i}`, span: t }));
  rec.quotes.forEach((q, i) => {
    out.push({ where: `quote ${i}`, span: q });
    if (q.cueSpan) out.push({ where: `quote ${i} cue`, span: q.cueSpan });
  });
  rec.events.forEach((ev, i) => out.push({ where: `event ${i} evidence`, span: ev.evidence }));
  if (rec.dateline?.span) out.push({ where: 'dateline', span: rec.dateline.span });
  return out;
}

export function expectSpansRoundTrip(rec: AnalyzedArticle): void {
  for (const { where, span } of allSpans(rec)) {
    expect(span.start, where).toBeGreaterThanOrEqual(0);
    expect(span.end, where).toBeGreaterThanOrEqual(span.start);
    expect(rec.text.slice(span.start, span.end), where).toBe(span.text);
  }
  for (const p of rec.parts) {
    expect(p.end).toBeLessThanOrEqual(rec.text.length);
    expect(p.start).toBeLessThanOrEqual(p.end);
  }
}
