/** Feed watching against a local HTTP server: conditional GET, retries, time and size limits, politeness, address checks. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { isPrivateAddress } from '../../src/watch/address.js';
import { fetchFeed } from '../../src/watch/fetch.js';
import { parseInterval, watch, type WatchOptions } from '../../src/watch/watcher.js';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Desk</title><link>http://feeds.example/</link><description>Test desk</description>
<item><title>Harbourton to close two old piers</title><link>http://feeds.example/piers</link><guid>piers-1</guid>
<pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate>
<description>The harbour authority of Harbourton said on Monday it would close two of its oldest piers for repairs lasting most of the winter, moving ferry traffic to a temporary terminal south of the old town. Ferry operators said crossings could take twenty minutes longer.</description></item>
<item><title>Valley growers expect a small apple harvest</title><link>http://feeds.example/apples</link><guid>apples-1</guid>
<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>Apple growers in the river valley expect their smallest harvest in ten years after a late frost destroyed blossoms across hundreds of hectares, the regional farmers union said on Tuesday, asking the ministry for support.</description></item>
</channel></rss>`;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let base: string;
let handler: Handler = (_req, res) => res.end();
const seen: Array<{ url: string; at: number; headers: IncomingMessage['headers'] }> = [];
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-watch-'));
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', at: Date.now(), headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  seen.length = 0;
});

/** Only the test server's own address is allowed: every other private address stays refused. */
const loopbackOnly = (a: string): boolean => a === '127.0.0.1';

function feedServer(): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 04 Mar 2025 10:00:00 GMT' }).end(FEED);
  };
}

async function run(feeds: string[], opts: Partial<WatchOptions> = {}): Promise<{ result: Awaited<ReturnType<typeof watch>>; store: SqliteStore; failures: string[] }> {
  const store = SqliteStore.open(':memory:');
  const failures: string[] = [];
  const result = await watch(store, feeds, {
    everyMs: 10, rounds: 1, analyze: false, allowPrivate: loopbackOnly, hostDelayMs: 0, backoffMs: 5, timeoutMs: 2000,
    onFailure: (i, r) => failures.push(`${i}: ${r}`), ...opts,
  });
  return { result, store, failures };
}

describe('private addresses', () => {
  it('tells loopback, private, link-local and mapped addresses from public ones', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
      '0.0.0.0', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:a00:1', 'not-an-address']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2a00:1450:4001::200e', '::ffff:8.8.8.8']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('refuses a loopback feed unless allowed, without sending a request', async () => {
    handler = feedServer();
    await expect(fetchFeed(`${base}/feed`)).rejects.toThrow(/127\.0\.0\.1 is a private, loopback or link-local address/u);
    await expect(fetchFeed(`http://localhost:${new URL(base).port}/feed`)).rejects.toThrow(/localhost resolves to .* private, loopback or link-local/u);
    expect(seen).toHaveLength(0);
    expect((await fetchFeed(`${base}/feed`, { allowPrivate: loopbackOnly })).status).toBe('ok');
  });

  it('checks every redirect target too', async () => {
    handler = (req, res) => {
      const to = { '/to-metadata': 'http://169.254.169.254/latest/meta-data/', '/to-other-loopback': `http://127.0.0.2:${new URL(base).port}/feed`, '/to-v6': 'http://[::1]/x', '/to-file': 'file:///etc/passwd' }[req.url ?? ''];
      if (to) res.writeHead(302, { location: to }).end();
      else feedServer()(req, res);
    };
    for (const path of ['/to-metadata', '/to-other-loopback', '/to-v6']) {
      await expect(fetchFeed(`${base}${path}`, { allowPrivate: loopbackOnly })).rejects.toThrow(/private, loopback or link-local/u);
    }
    await expect(fetchFeed(`${base}/to-file`, { allowPrivate: loopbackOnly })).rejects.toThrow(/will not follow a redirect to file:/u);
    expect(seen.map((s) => s.url)).toEqual(['/to-metadata', '/to-other-loopback', '/to-v6', '/to-file']);
  });
});

