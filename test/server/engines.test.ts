/**
 * SQLite and PostgreSQL answer every API route alike: the same examples are ingested into each engine,
 * and each route's JSON is compared whole (same values, same order), with filters that narrow. Only
 * full-text ranking is the engine's own (bm25 against ts_rank, FTS5 snippets against ts_headline): for
 * searches with words, the totals, facets and the set of hits are compared, not their order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS } from '../../src/server/config.js';
import { sqlOf } from '../../src/server/queries/db.js';
import { SKIP_PG } from '../postgres/pg.js';
import { examplesStore, type Fixture } from './fixture.js';

type App = ReturnType<typeof createApp>;
type Json = Record<string, unknown>;

let lite: Fixture;
let pg: Fixture;
let a: App;
let b: App;

async function both<T = Json>(path: string): Promise<[T, T]> {
  const [x, y] = await Promise.all([a.request(path), b.request(path)]);
  expect(x.status, `SQLite ${path}`).toBe(200);
  expect(y.status, `PostgreSQL ${path}`).toBe(200);
  return [await x.json() as T, await y.json() as T];
}

/** The route answers the same JSON on both engines; returns it for further checks. */
async function same<T = Json>(path: string): Promise<T> {
  const [x, y] = await both<T>(path);
  expect(y, path).toEqual(x);
  // toEqual ignores key order; the JSON text must match too (clients may show fields in order).
  expect(JSON.stringify(y), path).toBe(JSON.stringify(x));
  return x;
}

