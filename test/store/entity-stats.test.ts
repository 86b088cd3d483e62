/**
 * The entity totals (`entity_stats`) kept by the SQLite article write must equal a GROUP BY over the
 * entity rows, however the articles arrive (one by one, in a batch with a failing article, or stored
 * before the table existed and backfilled by its migration).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/model.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { entity, HARBOUR, ORCHARD, record, TREATY } from './records.js';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-entity-stats-'));
  store = SqliteStore.open(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Six distinct articles (different paragraphs, so none is a near-duplicate of another): Norland in
 * all, with a KB link in half; Sudmark in the odd ones; Ada Lind in every third; plus one naming no one.
 */
function articles(): AnalyzedArticle[] {
  const pool = [...TREATY, ...HARBOUR, ...ORCHARD];
  const out: AnalyzedArticle[] = [];
  for (let i = 0; i < 6; i++) {
    const names = ['Norland', ...(i % 2 === 1 ? ['Sudmark'] : []), ...(i % 3 === 0 ? ['Ada Lind'] : [])];
    const base = record(`Report ${i} from the region`, [pool[(2 * i + 1) % pool.length] ?? '', `This copy names ${names.join(' and ')}.`]);
    const entities = [
      entity(base.text, 'e1', 'Norland', 'PLACE', i % 2 === 0 ? { kb: 'country:NRL', country: 'NRL', code: 'NRL' } : {}),
      entity(base.text, 'e2', 'Sudmark', 'PLACE', i === 3 ? { country: 'SDM' } : {}),
      entity(base.text, 'e4', 'Ada Lind', 'PERSON', { country: 'NRL' }),
    ];
    // The same name twice in one article (two entities the linker kept apart) counts the article once.
    if (i === 4) entities.push(entity(base.text, 'e3', 'Norland', 'PLACE', { kb: 'country:NRZ' }));
    out.push({ ...base, entities: entities.filter((e) => e.mentions.length > 0) });
  }
  out.push(record('Harbour to close two piers', HARBOUR));
  return out;
}

/** What the listing used to compute on every request. */
function grouped(s: SqliteStore): unknown[] {
  return s.db.prepare(`SELECT name, type, max(kb) AS kb, max(country) AS country, max(code) AS code,
      count(DISTINCT article) AS articles, sum(mentions) AS mentions
    FROM entities GROUP BY name, type ORDER BY name, type`).all();
}

function totals(s: SqliteStore): unknown[] {
  return s.db.prepare('SELECT name, type, kb, country, code, articles, mentions FROM entity_stats ORDER BY name, type').all();
}

describe('entity totals', () => {
  it('match the entity rows as articles are stored one by one', async () => {
    for (const a of articles()) await store.putArticle(a);
    expect(totals(store)).toEqual(grouped(store));
    const norland = (await store.entities({ name: 'norland' }))[0];
    expect(norland).toMatchObject({ name: 'Norland', type: 'PLACE', kb: 'country:NRZ', country: 'NRL', articles: 6 });
    // Storing the same text again changes nothing.
    await store.putArticle(articles()[0]!);
    expect(totals(store)).toEqual(grouped(store));
  });

  it('leave out an article rolled back inside a batch', async () => {
    const list = articles();
    const bad = { ...list[1]!, events: [null as never] };
    const results = await store.putArticles([...list.slice(0, 1), ...list.slice(2)].map((record) => ({ record })).concat([{ record: bad }]));
    expect(results.at(-1)).toBeInstanceOf(Error);
    expect(totals(store)).toEqual(grouped(store));
    expect((await store.entities({ type: 'PLACE' })).map((e) => e.articles)).toEqual([5, 2]);
  });

  it('are filled from the stored entities when the migration is applied', async () => {
    await store.putArticles(articles().map((record) => ({ record })));
    const before = await store.entities({ limit: 100 });
    store.db.exec('DROP TABLE entity_stats; DELETE FROM schema_migrations WHERE version >= 4;');
    await store.close();
    store = SqliteStore.open(join(dir, 'test.db'));
    expect(totals(store)).toEqual(grouped(store));
    expect(await store.entities({ limit: 100 })).toEqual(before);
    expect(before.map((e) => e.name)).toEqual(['Norland', 'Sudmark', 'Ada Lind']);
  });

  it('rank the listing by articles, then mentions, and page through it', async () => {
    await store.putArticles(articles().map((record) => ({ record })));
    const all = await store.entities({ limit: 100 });
    const ranks = all.map((e) => [e.articles, e.mentions] as const);
    expect(ranks).toEqual([...ranks].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(await store.entities({ limit: 1, offset: 1 })).toEqual(all.slice(1, 2));
    expect(await store.entities({ type: 'PERSON' })).toEqual([{ name: 'Ada Lind', type: 'PERSON', country: 'NRL', articles: 2, mentions: 2 }]);
  });
});

describe('one person spelled two ways', () => {
  it('is one entity across the store under the KB name, while each record keeps its own spelling', async () => {
    const spellings = ['Sergei Lavrov', 'Sergey Lavrov'];
    const pool = [TREATY, HARBOUR];
    for (const [i, printed] of spellings.entries()) {
      const base = record(`Minister ${i} visits the port`, [pool[i]?.[0] ?? '', `${printed} spoke to reporters.`]);
      const e = entity(base.text, 'e1', printed, 'PERSON', { kb: 'person:sergey-lavrov', country: 'RUS' });
      const named = printed === 'Sergey Lavrov' ? e : { ...e, kbName: 'Sergey Lavrov' };
      await store.putArticle({ ...base, entities: [named] });
    }
    const listed = await store.entities({ name: 'Lavrov' });
    expect(listed).toEqual([expect.objectContaining({ name: 'Sergey Lavrov', type: 'PERSON', kb: 'person:sergey-lavrov', articles: 2 })]);
    const stored = await store.listArticles({ limit: 10 });
    const names = await Promise.all(stored.map(async (a) => (await store.getArticle(a.id))?.record.entities.map((e) => e.name)));
    expect(names.flat().sort()).toEqual(['Sergei Lavrov', 'Sergey Lavrov']);
  });
});
