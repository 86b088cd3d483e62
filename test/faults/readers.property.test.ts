/**
 * Property tests for every reader and the cleaner, on random and mutated inputs: the only exception is
 * an InputError naming the input, every span of every article round-trips, the text is NFC, and the
 * same bytes always give the same records. And for ingest: doing it again changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/index.js';
import { InputError } from '../../src/errors.js';
import { ingest } from '../../src/ingest.js';
import type { AnalyzedArticle, Article } from '../../src/model.js';
import { readAll } from '../../src/read/index.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURE_DIRS = [join(ROOT, 'examples', 'wire'), join(ROOT, 'examples', 'web'), join(ROOT, 'examples', 'feeds'), join(ROOT, 'examples', 'data'), join(ROOT, 'test', 'fixtures', 'read')];
const FILES = FIXTURE_DIRS.flatMap((d) => readdirSync(d).filter((f) => !f.startsWith('.')).map((f) => join(d, f)));
const FIXTURES = FILES.map((f) => ({ name: f.slice(ROOT.length + 1), bytes: new Uint8Array(readFileSync(f)) }));
const FORMATS = [undefined, 'wire-text', 'html', 'rss', 'atom', 'jsonl', 'csv', 'reuters-sgml'] as const;

/** Ways real inputs go wrong: cut short, bytes flipped, junk or markup inserted, two files run together. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom('<', '</item>', '<![CDATA[', ']]>', '&amp;', '&#0;', '&bogus;', '"', '\r\n', '\u0000', '\uFEFF', '\uD800', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', ',,,"', '{"text":', '</BODY>', 'MOSCOW, June 14. /TASS/. '),
    ),
  }),
  fc.record({ kind: fc.constant('splice' as const), other: fc.nat(), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('repeat' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 400 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const pos = (x: number): number => Math.floor(x * bytes.length);
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, pos(m.at));
    case 'flip': {
      const out = bytes.slice();
      for (const [at, v] of m.at) if (out.length) out[Math.min(out.length - 1, pos(at))] = v;
      return out;
    }
    case 'insert':
      return Buffer.concat([bytes.slice(0, pos(m.at)), Buffer.from(m.text, 'utf8'), bytes.slice(pos(m.at))]);
    case 'splice': {
      const other = FIXTURES[m.other % FIXTURES.length]!.bytes;
      return Buffer.concat([bytes.slice(0, pos(m.at)), other.slice(Math.floor(m.at * other.length))]);
    }
    case 'repeat': {
      const from = pos(m.from);
      return Buffer.concat([bytes.slice(0, from + m.len), bytes.slice(from)]);
    }
  }
}

/** Read and clean as ingest does; returns the articles, or the InputError that stopped the input. */
function readAndClean(bytes: Uint8Array, name: string, format: string | undefined): { articles: Article[]; errors: string[] } {
  const errors: string[] = [];
  let raws;
  try {
    raws = readAll(bytes, name, { maxBytes: 2_000_000, ...(format ? { format } : {}) });
  } catch (e) {
    if (!(e instanceof InputError)) throw new Error(`reader threw ${String(e)} (not an InputError) on ${name}`);
    expect(e.message).toContain(name);
    return { articles: [], errors: [e.message] };
  }
  for (const e of raws.errors) {
    expect(e).toBeInstanceOf(InputError);
    errors.push(e.message);
  }
  const articles: Article[] = [];
  for (const raw of raws.articles) {
    try {
      articles.push(cleanArticle(raw));
    } catch (e) {
      if (!(e instanceof InputError)) throw new Error(`cleaner threw ${String(e)} (not an InputError) on ${name}`);
      errors.push(e.message);
    }
  }
  return { articles, errors };
}

function checkArticle(a: Article): void {
  expect(a.text).toBe(a.text.normalize('NFC'));
  expect(a.id).toMatch(/^[0-9a-f]{16}$/u);
  for (const p of a.parts) {
    expect(p.start).toBeGreaterThanOrEqual(0);
    expect(p.start).toBeLessThanOrEqual(p.end);
    expect(p.end).toBeLessThanOrEqual(a.text.length);
  }
  const span = a.dateline?.span;
  if (span) expect(a.text.slice(span.start, span.end)).toBe(span.text);
  const headline = a.parts.find((p) => p.kind === 'headline');
  if (headline && headline.start === 0) expect(a.text.slice(headline.start, headline.end).trim().length).toBeGreaterThan(0);
}

describe('readers and cleaner under random and mutated inputs', () => {
  it('mutated fixtures of every format: only InputErrors, spans round-trip, same bytes give the same records', () => {
    fc.assert(fc.property(fc.nat({ max: FIXTURES.length - 1 }), mutation, fc.constantFrom(...FORMATS), (i, m, format) => {
      const fixture = FIXTURES[i]!;
      const bytes = mutate(fixture.bytes, m);
      const first = readAndClean(bytes, fixture.name, format);
      first.articles.forEach(checkArticle);
      const again = readAndClean(bytes.slice(), fixture.name, format);
      expect(again).toEqual(first);
    }), { numRuns: 1000 });
  }, 120_000);

  it('random bytes and random text: only InputErrors, and a clean article when there is one', () => {
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.string({ unit: 'grapheme', maxLength: 2000 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.array(fc.constantFrom('Headline here', '', 'LONDON (Reuters) - A minister said on Monday.', '<p>para</p>', '{"text":"x"}', 'a,b', '<REUTERS>', '<rss>', '\t'), { maxLength: 30 })
        .map((ls) => new Uint8Array(Buffer.from(ls.join('\n'), 'utf8'))),
    );
    fc.assert(fc.property(input, fc.constantFrom(...FORMATS), (bytes, format) => {
      const r = readAndClean(bytes, 'random-input', format);
      r.articles.forEach(checkArticle);
      expect(readAndClean(bytes, 'random-input', format)).toEqual(r);
    }), { numRuns: 1000 });
  }, 120_000);
});

describe('idempotent ingest', () => {
  const noAnalysis = (a: Article): AnalyzedArticle => ({ ...a, entities: [], times: [], quotes: [], events: [] });

  it('ingesting any selection of inputs again adds nothing, in any order', async () => {
    const files = FILES.filter((f) => !/malformed|truncated/u.test(f));
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...files), { minLength: 1, maxLength: 8 }), async (chosen) => {
      const a = SqliteStore.open(':memory:');
      const b = SqliteStore.open(':memory:');
      try {
        const first = await ingest(a, chosen, { analyzer: noAnalysis });
        const before = await a.stats();
        const second = await ingest(a, chosen, { analyzer: noAnalysis });
        expect(second.new + second.duplicate).toBe(0);
        expect(second.unchanged).toBe(first.new + first.duplicate + first.unchanged);
        expect(await a.stats()).toEqual(before);
        // The same inputs in the opposite order: every text is known to both stores.
        await ingest(b, [...chosen].reverse(), { analyzer: noAnalysis });
        const ids = (s: SqliteStore): string[] => (s.db.prepare('SELECT variant_id FROM article_sources ORDER BY 1').pluck().all() as string[]);
        expect(new Set(ids(b))).toEqual(new Set(ids(a)));
      } finally {
        await a.close();
        await b.close();
      }
    }), { numRuns: 25 });
  }, 120_000);
});
