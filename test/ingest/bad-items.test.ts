import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-items-'));
  store = SqliteStore.open(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest: one bad item in a multi-article input', () => {
  it('reports the bad JSON Lines line alone and stores the good ones', async () => {
    const file = join(dir, 'desk.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', title: 'Ministers meet in Oslo', text: 'OSLO (Reuters) - The foreign ministers of Norway and Sweden met on Monday to discuss Arctic security.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'c', title: 'Talks end in Vienna', text: 'VIENNA (AFP) - Talks on the future of the agreement ended on Friday without a deal, diplomats said.' }),
    ].join('\n'));
    const failures: string[] = [];
    const summary = await ingest(store, [file], { analyze: false, onFailure: (i, r) => failures.push(`${i}: ${r}`) });
    expect(summary.new).toBe(2);
    expect(summary.failed).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/desk\.jsonl: line 2/u);
  });
});
