/**
 * A batch of articles in three round trips instead of a few per article: one query finds what the
 * store already knows about every article of the batch (same text stored, linked copy, sources,
 * near-duplicate candidates), the decisions (new, unchanged, duplicate) are made here in input order
 * — each article also seeing the ones before it in the batch, exactly as if they had been written one
 * by one —, then one statement inserts the new articles with all their rows and one more records the
 * other sources. Runs inside the write transaction, under the write lock (./write.ts).
 */
import type pg from 'pg';
import type { AnalyzedArticle, SourceInfo } from '../../model.js';
import { DEFAULT_THRESHOLD, fingerprintBody, jaccard, shingles, type Fingerprint } from '../minhash.js';
import { sourceKey } from '../sqlite/write.js';
import type { PutItem, PutResult } from '../store.js';
import { isPgFailure, isRefusal } from './failure.js';
import { INSERT_NEW, NewRows } from './rows.js';

const LOOKUP = `WITH q AS (SELECT * FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(id, key, n)),
  k AS (
    SELECT q.n, q.key, COALESCE(a.pk, v.pk) AS pk, COALESCE(a.id, v.id) AS id,
      CASE WHEN a.pk IS NOT NULL THEN 1::float8 ELSE v.similarity END AS similarity
    FROM q LEFT JOIN articles a ON a.id = q.id
    LEFT JOIN LATERAL (SELECT s.article AS pk, x.id, s.similarity FROM article_sources s JOIN articles x ON x.pk = s.article
      WHERE s.variant_id = q.id LIMIT 1) v ON a.pk IS NULL),
  -- Near-duplicate candidates only for articles not already stored: a re-ingest (a restart after a
  -- crash) would otherwise fetch every stored article's own text back through its own bands.
  b AS (SELECT * FROM unnest($3::bigint[], $4::int[]) AS b(key, n) WHERE b.n NOT IN (SELECT k.n FROM k WHERE k.pk IS NOT NULL))
SELECT 'known' AS kind, k.n, k.pk, k.id, k.similarity,
  EXISTS (SELECT 1 FROM article_sources s WHERE s.article = k.pk AND s.source_key = k.key) AS has, NULL::text AS text, NULL::text AS record
FROM k WHERE k.pk IS NOT NULL
UNION ALL
SELECT DISTINCT 'candidate', b.n, a.pk, a.id, NULL::float8, NULL::boolean, a.text, a.record
FROM b JOIN lsh_bands l ON l.key = b.key JOIN articles a ON a.pk = l.article
ORDER BY 1 DESC, 2, 3`;

const ADD_SOURCES = `INSERT INTO article_sources (article, source_key, variant_id, format, path, url, source_id, headline, similarity, ingested_at)
  SELECT COALESCE(u.pk, a.pk), u.key, u.variant, u.format, u.path, u.url, u.sid, u.headline, u.similarity, u.at
  FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::float8[], $11::text[])
    AS u(pk, target, key, variant, format, path, url, sid, headline, similarity, at)
  LEFT JOIN articles a ON u.pk IS NULL AND a.id = u.target
  ON CONFLICT (article, source_key) DO UPDATE SET variant_id = excluded.variant_id, headline = excluded.headline,
    similarity = excluded.similarity, ingested_at = excluded.ingested_at`;

interface Row {
  kind: 'known' | 'candidate';
  n: string;
  pk: string;
  id: string;
  similarity: number | null;
  has: boolean | null;
  text: string | null;
  record: string | null;
}

/** What the batch knows of a story: where it is stored (pk, or only an id for one this batch adds). */
interface Target {
  id: string;
  pk?: string;
}

interface Source {
  target: Target;
  key: string;
  variant: string;
  s: SourceInfo;
  headline: string;
  similarity: number;
  at: string;
  /** The first copy's own source: inserted with the story. */
  first?: boolean;
}

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** PostgreSQL refused a statement of the batch: the caller redoes the batch one article at a time. */
export class RefusedStatement extends Error {}

function asError(e: unknown): Error {
  // A failure of the database itself is not one article's: it ends the batch.
  if (isPgFailure(e)) throw e;
  return e instanceof Error ? e : new Error(String(e));
}

export interface BatchOptions {
  threshold?: number;
  fault?: (step: number) => void;
}

