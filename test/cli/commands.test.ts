/** The ingest, search and show commands, run in-process through main() with their output captured. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it} from 'vitest';
import { runCli } from '../helpers/cli.js';
import { STORY_A, STORY_B, STORY_C } from '../ingest/stories.js';

let dir: string;
let db: string;


beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  db = join(dir, 'cli.db');
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), STORY_A);
  writeFileSync(join(dir, 'in', 'b.txt'), STORY_B);
  writeFileSync(join(dir, 'in', 'c.txt'), STORY_C);
  writeFileSync(join(dir, 'in', 'empty.txt'), '');
  writeFileSync(join(dir, 'in', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xdb, 0, 0x43, 0]));
  symlinkSync(join(dir, 'in', 'moved-away.txt'), join(dir, 'in', 'link.txt'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dateline ingest', () => {
  it('prints one line per bad input, a summary, and exits 1 when something failed', async () => {
    const r = await runCli('ingest', join(dir, 'in'), '--db', db, '--no-analyze');
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n').sort()).toEqual([
      `dateline: ${join(dir, 'in', 'empty.txt')}: empty input`,
      `dateline: ${join(dir, 'in', 'link.txt')}: broken symbolic link`,
      `dateline: ${join(dir, 'in', 'photo.jpg')}: binary file, not text`,
    ]);
    expect(r.out).toMatch(/^3 read, 3 new, 0 duplicate, 0 unchanged, 3 failed \(6 inputs\) → .*cli\.db\n$/u);
    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(check.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(3);
    check.close();
  });

  it('adds nothing the second time and exits 0 when nothing failed', async () => {
    const r = await runCli('ingest', join(dir, 'in', 'a.txt'), join(dir, 'in', 'b.txt'), join(dir, 'in', 'c.txt'), '--db', db, '--verbose');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('3 read, 0 new, 0 duplicate, 3 unchanged, 0 failed');
    expect(r.out.split('\n').filter((l) => l.startsWith('unchanged\t'))).toHaveLength(3);
  });

  it('does not ingest its own database when it lies in the folder being ingested', async () => {
    const inner = join(dir, 'in', 'own.db');
    const first = await runCli('ingest', join(dir, 'in', 'a.txt'), '--db', inner, '--no-analyze');
    expect(first.code).toBe(0);
    const r = await runCli('ingest', join(dir, 'in'), '--db', inner, '--no-analyze');
    expect(r.err).not.toContain('own.db');
    expect(r.out).toMatch(/^3 read, 2 new, 0 duplicate, 1 unchanged, 3 failed \(6 inputs\)/u);
    rmSync(inner, { force: true });
  });

  it('rejects bad options as usage errors', async () => {
    expect((await runCli('ingest', '--db', db)).code).toBe(2);
    expect((await runCli('ingest', 'x', '--published', 'yesterday-ish')).code).toBe(2);
    expect((await runCli('ingest', 'x', '--max-bytes', 'lots')).code).toBe(2);
  });
});

describe('dateline search', () => {
  it('prints ranked hits with snippets, and JSON Lines with --json and --limit', async () => {
    const human = await runCli('search', 'ferry', '--db', db);
    expect(human.code).toBe(0);
    expect(human.out).toMatch(/^1\. Port city to close two old piers .*\n {3}.*«[Ff]erry»/u);
    const json = await runCli('search', 'the', '--db', db, '--json', '--limit', '2');
    const lines = json.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; headline: string; snippet: string; score: number });
    expect(lines).toHaveLength(2);
    for (const h of lines) expect(Object.keys(h)).toEqual(expect.arrayContaining(['id', 'headline', 'snippet', 'score']));
    expect(lines[0]!.score).toBeGreaterThanOrEqual(lines[1]!.score);
  });

  it('says so when nothing matches, and what to do when there is no database', async () => {
    const none = await runCli('search', 'zeppelin', '--db', db);
    expect(none.code).toBe(0);
    expect(none.err).toMatch(/nothing in .* matches "zeppelin"/u);
    const missing = await runCli('search', 'ferry', '--db', join(dir, 'nope.db'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no database at .*nope\.db — run "dateline ingest/u);
  });
});

describe('dateline show', () => {
  it('shows an article by id or prefix, and the full record with --json', async () => {
    const hit = JSON.parse((await runCli('search', 'treaty', '--db', db, '--json')).out.split('\n')[0]!) as { id: string };
    const json = await runCli('show', hit.id, '--db', db, '--json');
    expect(json.code).toBe(0);
    const rec = JSON.parse(json.out) as { id: string; text: string; headline: string; entities: unknown[] };
    expect(rec.id).toBe(hit.id);
    expect(rec.text.startsWith(rec.headline)).toBe(true);
    expect(rec.entities).toBeInstanceOf(Array);
    const human = await runCli('show', hit.id.slice(0, 8), '--db', db);
    expect(human.out.split('\n')[0]).toBe('Norland and Sudmark settle maritime border dispute');
    expect(human.out).toMatch(/^dateline +Norhaven.*\(AFP\)$/mu);
    for (const section of ['Entities (', 'Times (', 'Quotes (', 'Events (']) expect(human.out).toContain(section);
  });

  it('summarizes the database without an id', async () => {
    const r = await runCli('show', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3 articles \(0 duplicate copies linked\)/u);
    expect(r.out).toContain('Port city to close two old piers');
  });

  it('explains an unknown id', async () => {
    const r = await runCli('show', 'ffffffffffff', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no article "ffffffffffff" in .* — "dateline search WORDS/u);
  });
});
