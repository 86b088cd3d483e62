/**
 * `dateline export` over merged events: three outlets' reports of one meeting (our own prose in
 * test/fixtures/outlets/) are one GDELT row counting three articles; the same ministers' meeting a
 * week later is a row of its own; `--per-report` keeps one row per article's report.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport, type ExportRun } from '../../src/cli/export.js';
import { CSV_COLUMNS, GDELT_COLUMNS, type ExportFormat } from '../../src/export/index.js';
import { ingest } from '../../src/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlets');
const FILES = [
  'tass-2025-06-03-japan-australia-defence.txt', 'ap-2025-06-03-japan-australia-defence.txt',
  'reuters-2025-06-03-japan-australia-defence.txt', 'reuters-2025-06-10-japan-australia-defence.txt',
];
const NOW = '2026-01-02T03:04:05Z';

let dir: string;
let store: SqliteStore;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-export-'));
  store = SqliteStore.open(join(dir, 'test.db'));
  const failures: string[] = [];
  await ingest(store, FILES.map((f) => join(FIXTURES, f)), { onFailure: (i, r) => failures.push(`${i}: ${r}`) });
  expect(failures).toEqual([]);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function lines(s: Store, format: ExportFormat, over: Partial<ExportRun> = {}): Promise<string[]> {
  const out: string[] = [];
  await writeExport(s, { format, filter: {}, now: NOW, ...over }, (l) => out.push(l));
  return out;
}

type Row = Record<(typeof GDELT_COLUMNS)[number], string>;
const parse = (line: string): Row => Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, line.split('\t')[i] ?? ''])) as Row;
/** GDELT rows of the two ministers consulting (CAMEO root 04), whichever is Actor1. */
const meetings = (rows: Row[]): Row[] => rows.filter((r) => {
  const names = `${r.Actor1Name} ${r.Actor2Name}`;
  return r.EventRootCode === '04' && names.includes('NAKATANI') && names.includes('MARLES');
});

describe('export of merged events', () => {
  it('writes the meeting three outlets report once, with NumArticles 3, and the next week\'s meeting apart', async () => {
    const rows = (await lines(store, 'gdelt')).map(parse);
    const found = meetings(rows);
    expect(found.map((r) => r.Day).sort()).toEqual(['20250603', '20250610']);
    const shared = found.find((r) => r.Day === '20250603');
    expect(shared?.NumArticles).toBe('3');
    expect(shared?.NumSources).toBe('3');
    expect(Number(shared?.NumMentions)).toBeGreaterThanOrEqual(3);
    const later = found.find((r) => r.Day === '20250610');
    expect(later?.NumArticles).toBe('1');
    // Its headline ("defence ministers meet") is a second mention of the same meeting.
    expect(later?.NumMentions).toBe('2');
    // Every row is one event: no two rows share an id.
    expect(new Set(rows.map((r) => r.GlobalEventID)).size).toBe(rows.length);
  });

  it('--per-report gives one row per article\'s report, each counting one mention', async () => {
    const merged = (await lines(store, 'gdelt')).map(parse);
    const perReport = (await lines(store, 'gdelt', { perReport: true })).map(parse);
    expect(perReport.length).toBeGreaterThan(merged.length);
    const found = meetings(perReport);
    expect(found.filter((r) => r.Day === '20250603').length).toBeGreaterThanOrEqual(3);
    expect(perReport.every((r) => r.NumMentions === '1' && r.NumArticles === '1')).toBe(true);
  });

  it('falls back to per-article rows for a store without merged events', async () => {
    const plain: Store = Object.create(store) as Store;
    Object.defineProperty(plain, 'eventClusters', { value: undefined });
    const rows = await lines(plain, 'gdelt');
    expect(rows).toEqual(await lines(store, 'gdelt', { perReport: true }));
  });

  it('lists the reports in JSON Lines and PLOVER, and the counts in CSV', async () => {
    const jsonl = (await lines(store, 'jsonl')).map((l) => JSON.parse(l) as { articles: number; reports: Array<{ article: string; agency?: string }> });
    const shared = jsonl.find((r) => r.articles === 3);
    expect(new Set(shared?.reports.map((r) => r.agency))).toEqual(new Set(['TASS', 'AP', 'Reuters']));
    expect(new Set(shared?.reports.map((r) => r.article)).size).toBe(3);

    const plover = (await lines(store, 'plover')).map((l) => JSON.parse(l) as { numArticles: number; numSources: number; reports: unknown[] });
    expect(plover.filter((r) => r.numArticles === 3).every((r) => r.reports.length >= 3 && r.numSources === 3)).toBe(true);
    expect(plover.some((r) => r.numArticles === 3)).toBe(true);

    const [header, ...csv] = await lines(store, 'csv');
    expect(header?.split(',')).toEqual([...CSV_COLUMNS]);
    const at = CSV_COLUMNS.indexOf('articles');
    // The last columns hold no commas, so a plain split reads them from the end.
    const fromEnd = CSV_COLUMNS.length - at;
    expect(csv.some((l) => l.split(',').at(-fromEnd) === '3')).toBe(true);
  });

  it('filters merged events like per-article ones', async () => {
    const week2 = (await lines(store, 'gdelt', { filter: { since: '2025-06-10', type: 'CONSULT' } })).map(parse);
    expect(meetings(week2).map((r) => r.Day)).toEqual(['20250610']);
  });
});