export async function writeBatch(c: pg.PoolClient, items: readonly PutItem[], fps: readonly Fingerprint[], opts: BatchOptions): Promise<Array<PutResult | Error>> {
  const out: Array<PutResult | Error> = new Array<PutResult | Error>(items.length);
  const live: number[] = [];
  items.forEach((_, i) => {
    try {
      opts.fault?.(1);
      live.push(i);
    } catch (e) {
      out[i] = asError(e);
    }
  });
  const at = new Date().toISOString();
  const sourceOf = (it: PutItem): SourceInfo => it.meta?.source ?? it.record.source;

  const rows = (await c.query<Row>({
    name: 'dateline-lookup-batch',
    text: LOOKUP,
    values: [
      live.map((i) => items[i]!.record.id),
      live.map((i) => sourceKey(sourceOf(items[i]!))),
      live.flatMap((i) => fps[i]!.bands),
      live.flatMap((i, j) => fps[i]!.bands.map(() => j + 1)),
    ],
  })).rows;
  const known = new Map<number, Row>();
  const candidates = new Map<number, Row[]>();
  for (const r of rows) {
    const j = Number(r.n) - 1;
    if (r.kind === 'known') known.set(j, r);
    else candidates.set(j, [...(candidates.get(j) ?? []), r]);
  }

  // What this batch adds, for the articles after it: new stories, and sources by (story, source key).
  const added = new Map<string, { fp: Fingerprint; bands: Set<number> }>();
  const variants = new Map<string, { target: Target; similarity: number }>();
  const sources = new Map<string, Source>();
  const fresh = new NewRows();
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;

  live.forEach((i, j) => {
    const it = items[i]!;
    const r = it.record;
    const fp = fps[i]!;
    const s = sourceOf(it);
    const key = sourceKey(s);
    const stamp = it.meta?.ingestedAt ?? at;
    try {
      opts.fault?.(2);
      const addSource = (target: Target, similarity: number): void => {
        sources.set(`${target.id}\u0000${key}`, { target, key, variant: r.id, s, headline: r.headline, similarity, at: stamp });
        variants.set(r.id, { target, similarity });
      };
      // The same text again, or a copy already linked: stored before this batch, or earlier in it.
      const k = known.get(j);
      const mine = added.has(r.id) ? { target: { id: r.id }, similarity: 1 } : variants.get(r.id);
      const hit = k ? { target: { id: k.id, pk: k.pk }, similarity: k.similarity ?? 1 } : mine;
      if (hit) {
        const has = (k?.has ?? false) || sources.has(`${hit.target.id}\u0000${key}`);
        if (has) {
          out[i] = { status: 'unchanged', id: hit.target.id };
          return;
        }
        addSource(hit.target, hit.similarity);
        out[i] = { status: 'duplicate', id: hit.target.id, duplicateOf: hit.target.id, similarity: hit.similarity };
        return;
      }
      // A near-duplicate: stored candidates first (oldest first), then this batch's new stories in order.
      let best: { target: Target; similarity: number } | undefined;
      for (const cand of candidates.get(j) ?? []) {
        if (cand.text === null || cand.record === null) continue;
        const parts = (JSON.parse(cand.record) as Pick<AnalyzedArticle, 'parts'>).parts;
        const sim = jaccard(fp.shingles, shingles(fingerprintBody({ text: cand.text, parts })));
        if (sim >= threshold && (!best || sim > best.similarity)) best = { target: { id: cand.id, pk: cand.pk }, similarity: sim };
      }
      if (fp.bands.length > 0) {
        for (const [id, other] of added) {
          if (!fp.bands.some((b) => other.bands.has(b))) continue;
          const sim = jaccard(fp.shingles, other.fp.shingles);
          if (sim >= threshold && (!best || sim > best.similarity)) best = { target: { id }, similarity: sim };
        }
      }
      if (best) {
        addSource(best.target, best.similarity);
        out[i] = { status: 'duplicate', id: best.target.id, duplicateOf: best.target.id, similarity: best.similarity };
        return;
      }
      fresh.add(r, s, stamp, fp); // throws for a record that cannot be written, before anything is added
      added.set(r.id, { fp, bands: new Set(fp.bands) });
      sources.set(`${r.id}\u0000${key}`, { target: { id: r.id }, key, variant: r.id, s, headline: r.headline, similarity: 1, at: stamp, first: true });
      out[i] = { status: 'new', id: r.id };
    } catch (e) {
      out[i] = asError(e);
    }
  });

  try {
    if (fresh.count > 0) {
      const inserted = await c.query({ name: 'dateline-insert', text: INSERT_NEW, values: fresh.values() });
      // Under the write lock nobody else can have stored these ids since the lookup.
      if (inserted.rowCount !== fresh.count) throw new Error('articles were stored by another writer at the same time');
    }
    // Sources other than new stories' first copies (those went in with the stories).
    const extra = [...sources.values()].filter((x) => !x.first);
    if (extra.length > 0) {
      await c.query({
        name: 'dateline-add-sources',
        text: ADD_SOURCES,
        values: [
          extra.map((x) => n(x.target.pk)), extra.map((x) => x.target.id), extra.map((x) => x.key), extra.map((x) => x.variant),
          extra.map((x) => x.s.format), extra.map((x) => n(x.s.path)), extra.map((x) => n(x.s.url)), extra.map((x) => n(x.s.sourceId)),
          extra.map((x) => x.headline), extra.map((x) => x.similarity), extra.map((x) => x.at),
        ],
      });
    }
  } catch (e) {
    if (isRefusal(e)) throw new RefusedStatement((e as Error).message);
    throw e;
  }
  return out;
}