describe.skipIf(SKIP_PG)('SQLite and PostgreSQL answer the same JSON', () => {
  beforeAll(async () => {
    [lite, pg] = await Promise.all([examplesStore(true, 'sqlite'), examplesStore(true, 'postgres')]);
    const config = { ...DEFAULTS, apiToken: 't' };
    // Each app answers from its own engine's SQL (not a fallback without facets or a 501).
    expect([sqlOf(lite.store)?.dialect.name, sqlOf(pg.store)?.dialect.name]).toEqual(['sqlite', 'postgres']);
    a = createApp({ store: lite.store, config });
    b = createApp({ store: pg.store, config });
  }, 120_000);
  afterAll(async () => {
    await lite?.cleanup();
    await pg?.cleanup();
  });

  it('stats, articles, entities', async () => {
    const stats = await same<{ articles: number; events: number }>('/api/stats');
    expect(stats.articles).toBeGreaterThanOrEqual(10);
    expect(stats.events).toBeGreaterThan(5);
    expect((await same<{ items: unknown[] }>('/api/articles?limit=100')).items).toHaveLength(stats.articles);
    expect((await same<{ items: unknown[] }>('/api/entities?limit=200')).items.length).toBeGreaterThan(20);
    const people = await same<{ items: Array<{ type: string }> }>('/api/entities?type=PERSON&limit=50');
    expect(people.items.every((e) => e.type === 'PERSON')).toBe(true);
  });

  it('events, with every filter', async () => {
    const all = await same<{ total: number; items: Array<{ type: string; actor: Array<{ text: string; country?: string }> }> }>('/api/events?limit=500');
    expect(all.total).toBe(all.items.length);
    const type = all.items[0]!.type;
    expect((await same<{ total: number }>(`/api/events?type=${type}&limit=500`)).total).toBe(all.items.filter((e) => e.type === type).length);
    const page = await same<{ total: number; items: unknown[] }>('/api/events?limit=7&offset=5');
    expect(page.items).toEqual(all.items.slice(5, 12));
    const narrowed = [
      'actor=Putin', 'recipient=Kim', 'party=united', 'country=RUS', 'country=usa', 'status=occurred', 'source=TASS', 'source=reuters',
      'since=2018-01-01&until=2019-12-31', 'since=2020-01-01', 'actor=Putin&since=2018-06-01&type=CONSULT',
    ];
    const totals = [];
    for (const q of narrowed) {
      const r = await same<{ total: number; items: unknown[] }>(`/api/events?${q}&limit=500`);
      expect(r.total, q).toBeLessThan(all.total);
      totals.push(r.total);
    }
    // The filters find something (the comparison would be empty otherwise).
    expect(totals.filter((t) => t > 0).length).toBeGreaterThanOrEqual(8);
  });

  it('quotes, with speaker, topic words and time range', async () => {
    const all = await same<{ items: Array<{ text: string }> }>('/api/quotes?limit=200');
    expect(all.items.length).toBeGreaterThan(5);
    const putin = await same<{ items: Array<{ text: string; speaker?: string }> }>('/api/quotes?speaker=putin&limit=200');
    expect(putin.items.length).toBeGreaterThan(0);
    expect(putin.items.every((q) => /putin/iu.test(q.speaker ?? ''))).toBe(true);
    const word = all.items[0]!.text.split(/\s+/u).find((w) => /^\p{L}{6,}$/u.test(w))!;
    const about = await same<{ items: Array<{ text: string }> }>(`/api/quotes?q=${encodeURIComponent(word)}&limit=200`);
    expect(about.items.length).toBeGreaterThan(0);
    expect(about.items.every((q) => q.text.toLowerCase().includes(word.toLowerCase()))).toBe(true);
    await same('/api/quotes?since=2018-01-01&until=2018-12-31&limit=200');
    await same('/api/quotes?kind=direct&limit=5&offset=2');
  });

  it('timelines per day, month and year, with filters', async () => {
    for (const interval of ['day', 'month', 'year']) {
      const points = await same<Array<{ period: string; total: number; types: Json }>>(`/api/timeline?interval=${interval}`);
      expect(points.length).toBeGreaterThan(1);
      expect(points.map((p) => p.period)).toEqual(points.map((p) => p.period).sort());
    }
    await same('/api/timeline?interval=month&country=RUS');
    await same('/api/timeline?interval=year&actor=Putin&source=TASS');
  });

  it('dyads for the pairs of countries in the data', async () => {
    const events = await same<{ items: Array<{ actor: Array<{ country?: string }>; recipient: Array<{ country?: string }> }> }>('/api/events?limit=500');
    const pairs = new Set<string>();
    for (const e of events.items) {
      for (const x of e.actor) for (const y of e.recipient) if (x.country && y.country && x.country !== y.country) pairs.add(`${x.country}|${y.country}`);
    }
    expect(pairs.size).toBeGreaterThan(1);
    let counted = 0;
    for (const pair of [...pairs].slice(0, 8)) {
      const [x, y] = pair.split('|');
      for (const interval of ['month', 'year']) {
        const d = await same<{ points: Array<{ abCooperation: number; abConflict: number; baCooperation: number; baConflict: number }> }>(
          `/api/dyad?a=${x}&b=${y!.toLowerCase()}&interval=${interval}`);
        counted += d.points.reduce((s, p) => s + p.abCooperation + p.abConflict + p.baCooperation + p.baConflict, 0);
      }
    }
    expect(counted).toBeGreaterThan(0);
  });

  it('the network and places, with filters', async () => {
    const net = await same<{ edges: unknown[] }>('/api/network?edges=100');
    expect(net.edges.length).toBeGreaterThan(3);
    expect((await same<{ edges: unknown[] }>('/api/network?edges=3')).edges).toEqual(net.edges.slice(0, 3));
    await same('/api/network?edges=50&country=RUS');
    await same('/api/network?edges=50&since=2019-01-01');
    const places = await same<{ places: unknown[]; countries: unknown[] }>('/api/places?limit=100');
    expect(places.places.length).toBeGreaterThan(0);
    await same('/api/places?limit=2');
    await same('/api/places?type=CONSULT&since=2018-01-01');
  });

  it('actor pages for the most named people and organizations, and the same 404', async () => {
    for (const type of ['PERSON', 'ORG', 'PLACE']) {
      const top = await same<{ items: Array<{ name: string }> }>(`/api/entities?type=${type}&limit=4`);
      for (const { name } of top.items) {
        const p = await same<{ name: string; articles: number }>(`/api/actors/${encodeURIComponent(name)}`);
        expect(p.name).toBe(name);
        expect(p.articles).toBeGreaterThan(0);
        // Names are matched ignoring case, on both engines.
        expect((await same<{ name: string }>(`/api/actors/${encodeURIComponent(name.toUpperCase())}`)).name).toBe(name);
      }
    }
    const [x, y] = await Promise.all([a.request('/api/actors/Nobody%20Atall'), b.request('/api/actors/Nobody%20Atall')]);
    expect([x.status, y.status]).toEqual([404, 404]);
    expect(await y.json()).toEqual(await x.json());
  });

  it('browsing search (no words): hits, order and facets, with facet filters', async () => {
    const all = await same<{ total: number; facets: Record<string, Array<{ value: string; count: number }>> }>('/api/search?limit=100');
    expect(all.total).toBeGreaterThanOrEqual(10);
    for (const [facet, param] of [['agency', 'agency'], ['country', 'country'], ['type', 'type'], ['section', 'section'], ['actor', 'actor']] as const) {
      const top = all.facets[facet]?.[0];
      if (!top) continue;
      const narrowed = await same<{ total: number }>(`/api/search?limit=100&${param}=${encodeURIComponent(top.value)}`);
      // An actor filter matches a substring of the name, so it may find more articles than the facet counted.
      if (facet === 'actor') expect(narrowed.total).toBeGreaterThanOrEqual(top.count);
      else expect(narrowed.total).toBe(top.count);
    }
    await same('/api/search?since=2018-01-01&until=2018-12-31&limit=100');
    await same('/api/search?limit=3&offset=4');
  });

  it('searching words: the same hits, totals and facets (order and snippets are each engine\'s own)', async () => {
    type Result = { total: number; capped: boolean; hits: Array<{ id: string; snippet: Array<{ text: string; match?: boolean }> }>; facets: Json };
    let found = 0;
    for (const q of ['Putin', 'summit talks', '"nuclear deal"', 'minist*', 'Kim Jong-un', 'Putin OR Xi', 'Putin NOT Kim', 'zzzznothing']) {
      const [x, y] = await both<Result>(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
      expect(y.total, q).toBe(x.total);
      expect(y.capped, q).toBe(x.capped);
      expect(y.facets, q).toEqual(x.facets);
      expect(y.hits.map((h) => h.id).sort(), q).toEqual(x.hits.map((h) => h.id).sort());
      // Every hit shows why it matched (a marked word), or the lead when the match is only in the headline.
      for (const h of y.hits) expect(h.snippet.length, q).toBeGreaterThan(0);
      found += x.total;
    }
    expect(found).toBeGreaterThan(10);
    const [x, y] = await both<Result>('/api/search?q=Putin&type=CONSULT&limit=100');
    expect(y.hits.map((h) => h.id).sort()).toEqual(x.hits.map((h) => h.id).sort());
  });

  it('exports events, quotes, entities and articles alike', async () => {
    for (const path of ['/api/export/events?format=jsonl&limit=50', '/api/export/events?format=csv&country=RUS', '/api/export/quotes?format=csv',
      '/api/export/entities?format=jsonl', '/api/export/articles?format=csv']) {
      const [x, y] = await Promise.all([a.request(path), b.request(path)]);
      expect([x.status, y.status], path).toEqual([200, 200]);
      const tx = await x.text();
      expect(tx.length, path).toBeGreaterThan(50);
      expect(await y.text(), path).toBe(tx);
    }
    const plover = await b.request('/api/export/events?format=plover&limit=3');
    expect((await plover.text()).trim().split('\n')).toHaveLength(3);
  });
});
