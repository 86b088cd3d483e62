/**
 * The child process of the kill -9 test: ingests a folder and prints "ack ID" for every article the
 * moment ingest acknowledges it (after commit). Its analysis is made up but deterministic, so every
 * article has entities, mentions, times, quotes and events for the parent to look for after the kill.
 * Run: node --import tsx test/ingest/kill-child.ts DB FOLDER
 */
import { ingest } from '../../src/ingest.js';
import { madeUpAnalysis } from '../helpers/made-up-analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

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
