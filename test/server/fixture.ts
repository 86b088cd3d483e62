/** A store holding the repository's examples (and the shared sample when it is beside the clone), analyzed once per test file. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE = join(ROOT, '..', 'shared', 'samples', 'tass-2018-06-14-putin-kim.txt');
export const EXAMPLES = ['wire', 'web', 'feeds', 'data'].map((d) => join(ROOT, 'examples', d));

export interface Fixture {
  store: Store;
  dir: string;
  cleanup(): Promise<void>;
}

export async function examplesStore(withSample = true): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-server-'));
  const store = await openStore(join(dir, 'test.db'));
  const inputs = [...EXAMPLES, ...(withSample && existsSync(SAMPLE) ? [SAMPLE] : [])];
  const summary = await ingest(store, inputs);
  if (summary.new === 0) throw new Error('the fixture stored no article');
  return {
    store, dir,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
