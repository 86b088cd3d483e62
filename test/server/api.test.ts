/** Every API route, in process: answers over the examples, filters that narrow, and the guards (401/403/413/415/429). */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS, type ServerConfig } from '../../src/server/config.js';
import type { Store } from '../../src/store/store.js';
import { SKIP_PG } from '../postgres/pg.js';
import { examplesStore, SAMPLE, type Fixture } from './fixture.js';

let fx: Fixture;
const TOKEN = 'test-token-123';
const config = (over: Partial<ServerConfig> = {}): ServerConfig => ({ ...DEFAULTS, apiToken: TOKEN, ...over });
let app: ReturnType<typeof createApp>;
const auth = { Authorization: `Bearer ${TOKEN}` };
const hasSample = existsSync(SAMPLE);
const json = jsonOf;

async function jsonOf<T = Record<string, unknown>>(path: string, init?: RequestInit, a = app): Promise<{ status: number; body: T }> {
  const r = await a.request(path, init);
  return { status: r.status, body: await r.json() as T };
}

beforeAll(async () => {
  fx = await examplesStore(true);
  app = createApp({ store: fx.store, config: config() });
});
afterAll(async () => fx.cleanup());

// The read routes on each engine: SQLite always, PostgreSQL when DATELINE_TEST_PG names a server
// (test/server/engines.test.ts also proves both answer the same JSON).
for (const engine of ['sqlite', 'postgres'] as const) describe.skipIf(engine === 'postgres' && SKIP_PG)(`read routes (${engine})`, () => {
  let own: Fixture | undefined;
  let app: ReturnType<typeof createApp>;
  const json = <T = Record<string, unknown>>(path: string, init?: RequestInit) => jsonOf<T>(path, init, app);
  beforeAll(async () => {
    if (engine === 'postgres') own = await examplesStore(true, 'postgres');
    app = createApp({ store: (own ?? fx).store, config: config() });
  }, 120_000);
  afterAll(async () => own?.cleanup());

  it('stats count what is stored', async () => {
    const { status, body } = await json<{ articles: number; events: number; writable: boolean }>('/api/stats');
    expect(status).toBe(200);
    expect(body.articles).toBeGreaterThanOrEqual(10);
    expect(body.events).toBeGreaterThan(0);
    expect(body.writable).toBe(true);
  });

  it('lists articles newest first, a page at a time, and gets one by id and by prefix', async () => {
    const { body } = await json<{ items: Array<{ id: string; published?: string }> }>('/api/articles?limit=3');
    expect(body.items).toHaveLength(3);
    const days = body.items.map((a) => a.published ?? '');
    expect([...days].sort().reverse()).toEqual(days);
    const second = await json<{ items: Array<{ id: string }> }>('/api/articles?limit=3&offset=3');
    expect(second.body.items[0]?.id).not.toBe(body.items[0]?.id);
    const id = body.items[0]!.id;
    const one = await json<{ record: { id: string; text: string } }>(`/api/articles/${id}`);
    expect(one.status).toBe(200);
    expect(one.body.record.id).toBe(id);
    expect(one.body.record.text.length).toBeGreaterThan(100);
    expect((await json<{ record: { id: string } }>(`/api/articles/${id.slice(0, 10)}`)).body.record.id).toBe(id);
    expect((await app.request('/api/articles/ffffffffffffffff')).status).toBe(404);
    expect((await app.request('/api/articles/..%2F..')).status).toBe(400);
  });

  it('searches with snippets and facets, and facets narrow the hits', async () => {
    const { body } = await json<{ total: number; hits: Array<{ id: string; agency?: string; snippet: Array<{ text: string; match?: boolean }> }>; facets: Record<string, Array<{ value: string; count: number }>> }>('/api/search?q=Putin');
    expect(body.total).toBeGreaterThan(1);
    expect(body.hits[0]!.snippet.some((p) => p.match && /putin/iu.test(p.text))).toBe(true);
    const agency = body.facets.agency![0]!;
    const narrowed = await json<{ total: number; hits: Array<{ agency?: string }> }>(`/api/search?q=Putin&agency=${encodeURIComponent(agency.value)}`);
    expect(narrowed.body.total).toBe(agency.count);
    expect(narrowed.body.hits.every((h) => h.agency === agency.value)).toBe(true);
    const browse = await json<{ total: number }>('/api/search');
    expect(browse.body.total).toBeGreaterThan(body.total);
    const range = await json<{ hits: Array<{ published?: string }> }>('/api/search?since=2018-01-01&until=2018-12-31');
    expect(range.body.hits.length).toBeGreaterThan(0);
    expect(range.body.hits.every((h) => h.published?.startsWith('2018'))).toBe(true);
  });

  it('lists entities, quotes (by speaker) and events (filters narrow)', async () => {
    const ents = await json<{ items: Array<{ name: string; type: string }> }>('/api/entities?type=PERSON&limit=5');
    expect(ents.body.items.length).toBeGreaterThan(0);
    expect(ents.body.items.every((e) => e.type === 'PERSON')).toBe(true);
    const quotes = await json<{ items: Array<{ speaker?: string }> }>('/api/quotes?speaker=Putin&limit=50');
    expect(quotes.body.items.length).toBeGreaterThan(0);
    expect(quotes.body.items.every((q) => /putin/iu.test(q.speaker ?? ''))).toBe(true);
    const word = (quotes.body.items as Array<{ text?: string }>)[0]!.text!.split(/\s+/u).find((w) => w.length > 5)!;
    const about = await json<{ items: Array<{ text: string; speaker?: string }> }>(`/api/quotes?speaker=Putin&q=${encodeURIComponent(word)}&limit=50`);
    expect(about.body.items.length).toBeGreaterThan(0);
    expect(about.body.items.length).toBeLessThan(quotes.body.items.length + 1);
    expect(about.body.items.every((q) => q.text.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    const all = await json<{ total: number; items: Array<{ type: string; status: string }> }>('/api/events?limit=500');
    expect(all.body.total).toBeGreaterThan(5);
    const type = all.body.items[0]!.type;
    const byType = await json<{ total: number; items: Array<{ type: string }> }>(`/api/events?type=${type}&limit=500`);
    expect(byType.body.total).toBe(all.body.items.filter((e) => e.type === type).length);
    const status = await json<{ items: Array<{ status: string }> }>('/api/events?status=occurred&limit=500');
    expect(status.body.items.every((e) => e.status === 'occurred')).toBe(true);
    const byActor = await json<{ total: number; items: Array<{ actor: Array<{ text: string }> }> }>('/api/events?actor=Putin&limit=500');
    expect(byActor.body.total).toBeGreaterThan(0);
    expect(byActor.body.total).toBeLessThan(all.body.total);
    const since = await json<{ items: Array<{ day?: string }> }>('/api/events?since=2020-01-01&limit=500');
    expect(since.body.items.every((e) => (e.day ?? '') >= '2020-01-01')).toBe(true);
    const rus = await json<{ items: Array<{ actor: Array<{ country?: string }>; recipient: Array<{ country?: string }> }> }>('/api/events?country=RUS&limit=500');
    expect(rus.body.items.length).toBeGreaterThan(0);
    expect(rus.body.items.every((e) => [...e.actor, ...e.recipient].some((p) => p.country === 'RUS'))).toBe(true);
    const source = await json<{ items: Array<{ agency?: string }> }>('/api/events?source=TASS&limit=500');
    expect(source.body.items.every((e) => e.agency === 'TASS')).toBe(true);
  });

  it.runIf(hasSample)("finds the sample's invitation and Putin's quotes in it", async () => {
    const hits = await json<{ hits: Array<{ id: string; headline: string }> }>('/api/search?q=Kim+Jong-un+invitation');
    const sample = hits.body.hits.find((h) => /invit/iu.test(h.headline));
    expect(sample).toBeDefined();
    const events = await json<{ items: Array<{ evidence: string; type: string }> }>(`/api/events?article=${sample!.id}&limit=100`);
    expect(events.body.items.some((e) => /invitation/iu.test(e.evidence))).toBe(true);
    const quotes = await json<{ items: Array<{ speaker?: string }> }>(`/api/quotes?article=${sample!.id}&speaker=Putin&limit=100`);
    expect(quotes.body.items.length).toBeGreaterThan(2);
  });

  it('answers timelines, dyads, the network and places', async () => {
    const tl = await json<Array<{ period: string; total: number; cooperation: number; conflict: number }>>('/api/timeline?interval=year');
    expect(tl.body.length).toBeGreaterThan(1);
    expect(tl.body.every((p) => /^\d{4}$/u.test(p.period) && p.total === p.cooperation + p.conflict)).toBe(true);
    const events = await json<{ total: number }>('/api/events?limit=1');
    const dated = tl.body.reduce((s, p) => s + p.total, 0);
    expect(dated).toBeLessThanOrEqual(events.body.total);
    const rus = await json<{ items: Array<{ actor: Array<{ country?: string }>; recipient: Array<{ country?: string }> }> }>('/api/events?country=RUS&limit=500');
    const pair = rus.body.items.flatMap((e) => e.actor.flatMap((a) => e.recipient.map((r) => [a.country, r.country])))
      .find(([a, b]) => a && b && a !== b && (a === 'RUS' || b === 'RUS'));
    expect(pair).toBeDefined();
    const dy = await json<{ points: Array<{ abCooperation: number; abConflict: number; baCooperation: number; baConflict: number }> }>(`/api/dyad?a=${pair![0]}&b=${pair![1]}`);
    expect(dy.status).toBe(200);
    expect(dy.body.points.reduce((s, p) => s + p.abCooperation + p.abConflict, 0)).toBeGreaterThan(0);
    const net = await json<{ nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> }>('/api/network?edges=20');
    expect(net.body.edges.length).toBeGreaterThan(0);
    const ids = new Set(net.body.nodes.map((n) => n.id));
    expect(net.body.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const places = await json<{ places: Array<{ name: string; events: number }>; countries: Array<{ country: string }> }>('/api/places');
    expect(places.body.places.length).toBeGreaterThan(0);
    expect(places.body.countries.every((c) => /^[A-Z]{3}$/u.test(c.country))).toBe(true);
  });

  it('profiles an actor and looks up KB entries', async () => {
    const top = await json<{ items: Array<{ name: string }> }>('/api/entities?type=PERSON&limit=1');
    const name = top.body.items[0]!.name;
    const a = await json<{ name: string; articles: number; timeline: unknown[]; partners: unknown[]; knowledge?: { id: string } }>(`/api/actors/${encodeURIComponent(name)}`);
    expect(a.status).toBe(200);
    expect(a.body.name).toBe(name);
    expect(a.body.articles).toBeGreaterThan(0);
    expect(a.body.partners.length + a.body.timeline.length).toBeGreaterThan(0);
    expect((await app.request('/api/actors/Nobody%20Atall')).status).toBe(404);
    const kb = await json<{ name: string; terms?: unknown[] }>('/api/kb/person:vladimir-putin');
    expect(kb.status).toBe(200);
    expect(kb.body.name).toBe('Vladimir Putin');
    expect(kb.body.terms?.length).toBeGreaterThan(1);
    expect((await app.request('/api/kb/person:no-such-person')).status).toBe(404);
  });

  it('exports JSON Lines and CSV, and defuses spreadsheet formulas', async () => {
    const jl = await app.request('/api/export/events?format=jsonl&limit=5');
    expect(jl.headers.get('content-type')).toContain('ndjson');
    expect(jl.headers.get('content-disposition')).toContain('dateline-events.jsonl');
    const lines = (await jl.text()).trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!).type).toBeTypeOf('string');
    const csv = await (await app.request('/api/export/quotes?format=csv&limit=3')).text();
    expect(csv.split('\r\n')[0]).toContain('speaker');
    for (const what of ['entities', 'articles']) expect((await app.request(`/api/export/${what}?format=csv`)).status).toBe(200);
    const plover = (await (await app.request('/api/export/events?format=plover&limit=3')).text()).trim().split('\n');
    expect(plover).toHaveLength(3);
    expect(JSON.parse(plover[0]!)).toHaveProperty('event');
    const gdelt = await app.request('/api/export/events?format=gdelt&limit=2');
    expect(gdelt.headers.get('content-type')).toContain('tab-separated');
    expect((await gdelt.text()).trim().split('\n')[0]!.split('\t').length).toBeGreaterThan(20);
    expect((await app.request('/api/export/quotes?format=gdelt')).status).toBe(400);
    const { toCsv } = await import('../../src/server/routes/export.js');
    expect(toCsv([{ a: '=HYPERLINK("x")', b: 'plain, with comma' }], ['a', 'b'])).toBe('a,b\r\n"\'=HYPERLINK(""x"")","plain, with comma"\r\n');
  });

  it('rejects bad parameters with 400 and a message naming them, unknown API paths with 404', async () => {
    const bad = await json<{ error: string }>('/api/events?type=FLY');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('type');
    expect((await json<{ error: string }>('/api/articles?limit=abc')).body.error).toContain('limit');
    expect((await app.request('/api/search?since=yesterday')).status).toBe(400);
    expect((await app.request('/api/nothing')).status).toBe(404);
  });
});

describe('a store without SQL underneath', () => {
  it('still searches (no facets) and says 501 for the analytic routes', async () => {
    // Neither a SqliteStore nor a PgStore: a Store that only forwards the interface's methods.
    const plain = new Proxy({} as Store, {
      get: (_t, k) => {
        const v = (fx.store as unknown as Record<PropertyKey, unknown>)[k];
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(fx.store) : v;
      },
    });
    const other = createApp({ store: plain, config: config() });
    const s = await json<{ hits: Array<{ snippet: Array<{ match?: boolean }> }>; facets: { type: unknown[] } }>('/api/search?q=Putin', undefined, other);
    expect(s.status).toBe(200);
    expect(s.body.hits.length).toBeGreaterThan(0);
    expect(s.body.hits[0]!.snippet.some((p) => p.match)).toBe(true);
    expect(s.body.facets.type).toEqual([]);
    expect((await json('/api/search', undefined, other)).status).toBe(200);
    expect((await other.request('/api/events')).status).toBe(501);
    expect((await other.request('/api/timeline')).status).toBe(501);
    expect((await other.request('/api/quotes?speaker=Putin')).status).toBe(200);
  });
});

describe('writes', () => {
  const text = `Oslo talks resume\n\nOSLO, March 3 (Testwire) - Norway hosted envoys from Colombia on Tuesday, the foreign ministry said.\n\nThe talks will resume next week.`;

  it('need a token: 401 without, 403 wrong, 403 when the server has none', async () => {
    const body = JSON.stringify({ text });
    const headers = { 'Content-Type': 'application/json' };
    const none = await app.request('/api/articles', { method: 'POST', body, headers });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await app.request('/api/articles', { method: 'POST', body, headers: { ...headers, Authorization: 'Bearer nope' } })).status).toBe(403);
    const closed = createApp({ store: fx.store, config: { ...DEFAULTS } });
    expect((await closed.request('/api/articles', { method: 'POST', body, headers: { ...headers, ...auth } })).status).toBe(403);
  });

  it('ingest JSON text, raw text and uploaded files; a second post changes nothing', async () => {
    const r = await json<{ stored: Array<{ id: string; status: string }>; failed: unknown[] }>('/api/articles', {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body: JSON.stringify({ text, published: '2026-03-03' }),
    });
    expect(r.status).toBe(200);
    expect(r.body.stored[0]?.status).toBe('new');
    const id = r.body.stored[0]!.id;
    expect((await json<{ record: { headline: string } }>(`/api/articles/${id}`)).body.record.headline).toBe('Oslo talks resume');
    const again = await json<{ stored: Array<{ id: string; status: string }> }>('/api/articles', {
      method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: text,
    });
    expect(['unchanged', 'duplicate']).toContain(again.body.stored[0]?.status);
    expect(again.body.stored[0]?.id).toBe(id);
    const form = new FormData();
    form.append('file', new File(['Quito summit ends\n\nQUITO, May 2 (Testwire) - Ecuador and Peru signed a border accord on Friday.'], 'quito.txt', { type: 'text/plain' }));
    const up = await json<{ stored: Array<{ status: string; headline: string }> }>('/api/articles', { method: 'POST', headers: auth, body: form });
    expect(up.status).toBe(200);
    expect(up.body.stored[0]).toMatchObject({ status: 'new', headline: 'Quito summit ends' });
    const empty = await json<{ stored: unknown[]; failed: Array<{ reason: string }> }>('/api/articles', {
      method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: '   ',
    });
    expect(empty.body.stored).toHaveLength(0);
    expect(empty.body.failed.length).toBe(1);
  });

  it('415 for a content type the route does not read', async () => {
    const r = await json<{ error: string }>('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...auth }, body: 'text=hi' });
    expect(r.status).toBe(415);
    expect(r.body.error).toContain('application/json');
    expect((await app.request('/api/feeds', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: 'http://x' })).status).toBe(415);
    expect((await app.request('/api/articles', { method: 'POST', headers: auth, body: new Uint8Array([1, 2]) })).status).toBe(415);
  });

  it('400 for a JSON body that does not match its schema, or a feed that is not an http URL', async () => {
    expect((await app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body: '{"txt":"x"}' })).status).toBe(400);
    expect((await app.request('/api/feeds', { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body: '{"url":"file:///etc/passwd"}' })).status).toBe(400);
  });

  it('413 for a body over the limit, with a length or chunked', async () => {
    const small = createApp({ store: fx.store, config: config({ maxBodyBytes: 1000 }) });
    const big = 'x'.repeat(5000);
    const r = await small.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: big });
    expect(r.status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('y'.repeat(500)));
        c.close();
      },
    });
    const chunked = await small.request(new Request('http://localhost/api/articles', {
      method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: stream, duplex: 'half',
    } as RequestInit & { duplex: 'half' }));
    expect(chunked.status).toBe(413);
  });
});

