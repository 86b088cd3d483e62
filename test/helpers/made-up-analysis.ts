/**
 * A made-up analysis for the kill tests' child processes: fast, deterministic and never empty, so a
 * test can check that no stored article lacks its entities, mentions, times, quotes or events.
 */
import { spanOf } from '../../src/analyze/doc.js';
import type { AnalyzedArticle, Article } from '../../src/model.js';

/** Capitalized words become entities, the first sentence of each paragraph a quote, every third entity an event. */
export function madeUpAnalysis(a: Article): AnalyzedArticle {
  const text = a.text;
  const entities: AnalyzedArticle['entities'] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]{3,}\b/gu)) {
    if (entities.length >= 12) break;
    entities.push({ id: `E${entities.length}`, type: 'PERSON', name: m[0], mentions: [spanOf(text, m.index, m.index + m[0].length)] });
  }
  const quotes = a.parts.filter((p) => p.kind !== 'headline').slice(0, 3).map((p) => {
    const end = Math.min(p.end, text.indexOf('.', p.start) + 1 || p.end);
    return { ...spanOf(text, p.start, end), kind: 'direct' as const, speaker: 'E0' };
  });
  const events = entities.filter((_, i) => i % 3 === 2).map((e) => ({
    type: 'CONSULT' as const, status: 'occurred' as const, evidence: e.mentions[0]!,
    actor: [{ entity: e.id, text: e.name }], recipient: [{ entity: 'E0', text: entities[0]?.name ?? '' }],
  }));
  const times = entities.slice(0, 2).map((e) => ({ ...e.mentions[0]!, type: 'DATE' as const, value: '2025-06-05' }));
  return { ...a, entities, times, quotes, events };
}
