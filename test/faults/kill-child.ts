/**
 * The child of the kill test: ingests a folder into the database named (a file for SQLite, a
 * postgres:// URL) and prints "ack ID" the moment each article is acknowledged (after commit). Its
 * analysis is made up but deterministic and never empty, so the parent can check that no stored
 * article lacks its entities, mentions, times, quotes or events.
 * Run: node --import tsx test/faults/kill-child.ts DB FOLDER
 */
import { ingest } from '../../src/ingest.js';
import { madeUpAnalysis } from '../helpers/made-up-analysis.js';
import { openStore } from '../../src/store/index.js';

async function main(): Promise<void> {
  const [db, folder] = process.argv.slice(2);
  if (!db || !folder) throw new Error('usage: kill-child.ts DB FOLDER');
  const store = await openStore(db);
  // Small batches: many commits, so kills land before, inside and after them.
  await ingest(store, [folder], {
    analyzer: madeUpAnalysis,
    batchSize: 20,
    onArticle: (r) => process.stdout.write(`ack ${r.id}\n`),
    onFailure: (input, reason) => process.stderr.write(`${input}: ${reason}\n`),
  });
  await store.close();
  process.stdout.write('done\n');
}

if (process.argv[1]?.endsWith('kill-child.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