describe('the web app files', () => {
  it('serves built files and index.html for app paths, and nothing outside the folder', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const web = join(fx.dir, 'webdist');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(web, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(fx.dir, 'secret.txt'), 'do not serve');
    const withWeb = createApp({ store: fx.store, config: config({ webDir: web }) });
    const js = await withWeb.request('/assets/app-1.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await (await withWeb.request('/actor/Vladimir%20Putin')).text()).toContain('<title>app</title>');
    for (const p of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const r = await withWeb.request(p);
      expect(await r.text(), p).not.toContain('do not serve');
    }
  });
});

describe('access, limits and headers', () => {
  it('closed read access needs the token', async () => {
    const closed = createApp({ store: fx.store, config: config({ readAccess: 'token' }) });
    expect((await closed.request('/api/stats')).status).toBe(401);
    expect((await closed.request('/api/stats', { headers: { 'X-API-Token': 'bad' } })).status).toBe(403);
    expect((await closed.request('/api/stats', { headers: auth })).status).toBe(200);
  });

  it('429 past the rate limit, with Retry-After; writes have their own budget', async () => {
    const limited = createApp({ store: fx.store, config: config({ readRate: { requests: 3, windowMs: 60_000 }, writeRate: { requests: 1, windowMs: 60_000 } }) });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.request('/api/stats')).status);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const r = await limited.request('/api/stats');
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    const post = () => limited.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...auth }, body: 'x' });
    expect((await post()).status).not.toBe(429);
    expect((await post()).status).toBe(429);
  });

  it('sends security headers and a Content-Security-Policy without inline script', async () => {
    const r = await app.request('/api/stats');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await app.request('/')).headers.get('content-security-policy')).toContain("object-src 'none'");
  });
});
