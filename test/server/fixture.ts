/**
 * A store holding the repository's examples (and the shared sample when it is beside the clone),
 * analyzed once per test file: SQLite in a temporary folder, or PostgreSQL in a fresh database on the
 * test server (engine 'postgres'; needs DATELINE_TEST_PG).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase } from '../postgres/pg.js';

export type Engine = 'sqlite' | 'postgres';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE = join(ROOT, '..', 'shared', 'samples', 'tass-2018-06-14-putin-kim.txt');
export const EXAMPLES = ['wire', 'web', 'feeds', 'data'].map((d) => join(ROOT, 'examples', d));

export interface Fixture {
  store: Store;
  dir: string;
  cleanup(): Promise<void>;
}

export async function examplesStore(withSample = true, engine: Engine = 'sqlite'): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-server-'));
  const pg = engine === 'postgres' ? await freshDatabase('server') : undefined;
  const store = await openStore(pg ? pg.url : join(dir, 'test.db'));
  const inputs = [...EXAMPLES, ...(withSample && existsSync(SAMPLE) ? [SAMPLE] : [])];
  const summary = await ingest(store, inputs);
  if (summary.new === 0) throw new Error('the fixture stored no article');
  return {
    store, dir,
    cleanup: async () => {
      await store.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
