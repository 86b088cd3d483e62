/**
 * Cutting an article's text into runs for display: every boundary of an entity mention, a time, a
 * quote or an event's evidence starts a new run, and each run knows every mark covering it. The runs
 * are rendered as text nodes inside spans — the article text is never parsed as HTML.
 */
import type { ArticleRecord } from '../types.js';

export type Mark =
  | { kind: 'entity'; entity: string; type: string; start: number; end: number }
  | { kind: 'time'; index: number; start: number; end: number }
  | { kind: 'quote'; index: number; start: number; end: number }
  | { kind: 'evidence'; index: number; start: number; end: number };

export interface Run {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
  /** Quotes that begin at this run (their speaker is shown before it). */
  quoteStarts: number[];
}

export function marksOf(r: ArticleRecord): Mark[] {
  const out: Mark[] = [];
  for (const e of r.entities) for (const m of e.mentions) out.push({ kind: 'entity', entity: e.id, type: e.type, start: m.start, end: m.end });
  r.times.forEach((t, index) => out.push({ kind: 'time', index, start: t.start, end: t.end }));
  r.quotes.forEach((q, index) => out.push({ kind: 'quote', index, start: q.start, end: q.end }));
  r.events.forEach((e, index) => out.push({ kind: 'evidence', index, start: e.evidence.start, end: e.evidence.end }));
  // Spans outside the text (a damaged record) are dropped rather than shown in the wrong place.
  return out.filter((m) => m.start >= 0 && m.end <= r.text.length && m.start < m.end);
}

/** The runs of `text.slice(from, to)`. */
export function runsOf(text: string, marks: readonly Mark[], from: number, to: number): Run[] {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    const quoteStarts = covering.filter((m) => m.kind === 'quote' && m.start === start).map((m) => (m as { index: number }).index);
    runs.push({ start, end, text: text.slice(start, end), marks: covering, quoteStarts });
  }
  return runs;
}

/** The innermost entity mention of a run (the shortest), which a hover describes. */
export function entityOf(run: Run): Extract<Mark, { kind: 'entity' }> | undefined {
  let best: Extract<Mark, { kind: 'entity' }> | undefined;
  for (const m of run.marks) if (m.kind === 'entity' && (!best || m.end - m.start < best.end - best.start)) best = m;
  return best;
}
