/** Run tokens + entities over text we write, with parts given as [kind, text] pairs. */
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { entitiesStage } from '../../src/analyze/entities/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import type { Article, Part, PartKind } from '../../src/model.js';

export function docOf(...blocks: Array<[PartKind, string]>): Doc {
  let text = '';
  const parts: Part[] = [];
  for (const [kind, body] of blocks) {
    if (text) text += '\n\n';
    parts.push({ kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  const article: Article = { id: 't', source: { format: 'wire-text' }, text, parts, headline: blocks[0]?.[1] ?? '' };
  const doc = newDoc(article);
  tokensStage.run(doc, {});
  entitiesStage.run(doc, {});
  return doc;
}

export function names(doc: Doc): Array<[string, string]> {
  return doc.names.map((n) => [n.text, n.type]);
}
