/**
 * One event, many reports: three outlets' differently worded versions of one story (our own prose, in
 * test/fixtures/outlets/) are three stored articles, yet the meeting they all report is one event with
 * three sources; the same ministers meeting again a week later is another event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import { agreement, datesAgree, daysOf, partiesKey, signature } from '../../src/store/events-merge.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { EventCluster } from '../../src/store/store.js';
import type { AnalyzedArticle, PoliticalEvent } from '../../src/model.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlets');
const WEEK_ONE = ['tass-2025-06-03-japan-australia-defence.txt', 'ap-2025-06-03-japan-australia-defence.txt', 'reuters-2025-06-03-japan-australia-defence.txt'];
const WEEK_TWO = 'reuters-2025-06-10-japan-australia-defence.txt';

let dir: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-merge-'));
  store = SqliteStore.open(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (t: string): number => store.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;

/** Clusters whose reports name both ministers, by the names their participants carry. */
function ministerMeetings(clusters: EventCluster[]): EventCluster[] {
  return clusters.filter((c) => {
    if (c.type !== 'CONSULT') return false;
    const texts = [...c.actor, ...c.recipient].map((p) => p.text).join(' ');
    return texts.includes('Nakatani') && texts.includes('Marles');
  });
}

async function ingestFiles(names: string[]): Promise<void> {
  const failures: string[] = [];
  await ingest(store, names.map((f) => join(FIXTURES, f)), { onFailure: (i, r) => failures.push(`${i}: ${r}`) });
  expect(failures).toEqual([]);
}

describe('event clusters across outlets', () => {
  it('keeps three differently worded versions as three articles, and their meeting as one event with three sources', async () => {
    await ingestFiles(WEEK_ONE);
    // Not near-duplicates: three stories, each its own only source.
    const articles = await store.listArticles({ limit: 10 });
    expect(articles).toHaveLength(3);
    expect(articles.every((a) => a.sources === 1)).toBe(true);

    const clusters = await store.eventClusters({ limit: 100 });
    const meetings = ministerMeetings(clusters);
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting?.articles).toBe(3);
    expect(meeting?.sources).toBe(3);
    expect(new Set(meeting?.reports.map((r) => r.agency))).toEqual(new Set(['TASS', 'AP', 'Reuters']));
    expect(meeting?.date).toBe('2025-06-03');
    expect(meeting?.dateInferred).toBeUndefined();
    expect(meeting?.reports[0]?.why).toBe('first report');
    // The per-article view still lists each article's own report.
    const perArticle = (await store.events({ limit: 100, type: 'CONSULT' })).filter((e) => e.evidence.includes('Marles'));
    expect(perArticle.length).toBeGreaterThanOrEqual(3);
    // Every stored event is in exactly one cluster.
    expect(count('event_cluster_members')).toBe(count('events'));
  });

  it('keeps a second meeting of the same ministers a week later apart, and re-ingest changes nothing', async () => {
    await ingestFiles([...WEEK_ONE, WEEK_TWO]);
    const all = ministerMeetings(await store.eventClusters({ limit: 100 }));
    // "a week after their last talks" names an earlier meeting with no date of its own: it joins neither.
    expect(all.filter((m) => m.date === 'PAST_REF').map((m) => m.reports.length)).toEqual([1]);
    const meetings = all.filter((m) => m.date !== 'PAST_REF');
    expect(meetings.map((m) => m.day).sort()).toEqual(['2025-06-03', '2025-06-10']);
    const later = meetings.find((m) => m.day === '2025-06-10');
    expect(later?.articles).toBe(1);
    // Its headline names no one ("defence ministers meet"): a second mention of the same meeting, by codes.
    expect(later?.mentions).toBe(2);
    expect(later?.reports.map((r) => r.why)).toEqual(['first report', expect.stringMatching(/date/u)]);
    expect(meetings.find((m) => m.day === '2025-06-03')?.articles).toBe(3);

    const tables = ['event_clusters', 'event_cluster_members', 'events'];
    const before = tables.map(count);
    await ingestFiles([...WEEK_ONE, WEEK_TWO]);
    expect(tables.map(count)).toEqual(before);
  });

  it('filters merged events like events, listing an event when any report matches', async () => {
    await ingestFiles([...WEEK_ONE, WEEK_TWO]);
    const june3 = await store.eventClusters({ since: '2025-06-03', until: '2025-06-03', type: 'CONSULT', limit: 100 });
    expect(ministerMeetings(june3)).toHaveLength(1);
    const [one] = await store.listArticles({ limit: 1 });
    const ofOne = await store.eventClusters({ article: one?.id ?? '', limit: 100 });
    expect(ofOne.length).toBeGreaterThan(0);
    expect(ofOne.every((c) => c.reports.some((r) => r.article === one?.id))).toBe(true);
  });
});