describe('dateline watch', () => {
  it('fetches a feed, then asks conditionally and stores nothing twice; the validators survive a restart', async () => {
    handler = feedServer();
    const statePath = join(dir, 'state.json');
    const { result, store, failures } = await run([`${base}/feed`], { rounds: 2, statePath });
    expect(failures).toEqual([]);
    expect(result).toMatchObject({ rounds: 2, fetched: 1, notModified: 1, new: 2 });
    expect(seen[0]?.headers['if-none-match']).toBeUndefined();
    expect(seen[1]?.headers['if-none-match']).toBe('"v1"');
    expect(seen[1]?.headers['if-modified-since']).toBe('Tue, 04 Mar 2025 10:00:00 GMT');
    expect((await store.stats()).articles).toBe(2);
    await store.close();
    expect(JSON.parse(readFileSync(statePath, 'utf8')).feeds[`${base}/feed`].etag).toBe('"v1"');
    const again = await run([`${base}/feed`], { statePath });
    expect(again.result).toMatchObject({ fetched: 0, notModified: 1 });
    await again.store.close();
  });

  it('retries 5xx and 429 answers with backoff, honouring Retry-After, and gives up after the last try', async () => {
    let calls = 0;
    handler = (req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503).end();
      else if (calls === 2) res.writeHead(429, { 'retry-after': '0' }).end();
      else feedServer()(req, res);
    };
    const ok = await run([`${base}/feed`], { retries: 3 });
    expect(ok.result).toMatchObject({ fetched: 1, new: 2, failedFetches: 0 });
    expect(calls).toBe(3);
    await ok.store.close();

    handler = (_req, res) => res.writeHead(500).end();
    const bad = await run([`${base}/feed`], { retries: 2 });
    expect(bad.result.failedFetches).toBe(1);
    expect(bad.failures).toEqual([`${base}/feed: HTTP 500 Internal Server Error`]);
    expect(seen.length).toBe(3 + 3);
    await bad.store.close();

    handler = (_req, res) => res.writeHead(404).end();
    seen.length = 0;
    const gone = await run([`${base}/feed`], { retries: 2 });
    expect(gone.failures).toEqual([`${base}/feed: HTTP 404 Not Found`]);
    expect(seen).toHaveLength(1); // a 404 is not retried
    await gone.store.close();
  });

  it('gives up on a server that does not answer in time, or sends too much', async () => {
    handler = () => undefined; // never answers
    const slow = await run([`${base}/slow`], { timeoutMs: 300, retries: 0 });
    expect(slow.failures).toEqual([`${base}/slow: no complete answer within 0.3 s`]);
    await slow.store.close();

    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }); // chunked: no length announced
      res.write('x'.repeat(3000));
      res.end('x'.repeat(3000));
    };
    const big = await fetchFeed(`${base}/big`, { allowPrivate: loopbackOnly, maxBytes: 4000 }).catch((e: unknown) => e);
    expect(String(big)).toMatch(/over the 0\.0 MB limit/u);

    const bomb = gzipSync(Buffer.alloc(200_000, 0x61));
    handler = (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb);
    const zipped = await fetchFeed(`${base}/bomb`, { allowPrivate: loopbackOnly, maxBytes: 50_000 }).catch((e: unknown) => e);
    expect(String(zipped)).toMatch(/over the/u); // the limit holds for the decompressed size
  });

  it('reads gzip bodies, and keeps a pause between two requests to the same host', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/rss+xml' }).end(gzipSync(FEED));
    const { result, store } = await run([`${base}/a`, `${base}/b`], { hostDelayMs: 300 });
    expect(result).toMatchObject({ fetched: 2, new: 2, duplicate: 0, unchanged: 2 });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(280);
    await store.close();
  });

  it('reads intervals as people write them', () => {
    expect(parseInterval('10m')).toBe(600_000);
    expect(parseInterval('30s')).toBe(30_000);
    expect(parseInterval('1h')).toBe(3_600_000);
    expect(parseInterval('45')).toBe(45_000);
    expect(parseInterval('soon')).toBeUndefined();
  });
});
