/** `dateline analyze` in-process: the contract's JSON Lines, bad input, and user dictionaries from the environment. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it} from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { AnalyzedArticle } from '../../src/model.js';
import { expectSpansRoundTrip } from '../helpers/spans.js';

let dir: string;


beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-analyze-'));
  // A user's own actor dictionary, in PETRARCH's format, for made-up countries the KB cannot know.
  writeFileSync(join(dir, 'fiction.actors.txt'), 'ARNOR_  [ARN]\nGONDOR [GON]\n');
  process.env.DATELINE_DICTIONARIES = join(dir, 'fiction.actors.txt');
  writeFileSync(join(dir, 'story.txt'), [
    'Arnor and Gondor sign border accord',
    'OSGILIATH (Reuters) - Arnor and Gondor signed an accord on their common border on Monday, ending a dispute that had lasted a decade.',
    '"This is a good day for both our peoples," the Gondor foreign minister told reporters.',
  ].join('\n\n'));
  writeFileSync(join(dir, 'empty.txt'), '');
});
afterAll(() => {
  delete process.env.DATELINE_DICTIONARIES;
  rmSync(dir, { recursive: true, force: true });
});

describe('dateline analyze', () => {
  it('prints one record per article, spans round-trip, and user dictionaries code the actors', async () => {
    const { code, out } = await runCli('analyze', '--published', '2020-05-04T10:00:00Z', join(dir, 'story.txt'));
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0] ?? '{}') as AnalyzedArticle;
    expect(rec.headline).toBe('Arnor and Gondor sign border accord');
    expectSpansRoundTrip(rec);
    const codes = rec.entities.map((e) => e.code ?? '').join(' ');
    expect(codes).toContain('ARN');
    expect(codes).toContain('GON');
  });

  it('names the bad input on one line, prints nothing for it, and says so in the exit status', async () => {
    const { code, out, err } = await runCli('analyze', join(dir, 'empty.txt'), join(dir, 'story.txt'));
    expect(code).toBe(1);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('empty.txt');
  });

  it('refuses an unknown option as a usage error', async () => {
    const { code, err } = await runCli('analyze', '--frobnicate', join(dir, 'story.txt'));
    expect(code).toBe(2);
    expect(err).toContain('--frobnicate');
  });
});