describe('event clusters in a database made before them', () => {
  it('clusters the stored events when the migration is applied', async () => {
    await ingestFiles(WEEK_ONE);
    const events = count('events');
    // Back to schema version 1: the cluster tables gone, the events still there.
    store.db.exec(`DROP TABLE event_cluster_members; DROP TABLE event_clusters; DELETE FROM schema_migrations WHERE version >= 2;`);
    await store.close();
    store = SqliteStore.open(join(dir, 'test.db'));
    expect(count('event_cluster_members')).toBe(events);
    const meetings = ministerMeetings(await store.eventClusters({ limit: 100 }));
    expect(meetings.map((m) => m.articles)).toEqual([3]);
  });
});

describe('event clusters: all-or-nothing', () => {
  it('leaves no cluster row behind when the write fails at any statement', async () => {
    const path = join(dir, 'faults.db');
    // One article in the store first, so the faulty write has a cluster to join (and to update).
    const seed = SqliteStore.open(path);
    await ingest(seed, [join(FIXTURES, WEEK_ONE[2] ?? '')], {});
    const tables = ['articles', 'events', 'event_clusters', 'event_cluster_members'];
    const counts = (s: SqliteStore): number[] => tables.map((t) => s.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
    const seeded = counts(seed);
    const clustersBefore = seed.db.prepare('SELECT * FROM event_clusters ORDER BY id').all();
    const [stored] = await seed.listArticles({ limit: 1 });
    const { record: other } = (await (async () => {
      const tmp = SqliteStore.open(':memory:');
      await ingest(tmp, [join(FIXTURES, WEEK_ONE[0] ?? '')], {});
      const [a] = await tmp.listArticles({ limit: 1 });
      const got = await tmp.getArticle(a?.id ?? '');
      await tmp.close();
      return got ?? { record: undefined };
    })());
    await seed.close();
    expect(stored).toBeDefined();
    expect(other).toBeDefined();
    const record = other as AnalyzedArticle;
    let k = 1;
    let clean = false;
    for (; k < 400 && !clean; k++) {
      const faulty = SqliteStore.open(path, { failAt: k });
      try {
        await faulty.putArticle(record);
        clean = true;
      } catch (e) {
        expect(String(e)).toMatch(/injected store fault/u);
        expect(counts(faulty)).toEqual(seeded);
        expect(faulty.db.prepare('SELECT * FROM event_clusters ORDER BY id').all()).toEqual(clustersBefore);
      }
      const after = counts(faulty);
      await faulty.close();
      if (clean) {
        expect(after[0]).toBe((seeded[0] ?? 0) + 1);
        // The new article's meeting joined the stored one: members grew more than clusters did.
        expect((after[3] ?? 0) - (seeded[3] ?? 0)).toBeGreaterThan((after[2] ?? 0) - (seeded[2] ?? 0));
      }
    }
    expect(clean).toBe(true);
    expect(k).toBeGreaterThan(10);
  });
});

describe('events-merge rules', () => {
  const rec = (published: string): AnalyzedArticle => ({
    id: 'x', headline: '', text: '', parts: [], published, source: { format: 'text' },
    entities: [
      { id: 'E1', type: 'PERSON', name: 'Ada Lind', kb: 'person:ada-lind', mentions: [] },
      { id: 'E2', type: 'PERSON', name: 'Olav Berg', mentions: [] },
      { id: 'E3', type: 'PLACE', name: 'Oslo', kb: 'city:1', mentions: [] },
      { id: 'E4', type: 'PLACE', name: 'Bergen', kb: 'city:2', mentions: [] },
    ],
    times: [], quotes: [], events: [],
  }) as unknown as AnalyzedArticle;
  const ev = (over: Partial<PoliticalEvent>): PoliticalEvent => ({
    type: 'CONSULT', status: 'occurred', actor: [{ entity: 'E1', text: 'Lind' }], recipient: [{ entity: 'E2', text: 'Berg' }],
    evidence: { start: 0, end: 0, text: '' }, ...over,
  });
  const r = rec('2025-03-05T10:00:00Z');
  const sig = (over: Partial<PoliticalEvent>, record = r) => signature(ev(over), record);

  it('compares participants order-free, swapping sides only for symmetric types', () => {
    const swapped = { actor: [{ entity: 'E2', text: 'Berg' }], recipient: [{ entity: 'E1', text: 'Lind' }] };
    expect(partiesKey(ev(swapped), r)).toBe(partiesKey(ev({}), r));
    expect(partiesKey(ev({ actor: [{ entity: 'E1', text: 'Lind' }, { entity: 'E2', text: 'Berg' }], recipient: [] }), r)).toBe(partiesKey(ev({}), r));
    expect(partiesKey(ev({ type: 'ACCUSE', ...swapped }), r)).not.toBe(partiesKey(ev({ type: 'ACCUSE' }), r));
    expect(partiesKey(ev({ actor: [], recipient: [] }), r)).toBeUndefined();
    // Known only by its words: "he", "officials" with no code.
    expect(partiesKey(ev({ actor: [{ text: 'He' }] }), r)).toBeUndefined();
  });

  it('merges dates that are equal, contained, or a report day within a day; not a week apart', () => {
    const a = sig({ date: '2025-03-04' });
    expect(a && agreement(a, sig({ date: '2025-03-04' }) ?? a)).toBe('same date');
    expect(a && agreement(a, sig({ date: '2025-03' }) ?? a)).toBe('one date inside the other');
    // A report day does not agree with a year or a month: "in 2025" could be any day of it.
    expect(datesAgree({ lo: '2025-03-05', hi: '2025-03-05', inferred: true }, { lo: '2025-01-01', hi: '2025-12-31', inferred: false })).toBeUndefined();
    expect(a && agreement(a, sig({ date: '2025-03-05', dateInferred: true }) ?? a)).toBe('report day within a day of the stated date');
    expect(a && agreement(a, sig({}, rec('2025-03-05T09:00:00Z')) ?? a)).toBe('report day within a day of the stated date');
    expect(a && agreement(a, sig({ date: '2025-03-06', dateInferred: true }) ?? a)).toBeUndefined();
    expect(a && agreement(a, sig({ date: '2025-03-11' }) ?? a)).toBeUndefined();
    expect(a && agreement(a, sig({ date: '2025-03-05' }) ?? a)).toBeUndefined();
    expect(datesAgree({ lo: '2025-03-05', hi: '2025-03-05', inferred: true }, { lo: '2025-03-12', hi: '2025-03-12', inferred: true })).toBeUndefined();
    // No date at all, neither the event's nor the article's: never the same event as another.
    const undated = { ...r, published: undefined } as unknown as AnalyzedArticle;
    const u = sig({}, undated);
    expect(u?.range).toBeUndefined();
    expect(u && agreement(u, u)).toBeUndefined();
  });

  it('matches a report naming no one by the codes of the named participants, never two named ones by code', () => {
    const coded = rec('2025-03-05T10:00:00Z');
    coded.entities[0] = { ...coded.entities[0], code: 'NRLGOV' } as AnalyzedArticle['entities'][number];
    coded.entities[1] = { ...coded.entities[1], code: 'SDMGOV' } as AnalyzedArticle['entities'][number];
    const named = signature(ev({ date: '2025-03-05' }), coded);
    const vague = signature(ev({ actor: [{ text: 'ministers', code: 'SDMGOV' }, { text: 'ministers', code: 'NRLGOV' }], recipient: [] }), coded);
    expect(vague?.vague).toBe(true);
    expect(named && vague && agreement(named, vague)).toBe('report day within a day of the stated date');
    expect(named && vague && agreement(vague, named)).toBe('report day within a day of the stated date');
    // One code alone ("U.S. officials") is too common to stand for a named person.
    const lone = signature(ev({ actor: [{ text: 'officials', code: 'NRLGOV' }], recipient: [] }), coded);
    expect(lone?.codes).toBeUndefined();
    // Another named person of the same government is another participant, however coded.
    coded.entities[2] = { ...coded.entities[2], type: 'PERSON', name: 'Kai Holm', kb: 'person:kai-holm', code: 'NRLGOV' } as AnalyzedArticle['entities'][number];
    const other = signature(ev({ date: '2025-03-05', actor: [{ entity: 'E3', text: 'Holm' }] }), coded);
    expect(named && other && agreement(named, other)).toBeUndefined();
  });

  it('needs the same place when both name one, and the same status family', () => {
    const a = sig({ date: '2025-03-04', location: 'E3' });
    expect(a && agreement(a, sig({ date: '2025-03-04' }) ?? a)).toBe('same date');
    expect(a && agreement(a, sig({ date: '2025-03-04', location: 'E4' }) ?? a)).toBeUndefined();
    expect(a && agreement(a, sig({ date: '2025-03-04', status: 'planned' }) ?? a)).toBe('same date');
    expect(a && agreement(a, sig({ date: '2025-03-04', status: 'negated' }) ?? a)).toBeUndefined();
  });

  it('reads the days of TIMEX dates', () => {
    expect(daysOf('2024-02')).toEqual({ lo: '2024-02-01', hi: '2024-02-29' });
    expect(daysOf('2025-W01')).toEqual({ lo: '2024-12-30', hi: '2025-01-05' });
    expect(daysOf('2025-03-04T10:00')).toEqual({ lo: '2025-03-04', hi: '2025-03-04' });
    expect(daysOf('PRESENT_REF')).toBeUndefined();
  });
});
