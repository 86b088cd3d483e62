/** Layout -> the record's `text` and `parts`: headline, then each part, separated by blank lines. */
import type { Part } from '../model.js';
import type { Layout } from './layout.js';

export const PART_SEPARATOR = '\n\n';

export interface Assembled {
  text: string;
  parts: Part[];
  /** Offset in `text` where each layout part starts (same order as `layout.parts`). */
  starts: number[];
}

export function assemble(layout: Layout): Assembled {
  const chunks: string[] = [];
  const parts: Part[] = [];
  const starts: number[] = [];
  let at = 0;
  const add = (kind: Part['kind'], text: string): number => {
    if (chunks.length) {
      chunks.push(PART_SEPARATOR);
      at += PART_SEPARATOR.length;
    }
    const start = at;
    chunks.push(text);
    at += text.length;
    parts.push({ kind, start, end: at });
    return start;
  };
  if (layout.headline) add('headline', layout.headline);
  for (const p of layout.parts) starts.push(add(p.kind, p.text));
  return { text: chunks.join(''), parts, starts };
}
