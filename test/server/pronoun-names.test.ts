/**
 * A participant or speaker written as a pronoun ("He called on…", "he told him") that the analysis
 * resolved to an entity is listed by the API under the entity's name, on both engines, with a
 * made-up story stored as analyzed (test/store/records.ts): the events list and its exports, the
 * actor filter, the quotes list, and the actor page's timeline, quotes and partners.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { DEFAULTS } from '../../src/server/config.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { freshDatabase, SKIP_PG } from '../postgres/pg.js';
import { pronounRecord } from '../store/records.js';

interface Party { entity?: string; text: string; name?: string; code?: string; country?: string }
interface Item { type: string; evidence: string; actor: Party[]; recipient: Party[] }

for (const engine of ['sqlite', 'postgres'] as const) describe.skipIf(engine === 'postgres' && SKIP_PG)(`names of pronoun participants in the API (${engine})`, () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let app: ReturnType<typeof createApp>;
  const record = pronounRecord();
  const get = async <T>(path: string): Promise<T> => {
    const r = await app.request(path);
    expect(r.status, path).toBe(200);
    return await r.json() as T;
  };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-pronoun-'));
    const pg = engine === 'postgres' ? await freshDatabase('pronoun') : undefined;
    store = await openStore(pg ? pg.url : join(dir, 'test.db'));
    cleanup = async () => {
      await store.close();
      await pg?.drop();
      rmSync(dir, { recursive: true, force: true });
    };
    expect((await store.putArticle(record)).status).toBe('new');
    app = createApp({ store, config: { ...DEFAULTS } });
  }, 60_000);
  afterAll(async () => cleanup());

  it('lists the event by the entity\'s name, adding `name` and keeping `text` as it was', async () => {
    const { items } = await get<{ items: Item[] }>('/api/events');
    const request = items.find((e) => e.evidence === 'He called on the two sides');
    expect(request?.actor).toEqual([{ entity: 'K1', text: 'Anton Keller', name: 'Anton Keller', code: 'OSTGOV', country: 'OST' }]);
    expect(request?.recipient).toEqual([{ text: 'the two sides' }]);
    const consult = items.find((e) => e.type === 'CONSULT');
    expect(consult?.actor[0]).toMatchObject({ entity: 'K1', name: 'Anton Keller' });
    expect(consult?.recipient[0]).toMatchObject({ entity: 'K2', name: 'Lucas Brandt' });
    // No participant of the listing is a pronoun.
    expect(items.flatMap((e) => [...e.actor, ...e.recipient]).map((p) => p.name ?? p.text)).not.toContain('He');
    const byName = await get<{ total: number; items: Item[] }>('/api/events?actor=Keller');
    expect(byName.items.map((e) => e.evidence).sort()).toEqual(['He called on the two sides', 'met the Vesterland prime minister']);
  });

  it('exports the events with the name (JSON Lines and CSV)', async () => {
    const lines = (await (await app.request('/api/export/events?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l) as Item);
    expect(lines.find((e) => e.type === 'REQUEST')?.actor[0]).toMatchObject({ name: 'Anton Keller' });
    const csv = (await (await app.request('/api/export/events?format=csv')).text()).trim().split('\r\n');
    const row = csv.find((l) => l.includes('He called on the two sides'));
    expect(row).toContain(',Anton Keller,');
    expect(row).not.toContain(',He,');
  });

  it('lists the quote "he told him" under the speaker\'s and the addressee\'s names', async () => {
    const { items } = await get<{ items: Array<{ speaker?: string; addressee?: string; text: string }> }>('/api/quotes?speaker=Keller');
    expect(items).toEqual([expect.objectContaining({
      speaker: 'Anton Keller', addressee: 'Lucas Brandt', text: 'We cannot let this quarrel harden into something worse',
    })]);
    const brandt = await get<{ items: Array<{ speaker?: string; addressee?: string }> }>('/api/quotes?speaker=Brandt');
    expect(brandt.items).toEqual([expect.not.objectContaining({ addressee: expect.anything() })]);
    const csv = (await (await app.request('/api/export/quotes?format=csv&speaker=Keller')).text()).trim().split('\r\n');
    expect(csv[0]).toContain('addressee');
    expect(csv[1]).toContain(',Lucas Brandt,');
  });

  it('counts the pronoun\'s event, quote and partner on the actor page', async () => {
    const a = await get<{
      timeline: Array<{ period: string; asActor: number; asRecipient: number }>;
      quotes: { total: number; items: Array<{ text: string }> };
      partners: Array<{ name: string; outgoing: number }>;
    }>('/api/actors/Anton%20Keller');
    expect(a.timeline).toEqual([expect.objectContaining({ period: '2022-03', asActor: 2, asRecipient: 0 })]);
    expect(a.quotes.total).toBe(1);
    // Partners are entities (by their KB spelling) or words: Lucas Brandt (CONSULT) and "the two sides" (REQUEST, no entity).
    expect(a.partners.map((p) => [p.name, p.outgoing]).sort()).toEqual([['Lucas Brandt', 1], ['the two sides', 1]]);
  });
});
