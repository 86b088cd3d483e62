import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type IngestOptions } from '../../src/ingest.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { STORY_A, STORY_B, STORY_C } from './stories.js';

let dir: string;
let store: SqliteStore;
let failures: string[];
const opts = (more: IngestOptions = {}): IngestOptions => ({ analyze: false, onFailure: (i, r) => failures.push(`${i}: ${r}`), ...more });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-'));
  store = SqliteStore.open(join(dir, 'test.db'));
  failures = [];
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function integrity(s: SqliteStore): string {
  s.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
  return s.db.pragma('integrity_check', { simple: true }) as string;
}

describe('ingest: files and folders', () => {
  it('reports each bad input once, ingests the rest, and leaves the database intact', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), STORY_A);
    writeFileSync(join(folder, 'sub', 'b.txt'), STORY_B);
    writeFileSync(join(folder, 'c.txt'), STORY_C);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'blob.bin'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'dangling.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    writeFileSync(join(folder, 'locked.txt'), STORY_A.replace('Harbourton', 'Lockton'));
    chmodSync(join(folder, 'locked.txt'), 0o000);
    const root = process.getuid?.() === 0; // root reads a chmod 000 file anyway

    const summary = await ingest(store, [folder, join(dir, 'no-such-folder')], opts());

    const expected = [
      [/blob\.bin: binary/u],
      [/dangling\.txt: broken symbolic link/u],
      [/empty\.txt: empty/u],
      [/pipe\.txt: not a regular file/u],
      [/no-such-folder: no such file or folder/u],
      ...(root ? [] : [[/locked\.txt: permission denied/u]]),
    ];
    expect(failures).toHaveLength(expected.length);
    for (const [re] of expected) expect(failures.filter((f) => re!.test(f)), String(re)).toHaveLength(1);
    for (const f of failures) expect(f).not.toContain('\n');
    // locked.txt, when readable, is story A with one word changed: a near-duplicate, not a new story.
    expect(summary).toMatchObject({ new: 3, duplicate: root ? 1 : 0, unchanged: 0, failed: expected.length });
    expect(integrity(store)).toBe('ok');
    expect((await store.stats()).articles).toBe(3);
    chmodSync(join(folder, 'locked.txt'), 0o644);
  });

  it('adds nothing the second time the same inputs are ingested', async () => {
    const folder = join(dir, 'twice');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), STORY_A);
    writeFileSync(join(folder, 'b.txt'), STORY_B);
    writeFileSync(join(folder, 'a-copy.txt'), STORY_A.replace('Port city to close', 'Harbourton shuts') + '\nRead more on our site →\n');
    const first = await ingest(store, [folder], opts());
    expect(first).toMatchObject({ read: 3, new: 2, duplicate: 1, unchanged: 0, failed: 0 });
    const before = await store.stats();
    const second = await ingest(store, [folder], opts());
    expect(second).toMatchObject({ read: 3, new: 0, duplicate: 0, unchanged: 3, failed: 0 });
    expect(await store.stats()).toEqual(before);
  });

  it('does not analyze again a text it already holds', async () => {
    writeFileSync(join(dir, 'a.txt'), STORY_A);
    writeFileSync(join(dir, 'a-again.txt'), STORY_A);
    let analyzed = 0;
    const analyzer = (a: Parameters<NonNullable<IngestOptions['analyzer']>>[0]) => {
      analyzed++;
      return { ...a, entities: [], times: [], quotes: [], events: [] };
    };
    await ingest(store, [join(dir, 'a.txt')], opts({ analyzer }));
    const again = await ingest(store, [join(dir, 'a.txt'), join(dir, 'a-again.txt')], opts({ analyzer }));
    expect(analyzed).toBe(1);
    expect(again).toMatchObject({ unchanged: 1, duplicate: 1 });
  });

  it('acknowledges each article after it is committed, with batches of any size', async () => {
    const folder = join(dir, 'acks');
    mkdirSync(folder);
    [STORY_A, STORY_B, STORY_C].forEach((s, i) => writeFileSync(join(folder, `${i}.txt`), s));
    for (const batchSize of [1, 2, 100]) {
      const s = SqliteStore.open(join(dir, `acks-${batchSize}.db`));
      const seen: number[] = [];
      await ingest(s, [folder], opts({
        batchSize,
        onArticle: (r) => {
          // visible to another connection: committed, not just written inside a transaction
          const other = SqliteStore.open(join(dir, `acks-${batchSize}.db`));
          seen.push(other.db.prepare('SELECT count(*) FROM articles WHERE id = ?').pluck().get(r.id) as number);
          other.db.close();
        },
      }));
      expect(seen).toEqual([1, 1, 1]);
      await s.close();
    }
  });

  it('refuses a file over the size limit by name, and goes on', async () => {
    writeFileSync(join(dir, 'big.txt'), STORY_A.repeat(100)); // 60 KB: over 40 x 1,000 bytes
    writeFileSync(join(dir, 'small.txt'), STORY_B);
    const summary = await ingest(store, [join(dir, 'big.txt'), join(dir, 'small.txt')], opts({ maxBytes: 1000 }));
    expect(summary).toMatchObject({ new: 1, failed: 1 });
    expect(failures[0]).toMatch(/big\.txt: .*over the .* limit/u);
  });

  it('stores the full analysis by default', async () => {
    writeFileSync(join(dir, 'c.txt'), STORY_C);
    const seen: string[] = [];
    await ingest(store, [join(dir, 'c.txt')], { onArticle: (_r, rec) => seen.push(rec.id) });
    const got = await store.getArticle(seen[0]!);
    expect(got?.record.dateline?.agency).toBe('AFP');
    // Whatever the analysis found is stored with the article (entities fill in as the stages land).
    expect((await store.stats()).entities).toBe(got?.record.entities.length);
  });
});

