/**
 * The engines compared on real news (BBC politics articles beside the clone, when they are there):
 * both stores get the same articles with the same analysis (made once), and every route with a spread
 * of filters answers the same JSON; searches (including punctuated and accented words) find the same
 * articles with the same totals and facets.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/pipeline.js';
import { ingest } from '../../src/ingest.js';
import type { AnalyzedArticle, Article } from '../../src/model.js';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS } from '../../src/server/config.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase, SKIP_PG } from '../postgres/pg.js';
import { ROOT } from './fixture.js';

const BBC = join(ROOT, '..', 'shared', 'data', 'corpora', 'bbc_news', 'politics');
const ARTICLES = 100;

type App = ReturnType<typeof createApp>;

describe.skipIf(SKIP_PG || !existsSync(BBC))('SQLite and PostgreSQL on real news', () => {
  let dir: string;
  let pg: { url: string; drop: () => Promise<void> };
  let stores: Store[] = [];
  let a: App;
  let b: App;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-engines-real-'));
    pg = await freshDatabase('engines_real');
    stores = [await openStore(join(dir, 'a.db')), await openStore(pg.url)];
    const files = readdirSync(BBC).filter((f) => f.endsWith('.txt')).sort().slice(0, ARTICLES).map((f) => join(BBC, f));
    // Analyzed once, stored twice, in the same order.
    const done = new Map<string, AnalyzedArticle>();
    const analyzer = (x: Article): AnalyzedArticle => done.get(x.id) ?? done.set(x.id, analyze(x)).get(x.id)!;
    for (const s of stores) expect((await ingest(s, files, { analyzer })).new).toBeGreaterThan(ARTICLES * 0.9);
    const config = { ...DEFAULTS, readRate: { requests: 1e9, windowMs: 60_000 } };
    [a, b] = stores.map((store) => createApp({ store, config })) as [App, App];
  }, 180_000);
  afterAll(async () => {
    for (const s of stores) await s.close();
    await pg?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const text = async (app: App, path: string): Promise<string> => {
    const r = await app.request(path);
    expect(r.status, path).toBe(200);
    return r.text();
  };

  it('every route, with filters, answers the same JSON', async () => {
    const top = JSON.parse(await text(a, '/api/entities?limit=15')) as { items: Array<{ name: string }> };
    const words = ['Blair', 'Brown', 'Howard', 'Labour', 'minister', 'government', 'election', 'tax', 'party', 'Iraq'];
    const countries = ['GBR', 'USA', 'IRQ', 'FRA', 'IRL'];
    const paths = [
      '/api/stats', '/api/articles?limit=500', '/api/entities?limit=500', '/api/entities?type=ORG&limit=50', '/api/quotes?limit=500',
      '/api/events?limit=500', '/api/events?limit=20&offset=40', '/api/timeline?interval=day', '/api/timeline?interval=month',
      '/api/network?edges=300', '/api/places?limit=300', '/api/search?limit=100', '/api/search?limit=10&offset=20',
      ...words.flatMap((w) => [`/api/events?party=${w}&limit=500`, `/api/events?actor=${w}&status=occurred&limit=500`,
        `/api/quotes?q=${w}&limit=500`, `/api/quotes?speaker=${w}&limit=500`, `/api/search?actor=${w}&limit=100`,
        `/api/timeline?interval=month&party=${w}`, `/api/network?edges=100&party=${w}`]),
      ...countries.flatMap((c) => [`/api/events?country=${c}&limit=500`, `/api/dyad?a=GBR&b=${c}&interval=month`, `/api/search?country=${c}&limit=100`,
        `/api/places?country=${c}`]),
      ...top.items.map((e) => `/api/actors/${encodeURIComponent(e.name)}`),
    ];
    const differ: string[] = [];
    for (const p of paths) if (await text(a, p) !== await text(b, p)) differ.push(p);
    expect(differ).toEqual([]);
    const events = JSON.parse(await text(a, '/api/events?limit=500')) as { total: number };
    expect(events.total).toBeGreaterThan(50);
  });

  it('searches find the same articles, totals and facets', async () => {
    type Result = { total: number; capped: boolean; facets: unknown; hits: Array<{ id: string }> };
    const differ: string[] = [];
    let found = 0;
    for (const q of ['Blair', 'Labour party', '"prime minister"', 'minist*', 'Blair OR Brown', 'Blair NOT Brown', "Blair's", 'U.S.', '£5bn',
      '2005', 'co-operation', 'e-mail', 'Sinn Féin', 'Sinn Fein', 'Kilroy-Silk', 'mid-term', 'tax cuts', 'asylum', 'Iraq war', 'BBC']) {
      const path = `/api/search?q=${encodeURIComponent(q)}&limit=100`;
      const [x, y] = [JSON.parse(await text(a, path)), JSON.parse(await text(b, path))] as [Result, Result];
      const ids = (r: Result): string => JSON.stringify(r.hits.map((h) => h.id).sort());
      // The page is each engine's best 100; the same set only when every hit is on it.
      if (x.total !== y.total || x.capped !== y.capped || JSON.stringify(x.facets) !== JSON.stringify(y.facets)
        || (x.total <= 100 && ids(x) !== ids(y))) differ.push(`${q}: ${x.total} vs ${y.total}`);
      found += x.total;
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(200);
  });
});
