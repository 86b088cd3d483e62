/**
 * Docs built by hand for the quote stage: the article from a fixture (or inline text), real
 * tokens, and names/entities set by the test, so the stage's logic is pinned independently of the
 * tagger and the linker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { quotesStage } from '../../src/analyze/quotes/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import type { Entity, EntityType, Mention, Part, Quote } from '../../src/model.js';

export const FIXTURES = join(import.meta.dirname, '../fixtures/quotes');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').trimEnd();
}

/** Paragraphs at blank lines; the first is the headline when `headline` is true. */
export function docOf(text: string, headline = true): Doc {
  const parts: Part[] = [];
  let pos = 0;
  for (const block of text.split('\n\n')) {
    parts.push({ kind: headline && parts.length === 0 ? 'headline' : 'paragraph', start: pos, end: pos + block.length });
    pos += block.length + 2;
  }
  const doc = newDoc({ id: 'test', source: { format: 'test' }, text, parts, headline: headline ? (text.split('\n\n')[0] ?? '') : '' });
  tokensStage.run(doc, {});
  return doc;
}

export interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Every whole-word occurrence of each phrase becomes a mention; descriptions are "resolved". */
  names: string[];
  descriptions?: string[];
}

function occurrences(text: string, phrase: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

/** Set doc.entities (and doc.names for the name mentions) as the link stage would. */
export function withEntities(doc: Doc, specs: EntitySpec[]): Doc {
  const text = doc.article.text;
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => !taken.some(([a, b]) => s < b && e > a);
  // Longer phrases first, so "Ingrid Halvorsen" wins over "Halvorsen" inside it.
  const all = specs.flatMap((sp) => [
    ...sp.names.map((p) => ({ sp, p, form: 'name' as const })),
    ...(sp.descriptions ?? []).map((p) => ({ sp, p, form: 'description' as const })),
  ]).sort((a, b) => b.p.length - a.p.length);
  const byId = new Map<string, Entity>(specs.map((sp) => [sp.id, { id: sp.id, type: sp.type, name: sp.name, mentions: [] }]));
  for (const { sp, p, form } of all) {
    for (const at of occurrences(text, p)) {
      if (!free(at, at + p.length)) continue;
      taken.push([at, at + p.length]);
      const m: Mention = { start: at, end: at + p.length, text: p, form };
      if (form === 'description') m.resolved = true;
      byId.get(sp.id)?.mentions.push(m);
      if (form === 'name') doc.names.push({ start: at, end: at + p.length, text: p, type: sp.type });
    }
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  doc.names.sort((a, b) => a.start - b.start);
  doc.entities = [...byId.values()];
  return doc;
}

export function runQuotes(doc: Doc): Quote[] {
  quotesStage.run(doc, {});
  return doc.quotes;
}

/** The quote whose text starts with `words` (leading marks ignored). */
export function quoteStarting(quotes: Quote[], words: string): Quote | undefined {
  return quotes.find((q) => q.text.replace(/^[\s"“”„«»‘’'‚‹›]+/u, '').startsWith(words));
}

export function quoteContaining(quotes: Quote[], words: string): Quote | undefined {
  return quotes.find((q) => q.text.includes(words));
}