describe('ingest: the examples folder', () => {
  it('ingests every example with no failure, linking the near-duplicate, and a second time adds nothing', async () => {
    const examples = join(import.meta.dirname, '..', '..', 'examples');
    const first = await ingest(store, [examples], opts({ analyze: true }));
    const notArticles = failures.filter((f) => !/README/u.test(f));
    expect(notArticles).toEqual([]);
    expect(first.new).toBeGreaterThanOrEqual(12);
    expect(first.duplicate).toBeGreaterThanOrEqual(1);
    const second = await ingest(store, [examples], opts({ analyze: true }));
    expect(second).toMatchObject({ new: 0, duplicate: 0, unchanged: first.new + first.duplicate });
  });
});

describe('ingest: feed URLs', () => {
  let server: Server;
  let base: string;
  const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test desk</title>
<item><title>Port city to close two old piers</title><guid>t-1</guid><link>https://desk.example/1</link>
<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate><description>${escapeXml(STORY_A.split('\n\n').slice(1).join('\n'))}</description></item>
<item><title>Valley apple growers expect small harvest</title><guid>t-2</guid><link>https://desk.example/2</link>
<pubDate>Thu, 12 Oct 2023 08:00:00 GMT</pubDate><description>${escapeXml(STORY_B.split('\n\n').slice(1).join('\n'))}</description></item>
</channel></rss>`;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(RSS);
      } else if (req.url === '/story.txt') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(STORY_C);
      } else if (req.url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('Slow ');
        // never ends: the client's time budget must cut it off
      } else if (req.url === '/endless') {
        res.writeHead(200, { 'content-type': 'text/plain' }); // chunked, no content-length
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = (): void => {
          while (res.write(chunk)) { /* fill the buffer */ }
          res.once('drain', pump);
        };
        pump();
        req.on('close', () => res.destroy());
      } else {
        res.writeHead(404);
        res.end('not here');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches feeds and pages, and reports HTTP errors, timeouts and oversized bodies by URL', async () => {
    const urls = ['/feed.xml', '/story.txt', '/missing', '/slow', '/endless'].map((p) => base + p);
    const summary = await ingest(store, urls, opts({ timeoutMs: 1500, maxBytes: 20_000 }));
    expect(summary).toMatchObject({ read: 3, new: 3, failed: 3 });
    expect(failures).toHaveLength(3);
    expect(failures.find((f) => f.startsWith(`${base}/missing:`))).toMatch(/HTTP 404/u);
    expect(failures.find((f) => f.startsWith(`${base}/slow:`))).toMatch(/within 1\.5 s/u);
    expect(failures.find((f) => f.startsWith(`${base}/endless:`))).toMatch(/over the .* limit/u);
    const hits = await store.search('harvest');
    expect(hits).toHaveLength(1);
    const again = await ingest(store, [`${base}/feed.xml`], opts());
    expect(again).toMatchObject({ read: 2, new: 0, unchanged: 2 });
  });

  it('names a server that is not there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const summary = await ingest(store, [`http://127.0.0.1:${port}/feed.xml`], opts({ timeoutMs: 2000 }));
    expect(summary).toMatchObject({ read: 0, failed: 1 });
    expect(failures).toEqual([`http://127.0.0.1:${port}/feed.xml: cannot fetch: connection refused (is the server running?)`]);
  });
});

function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
