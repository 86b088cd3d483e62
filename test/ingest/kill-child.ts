/**
 * The child process of the kill -9 test: ingests a folder and prints "ack ID" for every article the
 * moment ingest acknowledges it (after commit). Its analysis is made up but deterministic, so every
 * article has entities, mentions, times, quotes and events for the parent to look for after the kill.
 * Run: node --import tsx test/ingest/kill-child.ts DB FOLDER
 */
import { spanOf } from '../../src/analyze/doc.js';
import { ingest } from '../../src/ingest.js';
import type { AnalyzedArticle, Article } from '../../src/model.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

/** Capitalized words become entities, the first sentence of each paragraph a quote, every third entity an event. */
function madeUpAnalysis(a: Article): AnalyzedArticle {
  const text = a.text;
  const entities: AnalyzedArticle['entities'] = [];
  for (const m of text.matchAll(/\b[A-Z][a-z]{3,}\b/gu)) {
    if (entities.length >= 12) break;
    const at = m.index;
    entities.push({ id: `E${entities.length}`, type: 'PERSON', name: m[0], mentions: [spanOf(text, at, at + m[0].length)] });
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

async function main(): Promise<void> {
  const [db, folder] = process.argv.slice(2);
  if (!db || !folder) throw new Error('usage: kill-child.ts DB FOLDER');
  const store = SqliteStore.open(db);
  // Small batches: many commits, so the kill lands between and inside them.
  await ingest(store, [folder], {
    analyzer: madeUpAnalysis,
    batchSize: 25,
    onArticle: (r) => process.stdout.write(`ack ${r.id}\n`),
    onFailure: (input, reason) => process.stderr.write(`${input}: ${reason}\n`),
  });
  await store.close();
  process.stdout.write('done\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
