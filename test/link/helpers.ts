/**
 * Docs for link tests: the text, names placed by hand (every whole-word occurrence of each listed
 * string, longest first), the tokens stage, then the link stage — the tagger is not involved, so a
 * test says exactly which names the linker is given.
 */
import { newDoc, type AnalysisContext, type Doc, type NameMention } from '../../src/analyze/doc.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { linkDoc } from '../../src/analyze/link/index.js';
import type { Entity, EntityType } from '../../src/model.js';

export function namesIn(text: string, names: ReadonlyArray<readonly [string, EntityType]>): NameMention[] {
  const out: NameMention[] = [];
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [n, type] of sorted) {
    let i = 0;
    while ((i = text.indexOf(n, i)) >= 0) {
      const end = i + n.length;
      const wordEdge = !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (wordEdge && !out.some((f) => i < f.end && f.start < end)) out.push({ start: i, end, text: n, type });
      i = end;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function linked(text: string, names: ReadonlyArray<readonly [string, EntityType]>, ctx: AnalysisContext): Doc {
  const doc = newDoc({ id: 't', source: { format: 'wire-text' }, text, parts: [{ kind: 'paragraph', start: 0, end: text.length }], headline: '' });
  tokensStage.run(doc, ctx);
  doc.names = namesIn(text, names);
  linkDoc(doc, ctx);
  return doc;
}

/** The entity one of whose mentions is exactly `mentionText` (the first such mention). */
export function entityWith(doc: Doc, mentionText: string, from = 0): Entity | undefined {
  const at = doc.article.text.indexOf(mentionText, from);
  return doc.entities.find((e) => e.mentions.some((m) => m.start === at && m.end === at + mentionText.length));
}

export function byName(doc: Doc, name: string): Entity | undefined {
  return doc.entities.find((e) => e.name === name);
}
