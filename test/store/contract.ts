/**
 * What every Store must do, whatever the engine: run by each engine's test file (SQLite now,
 * PostgreSQL later) against a fresh, empty store. Only the Store interface is used here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectSpansRoundTrip } from '../helpers/spans.js';
import type { AnalyzedArticle } from '../../src/model.js';
import type { Store } from '../../src/store/store.js';
import { overview } from '../../src/query/overview.js';
import { describeOverview } from '../../src/query/overview-view.js';
import { HARBOUR, ORCHARD, TREATY, entity, pronounRecord, record, spanFor } from './records.js';

/** A treaty story with entities, a time, a quote and an event, all as real spans of its text. */
export function treatyRecord(): AnalyzedArticle {
  const r = record('Norland and Sudmark sign maritime border treaty', TREATY, { published: '2021-05-14T12:00:00+02:00' });
  const t = r.text;
  r.entities = [
    entity(t, 'E1', 'Norland', 'PLACE', { country: 'NRL', code: 'NRL' }),
    entity(t, 'E2', 'Sudmark', 'PLACE', { country: 'SDM', code: 'SDM' }),
    entity(t, 'E3', 'Ada Lind', 'PERSON', { country: 'NRL', code: 'NRLGOV', role: 'foreign minister' }),
    entity(t, 'E4', 'Olav Berg', 'PERSON', { country: 'SDM', code: 'SDMGOV' }),
  ];
  r.times = [{ ...spanFor(t, 'Friday'), type: 'DATE', value: '2021-05-14' }];
  r.quotes = [{ ...spanFor(t, 'This treaty shows that patient diplomacy works'), kind: 'direct', speaker: 'E3', speakerText: 'Ada Lind', cue: 'told reporters' }];
  r.events = [{
    type: 'AGREE', cameo: '057', status: 'occurred', date: '2021-05-14',
    actor: [{ entity: 'E1', text: 'Norland', code: 'NRL', country: 'NRL' }],
    recipient: [{ entity: 'E2', text: 'Sudmark', code: 'SDM', country: 'SDM' }],
    evidence: spanFor(t, 'signed a treaty on Friday'),
  }];
  return r;
}

