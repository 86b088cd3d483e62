/** A real listening server: the examples ingested into an empty database, answers over TCP, a chunked upload over the limit refused. */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/server/config.js';
import { startServer, type RunningServer } from '../../src/server/serve.js';

let server: RunningServer;
let dir: string;
const logs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-listen-'));
  server = await startServer({
    db: join(dir, 'x.db'), port: 0, config: { ...DEFAULTS, apiToken: 'tok', maxBodyBytes: 4096 },
    ingestExamplesIfEmpty: true, log: (l) => logs.push(l),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function chunkedPost(url: string, chunks: number, size: number): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(`${url}/api/articles`, {
      method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: 'Bearer tok', 'Transfer-Encoding': 'chunked' },
    }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    // The server may answer 413 and close before every chunk is written.
    req.on('error', (e) => ((e as { code?: string }).code === 'EPIPE' || (e as { code?: string }).code === 'ECONNRESET' ? undefined : fail(e)));
    for (let i = 0; i < chunks; i++) req.write('z'.repeat(size));
    req.end();
  });
}

describe('a listening server', () => {
  it('ingested the examples into the empty database and serves them', async () => {
    expect(logs.join('\n')).toMatch(/\d+ articles stored/u);
    expect(server.url).toMatch(/^http:\/\/localhost:\d+$/u);
    const stats = await (await fetch(`${server.url}/api/stats`)).json() as { articles: number };
    expect(stats.articles).toBeGreaterThanOrEqual(10);
    const r = await fetch(`${server.url}/openapi.json`);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('refuses a chunked body over the limit with 413, and takes one under it', async () => {
    expect(await chunkedPost(server.url, 20, 1000)).toBe(413);
    expect(await chunkedPost(server.url, 1, 200)).toBe(200);
  });

  it('does not ingest again when the database is not empty', async () => {
    const again = await startServer({ db: join(dir, 'x.db'), port: 0, config: DEFAULTS, ingestExamplesIfEmpty: true, log: (l) => logs.push(`2: ${l}`) });
    await again.close();
    expect(logs.some((l) => l.startsWith('2: ') && l.includes('ingesting'))).toBe(false);
  });
});
