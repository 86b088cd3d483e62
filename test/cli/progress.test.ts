import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; out: () => string } {
  let out = '';
  const stream = { isTTY, columns: 60, write: (s: string) => { out += s; return true; } } as unknown as NodeJS.WriteStream;
  return { stream, out: () => out };
}

describe('progress bar', () => {
  it('draws a bar on a terminal, keeps logged lines above it, and clears it when done', () => {
    const { stream, out } = fakeStream(true);
    const p = createProgress(stream);
    p.update(5, 10, 'inputs');
    expect(out()).toContain('[############............] 5/10 inputs');
    p.log('dateline: x.txt: empty input');
    p.done();
    const lines = out().split('\n');
    expect(lines[0]).toContain('dateline: x.txt: empty input');
    expect(out().endsWith('\r\x1b[2K')).toBe(true);
    for (const line of out().split('\r')) expect(line.replace('\x1b[2K', '').length).toBeLessThan(60);
  });

  it('prints nothing but logged lines when not on a terminal', () => {
    const { stream, out } = fakeStream(false);
    const p = createProgress(stream);
    p.update(1, 2, 'inputs');
    p.log('dateline: y.bin: binary file, not text');
    p.done();
    expect(out()).toBe('dateline: y.bin: binary file, not text\n');
  });
});