export function describeStoreContract(engine: string, open: () => Promise<Store>, dispose?: () => Promise<void>): void {
  describe(`${engine} store: the Store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
      await dispose?.();
    });

    describe(`${engine} store: putting articles`, () => {
      it('stores a record and gives it back whole, spans intact', async () => {
        const r = treatyRecord();
        expect(await store.putArticle(r)).toEqual({ status: 'new', id: r.id });
        const got = await store.getArticle(r.id);
        expect(got?.record).toEqual(r);
        expect(JSON.stringify(got?.record)).toBe(JSON.stringify(r)); // same fields, same order
        expectSpansRoundTrip(got!.record);
        expect(got?.sources).toHaveLength(1);
        expect(got?.sources[0]).toMatchObject({ path: r.source.path, variantId: r.id, similarity: 1 });
        expect(await store.stats()).toMatchObject({
          articles: 1, sources: 1, entities: 4, mentions: r.entities.reduce((n, e) => n + e.mentions.length, 0), times: 1, quotes: 1, events: 1,
        });
      });

      it('changes nothing when the same article comes again from the same source', async () => {
        const r = treatyRecord();
        await store.putArticle(r);
        const before = await store.stats();
        expect(await store.putArticle(structuredClone(r))).toEqual({ status: 'unchanged', id: r.id });
        expect(await store.stats()).toEqual(before);
      });

      it('records the same text from another source as a copy, once', async () => {
        const r = record('Harbour to close two piers', HARBOUR);
        await store.putArticle(r);
        const copy = { ...structuredClone(r), source: { format: 'html', url: 'https://elsewhere.example/piers' } };
        expect(await store.putArticle(copy)).toMatchObject({ status: 'duplicate', id: r.id, duplicateOf: r.id, similarity: 1 });
        expect(await store.putArticle(copy)).toMatchObject({ status: 'unchanged', id: r.id });
        expect((await store.stats()).articles).toBe(1);
        expect((await store.getArticle(r.id))?.sources.map((s) => s.url ?? s.path)).toEqual([r.source.path, 'https://elsewhere.example/piers']);
      });

      it('links a near-duplicate (new headline, small edits, site chrome) to the first copy instead of storing it', async () => {
        const first = record('Harbour to close two piers for winter repairs', HARBOUR);
        const edited = [
          HARBOUR[0]!.replace('on Monday', 'on Monday afternoon'),
          HARBOUR[1]!,
          HARBOUR[2]!.replace('twenty minutes', '20 minutes'),
          HARBOUR[3]!,
          'Read more local news on our site. Subscribe to the morning newsletter.',
        ];
        const second = record('Old piers shut as port city plans concrete rebuild', edited, { source: { format: 'html', url: 'https://coastnews.example/a/1' } });
        const other = record('Frost cuts valley apple harvest', ORCHARD);
        await store.putArticle(first);
        const dup = await store.putArticle(second);
        expect(dup.status).toBe('duplicate');
        expect(dup.duplicateOf).toBe(first.id);
        expect(dup.similarity).toBeGreaterThan(0.7);
        expect(dup.similarity).toBeLessThan(1);
        expect((await store.putArticle(other)).status).toBe('new');
        expect((await store.stats()).articles).toBe(2);
        // Asking for the copy by its own id finds the first copy; re-putting it changes nothing.
        const viaCopy = await store.getArticle(second.id);
        expect(viaCopy?.record.id).toBe(first.id);
        expect(viaCopy?.sources.map((s) => s.variantId)).toEqual([first.id, second.id]);
        expect(await store.putArticle(second)).toMatchObject({ status: 'unchanged', id: first.id });
      });

      it('takes a revised text from the same source as a new version of that source, not an error', async () => {
        const first = record('Harbour to close two piers', HARBOUR);
        const revised = { ...record('Harbour to close two piers', [HARBOUR[0]!.replace('Monday', 'Tuesday'), ...HARBOUR.slice(1)]), source: first.source };
        await store.putArticle(first);
        expect(await store.putArticle(revised)).toMatchObject({ status: 'duplicate', id: first.id });
        expect(await store.putArticle(revised)).toMatchObject({ status: 'unchanged', id: first.id });
        const got = await store.getArticle(first.id);
        expect(got?.sources).toHaveLength(1);
        expect(got?.sources[0]?.variantId).toBe(revised.id);
        // The same revised text from yet another site carries the revision's resemblance, not 1.
        const elsewhere = await store.putArticle({ ...revised, source: { format: 'html', url: 'https://b.example/x' } });
        expect(elsewhere.similarity).toBeLessThan(1);
      });

      it('knows which texts it holds, first copies and linked copies alike', async () => {
        const first = record('Harbour to close two piers', HARBOUR);
        const copy = record('Piers shut', [...HARBOUR.slice(0, 3), `${HARBOUR[3]!} Subscribe for more.`]);
        expect(await store.contains(first.id)).toBe(false);
        await store.putArticles([{ record: first }, { record: copy }]);
        expect(await store.contains(first.id)).toBe(true);
        expect(await store.contains(copy.id)).toBe(true);
        expect(await store.contains('0000000000000000')).toBe(false);
      });

      it('does not link two different stories that share a sentence', async () => {
        const a = record('Harbour to close piers', HARBOUR);
        const b = record('Valley orchards hit by frost', [...ORCHARD, HARBOUR[1]!]);
        await store.putArticle(a);
        expect((await store.putArticle(b)).status).toBe('new');
      });

      it('in a batch, undoes only the article that fails and commits the others', async () => {
        const good1 = record('Harbour to close piers', HARBOUR);
        const good2 = record('Valley orchards hit by frost', ORCHARD);
        // A record whose event has no evidence span: the store cannot write it.
        const bad = { ...treatyRecord(), events: [{ type: 'AGREE', status: 'occurred', actor: [], recipient: [] }] } as unknown as AnalyzedArticle;
        const results = await store.putArticles([{ record: good1 }, { record: bad }, { record: good2 }]);
        expect(results[0]).toMatchObject({ status: 'new', id: good1.id });
        expect(results[1]).toBeInstanceOf(Error);
        expect(results[2]).toMatchObject({ status: 'new', id: good2.id });
        expect(await store.getArticle(bad.id)).toBeUndefined();
        expect((await store.stats()).articles).toBe(2);
        expect((await store.stats()).entities).toBe(0);
      });
    });

    describe(`${engine} store: queries`, () => {
      beforeEach(async () => {
        await store.putArticles([
          { record: treatyRecord() },
          { record: record('Harbour to close two piers', HARBOUR, { published: '2020-10-05T09:00:00Z' }) },
          { record: record('Frost cuts apple harvest in the valley', ORCHARD, { published: '2019-09-12T08:00:00+01:00' }) },
        ]);
      });

      it('ranks a headline match above a body match and marks matches in the snippet', async () => {
        const hits = await store.search('harvest');
        expect(hits.map((h) => h.headline)).toEqual(['Frost cuts apple harvest in the valley']);
        const both = await store.search('piers OR treaty');
        expect(both).toHaveLength(2);
        expect(both[0]!.score).toBeGreaterThanOrEqual(both[1]!.score);
        const ferry = await store.search('ferry');
        expect(ferry[0]?.snippet).toMatch(/«[Ff]erry»/u);
        const phrase = await store.search('"patient diplomacy"', { highlight: { start: '[', end: ']' } });
        expect(phrase[0]?.snippet).toContain('[patient diplomacy]');
        expect(await store.search('"diplomacy patient"')).toHaveLength(0);
      });

      it('weighs a word in a headline above the same word twice in a body', async () => {
        const inBody = record('Piers to close for winter', [HARBOUR[0]!, HARBOUR[2]!]); // "ferry" twice in the body
        const inHeadline = record('Ferry fares to rise', [TREATY[1]!]); // "ferry" only in the headline
        expect((await store.putArticles([{ record: inBody }, { record: inHeadline }])).map((r) => (r as { status: string }).status))
          .toEqual(['new', 'new']);
        expect((await store.search('ferry')).map((h) => h.id).slice(0, 2)).toEqual([inHeadline.id, expect.any(String)]);
        expect((await store.search('ferry', { limit: 5 })).map((h) => h.id)).toContain(inBody.id);
      });

      it('accepts any typed text without an FTS syntax error', async () => {
        for (const q of ['"unbalanced', 'Kim Jong-un', 'U.S.', 'NOT', 'a AND OR NOT b', '*', '(((', 'col:umn', '^x', "O'Neil", '']) {
          await expect(store.search(q)).resolves.toBeInstanceOf(Array);
        }
        expect((await store.search('pier*')).length).toBe(1);
      });

      it('pages search results with limit and offset', async () => {
        const all = await store.search('the', { limit: 10 });
        expect(all).toHaveLength(3);
        const second = await store.search('the', { limit: 1, offset: 1 });
        expect(second.map((h) => h.id)).toEqual([all[1]!.id]);
      });

      it('lists articles newest first, within a time range', async () => {
        const list = await store.listArticles();
        expect(list.map((a) => a.published?.slice(0, 4))).toEqual(['2021', '2020', '2019']);
        expect(list[0]).toMatchObject({ entities: 4, quotes: 1, events: 1, sources: 1 });
        const range = await store.listArticles({ since: '2020-01-01', until: '2020-12-31' });
        expect(range.map((a) => a.headline)).toEqual(['Harbour to close two piers']);
      });

      it('finds entities by name, type and country, with counts', async () => {
        const people = await store.entities({ type: 'PERSON' });
        expect(people.map((e) => e.name).sort()).toEqual(['Ada Lind', 'Olav Berg']);
        const lind = await store.entities({ name: 'lind' });
        expect(lind).toEqual([{ name: 'Ada Lind', type: 'PERSON', country: 'NRL', code: 'NRLGOV', articles: 1, mentions: 1 }]);
        const sdm = await store.entities({ country: 'sdm' });
        expect(sdm.map((e) => e.name).sort()).toEqual(['Olav Berg', 'Sudmark']);
        expect((await store.entities({ name: 'Norland' }))[0]?.mentions).toBe(4);
      });

      it('finds quotes by speaker and events by actor, country, type and date', async () => {
        const q = await store.quotes({ speaker: 'Lind' });
        expect(q).toHaveLength(1);
        expect(q[0]).toMatchObject({ speaker: 'Ada Lind', kind: 'direct', text: 'This treaty shows that patient diplomacy works' });
        expect(await store.quotes({ speaker: 'Berg' })).toHaveLength(0);
        const ev = await store.events({ actor: 'Norland' });
        expect(ev).toHaveLength(1);
        expect(ev[0]).toMatchObject({ type: 'AGREE', day: '2021-05-14', evidence: 'signed a treaty on Friday' });
        expect(ev[0]?.recipient).toEqual([{ entity: 'E2', text: 'Sudmark', name: 'Sudmark', code: 'SDM', country: 'SDM' }]);
        expect(await store.events({ actor: 'Sudmark' })).toHaveLength(0);
        expect(await store.events({ recipient: 'SDM' })).toHaveLength(1);
        expect(await store.events({ country: 'SDM', type: 'AGREE', since: '2021-05-01', until: '2021-05-14' })).toHaveLength(1);
        expect(await store.events({ until: '2021-05-13' })).toHaveLength(0);
        expect(await store.events({ type: 'ASSAULT' })).toHaveLength(0);
      });

      it("lists a participant written as a pronoun by its entity's name, keeping the words", async () => {
        const r = pronounRecord();
        expect((await store.putArticle(r)).status).toBe('new');
        const ev = await store.events({ article: r.id });
        expect(ev.map((e) => e.type)).toEqual(['CONSULT', 'REQUEST']);
        const request = ev.find((e) => e.type === 'REQUEST')!;
        expect(request.actor).toEqual([{ entity: 'K1', text: 'He', name: 'Anton Keller', code: 'OSTGOV', country: 'OST' }]);
        // A participant that is no entity has no name: it is listed by its words.
        expect(request.recipient).toEqual([{ text: 'the two sides' }]);
        const consult = ev.find((e) => e.type === 'CONSULT')!;
        expect(consult.actor[0]).toMatchObject({ text: 'Foreign Minister Anton Keller', name: 'Anton Keller' });
        // The name is the knowledge base's spelling when the entity is linked, as entity lists give it.
        expect(consult.recipient[0]).toMatchObject({ text: 'Lukas Brandt', name: 'Lucas Brandt' });
        // The actor filter finds the event by the resolved name, not only by the words.
        expect((await store.events({ actor: 'Keller' })).map((e) => e.evidence).sort())
          .toEqual(['He called on the two sides', 'met the Vesterland prime minister']);
        // A speaker written "he" is listed as the entity's name.
        const said = await store.quotes({ speaker: 'Keller' });
        expect(said.map((q) => q.speaker)).toEqual(['Anton Keller']);
        // …and its addressee, "him", by the entity's name too; a quote said to no one has none.
        expect(said[0]).toMatchObject({ text: 'We cannot let this quarrel harden into something worse', addressee: 'Lucas Brandt' });
        expect((await store.quotes({ speaker: 'Brandt' }))[0]).not.toHaveProperty('addressee');
        // Merged events show their first report's participants the same way.
        if (store.eventClusters) {
          const merged = (await store.eventClusters({ article: r.id })).find((c) => c.type === 'REQUEST');
          expect(merged?.actor).toEqual([{ entity: 'K1', text: 'He', name: 'Anton Keller', code: 'OSTGOV', country: 'OST' }]);
        }
        // What `dateline show` prints for the database: names, not pronouns.
        const lines = describeOverview(await overview(store), 'test');
        const listed = lines.find((l) => l.includes('"He called on the two sides"'));
        expect(listed).toMatch(/REQUEST +Anton Keller → the two sides/u);
        expect(lines.some((l) => /\bHe →/u.test(l))).toBe(false);
        expect(lines).toContain('  Anton Keller (to Lucas Brandt): We cannot let this quarrel harden into something worse');
      });

      it('counts everything in stats', async () => {
        expect(await store.stats()).toMatchObject({
          articles: 3, sources: 3, duplicates: 0, entities: 4, times: 1, quotes: 1, events: 1,
          firstPublished: '2019-09-12T08:00:00+01:00', lastPublished: '2021-05-14T12:00:00+02:00',
        });
      });

      it('finds articles by an id prefix', async () => {
        const [a] = await store.listArticles({ limit: 1 });
        expect(await store.findIds(a!.id.slice(0, 6))).toContain(a!.id);
        expect(await store.findIds('zzzz')).toEqual([]);
      });
    });
  });
}
